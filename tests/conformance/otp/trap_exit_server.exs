# A server that traps exits: its linked parent's exit reaches terminate/2, a linked
# worker's crash comes as {:EXIT, pid, reason} to handle_info, and Process.exit(server,
# :kill) still kills it without terminate
defmodule Keeper do
  use GenServer

  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)

  def init(parent) do
    Process.flag(:trap_exit, true)
    {:ok, parent}
  end

  def handle_call(:spawn_worker, _from, parent) do
    worker = spawn_link(fn -> raise "worker failed" end)
    {:reply, worker, parent}
  end

  def handle_info({:EXIT, pid, reason}, parent) do
    send(parent, {:worker_exit, pid, elem(reason, 0)})
    {:noreply, parent}
  end

  def terminate(reason, parent) do
    send(parent, {:terminated, reason})
  end
end

Logger.configure(level: :none)
me = self()

{:ok, server} = Keeper.start_link(me)
worker = GenServer.call(server, :spawn_worker)
receive do: ({:worker_exit, ^worker, e} -> IO.inspect(e, label: "worker exit"))

# stopped through its parent link: a middleman process that starts it and then exits
middle = spawn(fn ->
  {:ok, s} = Keeper.start_link(me)
  send(me, {:server, s})
  exit(:middle_gone)
end)
receive do: ({:server, s} -> IO.inspect(is_pid(s)))
receive do: ({:terminated, r} -> IO.inspect(r, label: "terminate after parent exit"))
IO.inspect Process.alive?(middle)

{:ok, s2} = GenServer.start(Keeper, me)
Process.exit(s2, :shutdown)
receive do
  {:terminated, r} -> IO.inspect(r, label: "shutdown from a non-parent")
after
  100 -> IO.puts("no terminate for a non-parent :shutdown")
end
IO.inspect Process.alive?(s2)
ref = Process.monitor(s2)
Process.exit(s2, :kill)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "killed"))
receive do
  {:terminated, r} -> IO.inspect(r, label: "unexpected terminate")
after
  50 -> IO.puts("no terminate when killed")
end
Process.unlink(server)
GenServer.stop(server, :normal)
receive do: ({:terminated, r} -> IO.inspect(r, label: "stop"))
