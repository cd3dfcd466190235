defmodule S do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:crash, _from, _n), do: raise "c"
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:stop, n), do: {:stop, :normal, n}
  def handle_continue(:crash, _n), do: raise "k"
  def handle_info(:cont, n), do: {:noreply, n, {:continue, :crash}}
end
{:ok, p} = GenServer.start(S, 1, debug: [:trace])
IO.inspect(:sys.get_status(p) |> elem(3) |> Enum.at(2) == p)
IO.inspect(:sys.get_status(p) |> elem(3) |> Enum.at(3))
GenServer.cast(p, :stop)
r = Process.monitor(p)
receive do {:DOWN, ^r, _, _, x} -> IO.inspect x end
{:ok, p} = GenServer.start(S, 1, debug: [:trace])
r = Process.monitor(p)
try do GenServer.call(p, :crash) catch :exit, _ -> :ok end
receive do {:DOWN, ^r, _, _, {_, st}} -> IO.inspect st end
{:ok, p} = GenServer.start(S, 1, debug: [:trace])
r = Process.monitor(p)
send p, :cont
receive do {:DOWN, ^r, _, _, {_, st}} -> IO.inspect st end
{:ok, p} = GenServer.start(S, 1)
:sys.trace(p, true)
GenServer.call(p, :get)
IO.inspect :sys.statistics(p, true)
GenServer.call(p, :get)
{:ok, st} = :sys.statistics(p, :get)
IO.inspect {st[:messages_in], st[:messages_out], st[:reductions] > 0}
IO.inspect :sys.no_debug(p)
GenServer.call(p, :get)
IO.inspect :sys.statistics(p, :get)
:sys.suspend(p)
IO.inspect(:sys.get_status(p) |> elem(3) |> Enum.at(1))
IO.inspect(:sys.get_status(p) |> elem(3) |> Enum.at(4) |> Keyword.get(:data))
