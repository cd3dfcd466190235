# A counter GenServer under a Supervisor: crashing it with a bad call restarts it, and its
# state starts over; the supervisor reports the restart in which_children.
defmodule Counter do
  use GenServer

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def increment, do: GenServer.call(__MODULE__, :increment)
  def value, do: GenServer.call(__MODULE__, :value)
  def divide(by), do: GenServer.call(__MODULE__, {:divide, by})

  @impl true
  def init(start), do: {:ok, start}

  @impl true
  def handle_call(:increment, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call(:value, _from, n), do: {:reply, n, n}
  def handle_call({:divide, by}, _from, n), do: {:reply, div(n, by), div(n, by)}
end

Logger.configure(level: :none)
{:ok, sup} = Supervisor.start_link([{Counter, 10}], strategy: :one_for_one, max_restarts: 2)
Enum.each(1..3, fn _ -> Counter.increment() end)
IO.inspect(Counter.value(), label: "before")
old = Process.whereis(Counter)

defmodule Probe do
  def crash_and_wait(old) do
    ref = Process.monitor(old)

    try do
      Counter.divide(0)
    catch
      :exit, {{:badarith, _}, {GenServer, :call, [Counter, {:divide, 0}, 5000]}} ->
        IO.puts("the call crashed the counter")
    end

    receive do
      {:DOWN, ^ref, :process, ^old, {reason, _}} -> IO.inspect(reason, label: "down")
    end
  end
end

Probe.crash_and_wait(old)

# the supervisor restarts it under the same name
wait = fn wait ->
  case Process.whereis(Counter) do
    pid when is_pid(pid) and pid != old -> pid
    _ -> Process.sleep(1); wait.(wait)
  end
end

new = wait.(wait)
IO.inspect(new != old, label: "new pid")
IO.inspect(Counter.value(), label: "after")
IO.inspect(Supervisor.count_children(sup))
[{Counter, ^new, :worker, [Counter]}] = Supervisor.which_children(sup)
IO.puts("which_children shows the new pid")
