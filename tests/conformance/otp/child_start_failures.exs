# A child whose start function raises or does not exist, started by a supervisor's init,
# by start_child, by restart_child and by DynamicSupervisor.start_child: the reasons as
# the caller gets them, with the supervisor's own frames under the child's
defmodule W do
  def start_link(:raise), do: raise("in start_link")
  def start_link(:ok), do: Agent.start_link(fn -> 1 end)

  def start_link(table) do
    if :ets.lookup(table, :fail) != [], do: raise("failing now")
    Agent.start_link(fn -> 1 end)
  end
end

Process.flag(:trap_exit, true)
IO.inspect Supervisor.start_link([%{id: :x, start: {W, :nope, []}}], strategy: :one_for_one)
IO.inspect Supervisor.start_link([%{id: :z, start: {W, :start_link, [:raise]}}], strategy: :one_for_one)

{:ok, sup} = Supervisor.start_link([%{id: :x, start: {W, :start_link, [:ok]}}], strategy: :one_for_one)
IO.inspect Supervisor.start_child(sup, %{id: :y, start: {W, :start_link, [:raise]}})
IO.inspect Supervisor.start_child(sup, %{id: :u, start: {W, :nope, []}})

table = :ets.new(:flags, [:public])
{:ok, _} = Supervisor.start_child(sup, %{id: :flaky, start: {W, :start_link, [table]}})
:ok = Supervisor.terminate_child(sup, :flaky)
:ets.insert(table, {:fail})
IO.inspect Supervisor.restart_child(sup, :flaky)

{:ok, ds} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect DynamicSupervisor.start_child(ds, %{id: :x, start: {W, :start_link, [:raise]}})
IO.inspect DynamicSupervisor.start_child(ds, %{id: :x, start: {W, :nope, [1]}})
