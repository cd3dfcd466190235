# GenServer's docs, "Receiving regular messages": a worker that schedules its own work with
# Process.send_after and handle_info; the docs' Stack with name: registration; a call to a
# name nobody holds; a call that times out while the server sleeps; and stop/3 running
# terminate/2.
defmodule MyApp.Periodically do
  use GenServer

  def start_link(parent), do: GenServer.start_link(__MODULE__, parent, name: __MODULE__)

  @impl true
  def init(parent) do
    schedule_work()
    {:ok, {parent, 0}}
  end

  @impl true
  def handle_info(:work, {parent, n}) do
    send(parent, {:worked, n + 1})
    if n + 1 < 3, do: schedule_work()
    {:noreply, {parent, n + 1}}
  end

  @impl true
  def handle_call(:count, _from, {_, n} = state), do: {:reply, n, state}

  def handle_call(:slow, _from, state) do
    Process.sleep(100)
    {:reply, :slow_done, state}
  end

  @impl true
  def terminate(reason, {parent, n}) do
    send(parent, {:terminated, reason, n})
  end

  defp schedule_work, do: Process.send_after(self(), :work, 20)
end

{:ok, pid} = MyApp.Periodically.start_link(self())
for _ <- 1..3 do
  receive do
    {:worked, n} -> IO.puts("worked #{n}")
  end
end
IO.inspect(GenServer.call(MyApp.Periodically, :count), label: "count")
IO.inspect(GenServer.whereis(MyApp.Periodically) == pid, label: "whereis")

try do
  GenServer.call(MyApp.Periodically, :slow, 10)
catch
  :exit, reason -> IO.inspect(reason, label: "slow call")
end
IO.inspect(Process.alive?(pid), label: "alive after the timeout")
Process.sleep(150)
receive do
  m -> IO.inspect(m, label: "late reply")
after
  0 -> IO.puts("no late reply")
end

try do
  GenServer.call(:nobody, :hello)
catch
  :exit, reason -> IO.inspect(reason, label: "call to nobody")
end

IO.inspect(GenServer.stop(MyApp.Periodically, :normal), label: "stop")
receive do
  {:terminated, reason, n} -> IO.inspect({reason, n}, label: "terminate/2")
end
IO.inspect(GenServer.whereis(MyApp.Periodically), label: "whereis after stop")
try do
  GenServer.stop(pid)
catch
  :exit, reason -> IO.inspect(reason, label: "stop a dead server")
end
