# A server that crashes while handling a call, as each kind of caller sees it: an unlinked
# caller gets the exit {reason, {GenServer, :call, [server, request, timeout]}}; a linked
# caller that traps exits gets the same exit and then the {:EXIT, ...}; a linked caller
# that does not trap dies with the server's own reason (the link's signal comes first).
defmodule Fragile do
  use GenServer

  def init(n), do: {:ok, n}

  def handle_call(:divide, _from, n), do: {:reply, 100 / n, n}
  def handle_call(:quit, _from, n), do: {:stop, :quitting, n}
end

defmodule Callers do
  def unlinked do
    {:ok, pid} = GenServer.start(Fragile, 0)

    try do
      GenServer.call(pid, :divide)
    catch
      :exit, {{:badarith, _stack}, {GenServer, :call, [^pid, :divide, 5000]}} ->
        IO.puts("unlinked caller: the call exits with the server's :badarith")
    end

    IO.inspect(Process.alive?(pid), label: "server alive")
  end

  def linked_trapping do
    Process.flag(:trap_exit, true)
    {:ok, pid} = GenServer.start_link(Fragile, 4)
    IO.inspect(GenServer.call(pid, :divide), label: "100 / 4")

    try do
      GenServer.call(pid, :quit)
    catch
      :exit, {:quitting, {GenServer, :call, [^pid, :quit, 5000]}} ->
        IO.puts("trapping caller: the call exits with :quitting")
    end

    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "then the EXIT message")
    end
  end

  def linked_not_trapping do
    parent = self()

    {caller, ref} =
      spawn_monitor(fn ->
        {:ok, pid} = GenServer.start_link(Fragile, 0)
        send(parent, {:server, pid})
        GenServer.call(pid, :divide)
        IO.puts("never printed")
      end)

    receive do
      {:server, _} -> :ok
    end

    receive do
      {:DOWN, ^ref, :process, ^caller, {reason, _stack}} ->
        IO.inspect(reason, label: "linked caller died with")
    end
  end
end

Callers.unlinked()
Callers.linked_not_trapping()
Callers.linked_trapping()
