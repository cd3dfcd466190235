# Everyday processes: a counter loop, monitors, trapped exits, Agent, Task.await/yield, registered names, selective receive
defmodule Counter do
  def start(n), do: spawn(fn -> loop(n) end)
  defp loop(n) do
    receive do
      {:inc, by} -> loop(n + by)
      {:get, from} -> send(from, {:count, n}); loop(n)
      :stop -> :ok
    end
  end
end
pid = Counter.start(0)
send(pid, {:inc, 5})
send(pid, {:inc, 7})
send(pid, {:get, self()})
receive do
  {:count, n} -> IO.puts("count: #{n}")
end
defmodule Watch do
  def stop_and_wait(pid) do
    ref = Process.monitor(pid)
    send(pid, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end
  end
end
Watch.stop_and_wait(pid)
IO.inspect(Process.alive?(pid))
Process.flag(:trap_exit, true)
linked = spawn_link(fn -> exit(:boom) end)
receive do
  {:EXIT, ^linked, reason} -> IO.inspect(reason, label: "exit")
end
Process.flag(:trap_exit, false)
{:ok, agent} = Agent.start_link(fn -> %{} end)
Agent.update(agent, &Map.put(&1, :a, 1))
IO.inspect(Agent.get(agent, &Map.get(&1, :a)))
IO.inspect(Agent.get_and_update(agent, fn s -> {map_size(s), Map.put(s, :b, 2)} end))
IO.inspect(Agent.get(agent, & &1))
tasks = Enum.map(1..5, fn i -> Task.async(fn -> i * i end) end)
IO.inspect(Enum.map(tasks, &Task.await/1))
IO.inspect(Task.await_many([Task.async(fn -> :a end), Task.async(fn -> :b end)]))
# Margins wide enough for a loaded CI machine: the first yield ends 190 ms before the task replies
t = Task.async(fn -> Process.sleep(200); :late end)
IO.inspect(Task.yield(t, 10))
IO.inspect(Task.yield(t, 5000))
Process.register(self(), :me)
send(:me, :hello)
receive do
  msg -> IO.inspect(msg)
end
IO.inspect(Process.whereis(:me) == self())
Process.put(:key, :value)
IO.inspect(Process.get(:key))
IO.inspect(Process.get_keys() |> Enum.member?(:key))
send(self(), {:a, 1})
send(self(), {:b, 2})
receive do
  {:b, v} -> IO.inspect(v, label: "selective")
end
receive do
  {:a, v} -> IO.inspect(v, label: "then")
after
  0 -> IO.puts("none")
end
