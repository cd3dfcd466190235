# Task.async_stream is lazy: Enum.take stops it early and the tasks still running are
# killed; a stream enumerated twice runs its tasks twice.
parent = self()
{:links, links_before} = Process.info(self(), :links)

result =
  1..10
  |> Task.async_stream(fn x -> send(parent, {:started, x}); x * x end, max_concurrency: 2)
  |> Enum.take(3)

IO.inspect(result, label: "take 3")
IO.inspect(Process.info(self(), :links) == {:links, links_before}, label: "no new links")

started =
  Stream.repeatedly(fn -> receive do {:started, x} -> x after 0 -> nil end end)
  |> Enum.take_while(& &1)

IO.inspect(length(started) <= 5, label: "started at most 5")

stream = Task.async_stream([3, 1, 2], fn x -> Process.sleep(x * 10); x end, ordered: false, max_concurrency: 3)
IO.inspect(Enum.to_list(stream), label: "unordered")
IO.inspect(Enum.map(stream, fn {:ok, x} -> x * 2 end), label: "again")

[0, :infinity, :infinity]
|> Task.async_stream(&Process.sleep/1, max_concurrency: 3)
|> Enum.take(1)
|> IO.inspect(label: "first of sleepers")

IO.inspect(Process.info(self(), :links) == {:links, links_before}, label: "no new links after")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")

Stream.iterate(1, &(&1 + 1))
|> Task.async_stream(fn x -> x * 10 end)
|> Stream.map(fn {:ok, v} -> v end)
|> Enum.take(4)
|> IO.inspect(label: "endless input")

zipped = 1..3 |> Task.async_stream(&(&1 + 100)) |> Stream.map(&elem(&1, 1))
IO.inspect(Enum.zip(zipped, zipped), label: "zip")

Process.flag(:trap_exit, true)
1..6
|> Task.async_stream(fn x -> if rem(x, 2) == 0, do: exit(:even), else: x end)
|> Enum.take(4)
|> IO.inspect(label: "exits")

receive do
  m -> IO.inspect(m, label: "leaked")
after
  50 -> IO.puts("no leaked messages")
end

stream =
  1..4
  |> Stream.transform(fn -> :ok end, fn x, acc -> {[x], acc} end, fn _ -> IO.puts("input closed") end)
  |> Task.async_stream(&(&1 * 3))

IO.inspect(Enum.take(stream, 2), label: "outer halt")

count = Task.async_stream(1..5, fn x -> x end) |> Enum.reduce(0, fn {:ok, x}, acc -> acc + x end)
IO.inspect(count, label: "reduce")
Task.async_stream([1, 2], fn x -> IO.puts("run #{x}") end) |> Stream.run()
