# A time zone database of the program's own (one zone, Europe/Copenhagen in 2018-2019): a
# wall clock inside a period, one set back (ambiguous: two datetimes) or skipped (a gap: the
# last instant before and the first after), Calendar.put_time_zone_database/1 as the default
defmodule CopenhagenDatabase do
  @behaviour Calendar.TimeZoneDatabase

  @summer_2018 %{std_offset: 3600, utc_offset: 3600, zone_abbr: "CEST",
                 from_wall: ~N[2018-03-25 03:00:00], until_wall: ~N[2018-10-28 03:00:00]}
  @winter %{std_offset: 0, utc_offset: 3600, zone_abbr: "CET",
            from_wall: ~N[2018-10-28 02:00:00], until_wall: ~N[2019-03-31 02:00:00]}
  @summer_2019 %{std_offset: 3600, utc_offset: 3600, zone_abbr: "CEST",
                 from_wall: ~N[2019-03-31 03:00:00], until_wall: ~N[2019-10-27 03:00:00]}

  @impl true
  def time_zone_period_from_utc_iso_days(iso_days, "Europe/Copenhagen") do
    {year, month, day, hour, minute, second, _} = Calendar.ISO.naive_datetime_from_iso_days(iso_days)
    utc = {{year, month, day}, {hour, minute, second}}
    cond do
      utc >= {{2018, 3, 25}, {1, 0, 0}} and utc < {{2018, 10, 28}, {1, 0, 0}} -> {:ok, @summer_2018}
      utc >= {{2018, 10, 28}, {1, 0, 0}} and utc < {{2019, 3, 31}, {1, 0, 0}} -> {:ok, @winter}
      utc >= {{2019, 3, 31}, {1, 0, 0}} and utc < {{2019, 10, 27}, {1, 0, 0}} -> {:ok, @summer_2019}
    end
  end
  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :time_zone_not_found}

  @impl true
  def time_zone_periods_from_wall_datetime(naive, "Europe/Copenhagen") do
    wall = NaiveDateTime.to_erl(naive)
    cond do
      wall >= {{2019, 3, 31}, {2, 0, 0}} and wall < {{2019, 3, 31}, {3, 0, 0}} ->
        {:gap, {@winter, @winter.until_wall}, {@summer_2019, @summer_2019.from_wall}}
      wall >= {{2018, 10, 28}, {2, 0, 0}} and wall < {{2018, 10, 28}, {3, 0, 0}} ->
        {:ambiguous, @summer_2018, @winter}
      wall >= {{2018, 3, 25}, {3, 0, 0}} and wall < {{2018, 10, 28}, {3, 0, 0}} -> {:ok, @summer_2018}
      wall >= {{2018, 10, 28}, {2, 0, 0}} and wall < {{2019, 3, 31}, {2, 0, 0}} -> {:ok, @winter}
      wall >= {{2019, 3, 31}, {3, 0, 0}} and wall < {{2019, 10, 27}, {3, 0, 0}} -> {:ok, @summer_2019}
    end
  end
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :time_zone_not_found}
end

show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e in ArgumentError -> IO.puts("#{label}: ArgumentError: #{Exception.message(e)}")
  end
end

db = CopenhagenDatabase
show.("summer", fn -> DateTime.from_naive(~N[2018-07-01 12:34:25.123456], "Europe/Copenhagen", db) end)
show.("ambiguous", fn -> DateTime.from_naive(~N[2018-10-28 02:30:00], "Europe/Copenhagen", db) end)
show.("gap", fn -> DateTime.from_naive(~N[2019-03-31 02:30:00.123], "Europe/Copenhagen", db) end)
show.("unknown zone", fn -> DateTime.from_naive(~N[2019-03-31 02:30:00], "Mars/Olympus", db) end)
show.("from_naive! ambiguous", fn -> DateTime.from_naive!(~N[2018-10-28 02:30:00], "Europe/Copenhagen", db) end)
show.("from_naive! gap", fn -> DateTime.from_naive!(~N[2019-03-31 02:30:00], "Europe/Copenhagen", db) end)
show.("new ambiguous", fn -> DateTime.new(~D[2018-10-28], ~T[02:30:00], "Europe/Copenhagen", db) end)
show.("new! ambiguous", fn -> DateTime.new!(~D[2018-10-28], ~T[02:30:00], "Europe/Copenhagen", db) end)
show.("new! gap", fn -> DateTime.new!(~D[2019-03-31], ~T[02:30:00], "Europe/Copenhagen", db) end)
show.("shift_zone", fn -> DateTime.shift_zone(~U[2018-07-16 10:00:00Z], "Europe/Copenhagen", db) end)
show.("add across the change", fn ->
  DateTime.add(DateTime.from_naive!(~N[2018-10-28 01:30:00], "Europe/Copenhagen", db), 3600, :second, db)
end)

show.("default database", fn -> Calendar.get_time_zone_database() end)
show.("put", fn -> Calendar.put_time_zone_database(db) end)
show.("default database", fn -> Calendar.get_time_zone_database() end)
show.("summer by default", fn -> DateTime.from_naive!(~N[2018-07-01 12:00:00], "Europe/Copenhagen") end)
show.("shift by default", fn -> DateTime.shift_zone!(~U[2019-01-01 12:00:00Z], "Europe/Copenhagen") end)
show.("unknown by default", fn -> DateTime.shift_zone!(~U[2019-01-01 12:00:00Z], "Mars/Olympus") end)
Calendar.put_time_zone_database(Calendar.UTCOnlyTimeZoneDatabase)
show.("back to UTC only", fn -> DateTime.from_naive(~N[2018-07-01 12:00:00], "Europe/Copenhagen") end)
