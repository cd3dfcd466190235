# A module-based supervisor as Elixir's Supervisor docs write one: init/1 returns
# Supervisor.init/2 with children given as a tuple, a child_spec/2 override and a map;
# which_children, count_children, terminate/restart/delete_child.
defmodule Stack do
  use GenServer
  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def push(x), do: GenServer.cast(__MODULE__, {:push, x})
  def pop, do: GenServer.call(__MODULE__, :pop)
  def init(s), do: {:ok, s}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
end

defmodule Counter do
  use Agent
  def start_link(n), do: Agent.start_link(fn -> n end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
end

defmodule App.Supervisor do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg) do
    children = [
      {Stack, [:a, :b]},
      Supervisor.child_spec({Counter, 5}, id: :counter),
      %{id: :worker3, start: {Agent, :start_link, [fn -> :three end]}, restart: :transient}
    ]
    Supervisor.init(children, strategy: :one_for_one, max_restarts: 3)
  end
end

{:ok, sup} = App.Supervisor.start_link(:ok)
IO.inspect(Process.whereis(App.Supervisor) == sup)
IO.inspect(Stack.pop())
IO.inspect(Counter.value())
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(Supervisor.terminate_child(sup, :counter))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, p} end) |> Enum.filter(fn {_, p} -> p == :undefined end))
IO.inspect(Supervisor.restart_child(sup, :counter) |> elem(0))
IO.inspect(Counter.value())
IO.inspect(Supervisor.delete_child(sup, :counter))
IO.inspect(Supervisor.terminate_child(sup, :counter))
IO.inspect(Supervisor.delete_child(sup, :counter))
IO.inspect(Supervisor.restart_child(sup, :counter))
IO.inspect(Supervisor.delete_child(sup, :nope))
IO.inspect(Supervisor.restart_child(sup, Stack))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.init([Stack], strategy: :one_for_all))
IO.inspect(Supervisor.start_child(sup, {Counter, 9}) |> elem(0))
IO.inspect(Counter.value())
