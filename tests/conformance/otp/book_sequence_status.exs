defmodule Sequence.Server do
  use GenServer

  def init(initial_number) do
    { :ok, initial_number }
  end

  def handle_call(:next_number, _from, current_number) do
    { :reply, current_number, current_number + 1 }
  end

  def handle_call({:set_number, new_number}, _from, _current_number) do
    { :reply, new_number, new_number }
  end

  def handle_call({:factors, number}, _, _) do
    { :reply, { :factors_of, number, factors(number)}, [] }
  end

  def handle_cast({:increment_number, delta}, current_number) do
    { :noreply, current_number + delta}
  end

  def format_status(_reason, [ _pdict, state ]) do
    [data: [{'State', "My current state is '#{inspect state}', and I'm happy"}]]
  end

  defp factors(n), do: for x <- 1..n, rem(n, x) == 0, do: x
end

{ :ok, pid } = GenServer.start_link(Sequence.Server, 100)
IO.inspect GenServer.call(pid, :next_number)
IO.inspect GenServer.call(pid, :next_number)
GenServer.cast(pid, {:increment_number, 200})
IO.inspect GenServer.call(pid, :next_number)
IO.inspect GenServer.call(pid, {:set_number, 999})
IO.inspect GenServer.call(pid, {:factors, 12})
# (the process dictionary is a hash table on the BEAM, listed in no fixed order: sorted here)
show_status = fn server ->
  {:status, p, mod, [pdict | rest]} = :sys.get_status(server)
  IO.inspect({:status, p, mod, [Enum.sort(pdict) | rest]})
end
show_status.(pid)
IO.inspect :sys.get_state(pid)
{:ok, pid2} = GenServer.start_link(Sequence.Server, 5, name: :seq)
IO.inspect Process.whereis(:seq) == pid2
IO.inspect GenServer.call(:seq, :next_number)
show_status.(:seq)
