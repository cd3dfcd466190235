# DynamicSupervisor.start_link/3 with a module whose init/1 returns :ignore, a bad value,
# or flags DynamicSupervisor refuses; DynamicSupervisor.init/1's flags.
defmodule Flex do
  use DynamicSupervisor
  def init(:ignore), do: :ignore
  def init(:bad), do: {:ok, :not_a_map}
  def init(:strategy), do: DynamicSupervisor.init(strategy: :one_for_all)
  def init(:children), do: DynamicSupervisor.init(max_children: -1)
  def init(opts), do: DynamicSupervisor.init(opts)
end

Process.flag(:trap_exit, true)
IO.inspect(DynamicSupervisor.init([]))
IO.inspect(DynamicSupervisor.init(max_restarts: 10, extra_arguments: [:x]))
IO.inspect(DynamicSupervisor.start_link(Flex, :ignore))
receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "ignored, exit")
end
for arg <- [:bad, :strategy, :children] do
  IO.inspect(DynamicSupervisor.start_link(Flex, arg))
  receive do
    {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
  end
end
{:ok, pid} = DynamicSupervisor.start_link(Flex, [max_children: 1], name: :flex)
IO.inspect(Process.whereis(:flex) == pid)
IO.inspect(Flex.child_spec(:arg))
{:ok, _} = DynamicSupervisor.start_child(:flex, {Agent, fn -> 1 end})
IO.inspect(DynamicSupervisor.start_child(:flex, {Agent, fn -> 2 end}))
IO.inspect(DynamicSupervisor.start_link(Flex, [], name: :flex) |> elem(0))
IO.inspect(DynamicSupervisor.stop(:flex))
