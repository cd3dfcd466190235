# What :sys.get_state and :sys.get_status show of supervisors: OTP's state record for a
# Supervisor (its name, strategy, children newest first with their child records,
# intensity, period, the callback module and its init argument), the DynamicSupervisor
# struct, and the supervisor's Callback line in get_status.
defmodule Cache do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
end

defmodule Worker do
  use GenServer, restart: :transient, shutdown: 1_000
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule App.Supervisor do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)

  def init(:ok) do
    children = [{Cache, %{}}, {Worker, :w1}]
    Supervisor.init(children, strategy: :rest_for_one, max_restarts: 5, max_seconds: 10)
  end
end

normalize = fn state ->
  # pids as names, so the output reads the same on every run
  {:state, name, strategy, {ids, children}, dyn, intensity, period, restarts, dr, auto, mod, args} = state
  kids = Map.new(children, fn {id, {:child, pid, id, mfa, restart, sig, shutdown, type, mods}} ->
    {id, {:child, is_pid(pid), id, mfa, restart, sig, shutdown, type, mods}}
  end)
  {:state, name, strategy, {ids, kids}, dyn, intensity, period, restarts, dr, auto, mod, args}
end

{:ok, sup} = App.Supervisor.start_link(:ok)
IO.inspect(normalize.(:sys.get_state(sup)))
IO.inspect(normalize.(:sys.get_state(App.Supervisor)) == normalize.(:sys.get_state(sup)))

{:status, ^sup, {:module, :gen_server}, [_pdict, :running, _parent, [], misc]} = :sys.get_status(sup)
IO.inspect(Keyword.keys(misc))
IO.inspect(misc[:header])
IO.inspect(misc[:supervisor])

Supervisor.terminate_child(sup, Worker)
{:state, _, _, {_, kids}, _, _, _, _, _, _, _, _} = :sys.get_state(sup)
IO.inspect(elem(kids[Worker], 1), label: "terminated child's pid")

{:ok, anon} = Supervisor.start_link([{Worker, :w2}], strategy: :one_for_one)
{:state, {pid, mod}, :one_for_one, {ids, _}, _, 3, 5, [], 0, :never, mod, args} = :sys.get_state(anon)
IO.inspect({pid == anon, mod, ids})
IO.inspect(args)

{:ok, dyn} = DynamicSupervisor.start_link(strategy: :one_for_one, name: Dyn, max_children: 4)
{:ok, _} = DynamicSupervisor.start_child(Dyn, {Worker, :w3})
state = :sys.get_state(Dyn)
IO.inspect({state.name, state.strategy, state.max_children, map_size(state.children), state.mod})
{:status, _, _, [_, _, _, _, misc]} = :sys.get_status(dyn)
IO.inspect(misc[:supervisor])

{:ok, ts} = Task.Supervisor.start_link()
{:status, _, _, [_, _, _, _, misc]} = :sys.get_status(ts)
IO.inspect(misc[:supervisor])
