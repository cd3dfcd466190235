# DateTime.new/new!/from_naive/now: Etc/UTC works; other zones are Elixir's :utc_only_time_zone_database errors
IO.inspect(DateTime.new(~D[2024-02-29], ~T[12:30:00]))
IO.inspect(DateTime.new(~D[2024-02-29], ~T[12:30:00.5], "Etc/UTC"))
IO.inspect(DateTime.new(~D[2024-02-29], ~T[12:30:00], "Europe/Paris"))
IO.inspect(DateTime.new!(~D[2000-01-01], ~T[00:00:00.000001]))
try do
  DateTime.new!(~D[2000-01-01], ~T[00:00:00], "America/New_York")
rescue
  e -> IO.inspect(e)
end
IO.inspect(DateTime.from_naive(~N[2016-05-24 13:26:08.003], "Etc/UTC"))
IO.inspect(DateTime.from_naive(~N[2016-05-24 13:26:08.003], "Europe/Copenhagen"))
IO.inspect(DateTime.from_naive!(~N[2016-05-24 13:26:08], "Etc/UTC"))
try do
  DateTime.from_naive!(~N[2016-05-24 13:26:08], "Europe/Copenhagen")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(DateTime.utc_now() |> is_struct(DateTime))
IO.inspect(DateTime.utc_now().time_zone)
IO.inspect(DateTime.utc_now().microsecond |> elem(1))
IO.inspect(DateTime.now("Etc/UTC") |> elem(0))
IO.inspect(DateTime.now("Europe/Paris"))
try do
  DateTime.now!("Europe/Paris")
rescue
  e -> IO.inspect(e)
end
