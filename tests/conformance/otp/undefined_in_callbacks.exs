defmodule M do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:x, _, s), do: {:reply, String.nope(), s}
  def handle_call(:y, _, s), do: {:reply, Nope.nope(), s}
end
{:ok, p} = GenServer.start(M, nil)
IO.inspect(try do GenServer.call(p, :x) catch :exit, {{r, [f | _]}, _} -> {r, f} end)
{:ok, p} = GenServer.start(M, nil)
IO.inspect(try do GenServer.call(p, :y) catch :exit, {{r, [f | _]}, _} -> {r, f} end)
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
{:error, {{:EXIT, {r, [f | _]}}, _}} = Supervisor.start_child(sup, %{id: :bad, start: {Nope, :start_link, []}})
IO.inspect {r, f}
IO.inspect(try do Nope.f() rescue e -> Exception.message(e) end)
IO.inspect(try do String.nope() rescue e -> Exception.message(e) end)
