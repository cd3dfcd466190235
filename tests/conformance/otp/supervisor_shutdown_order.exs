# A supervisor stops its children in reverse start order; children that trap exits get
# terminate/2 with :shutdown. Supervisor.child_spec/2 overrides id and restart; a
# :transient child is restarted only after an abnormal exit; restart_child and delete_child
# on a stopped child; start_child adds one more.
defmodule Noisy do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    Process.flag(:trap_exit, true)
    send(:main, {:started, name})
    {:ok, name}
  end
  def handle_cast({:exit, reason}, name), do: {:stop, reason, name}
  def terminate(reason, name), do: send(:main, {:terminated, name, reason})
end

defmodule Main do
  # exactly n messages, in arrival order (the order is the point; a slow machine only waits)
  def take(0), do: []
  def take(n) do
    receive do
      m -> [m | take(n - 1)]
    after
      2000 -> [:missing]
    end
  end

  def drain(acc \\ []) do
    receive do
      m -> drain([m | acc])
    after
      20 -> Enum.reverse(acc)
    end
  end
end

Logger.configure(level: :none)
Process.register(self(), :main)
children = [
  Supervisor.child_spec({Noisy, :first}, id: :first),
  Supervisor.child_spec({Noisy, :second}, id: :second, restart: :transient),
  Supervisor.child_spec({Noisy, :third}, id: :third, restart: :temporary)
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Main.take(3), label: "start")

GenServer.cast(:second, {:exit, :normal})
IO.inspect(Main.take(1), label: "transient exits :normal")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid)} end), label: "children")
IO.inspect(Supervisor.restart_child(sup, :second) |> elem(0), label: "restart_child")
IO.inspect(Main.take(1), label: "restarted")
GenServer.cast(:second, {:exit, :oops})
IO.inspect(Main.take(2), label: "transient exits :oops")

GenServer.cast(:third, {:exit, :oops})
IO.inspect(Main.take(1), label: "temporary exits :oops")
IO.inspect(Supervisor.count_children(sup), label: "count")

IO.inspect(Supervisor.terminate_child(sup, :first), label: "terminate_child")
IO.inspect(Main.take(1), label: "terminated")
IO.inspect(Supervisor.delete_child(sup, :first), label: "delete_child")
IO.inspect(Supervisor.delete_child(sup, :second), label: "delete running child")
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Noisy, :fourth}, id: :fourth)) |> elem(0), label: "start_child")
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({Noisy, :fourth}, id: :fourth)) |> elem(0), label: "start_child again")
IO.inspect(Main.take(1), label: "fourth")
Process.unlink(sup)
IO.inspect(Supervisor.stop(sup), label: "stop")
IO.inspect(Main.take(2), label: "shutdown order")
IO.inspect(Main.drain(), label: "left")
