# Calendar.strftime/2,3 from its docs: every format, padding and width, the name options
dt = ~U[2019-08-26 13:52:06.0Z]
IO.puts(Calendar.strftime(dt, "%y-%m-%d %I:%M:%S %p"))
IO.puts(Calendar.strftime(dt, "%a, %B %d %Y"))
IO.puts(Calendar.strftime(dt, "%A %b %j %u %Z %z %%"))
IO.puts(Calendar.strftime(dt, "%c"))
IO.puts(Calendar.strftime(dt, "%x %X %f %q"))
IO.puts(Calendar.strftime(dt, "%-d/%-m %_H|%08Y"))
IO.puts(Calendar.strftime(~D[2024-01-05], "%Y/%m/%d %a"))
IO.puts(Calendar.strftime(~T[09:05:03.123], "%H:%M:%S.%f %P"))
IO.puts(Calendar.strftime(~N[2024-01-05 00:15:00], "%I %p %-I"))
IO.puts(Calendar.strftime(~U[2024-01-05 00:15:00.123456Z], "%3f %6f %f"))
IO.puts(Calendar.strftime(~D[2024-01-05], "%B", month_names: fn m -> Enum.at(~w(ene feb mar abr may jun jul ago sep oct nov dic), m - 1) end))
IO.puts(Calendar.strftime(~D[2024-01-05], "%A %a", day_of_week_names: fn d -> "D#{d}" end, abbreviated_day_of_week_names: fn d -> "d#{d}" end))
IO.puts(Calendar.strftime(~N[2024-01-05 13:15:00], "%p", am_pm_names: fn :am -> "a.m."; :pm -> "p.m." end))
IO.puts(Calendar.strftime(~D[2024-01-05], "%c", preferred_datetime: "%Y"))
try do
  Calendar.strftime(~D[2024-01-05], "%H")
rescue
  e -> IO.inspect(e.__struct__)
end
