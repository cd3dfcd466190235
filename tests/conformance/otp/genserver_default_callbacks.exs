defmodule Unhandled do
  use GenServer
  def init(x), do: {:ok, x}
end
{:ok, pid} = GenServer.start(Unhandled, 0)
send pid, :unexpected
Process.sleep(20)
try do
  GenServer.call(pid, :hello)
catch
  :exit, {reason, call} -> IO.inspect(call); IO.inspect(elem(reason, 0))
end
{:ok, pid} = GenServer.start(Unhandled, 0)
ref = Process.monitor(pid)
GenServer.cast(pid, :hello)
receive do {:DOWN, ^ref, _, _, {e, _}} -> IO.inspect(e) end
defmodule BadReturn do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:bad, _, s), do: :oops
  def handle_cast(:bad, s), do: {:what, s}
end
{:ok, pid} = GenServer.start(BadReturn, 0)
try do
  GenServer.call(pid, :bad)
catch
  :exit, {reason, _} -> IO.inspect(reason)
end
{:ok, pid} = GenServer.start(BadReturn, 0)
ref = Process.monitor(pid)
GenServer.cast(pid, :bad)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
defmodule InitFail do
  use GenServer
  def init(:stop), do: {:stop, :no_way}
  def init(:ignore), do: :ignore
  def init(:raise), do: raise ArgumentError, "bad init"
  def init(:bad), do: :what
end
IO.inspect GenServer.start(InitFail, :stop)
IO.inspect GenServer.start(InitFail, :ignore)
{:error, {e, _st}} = GenServer.start(InitFail, :raise)
IO.inspect e
IO.inspect GenServer.start(InitFail, :bad)
try do
  GenServer.call(:nobody, :x)
catch
  :exit, r -> IO.inspect r
end
try do
  GenServer.call(self(), :x)
catch
  :exit, r -> IO.inspect r
end
IO.inspect GenServer.cast(:nobody, :x)
IO.inspect GenServer.whereis(:nobody)
