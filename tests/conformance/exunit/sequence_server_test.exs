ExUnit.start(seed: 42)

defmodule Sequence.Server do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def next_number, do: GenServer.call(__MODULE__, :next_number)
  def increment_number(d), do: GenServer.cast(__MODULE__, {:increment_number, d})
  def init(n), do: {:ok, n}
  def handle_call(:next_number, _from, n), do: {:reply, n, n + 1}
  def handle_cast({:increment_number, d}, n), do: {:noreply, n + d}
end

defmodule SequenceTest do
  use ExUnit.Case, async: false

  setup do
    start_supervised!({Sequence.Server, 10})
    :ok
  end

  test "counts" do
    assert Sequence.Server.next_number() == 10
    assert Sequence.Server.next_number() == 11
  end

  test "increments" do
    Sequence.Server.increment_number(5)
    assert Sequence.Server.next_number() == 15
  end

  test "restarts after crash" do
    pid = Process.whereis(Sequence.Server)
    ref = Process.monitor(pid)
    Sequence.Server.increment_number("cat")
    # (the crash report takes the server a while on a loaded machine: let the :DOWN arrive)
    Process.sleep(300)
    assert_receive {:DOWN, ^ref, :process, ^pid, {%ArithmeticError{}, _}}
    Process.sleep(200)
    assert Sequence.Server.next_number() == 10
  end

  test "stop_supervised" do
    assert :ok = stop_supervised(Sequence.Server)
    assert {:error, :not_found} = stop_supervised(Sequence.Server)
    assert {:noproc, {GenServer, :call, _}} = catch_exit(Sequence.Server.next_number())
  end

  test "wrong expectation" do
    assert Sequence.Server.next_number() == 11
  end
end
