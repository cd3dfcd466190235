# GenServer.call with a timeout shorter than the server's work: the caller exits with
# {:timeout, {GenServer, :call, ...}}; caught, it goes on, and the late reply is dropped
# (the call's alias is gone), so the mailbox stays empty.
defmodule Slow do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok), do: {:ok, 0}

  def handle_call({:work, ms}, _from, n) do
    Process.sleep(ms)
    {:reply, {:worked, ms}, n + 1}
  end

  def handle_call(:count, _from, n), do: {:reply, n, n}
end

{:ok, _} = Slow.start_link([])
IO.inspect(GenServer.call(Slow, {:work, 10}, 1_000))

result =
  try do
    GenServer.call(Slow, {:work, 300}, 50)
  catch
    :exit, {:timeout, {GenServer, :call, [Slow, msg, timeout]}} -> {:timed_out, msg, timeout}
  end

IO.inspect(result)
# the server finished the slow call before it answers this one
IO.inspect(GenServer.call(Slow, :count))
IO.inspect(Process.info(self(), :message_queue_len))

try do
  GenServer.call(:nobody, :hello)
catch
  :exit, reason -> IO.inspect(reason)
end

{:ok, pid} = GenServer.start(Slow, :ok)
GenServer.stop(pid)
try do
  GenServer.call(pid, :count)
catch
  :exit, {reason, {GenServer, :call, [_, :count, 5000]}} -> IO.inspect(reason, label: "stopped")
end
