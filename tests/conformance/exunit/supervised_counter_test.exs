# A counter GenServer under a one_for_one Supervisor, tested after the supervision chapter:
# crash it with a bad message, watch the :DOWN, wait for the restart, see its state start
# over; count_children and which_children; one assertion fails on purpose.
ExUnit.start(seed: 0, assert_receive_timeout: 2000)

defmodule Counter do
  use GenServer

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def next, do: GenServer.call(__MODULE__, :next)
  def boom, do: GenServer.cast(__MODULE__, :boom)

  @impl true
  def init(start), do: {:ok, start}

  @impl true
  def handle_call(:next, _from, n), do: {:reply, n, n + 1}

  @impl true
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

defmodule CounterSupervisor do
  use Supervisor

  def start_link(start), do: Supervisor.start_link(__MODULE__, start)

  @impl true
  def init(start) do
    Supervisor.init([{Counter, start}], strategy: :one_for_one)
  end
end

defmodule SupervisedCounterTest do
  use ExUnit.Case

  setup do
    sup = start_supervised!({CounterSupervisor, 10})
    %{sup: sup}
  end

  defp wait_for_restart(old) do
    case Process.whereis(Counter) do
      pid when is_pid(pid) and pid != old -> pid
      _ ->
        Process.sleep(1)
        wait_for_restart(old)
    end
  end

  test "counts from where it started" do
    assert Counter.next() == 10
    assert Counter.next() == 11
  end

  test "restarts from the start after a crash" do
    assert Counter.next() == 10
    old = Process.whereis(Counter)
    ref = Process.monitor(old)
    Counter.boom()
    assert_receive {:DOWN, ^ref, :process, ^old, {:function_clause, _}}
    new = wait_for_restart(old)
    refute new == old
    assert Counter.next() == 10
  end

  test "one child, one worker", %{sup: sup} do
    assert Supervisor.count_children(sup) == %{active: 1, specs: 1, supervisors: 0, workers: 1}
    assert [{Counter, pid, :worker, [Counter]}] = Supervisor.which_children(sup)
    assert pid == Process.whereis(Counter)
  end

  test "fails on purpose: the restarted counter does not remember", %{sup: _sup} do
    Counter.next()
    Counter.next()
    old = Process.whereis(Counter)
    ref = Process.monitor(old)
    Counter.boom()
    assert_receive {:DOWN, ^ref, _, _, _}
    wait_for_restart(old)
    assert Counter.next() == 12
  end
end
