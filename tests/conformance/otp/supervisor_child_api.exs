# Supervisor's child management as its docs show: start_child with a spec, duplicate ids,
# terminate/restart/delete_child and their errors, count/which_children, shutdown values
defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, name: Sup)
IO.inspect Supervisor.start_child(Sup, {Worker, :a}) |> elem(0)
IO.inspect Supervisor.start_child(Sup, {Worker, :b})
IO.inspect Supervisor.start_child(Sup, %{id: :b, start: {Worker, :start_link, [:b]}, shutdown: :brutal_kill}) |> elem(0)
IO.inspect Supervisor.start_child(Sup, %{id: :c, start: {Worker, :start_link, [:c]}, restart: :temporary}) |> elem(0)
IO.inspect Supervisor.start_child(Sup, %{id: :bad, start: {Worker, :nope, []}})
IO.inspect Supervisor.start_child(Sup, %{id: :bad2})
IO.inspect Supervisor.which_children(Sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect Supervisor.count_children(Sup)
IO.inspect Supervisor.terminate_child(Sup, :b)
IO.inspect Supervisor.which_children(Sup) |> Enum.map(fn {id, p, _, _} -> {id, p} end)
IO.inspect Supervisor.restart_child(Sup, :b) |> elem(0)
IO.inspect Supervisor.restart_child(Sup, :b)
IO.inspect Supervisor.delete_child(Sup, :b)
IO.inspect Supervisor.terminate_child(Sup, :b)
IO.inspect Supervisor.delete_child(Sup, :b)
IO.inspect Supervisor.terminate_child(Sup, :c)
IO.inspect Supervisor.restart_child(Sup, :c)
IO.inspect Supervisor.delete_child(Sup, :nope)
IO.inspect Supervisor.terminate_child(Sup, :nope)
IO.inspect Supervisor.count_children(Sup)
IO.inspect Supervisor.stop(Sup)
IO.inspect Process.alive?(sup)
