{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: MyApp.DynamicSupervisor)
{:ok, agent1} = DynamicSupervisor.start_child(MyApp.DynamicSupervisor, {Agent, fn -> %{} end})
Agent.update(agent1, &Map.put(&1, :key, "value"))
IO.inspect Agent.get(agent1, & &1)
{:ok, agent2} = DynamicSupervisor.start_child(MyApp.DynamicSupervisor, {Agent, fn -> %{} end})
IO.inspect Agent.get(agent2, & &1)
IO.inspect DynamicSupervisor.count_children(MyApp.DynamicSupervisor)
IO.inspect DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect DynamicSupervisor.terminate_child(sup, agent1)
IO.inspect DynamicSupervisor.terminate_child(sup, agent1)
IO.inspect DynamicSupervisor.count_children(sup)
Process.exit(agent2, :kill)
Process.sleep(20)
[{_, agent3, _, _}] = DynamicSupervisor.which_children(sup)
IO.inspect agent3 != agent2
IO.inspect Agent.get(agent3, & &1)

defmodule MySup do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(arg) do
    IO.inspect(arg, label: "init")
    DynamicSupervisor.init(strategy: :one_for_one, max_children: 2, extra_arguments: [:extra])
  end
end
defmodule W do
  use GenServer, restart: :temporary
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(s), do: {:ok, s}
  def handle_call(:get, _, s), do: {:reply, s, s}
end
{:ok, _} = MySup.start_link(:hi)
{:ok, w1} = DynamicSupervisor.start_child(MySup, {W, 1})
IO.inspect GenServer.call(w1, :get)
{:ok, _} = DynamicSupervisor.start_child(MySup, {W, 2})
IO.inspect DynamicSupervisor.start_child(MySup, {W, 3})
IO.inspect W.child_spec(7)
IO.inspect MySup.child_spec(:x)
Process.exit(w1, :kill)
Process.sleep(10)
IO.inspect DynamicSupervisor.count_children(MySup)
IO.inspect DynamicSupervisor.start_child(MySup, %{id: :x, start: {W, :start_link, [4]}}) |> elem(0)
IO.inspect DynamicSupervisor.start_child(MySup, %{id: :x, start: {W, :start_link, [4]}, restart: :bad})
IO.inspect DynamicSupervisor.stop(MySup)
