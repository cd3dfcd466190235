# A GenServer's own timeouts and continue: init/1 and callbacks may return a timeout after
# which handle_info(:timeout, state) runs, or {:continue, term} to run handle_continue/2
# before any message. A caller's GenServer.call/3 timeout exits the caller and leaves the
# server running; its late reply never arrives.
#
# The ticker tells its caller when it is done instead of the caller sleeping a fixed
# time: under a loaded machine the BEAM's ticks can fall behind a 300 ms sleep (CI saw
# "2" printed after two ticks).
defmodule Ticker do
  use GenServer

  def init({count, parent}), do: {:ok, {count, parent}, 50}

  def handle_info(:timeout, {count, parent}) when count < 3 do
    IO.puts("tick #{count}")
    {:noreply, {count + 1, parent}, 50}
  end

  def handle_info(:timeout, {count, parent}) do
    IO.puts("done after #{count} ticks")
    send(parent, :ticker_done)
    {:noreply, {count, parent}}
  end

  def handle_call(:count, _from, {count, _} = state), do: {:reply, count, state}
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

{:ok, ticker} = GenServer.start_link(Ticker, {0, self()})

receive do
  :ticker_done -> :ok
end

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
