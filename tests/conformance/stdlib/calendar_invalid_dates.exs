# Calendar.ISO refuses dates that do not exist, as Elixir's docs and tests say: an ArgumentError
# naming the date, a FunctionClauseError outside years -9999..9999 or for an unknown format
show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e in ArgumentError -> IO.puts("#{label}: ArgumentError: #{Exception.message(e)}")
    e in FunctionClauseError -> IO.puts("#{label}: FunctionClauseError in #{inspect(e.module)}.#{e.function}/#{e.arity}")
  end
end

show.("day_of_week", fn -> Calendar.ISO.day_of_week(2018, 2, 30) end)
show.("day_of_week/4", fn -> Calendar.ISO.day_of_week(2017, 11, 0, :sunday) end)
show.("day_of_year", fn -> Calendar.ISO.day_of_year(2018, 2, 30) end)
show.("day_of_era", fn -> Calendar.ISO.day_of_era(2017, 11, 0) end)
show.("naive_datetime_to_iso_days", fn -> Calendar.ISO.naive_datetime_to_iso_days(2017, 11, -3, 0, 0, 0, 0) end)
show.("valid", fn -> Calendar.ISO.naive_datetime_to_iso_days(2000, 1, 1, 12, 0, 0, {0, 0}) end)
show.("leap_year? 10000", fn -> Calendar.ISO.leap_year?(10000) end)
show.("days_in_month 13", fn -> Calendar.ISO.days_in_month(2000, 13) end)
show.("parse_date :other", fn -> Calendar.ISO.parse_date("2015-01-23", :other) end)
show.("parse_time :other", fn -> Calendar.ISO.parse_time("23:50:07", :other) end)
show.("parse_naive_datetime :other", fn -> Calendar.ISO.parse_naive_datetime("2015-01-23 23:50:07", :other) end)
show.("parse_utc_datetime :other", fn -> Calendar.ISO.parse_utc_datetime("2015-01-23 23:50:07Z", :other) end)
show.("Date.add to 9999-12-31", fn -> Date.add(~D[0000-01-01], 3_652_424) end)
show.("Date.add past 9999", fn -> Date.add(~D[0000-01-01], 3_652_425) end)
show.("Date.add to -9999-01-01", fn -> Date.add(~D[0000-01-01], -3_652_059) end)
show.("Date.add before -9999", fn -> Date.add(~D[0000-01-01], -3_652_060) end)
show.("day_of_week by hand", fn -> Date.day_of_week(%Date{year: 2018, month: 2, day: 30}) end)
show.("calendar.valid_date 20001", fn -> :calendar.valid_date(20001, 1, 1) end)
show.("calendar.valid_date -1", fn -> :calendar.valid_date(-1, 1, 1) end)
show.("calendar.is_leap_year 2400", fn -> :calendar.is_leap_year(2400) end)
show.("calendar.last_day_of_the_month", fn -> :calendar.last_day_of_the_month(12000, 2) end)
show.("~D[2000-04-15 notalias]", fn -> Code.eval_string("~D[2000-04-15 notalias]") end)
show.("day_of_week :someday", fn -> Date.day_of_week(~D[2000-01-01], :someday) end)
