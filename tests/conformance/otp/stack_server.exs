# The Stack of Elixir's GenServer documentation, with its client API; popping the empty
# stack crashes the server (no handle_call/3 clause matches), and the caller sees the exit.
defmodule Stack do
  use GenServer

  # Client

  def start_link(default) when is_list(default) do
    GenServer.start_link(__MODULE__, default)
  end

  def push(pid, element) do
    GenServer.cast(pid, {:push, element})
  end

  def pop(pid) do
    GenServer.call(pid, :pop)
  end

  # Server (callbacks)

  @impl true
  def init(stack) do
    {:ok, stack}
  end

  @impl true
  def handle_call(:pop, _from, [head | tail]) do
    {:reply, head, tail}
  end

  @impl true
  def handle_cast({:push, element}, state) do
    {:noreply, [element | state]}
  end
end

{:ok, pid} = Stack.start_link([:hello])
IO.inspect(Stack.pop(pid))
IO.inspect(Stack.push(pid, :world))
IO.inspect(Stack.pop(pid))

Process.flag(:trap_exit, true)

try do
  Stack.pop(pid)
catch
  :exit, {{:function_clause, [{Stack, :handle_call, args, _} | _]}, {GenServer, :call, [_, :pop, 5000]}} ->
    IO.puts("the server crashed in handle_call with #{length(args)} arguments")
end

receive do
  {:EXIT, ^pid, {:function_clause, _}} -> IO.puts("and its exit came as a message")
end

IO.inspect(Process.alive?(pid))
