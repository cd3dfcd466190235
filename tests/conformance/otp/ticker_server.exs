# A hand-written GenServer with a timeout in init's return, handle_info for ticks sent with
# Process.send_after, handle_continue, terminate when trapping exits, code_change through :sys
defmodule Ticker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts) do
    Process.flag(:trap_exit, true)
    {:ok, %{count: 0, limit: Keyword.fetch!(opts, :limit), log: []}, {:continue, :first}}
  end

  @impl true
  def handle_continue(:first, state) do
    Process.send_after(self(), :tick, 10)
    {:noreply, %{state | log: [:continued | state.log]}}
  end

  @impl true
  def handle_info(:tick, %{count: n, limit: n} = state) do
    {:noreply, %{state | log: [:done | state.log]}, 50}
  end

  def handle_info(:tick, state) do
    Process.send_after(self(), :tick, 10)
    {:noreply, %{state | count: state.count + 1, log: [{:tick, state.count + 1} | state.log]}}
  end

  def handle_info(:timeout, state) do
    {:noreply, %{state | log: [:idle_timeout | state.log]}}
  end

  @impl true
  def handle_call(:log, _from, state), do: {:reply, Enum.reverse(state.log), state}

  @impl true
  def terminate(reason, state) do
    IO.puts("terminate #{inspect(reason)} after #{state.count} ticks")
  end

  @impl true
  def code_change(old_vsn, state, extra) do
    IO.inspect({:code_change, old_vsn, extra})
    {:ok, Map.put(state, :upgraded, true)}
  end
end

{:ok, pid} = Ticker.start_link(limit: 3)
# (a second, not 0.2: the ticks take about 80 ms, and a loaded machine must not cut the
# log short in the BEAM; a call before the idle timeout would reset it)
Process.sleep(1000)
IO.inspect GenServer.call(Ticker, :log)
IO.inspect :sys.get_state(Ticker).count

:ok = :sys.suspend(Ticker)
IO.inspect :sys.change_code(Ticker, Ticker, "1.0", :extra)
:ok = :sys.resume(Ticker)
IO.inspect Map.get(:sys.get_state(pid), :upgraded)
IO.inspect :sys.replace_state(Ticker, fn s -> %{s | count: 100} end).count
Process.unlink(pid)
IO.inspect GenServer.stop(Ticker, :shutdown)
IO.inspect Process.alive?(pid)
