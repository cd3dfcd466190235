ExUnit.start(seed: 0)

defmodule Counter do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def increment, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule Journal do
  def start, do: Agent.start(fn -> [] end, name: __MODULE__)
  def note(x), do: Agent.update(__MODULE__, &[x | &1])
  def read, do: Agent.get(__MODULE__, &Enum.reverse/1)
end

defmodule CallbacksTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  setup_all do
    Journal.start()
    :ok
  end

  setup context do
    on_exit(fn -> Journal.note({:first_registered, context.test}) end)
    on_exit(fn -> Journal.note({:second_registered, context.test}) end)
    {:ok, started: :yes}
  end

  @tag :skip
  test "skipped" do
    flunk "never"
  end

  @tag skip: "not today"
  test "skipped with reason" do
    flunk "never"
  end

  test "capture_io", %{started: started} do
    assert started == :yes
    out = capture_io(fn -> IO.puts("hello") end)
    assert out == "hello\n"
    assert capture_io(fn -> IO.write("x") end) == "y"
  end

  test "capture_io of a process spawned inside" do
    out =
      capture_io(fn ->
        pid = spawn(fn -> IO.puts("from a child") end)
        ref = Process.monitor(pid)
        receive do
          {:DOWN, ^ref, _, _, _} -> :ok
        end
      end)
    assert out == "from a child\n"
  end

  test "capture_io stderr" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end) == "oops\n"
  end

  test "start_supervised" do
    pid = start_supervised!({Counter, 5})
    assert is_pid(pid)
    Counter.increment()
    assert Counter.value() == 6
  end

  test "start_supervised again starts fresh" do
    {:ok, _pid} = start_supervised({Counter, 10})
    assert Counter.value() == 10
    assert start_supervised({Counter, 1}) == {:error, {:duplicate_child_name, Counter}}
    assert stop_supervised(Counter) == :ok
    assert stop_supervised(Counter) == {:error, :not_found}
    refute Process.whereis(Counter)
  end

  test "the journal of on_exit callbacks" do
    assert Journal.read() == [
             {:second_registered, :"test capture_io"},
             {:first_registered, :"test capture_io"},
             {:second_registered, :"test capture_io of a process spawned inside"},
             {:first_registered, :"test capture_io of a process spawned inside"},
             {:second_registered, :"test capture_io stderr"},
             {:first_registered, :"test capture_io stderr"},
             {:second_registered, :"test start_supervised"},
             {:first_registered, :"test start_supervised"},
             {:second_registered, :"test start_supervised again starts fresh"},
             {:first_registered, :"test start_supervised again starts fresh"}
           ]
  end
end
