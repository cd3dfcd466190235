defmodule Sequence.Server do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:next_number, _from, n), do: {:reply, n, n + 1}
  def handle_cast({:increment_number, d}, n), do: {:noreply, n + d}
  def handle_info(msg, n) do
    IO.puts "info: #{inspect msg}"
    {:noreply, n}
  end
end
{:ok, pid} = GenServer.start_link(Sequence.Server, 100, debug: [:trace])
GenServer.call(pid, :next_number)
GenServer.cast(pid, {:increment_number, 2})
send(pid, :hello)
GenServer.call(pid, :next_number)
:sys.trace(pid, false)
GenServer.call(pid, :next_number)
{:ok, pid2} = GenServer.start_link(Sequence.Server, 1)
:sys.trace pid2, true
GenServer.call(pid2, :next_number)
:sys.trace pid2, false
{:ok, stats} = :sys.statistics(pid2, :get) |> IO.inspect
:sys.statistics pid2, true
GenServer.call(pid2, :next_number)
GenServer.call(pid2, :next_number)
{:ok, stats} = :sys.statistics(pid2, :get)
IO.inspect Keyword.keys(stats)
IO.inspect stats[:messages_in]
IO.inspect stats[:messages_out]
IO.inspect :sys.log(pid2, true)
GenServer.call(pid2, :next_number)
GenServer.cast(pid2, {:increment_number, 3})
# (the log holds the caller's pid and an alias ref: their width moves inspect's line breaks
# from run to run, so the pid-free part is printed)
{:ok, log} = :sys.log(pid2, :get)
IO.inspect Enum.map(log, fn
  {:in, {:"$gen_call", {from, [:alias | ref]}, request}} when is_pid(from) and is_reference(ref) ->
    {:in, :"$gen_call", request}
  {:out, reply, {to, [:alias | ref]}, state} when is_pid(to) and is_reference(ref) ->
    {:out, reply, state}
  other -> other
end)
:sys.log(pid2, :print)
IO.inspect :sys.get_state(pid2)
