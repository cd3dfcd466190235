# A Stack GenServer as the book's OTP chapter builds it, tested the way a learner tests it
# afterwards: a fresh server per test from setup, calls and casts, a crash on an empty pop
# seen through catch_exit, and two assertions failing on purpose (left/right of lists).
ExUnit.start(seed: 0, assert_receive_timeout: 2000)

defmodule Stack do
  use GenServer

  def start_link(items), do: GenServer.start_link(__MODULE__, items)
  def push(pid, item), do: GenServer.cast(pid, {:push, item})
  def pop(pid), do: GenServer.call(pid, :pop)
  def peek(pid), do: GenServer.call(pid, :peek)
  def size(pid), do: GenServer.call(pid, :size)

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, [top | rest]), do: {:reply, top, rest}
  def handle_call(:peek, _from, [top | _] = items), do: {:reply, top, items}
  def handle_call(:size, _from, items), do: {:reply, length(items), items}

  @impl true
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}
end

defmodule StackTest do
  use ExUnit.Case, async: true

  setup do
    {:ok, stack} = Stack.start_link([:a, :b])
    {:ok, stack: stack}
  end

  test "pop returns the top", %{stack: stack} do
    assert Stack.pop(stack) == :a
    assert Stack.pop(stack) == :b
  end

  test "push then pop", %{stack: stack} do
    Stack.push(stack, 42)
    assert Stack.peek(stack) == 42
    assert Stack.size(stack) == 3
  end

  test "the state after pushes", %{stack: stack} do
    Stack.push(stack, 1)
    Stack.push(stack, 2)
    assert :sys.get_state(stack) == [2, 1, :a, :b]
  end

  test "fails on purpose: the order is reversed", %{stack: stack} do
    Stack.push(stack, :c)
    assert :sys.get_state(stack) == [:a, :b, :c]
  end

  test "fails on purpose: a size that is off by one", %{stack: stack} do
    assert Stack.size(stack) + 1 == 2
  end

  test "popping an empty stack crashes the server" do
    Process.flag(:trap_exit, true)
    {:ok, empty} = Stack.start_link([])
    assert {{:function_clause, _}, {GenServer, :call, [^empty, :pop, 5000]}} =
             catch_exit(Stack.pop(empty))
    assert_receive {:EXIT, ^empty, {:function_clause, _}}
  end

  test "a server that is not there" do
    assert {:noproc, _} = catch_exit(Stack.pop(:nobody))
  end
end
