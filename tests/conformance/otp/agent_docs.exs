defmodule Counter do
  use Agent
  def start_link(initial_value) do
    Agent.start_link(fn -> initial_value end, name: __MODULE__)
  end
  def value do
    Agent.get(__MODULE__, & &1)
  end
  def increment do
    Agent.update(__MODULE__, &(&1 + 1))
  end
end
{:ok, _} = Counter.start_link(0)
IO.inspect Counter.value()
Counter.increment()
IO.inspect Counter.value()
IO.inspect Counter.child_spec([1])
{:ok, agent} = Agent.start_link fn -> [] end
Agent.update(agent, fn list -> ["eggs" | list] end)
IO.inspect Agent.get(agent, fn list -> list end)
IO.inspect Agent.get_and_update(agent, fn list -> {length(list), [:x | list]} end)
IO.inspect Agent.cast(agent, fn l -> [:y | l] end)
IO.inspect Agent.get(agent, & &1)
IO.inspect Agent.stop(agent)
IO.inspect Process.alive?(agent)
{:ok, a2} = Agent.start(fn -> 5 end)
IO.inspect Agent.get(a2, Kernel, :+, [3])
Agent.update(a2, Kernel, :*, [10])
IO.inspect Agent.get(a2, & &1)
IO.inspect(try do Agent.get(a2, fn _ -> Process.sleep(:infinity) end, 100) catch :exit, {reason, {GenServer, :call, _}} -> {:exit, reason} end)
