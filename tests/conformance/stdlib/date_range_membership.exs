# A date in a Date.Range (`in` is Enum.member?/2: only a Date of the range's calendar is in
# it); Date.range/2,3 of any date-like values; a Date.Range made before Elixir 1.12 (no
# step); Time.compare/diff of NaiveDateTimes (their time of day); what the functions'
# patterns refuse
range = Date.range(~D[2001-01-01], ~D[2002-01-01])
IO.inspect(~D[2001-02-01] in range)
IO.inspect(~D[2003-02-01] in range)
IO.inspect(~D[2001-02-01] not in range)
IO.inspect(~N[2001-02-01 10:00:00] in range)
every_other = Date.range(~D[2001-01-01], ~D[2001-01-31], 2)
IO.inspect({~D[2001-01-03] in every_other, ~D[2001-01-04] in every_other})
IO.inspect(Enum.filter([~D[2000-12-31], ~D[2001-06-01], ~D[2002-06-01]], &(&1 in range)))

dates = Date.range(~N[2000-01-01 09:00:00], ~U[2000-01-03 09:00:00Z], 2)
IO.inspect(dates)
IO.inspect({dates.first, dates.last, Enum.to_list(dates)})

old = %{__struct__: Date.Range, first: ~D[2021-07-17], first_in_iso_days: 738_353,
        last: ~D[2021-07-14], last_in_iso_days: 738_350}
IO.inspect(old)
IO.inspect({Enum.to_list(old), Enum.count(old), ~D[2021-07-15] in old, Enum.slice(old, 1, 2)})

IO.inspect(Time.compare(~N[1900-01-01 16:04:16], ~N[2015-01-01 16:04:16]))
IO.inspect(Time.diff(~N[2017-01-01 00:29:12], ~T[00:29:10]))
IO.inspect(Time.diff(~N[2017-01-01 00:29:12], ~N[1900-02-03 00:29:10], :millisecond))
IO.inspect(Time.to_seconds_after_midnight(~N[2017-01-01 00:29:12.5]))
for {label, fun} <- [
      {"NaiveDateTime.to_date(date)", fn -> NaiveDateTime.to_date(~D[2000-02-29]) end},
      {"NaiveDateTime.to_time(time)", fn -> NaiveDateTime.to_time(~T[00:00:00]) end},
      {"NaiveDateTime.truncate(time)", fn -> NaiveDateTime.truncate(~T[00:00:00.000000], :millisecond) end},
      {"Time.truncate(naive)", fn -> Time.truncate(~N[2000-01-01 00:00:00.123], :second) end},
      {"NaiveDateTime.truncate(datetime)", fn -> NaiveDateTime.truncate(~U[2000-01-01 00:00:00.123456Z], :millisecond) end},
      {"DateTime.truncate(map)", fn -> DateTime.truncate(Map.from_struct(~U[2000-01-01 00:00:00.123456Z]), :second) end}
    ] do
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e in FunctionClauseError -> IO.puts("#{label}: FunctionClauseError in #{inspect(e.module)}.#{e.function}/#{e.arity}")
  end
end
