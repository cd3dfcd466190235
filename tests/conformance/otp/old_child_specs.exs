# Old tuple child specs ({id, start, restart, shutdown, type, modules}, Supervisor.Spec's,
# deprecated) are still taken by Supervisor.init/2, Supervisor.start_link/2 and both
# supervisors' start_child/2, and checked as OTP's supervisor checks a map.
defmodule Stack do
  use GenServer
  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def init(items), do: {:ok, items}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
end

old = {:old_stack, {Stack, :start_link, [[:a, :b]]}, :permanent, 5000, :worker, [Stack]}

{:ok, {flags, children}} = Supervisor.init([{Stack, [:x]}, old], strategy: :one_for_one)
IO.inspect(flags)
IO.inspect(children)

{:ok, sup} = Supervisor.start_link([{Stack, [:x]}, old], strategy: :one_for_one)
for {id, pid, type, modules} <- Enum.sort(Supervisor.which_children(sup)) do
  IO.inspect({id, is_pid(pid), type, modules, GenServer.call(pid, :pop)})
end

task = {:task, {Task, :start_link, [fn -> :ok end]}, :temporary, 5000, :worker, [Task]}
{:ok, pid} = Supervisor.start_child(sup, task)
IO.inspect(is_pid(pid), label: "old spec started")
IO.inspect(Supervisor.start_child(sup, {1, 2, 3, 4, 5, 6}), label: "bad start")
IO.inspect(Supervisor.start_child(sup, {:a, {Stack, :start_link, [[]]}, :forever, 5000, :worker, [Stack]}),
  label: "bad restart")
IO.inspect(Supervisor.start_child(sup, {:a, {Stack, :start_link, [[]]}, :permanent, -1, :worker, [Stack]}),
  label: "bad shutdown")
IO.inspect(Supervisor.start_child(sup, {:a, {Stack, :start_link, [[]]}, :permanent, 5000, :boss, [Stack]}),
  label: "bad type")
IO.inspect(Supervisor.start_child(sup, %{id: 1, start: {Task, :foo, :bar}}), label: "bad mfa")
IO.inspect(Supervisor.start_child(sup, %{}), label: "no id")

try do
  Supervisor.child_spec(old, [])
rescue
  e in ArgumentError -> IO.puts(e.message)
end

{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, pid} = DynamicSupervisor.start_child(dyn, old)
IO.inspect(GenServer.call(pid, :pop), label: "dynamic child pops")
IO.inspect(DynamicSupervisor.which_children(dyn) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end))
IO.inspect(DynamicSupervisor.start_child(dyn, %{}), label: "dynamic no id")
IO.inspect(DynamicSupervisor.start_child(dyn, %{id: 1, start: :nope}), label: "dynamic no mfa")
IO.inspect(DynamicSupervisor.start_child(dyn, {1, 2, 3, 4, 5, 6}), label: "dynamic bad start")
IO.inspect(DynamicSupervisor.start_child(dyn, {1, {Stack, :start_link, [[]]}, :permanent, :soon, :boss, [Stack]}),
  label: "dynamic bad shutdown")
IO.inspect(DynamicSupervisor.start_child(dyn, {1, {Stack, :start_link, [[]]}, :permanent, 10, :worker, ["Stack"]}),
  label: "dynamic bad modules")
