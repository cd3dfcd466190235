defmodule Counter do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, 0, name: via(name))
  def via(name), do: {:via, Registry, {Counter.Registry, name}}
  def inc(name), do: GenServer.cast(via(name), :inc)
  def get(name), do: GenServer.call(via(name), :get)
  def init(n), do: {:ok, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_call(:get, _, n), do: {:reply, n, n}
end
children = [
  {Registry, keys: :unique, name: Counter.Registry},
  {DynamicSupervisor, strategy: :one_for_one, name: Counter.Sup}
]
{:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
for name <- ["a", "b", "c"] do
  {:ok, _} = DynamicSupervisor.start_child(Counter.Sup, {Counter, name})
end
Counter.inc("a"); Counter.inc("a"); Counter.inc("b")
IO.inspect Enum.map(["a", "b", "c"], &Counter.get/1)
IO.inspect DynamicSupervisor.start_child(Counter.Sup, {Counter, "a"}) |> elem(0)
{:error, {:already_started, pid}} = DynamicSupervisor.start_child(Counter.Sup, {Counter, "a"})
IO.inspect GenServer.whereis(Counter.via("a")) == pid
IO.inspect GenServer.whereis(Counter.via("zzz"))
IO.inspect Registry.count(Counter.Registry)
ref = Process.monitor(pid)
Process.exit(pid, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect r end
wait = fn w -> case Registry.lookup(Counter.Registry, "a") do
  [{p, _}] when p != pid -> p
  _ -> Process.sleep(1); w.(w)
end end
_new = wait.(wait)
IO.inspect Counter.get("a")
IO.inspect(try do Counter.get("zzz") catch :exit, {r, _} -> r end)
IO.inspect DynamicSupervisor.count_children(Counter.Sup)
