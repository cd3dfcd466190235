# The book's stack server under a supervisor. Popping an empty stack matches no
# handle_call clause: the server crashes, the supervisor starts a fresh one, and
# the fresh stack starts over from the child spec's items.
defmodule Stack do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}

  @impl true
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}
end

defmodule Wait do
  # until the supervisor has registered a new Stack
  def restarted(old) do
    case Process.whereis(Stack) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(10); restarted(old)
    end
  end
end

{:ok, sup} = Supervisor.start_link([{Stack, [:hello]}], strategy: :one_for_one)
GenServer.cast(Stack, {:push, :world})
IO.inspect(:sys.get_state(Stack), label: "state")
IO.inspect(GenServer.call(Stack, :pop), label: "pop")
IO.inspect(GenServer.call(Stack, :pop), label: "pop")
old = Process.whereis(Stack)
try do
  GenServer.call(Stack, :pop)
catch
  :exit, {reason, {GenServer, :call, _}} -> IO.puts("the call exited: #{inspect(elem(reason, 0))}")
end
new = Wait.restarted(old)
IO.puts("restarted: #{new != old}")
IO.inspect(:sys.get_state(Stack), label: "state")
IO.inspect(Supervisor.count_children(sup), label: "children")
