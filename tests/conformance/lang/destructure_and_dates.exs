# destructure/2, then everyday date work: ages, sorting events by DateTime, ranges of days; ends in Time.new!'s error
destructure([a, b, c], [1, 2, 3, 4, 5])
IO.inspect({a, b, c})
destructure([x, y, z], [1])
IO.inspect({x, y, z})
destructure([p, q], nil)
IO.inspect({p, q})
IO.inspect(destructure([m, n], [:m, :n]))
{:ok, dt} = {:ok, ~U[2024-05-06 07:08:09Z]}
IO.puts("Year #{dt.year}, #{Calendar.strftime(dt, "%B %-d")}")
IO.inspect(Enum.map(1..3, fn i -> DateTime.add(dt, i, :day) |> DateTime.to_date() end))
IO.inspect(Date.range(~D[2024-01-29], ~D[2024-02-02]) |> Enum.map(&Date.day_of_week/1))
IO.inspect(Enum.group_by(Date.range(~D[2024-01-01], ~D[2024-01-14]), &Date.day_of_week/1) |> Map.get(1))
IO.inspect(NaiveDateTime.diff(~N[2024-03-01 00:00:00], ~N[2024-02-01 00:00:00], :day))
age = fn birthday, today ->
  years = today.year - birthday.year
  if {today.month, today.day} < {birthday.month, birthday.day}, do: years - 1, else: years
end
IO.inspect(age.(~D[1990-06-15], ~D[2024-06-14]))
IO.inspect(age.(~D[1990-06-15], ~D[2024-06-15]))
events = [%{name: "b", at: ~U[2024-01-02 00:00:00Z]}, %{name: "a", at: ~U[2024-01-01 12:00:00Z]}]
IO.inspect(Enum.sort_by(events, & &1.at, DateTime) |> Enum.map(& &1.name))
IO.inspect(Enum.sort_by(events, & &1.at, {:desc, DateTime}) |> Enum.map(& &1.name))
IO.inspect(Enum.min_by(events, & &1.at, DateTime).name)
IO.inspect(DateTime.to_iso8601(dt) |> DateTime.from_iso8601())
IO.inspect(dt |> DateTime.to_unix() |> DateTime.from_unix!())
IO.inspect(Time.new!(25 - 1, 0, 0) |> Time.to_string())
