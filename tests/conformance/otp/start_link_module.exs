# Supervisor.start_link/2 with a module and an init argument that is not a list starts a
# module-based supervisor (start_link(module, arg, [])), as Elixir's clauses choose.
defmodule Counter do
  use Agent
  def start_link({initial, opts}), do: Agent.start_link(fn -> initial end, opts)
end

defmodule Counter.Sup do
  use Supervisor
  def init(pair), do: Supervisor.init([{Counter, pair}], strategy: :one_for_one)
end

{:ok, sup} = Supervisor.start_link(Counter.Sup, {41, [name: :counter]})
IO.inspect(Agent.get_and_update(:counter, &{&1 + 1, &1 + 1}))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.stop(sup))
