# Supervisor.start_link when a child fails to start: {:error, {:shutdown,
# {:failed_to_start_child, id, reason}}} with the children started before it stopped again;
# a child returning :ignore; a bad child spec; duplicate ids.
defmodule Child do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ok) do
    send(:main, {:started, self()})
    Process.flag(:trap_exit, true)
    {:ok, :ok}
  end
  def init(:ignore), do: :ignore
  def init(:fail), do: {:stop, :no_way}
  def init(:raise), do: raise(ArgumentError, "bad arg")
  def terminate(reason, _), do: send(:main, {:terminated, reason})
end

defmodule Main do
  def drain(acc \\ []) do
    receive do
      {:started, _} -> drain([:started | acc])
      m -> drain([m | acc])
    after
      20 -> Enum.reverse(acc)
    end
  end
end

Logger.configure(level: :none)
Process.register(self(), :main)
Process.flag(:trap_exit, true)
spec = fn id, arg -> Supervisor.child_spec({Child, arg}, id: id) end

IO.inspect(Supervisor.start_link([spec.(:a, :ok), spec.(:b, :fail), spec.(:c, :ok)], strategy: :one_for_one), label: "fail")
IO.inspect(Main.drain(), label: "messages")
{:error, {:shutdown, {:failed_to_start_child, :b, {%ArgumentError{message: m}, _}}}} =
  Supervisor.start_link([spec.(:a, :ok), spec.(:b, :raise)], strategy: :one_for_one)
IO.inspect(m, label: "raise")
IO.inspect(Main.drain(), label: "messages")
{:ok, sup} = Supervisor.start_link([spec.(:a, :ok), spec.(:b, :ignore)], strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p) && :pid || p} end), label: "with :ignore")
IO.inspect(Supervisor.count_children(sup), label: "count")
Main.drain()
IO.inspect(Supervisor.start_link([spec.(:a, :ok), spec.(:a, :ok)], strategy: :one_for_one), label: "duplicate ids")
try do
  Supervisor.start_link([:not_a_spec], strategy: :one_for_one)
rescue
  e -> IO.inspect(e.__struct__, label: "bad spec")
end
IO.inspect(Supervisor.start_link([%{id: :x, start: {Child, :start_link}}], strategy: :one_for_one), label: "bad start")
IO.inspect(Main.drain(), label: "left")
