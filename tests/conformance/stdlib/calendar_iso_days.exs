# Calendar.ISO's iso days helpers (public, undocumented: calendars and time zone libraries use
# them) and Date.to_iso_days/1: a day and a fraction of it, normalised after adding parts
IO.inspect Calendar.ISO.gregorian_seconds_to_iso_days(63_000_000_123, 5)
IO.inspect Calendar.ISO.gregorian_seconds_to_iso_days(-1, 5)
IO.inspect Calendar.ISO.iso_days_to_unit({730_485, {43200, 86400}}, :second)
IO.inspect Calendar.ISO.iso_days_to_unit({-1, {1, 3}}, :millisecond)
IO.inspect Calendar.ISO.add_day_fraction_to_iso_days({730_485, {43200, 86400}}, 50000, 86400)
IO.inspect Calendar.ISO.add_day_fraction_to_iso_days({730_485, {43200, 86400}}, -50000, 86400)
IO.inspect Calendar.ISO.add_day_fraction_to_iso_days({730_485, {1, 3}}, -5, 24)
IO.inspect Calendar.ISO.add_day_fraction_to_iso_days({0, {0, 86400000000}}, -86_400_000_001, 86_400_000_000)
IO.inspect Date.to_iso_days(~D[2000-01-01])
IO.inspect Date.to_iso_days(~N[2000-01-01 12:00:00])
