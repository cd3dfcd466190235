defmodule Stack do
  use GenServer
  def start_link(state) do
    GenServer.start_link(__MODULE__, state, name: __MODULE__)
  end
  ## Callbacks
  @impl true
  def init(stack) do
    {:ok, stack}
  end
  @impl true
  def handle_call(:pop, _from, [head | tail]) do
    {:reply, head, tail}
  end
  @impl true
  def handle_cast({:push, head}, tail) do
    {:noreply, [head | tail]}
  end
end
children = [
  {Stack, [:hello]}
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect GenServer.call(Stack, :pop)
GenServer.cast(Stack, {:push, :world})
IO.inspect GenServer.call(Stack, :pop)
IO.inspect Supervisor.count_children(sup)
[{Stack, pid, :worker, [Stack]}] = Supervisor.which_children(sup)
ref = Process.monitor(pid)
IO.inspect(try do GenServer.call(Stack, :pop) catch :exit, e -> {:exit, e} end)
receive do
  {:DOWN, r, :process, _, reason} when r == ref -> IO.inspect reason
end
# wait for restart
wait = fn wait ->
  case Process.whereis(Stack) do
    nil -> wait.(wait)
    p when p != pid -> p
    _ -> wait.(wait)
  end
end
new = wait.(wait)
IO.inspect new != pid
IO.inspect GenServer.call(Stack, :pop)
IO.inspect Supervisor.stop(sup)
