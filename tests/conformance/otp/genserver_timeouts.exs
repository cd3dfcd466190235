# A GenServer's own timeouts and continue: init/1 and callbacks may return a timeout after
# which handle_info(:timeout, state) runs, or {:continue, term} to run handle_continue/2
# before any message. A caller's GenServer.call/3 timeout exits the caller and leaves the
# server running; its late reply never arrives.
defmodule Ticker do
  use GenServer

  def init(count), do: {:ok, count, 50}

  def handle_info(:timeout, count) when count < 3 do
    IO.puts("tick #{count}")
    {:noreply, count + 1, 50}
  end

  def handle_info(:timeout, count) do
    IO.puts("done after #{count} ticks")
    {:noreply, count}
  end

  def handle_call(:count, _from, count), do: {:reply, count, count}
end

defmodule Loader do
  use GenServer

  def init(name), do: {:ok, %{name: name, loaded: false}, {:continue, :load}}

  def handle_continue(:load, state) do
    IO.puts("loading #{state.name}")
    {:noreply, %{state | loaded: true}}
  end

  def handle_call(:loaded?, _from, state), do: {:reply, state.loaded, state}

  def handle_call({:slow, ms}, _from, state) do
    Process.sleep(ms)
    {:reply, :finally, state}
  end
end

{:ok, ticker} = GenServer.start_link(Ticker, 0)
Process.sleep(300)
IO.inspect(GenServer.call(ticker, :count))

{:ok, loader} = GenServer.start_link(Loader, "config")
IO.inspect(GenServer.call(loader, :loaded?))

result =
  try do
    GenServer.call(loader, {:slow, 200}, 50)
  catch
    :exit, {:timeout, {GenServer, :call, [_, {:slow, 200}, 50]}} -> :timed_out
  end

IO.inspect(result)
Process.sleep(300)

receive do
  late -> IO.inspect(late, label: "late reply")
after
  0 -> IO.puts("no late reply in the mailbox")
end

IO.inspect(GenServer.call(loader, :loaded?))
