# Exit signals and flags, as the book's chapter on links and monitors probes them: :normal
# is ignored unless trapping, :kill arrives as :killed, a monitor sees the reason a link
# would, Process.exit(self(), :normal) while trapping is a message, and unlink drops a link.
defmodule Probe do
  def watch(pid), do: Process.monitor(pid)
  def waiter(parent) do
    receive do
      msg -> send(parent, {:waiter_got, msg})
    end
    waiter(parent)
  end
end

parent = self()
p1 = spawn(fn -> Probe.waiter(parent) end)
Process.exit(p1, :normal)
Process.sleep(5)
IO.inspect(Process.alive?(p1), label: ":normal to non-trapping")

p2 = spawn(fn -> Process.flag(:trap_exit, true); Probe.waiter(parent) end)
Process.sleep(5)
Process.exit(p2, :normal)
receive do
  {:waiter_got, msg} -> IO.inspect(match?({:EXIT, ^parent, :normal}, msg), label: ":normal to trapping is a message")
end
Process.exit(p2, :custom)
receive do
  {:waiter_got, {:EXIT, _, reason}} -> IO.inspect(reason, label: "custom to trapping")
end
ref = Probe.watch(p2)
Process.exit(p2, :kill)
receive do
  {:DOWN, ^ref, :process, ^p2, reason} -> IO.inspect(reason, label: ":kill seen by a monitor")
end

Process.flag(:trap_exit, true)
p3 = spawn_link(fn -> receive do: (:never -> :ok) end)
Process.exit(p3, :kill)
receive do
  {:EXIT, ^p3, reason} -> IO.inspect(reason, label: "linked killed")
end
p4 = spawn_link(fn -> exit(:kill) end)
receive do
  {:EXIT, ^p4, reason} -> IO.inspect(reason, label: "exit(:kill) itself")
end
Process.exit(self(), :normal)
receive do
  {:EXIT, me, :normal} -> IO.inspect(me == self(), label: "exit(self(), :normal) while trapping")
end
p5 = spawn_link(fn -> receive do: (:go -> exit(:late)) end)
Process.unlink(p5)
ref5 = Probe.watch(p5)
send(p5, :go)
receive do
  {:DOWN, ^ref5, _, _, reason} -> IO.inspect(reason, label: "after unlink, only the monitor")
end
receive do
  {:EXIT, ^p5, _} -> IO.puts("unexpected EXIT")
after
  20 -> IO.puts("no EXIT after unlink")
end
IO.inspect(Process.demonitor(ref5, [:flush, :info]), label: "demonitor a fired monitor")
dead = spawn(fn -> :ok end)
Process.sleep(5)
ref6 = Probe.watch(dead)
receive do
  {:DOWN, ^ref6, :process, ^dead, reason} -> IO.inspect(reason, label: "monitor a dead pid")
end
Process.link(dead)
receive do
  {:EXIT, ^dead, reason} -> IO.inspect(reason, label: "link a dead pid while trapping")
end
IO.inspect(Process.flag(:trap_exit, false), label: "old trap_exit")
spawn_link(fn -> exit(:normal) end)
Process.sleep(10)
IO.puts("survived a :normal exit of a link")
spawn_link(fn -> exit(:boom) end)
Process.sleep(10)
IO.puts("never printed")
