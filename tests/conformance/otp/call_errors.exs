# GenServer.call's exits as a caller catches them: a timeout, a dead server, an unknown
# name, a server that stops while answering, GenServer.stop of nothing
defmodule Slow do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_call({:sleep, ms}, _from, state) do
    Process.sleep(ms)
    {:reply, :woke, state}
  end
  def handle_call(:stop_now, _from, state), do: {:stop, :normal, state}
  def handle_call(:stop_reply, _from, state), do: {:stop, :normal, :bye, state}
end

{:ok, pid} = GenServer.start(Slow, nil)

try do
  GenServer.call(pid, {:sleep, 200}, 50)
catch
  :exit, reason -> IO.inspect(reason, label: "timeout")
end

Process.sleep(300)
receive do
  msg -> IO.inspect(msg, label: "late reply")
after
  0 -> IO.puts("no late reply")
end

try do
  GenServer.call(:no_such_server, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "unknown name")
end

IO.inspect GenServer.call(pid, :stop_reply)

try do
  GenServer.call(pid, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "dead pid")
end

{:ok, pid2} = GenServer.start(Slow, nil)

try do
  GenServer.call(pid2, :stop_now)
catch
  :exit, reason -> IO.inspect(reason, label: "stopped without reply")
end

try do
  GenServer.stop(pid2)
catch
  :exit, reason -> IO.inspect(reason, label: "stop dead")
end

try do
  GenServer.call({:global, :nobody}, :hi)
catch
  :exit, reason -> IO.inspect(reason, label: "global")
end

try do
  GenServer.call({:via, Registry, {NoRegistry, :k}}, :hi)
rescue
  e -> IO.inspect(e, label: "via unknown registry")
catch
  :exit, reason -> IO.inspect(reason, label: "via")
end
