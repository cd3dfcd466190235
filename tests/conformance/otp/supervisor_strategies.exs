defmodule Worker do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id) do
    IO.puts "starting #{id}"
    {:ok, id}
  end
  def handle_call(:crash, _, s), do: {:stop, :crashed, :ok, s}
  def terminate(reason, id), do: IO.puts("terminating #{id}: #{inspect reason}")
end
defmodule Tree do
  use Supervisor
  def start_link(strategy), do: Supervisor.start_link(__MODULE__, strategy, name: __MODULE__)
  def init(strategy) do
    children = for id <- [:w1, :w2, :w3], do: Supervisor.child_spec({Worker, id}, id: id)
    Supervisor.init(children, strategy: strategy)
  end
end
for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
  IO.puts "== #{strategy}"
  {:ok, sup} = Tree.start_link(strategy)
  Process.unlink(sup)
  old = Process.whereis(:w2)
  ref = Process.monitor(old)
  GenServer.call(:w2, :crash)
  receive do {:DOWN, ^ref, _, _, _} -> :ok end
  # wait until w2 is back
  wait = fn w -> case Process.whereis(:w2) do
    p when is_pid(p) and p != old -> :ok
    _ -> Process.sleep(1); w.(w) end end
  wait.(wait)
  _ = Supervisor.which_children(sup)
  ref = Process.monitor(sup)
  Supervisor.stop(sup)
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect r end
end
