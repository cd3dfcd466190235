defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: Fib.of(n-1) + Fib.of(n-2)
end

IO.puts "Start the task"
worker = Task.async(fn -> Fib.of(20) end)
IO.puts "Do something else"
IO.puts "Wait for the task"
result = Task.await(worker)
IO.puts "The result is #{result}"

worker = Task.async(Fib, :of, [20])
result = Task.await(worker)
IO.puts "The result is #{result}"
IO.inspect worker.__struct__
IO.inspect Map.keys(worker)
IO.inspect is_reference(worker.ref)

{ :ok, count } = Agent.start(fn -> 0 end)
IO.inspect Agent.get(count, &(&1))
Agent.update(count, &(&1+1))
Agent.update(count, &(&1+1))
IO.inspect Agent.get(count, &(&1))

Agent.start(fn -> 1 end, name: Sum)
IO.inspect Agent.get(Sum, &(&1))
IO.inspect Agent.update(Sum, &(&1+99))
IO.inspect Agent.get(Sum, &(&1))

defmodule Frequency do
  def start_link do
    Agent.start_link(fn -> %{} end, name: __MODULE__)
  end

  def add_word(word) do
    Agent.update(__MODULE__,
                 fn map ->
                      Map.update(map, word, 1, &(&1+1))
                 end)
  end

  def count_for(word) do
    Agent.get(__MODULE__, fn map -> map[word] end)
  end

  def words do
    Agent.get(__MODULE__, fn map -> Map.keys(map) end)
  end
end
Frequency.start_link
Frequency.add_word "dave"
Frequency.add_word "was"
Frequency.add_word "here"
Frequency.add_word "he"
Frequency.add_word "was"
IO.inspect Frequency.words
IO.inspect Frequency.count_for("dave")
IO.inspect Frequency.count_for("was")
IO.inspect Agent.get_and_update(Frequency, fn m -> {map_size(m), %{}} end)
IO.inspect Agent.cast(Frequency, fn _ -> :x end)
IO.inspect Agent.get(Frequency, & &1)
IO.inspect Agent.stop(Frequency)
tasks = Enum.map(1..5, fn i -> Task.async(fn -> Process.sleep(10 * (6 - i)); i * i end) end)
IO.inspect Task.await_many(tasks)
t = Task.async(fn -> Process.sleep(200); :late end)
IO.inspect Task.yield(t, 10)
IO.inspect Task.yield(t, 500)
t = Task.async(fn -> Process.sleep(200); :late end)
IO.inspect Task.shutdown(t)
t = Task.async(fn -> :quick end)
Process.sleep(10)
IO.inspect Task.shutdown(t)
IO.inspect Task.yield_many([Task.async(fn -> 1 end), Task.async(fn -> Process.sleep(100); 2 end)], 50) |> Enum.map(&elem(&1, 1))
