task = Task.async(fn -> 1 + 2 end)
IO.inspect Task.await(task)
tasks = for i <- 1..5, do: Task.async(fn -> i * i end)
IO.inspect Task.await_many(tasks)
IO.inspect Task.async_stream(1..5, fn x -> x * 2 end) |> Enum.to_list()
IO.inspect Task.async_stream(1..5, &(&1 * 3), max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end)
t = Task.async(fn -> receive do :never -> :ok end end)
IO.inspect Task.yield(t, 10)
IO.inspect Task.shutdown(t)
{:ok, pid} = Task.start(fn -> :ok end)
IO.inspect is_pid(pid)
t2 = Task.async(Enum, :sum, [[1, 2, 3]])
IO.inspect Task.await(t2)
IO.inspect Task.yield_many([Task.async(fn -> :a end), Task.async(fn -> :b end)]) |> Enum.map(fn {_, r} -> r end)
defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: of(n - 1) + of(n - 2)
end
worker = Task.async(fn -> Fib.of(20) end)
IO.puts "The result is #{Task.await(worker)}"
worker = Task.async(Fib, :of, [20])
IO.puts "The result is #{Task.await(worker)}"
