defmodule Seq do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:next_number, _from, n), do: {:reply, n, n + 1}
  def handle_cast({:increment_number, d}, n), do: {:noreply, n + d}
end
{:ok, pid} = GenServer.start_link(Seq, 100, [debug: [:trace]])
IO.inspect GenServer.call(pid, :next_number)
GenServer.cast(pid, {:increment_number, 5})
IO.inspect GenServer.call(pid, :next_number)
:sys.no_debug(pid)
IO.inspect GenServer.call(pid, :next_number)
:sys.trace(pid, true)
IO.inspect GenServer.call(pid, :next_number)
:sys.trace(pid, false)
{:ok, pid2} = GenServer.start_link(Seq, 1, [debug: [:statistics]])
GenServer.call(pid2, :next_number)
{:ok, stats} = :sys.statistics(pid2, :get)
IO.inspect Keyword.keys(stats)
