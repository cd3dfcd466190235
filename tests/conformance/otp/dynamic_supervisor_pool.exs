# use DynamicSupervisor with init/1 (max_children) under a rest_for_one Supervisor, its
# children started on demand, a crash during a call restarting a :transient worker, and
# Supervisor.start_child/terminate_child/delete_child on the tree.
defmodule Worker do
  use GenServer, restart: :transient
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_call(:crash, _, _), do: raise "crash"
  def handle_call(:who, _, s), do: {:reply, s, s}
end

defmodule Pool do
  use DynamicSupervisor
  def start_link(opts), do: DynamicSupervisor.start_link(__MODULE__, opts, name: __MODULE__)
  def init(opts), do: DynamicSupervisor.init(strategy: :one_for_one, max_children: Keyword.get(opts, :max, 2))
  def add(name), do: DynamicSupervisor.start_child(__MODULE__, {Worker, name})
end

defmodule Tree do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: :tree)
  def init(:ok) do
    Supervisor.init([{Pool, max: 2}, {Worker, :fixed}], strategy: :rest_for_one)
  end
end

Logger.configure(level: :none)
{:ok, tree} = Tree.start_link([])
IO.inspect(Supervisor.count_children(tree))
IO.inspect(Supervisor.which_children(tree) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end))
{:ok, a} = Pool.add(:a)
{:ok, _b} = Pool.add(:b)
IO.inspect(Pool.add(:c))
IO.inspect(DynamicSupervisor.count_children(Pool))
IO.inspect(DynamicSupervisor.which_children(Pool) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end))
IO.inspect(Pool.add(:a) |> elem(0))
ref = Process.monitor(a)
try do GenServer.call(:a, :crash) catch :exit, {r, _} -> IO.inspect(elem(r, 0)) end
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect(DynamicSupervisor.terminate_child(Pool, a))
IO.inspect(DynamicSupervisor.count_children(Pool))
IO.inspect(Supervisor.start_child(tree, {Worker, :fixed}))
IO.inspect(Supervisor.start_child(tree, %{id: :x, start: {Worker, :start_link, [:fixed]}}) |> elem(0))
IO.inspect(Supervisor.terminate_child(tree, Worker))
IO.inspect(Supervisor.start_child(tree, {Worker, :fixed}))
IO.inspect(Supervisor.delete_child(tree, Worker))
IO.inspect(Supervisor.which_children(tree) |> length())
IO.inspect(Supervisor.start_child(tree, {Worker, :fixed}) |> elem(0))
IO.inspect(Supervisor.stop(tree))
IO.inspect(Process.whereis(Pool))
