# Task.Supervisor.async_stream_nolink is lazy too: a crash is an {:exit, reason} item, a
# timeout with on_timeout: :kill_task an {:exit, :timeout} one, and Enum.take stops the
# stream with its unfinished tasks (the supervisor's children go away).
Logger.configure(level: :none)
{:ok, sup} = Task.Supervisor.start_link()
sup
|> Task.Supervisor.async_stream_nolink([1, 0, 2], fn x -> 10 / x end)
|> Enum.to_list()
|> Enum.map(fn {:ok, v} -> {:ok, v}; {:exit, {e, _}} -> {:exit, e} end)
|> IO.inspect(label: "nolink")

sup
|> Task.Supervisor.async_stream_nolink([10, 500, 20], &Process.sleep/1, timeout: 100, on_timeout: :kill_task, max_concurrency: 3)
|> Enum.to_list()
|> IO.inspect(label: "kill_task")

sup
|> Task.Supervisor.async_stream_nolink(1..100, fn x -> Process.sleep(x); x end, max_concurrency: 4)
|> Stream.filter(fn {:ok, x} -> rem(x, 2) == 0 end)
|> Enum.take(2)
|> IO.inspect(label: "take 2 evens")
Process.sleep(10)
IO.inspect(Task.Supervisor.children(sup), label: "children left")
sup
|> Task.Supervisor.async_stream(["a", "b"], &String.upcase/1, ordered: false)
|> Enum.sort()
|> IO.inspect(label: "linked")
