Process.flag(:trap_exit, true)
IO.inspect Task.async_stream([1, 2], fn x -> exit(x) end) |> Enum.to_list()
IO.inspect Task.async_stream(1..6 |> Stream.map(& &1), fn x -> x * 2 end) |> Enum.to_list()
IO.inspect Task.async_stream(1..6, fn x -> x * 2 end) |> Enum.take(2)
IO.inspect Task.async_stream([1, 2], &exit/1, zip_input_on_exit: true) |> Enum.to_list()
IO.inspect Task.async_stream([1, 300], &Process.sleep/1, timeout: 100, on_timeout: :kill_task, zip_input_on_exit: true) |> Enum.to_list()
try do
  Task.async_stream([1], & &1, max_concurrency: 0)
rescue e -> IO.inspect e
end
IO.inspect Process.info(self(), :messages)
