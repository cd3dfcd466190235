# ExUnit in the playground, as Livebook runs it: ExUnit.start(autorun: false), a test module
# for the book's Stack server, then ExUnit.run() prints the report. Each test runs in its own
# process (watch them in the graph); the last test fails on purpose, to show a failure report.
ExUnit.start(autorun: false, seed: 0)

defmodule Stack do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def push(stack, item), do: GenServer.cast(stack, {:push, item})
  def pop(stack), do: GenServer.call(stack, :pop)

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}

  @impl true
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}
end

defmodule StackTest do
  use ExUnit.Case

  setup do
    stack = start_supervised!({Stack, [1, 2]})
    %{stack: stack}
  end

  test "pop gives the last item pushed", %{stack: stack} do
    Stack.push(stack, :top)
    assert Stack.pop(stack) == :top
    assert Stack.pop(stack) == 1
  end

  test "popping an empty stack crashes the server", %{stack: stack} do
    Process.flag(:trap_exit, true)
    assert Stack.pop(stack) == 1
    assert Stack.pop(stack) == 2
    assert {{:function_clause, _}, {GenServer, :call, _}} = catch_exit(Stack.pop(stack))
  end

  test "a stack pops in reverse order (fails on purpose)", %{stack: stack} do
    Stack.push(stack, 3)
    assert [Stack.pop(stack), Stack.pop(stack)] == [1, 3]
  end
end

ExUnit.run()
