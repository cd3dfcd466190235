# Agent as its docs use it: get_and_update, cast, update with a timeout, the m/f/a forms,
# a crash inside the agent's function, and stopping it with a reason.
{:ok, agent} = Agent.start_link(fn -> %{} end)
IO.inspect(Agent.get_and_update(agent, fn map -> {Map.get(map, :count, 0), Map.put(map, :count, 1)} end), label: "get_and_update")
IO.inspect(Agent.get_and_update(agent, &Map.pop(&1, :count)), label: "pop")
:ok = Agent.cast(agent, &Map.put(&1, :cast, true))
IO.inspect(Agent.get(agent, & &1), label: "after cast")
:ok = Agent.update(agent, &Map.put(&1, :list, [1, 2, 3]), 1000)
IO.inspect(Agent.get(agent, Map, :get, [:list]), label: "mfa get")
:ok = Agent.update(agent, Map, :delete, [:cast])
IO.inspect(Agent.get_and_update(agent, Map, :get_and_update, [:list, fn l -> {length(l), [0 | l]} end]), label: "mfa get_and_update")
IO.inspect(Agent.get(agent, fn s -> s end), label: "state")

{:ok, named} = Agent.start(fn -> 0 end, name: :counter)
Agent.update(:counter, &(&1 + 5))
IO.inspect(Agent.get(:counter, & &1), label: "named")
IO.inspect(Process.whereis(:counter) == named, label: "registered")

Process.flag(:trap_exit, true)
Logger.configure(level: :none)
result =
  try do
    Agent.get(agent, fn _ -> raise "inside the agent" end)
  catch
    :exit, {{%RuntimeError{message: m}, _stack}, {GenServer, :call, _}} -> {:caught, m}
  end
IO.inspect(result, label: "crash in get")
receive do
  {:EXIT, ^agent, {%RuntimeError{message: m}, _}} -> IO.inspect(m, label: "agent exited")
end
IO.inspect(Process.alive?(agent), label: "alive")

IO.inspect(Agent.stop(:counter, :normal), label: "stop")
IO.inspect(Process.whereis(:counter), label: "after stop")
{:ok, slow} = Agent.start_link(fn -> :slow end)
timeout =
  try do
    Agent.get(slow, fn s -> Process.sleep(200); s end, 50)
  catch
    :exit, {:timeout, {GenServer, :call, [_, _, 50]}} -> :timed_out
  end
IO.inspect(timeout, label: "get timeout")
IO.inspect(Agent.stop(slow, :shutdown), label: "stop shutdown")
receive do
  {:EXIT, ^slow, reason} -> IO.inspect(reason, label: "slow exited")
end
receive do
  m -> IO.inspect(m, label: "late")
after
  300 -> IO.puts("no late reply")
end
{reason, {GenServer, :call, [^slow, {:get, _}, 5000]}} =
  try do
    Agent.get(slow, & &1)
  catch
    :exit, e -> e
  end
IO.inspect(reason, label: "get from dead")
