defmodule Counter do
  use GenServer

  def start_link(arg) when is_integer(arg) do
    GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  end

  ## Callbacks

  @impl true
  def init(counter) do
    {:ok, counter}
  end

  @impl true
  def handle_call(:get, _from, counter) do
    {:reply, counter, counter}
  end

  def handle_call({:bump, value}, _from, counter) do
    {:reply, counter, counter + value}
  end
end

children = [
  {Counter, 0}
]

{:ok, pid} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect GenServer.call(Counter, :get)
IO.inspect GenServer.call(Counter, {:bump, 3})
IO.inspect GenServer.call(Counter, {:bump, 1})
IO.inspect GenServer.call(Counter, :get)
try do
  GenServer.call(Counter, :bad)
catch
  :exit, r -> IO.inspect(elem(r, 1))
end
Process.sleep(20)
IO.inspect GenServer.call(Counter, :get)
IO.inspect Counter.child_spec(5)
IO.inspect Supervisor.child_spec({Counter, 1}, id: :other, restart: :temporary)
IO.inspect Supervisor.child_spec(Counter, [])
IO.inspect Supervisor.count_children(pid)
IO.inspect Supervisor.terminate_child(pid, Counter)
IO.inspect Supervisor.which_children(pid)
IO.inspect Supervisor.restart_child(pid, Counter) |> elem(0)
IO.inspect Supervisor.delete_child(pid, Counter)
IO.inspect Supervisor.terminate_child(pid, Counter)
IO.inspect Supervisor.delete_child(pid, Counter)
IO.inspect Supervisor.start_child(pid, {Counter, 10}) |> elem(0)
IO.inspect Supervisor.start_child(pid, {Counter, 10})
IO.inspect Supervisor.stop(pid)
