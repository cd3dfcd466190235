# Assertions that fail outside the test process: in a spawn_link'ed process, in a Task
# awaited by the test, in a GenServer callback the test calls. ExUnit reports the exit the
# test received, with the stack the failing process had.
ExUnit.start(seed: 0)

defmodule Checker do
  use GenServer
  import ExUnit.Assertions

  def start_link(expected), do: GenServer.start_link(__MODULE__, expected)
  def check(pid, value), do: GenServer.call(pid, {:check, value})

  @impl true
  def init(expected), do: {:ok, expected}

  @impl true
  def handle_call({:check, value}, _from, expected) do
    assert value == expected
    {:reply, :ok, expected}
  end
end

defmodule LinkedFailuresTest do
  use ExUnit.Case

  test "assert in a linked process" do
    spawn_link(fn -> assert 1 + 1 == 3 end)
    Process.sleep(100)
  end

  test "assert in a linked process, not last" do
    spawn_link(fn ->
      assert :lists.sum([1, 2]) == 4
      :ok
    end)

    Process.sleep(100)
  end

  test "assert in a task" do
    Task.async(fn -> assert [1, 2] == [2, 1] end) |> Task.await()
  end

  test "match in a task" do
    task = Task.async(fn -> assert {:ok, _} = Map.fetch(%{}, :missing) end)
    Task.await(task)
  end

  test "assert in a server's callback" do
    {:ok, pid} = Checker.start_link(:yes)
    assert Checker.check(pid, :yes) == :ok
    Checker.check(pid, :no)
  end

  test "a passing task" do
    task = Task.async(fn -> assert 2 * 2 == 4 end)
    assert Task.await(task)
  end
end
