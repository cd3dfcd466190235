# Agent with module, function and arguments instead of funs (Agent.start_link/4, get/5,
# update/5, get_and_update/5, cast/5), as Agent's docs allow
defmodule Stock do
  def new(items), do: Map.new(items, &{&1, 0})
  def count(stock, item), do: Map.fetch!(stock, item)
  def add(stock, item, n), do: Map.update!(stock, item, &(&1 + n))
  def take(stock, item, n), do: {Map.fetch!(stock, item), Map.update!(stock, item, &(&1 - n))}
end

{:ok, agent} = Agent.start_link(Stock, :new, [[:apples, :pears]])
IO.inspect Agent.get(agent, Stock, :count, [:apples])
IO.inspect Agent.update(agent, Stock, :add, [:apples, 5])
IO.inspect Agent.get(agent, Stock, :count, [:apples])
IO.inspect Agent.get_and_update(agent, Stock, :take, [:apples, 2])
IO.inspect Agent.cast(agent, Stock, :add, [:pears, 7])
IO.inspect Agent.get(agent, & &1)
IO.inspect Agent.get(agent, Map, :keys, [])

{:ok, named} = Agent.start(Stock, :new, [[:plums]], name: :stock)
IO.inspect Process.whereis(:stock) == named
IO.inspect Agent.get(:stock, Stock, :count, [:plums])
IO.inspect Agent.stop(:stock)

Process.flag(:trap_exit, true)
IO.inspect Agent.start_link(Stock, :count, [%{}, :nothing])
receive do
  {:EXIT, _, reason} -> IO.inspect(elem(reason, 0), label: "exit")
end
