# Date.range/2,3 as the Calendar docs use it: a range of days that Enum walks, counts,
# slices and tests membership of; steps, counting down, and the error for a zero step.
january = Date.range(~D[2024-01-29], ~D[2024-02-02])
IO.inspect january
IO.inspect Enum.to_list(january)
IO.inspect Enum.count(january)
IO.inspect Enum.member?(january, ~D[2024-02-01])
IO.inspect ~D[2024-03-01] in january
IO.inspect Enum.at(january, 2)
IO.inspect Enum.slice(january, 1, 2)
IO.inspect Enum.map(january, &Date.day_of_week/1)
IO.inspect Enum.reverse(january)

weekends = for d <- Date.range(~D[2024-01-01], ~D[2024-01-14]), Date.day_of_week(d) >= 6, do: d
IO.inspect weekends

IO.inspect Date.range(~D[2024-01-05], ~D[2024-01-01])
IO.inspect Date.range(~D[2024-01-05], ~D[2024-01-01]) |> Enum.to_list()
every_third = Date.range(~D[2024-02-25], ~D[2024-03-06], 3)
IO.inspect every_third
IO.inspect Enum.to_list(every_third)
IO.inspect Date.range(~D[2024-01-10], ~D[2024-01-01], -4) |> Enum.to_list()
IO.inspect Enum.empty?(Date.range(~D[2024-01-01], ~D[2023-01-01], 1))
IO.inspect Date.range(~D[2024-01-01], ~D[2024-12-31]) |> Enum.count()

try do
  Date.range(~D[2024-01-01], ~D[2024-01-10], 0)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
