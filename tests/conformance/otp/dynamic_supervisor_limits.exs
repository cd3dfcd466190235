# DynamicSupervisor as its docs use it: start_child with child specs as tuples, maps and
# modules, max_children, which_children/count_children, terminate_child, and restart values
# (:temporary children are not restarted, :permanent ones are).
defmodule Worker do
  use GenServer, restart: :temporary
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:crash, _from, _), do: raise("crash")
end

defmodule Keeper do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end)
end

Logger.configure(level: :none)
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 3)
{:ok, w1} = DynamicSupervisor.start_child(sup, {Worker, :one})
{:ok, k1} = DynamicSupervisor.start_child(sup, {Keeper, 10})
{:ok, _a} = DynamicSupervisor.start_child(sup, %{id: :anything, start: {Agent, :start_link, [fn -> :map_spec end]}})
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, :four}), label: "fourth")
IO.inspect(DynamicSupervisor.count_children(sup), label: "count")
IO.inspect(DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, _pid, type, mods} -> {id, type, mods} end), label: "which")

ref = Process.monitor(w1)
catch_exit = fn f -> try do f.() catch :exit, _ -> :exited end end
IO.inspect(catch_exit.(fn -> GenServer.call(w1, :crash) end), label: "crash call")
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
Process.sleep(10)
IO.inspect(DynamicSupervisor.count_children(sup).active, label: "active after a temporary crash")

ref = Process.monitor(k1)
Process.exit(k1, :kill)
receive do
  {:DOWN, ^ref, _, _, reason} -> IO.inspect(reason, label: "keeper killed")
end
Process.sleep(10)
IO.inspect(DynamicSupervisor.count_children(sup), label: "after a permanent crash")
[_, {_, new_keeper, _, _}] = DynamicSupervisor.which_children(sup) |> Enum.sort_by(fn {_, p, _, _} -> p end) |> Enum.take(-2)
IO.inspect(Agent.get(new_keeper, & &1), label: "restarted keeper state")
IO.inspect(DynamicSupervisor.terminate_child(sup, new_keeper), label: "terminate_child")
IO.inspect(DynamicSupervisor.terminate_child(sup, new_keeper), label: "terminate_child again")
IO.inspect(DynamicSupervisor.count_children(sup), label: "final count")
IO.inspect(DynamicSupervisor.stop(sup), label: "stop")
