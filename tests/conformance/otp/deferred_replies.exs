defmodule Q do
  use GenServer
  def init(_), do: {:ok, :queue.new()}
  def handle_call({:wait}, from, q), do: {:noreply, :queue.in(from, q)}
  def handle_call(:release, _from, q) do
    for f <- :queue.to_list(q), do: GenServer.reply(f, :released)
    {:reply, :queue.len(q), :queue.new(), :hibernate}
  end
  def handle_call(:cont, _from, q), do: {:reply, :first, q, {:continue, :then}}
  def handle_continue(:then, q) do
    IO.puts "continued"
    {:noreply, q}
  end
end
{:ok, q} = GenServer.start_link(Q, nil)
me = self()
for i <- 1..3, do: spawn(fn -> send(me, {i, GenServer.call(q, {:wait})}) end)
wait = fn w -> if :queue.len(:sys.get_state(q)) < 3, do: w.(w), else: :ok end
wait.(wait)
IO.inspect GenServer.call(q, :release)
# (each caller sends its answer as soon as it has it, in an order the BEAM's schedulers
# decide: take them by caller, so the output does not depend on that race)
for i <- 1..3, do: receive(do: ({^i, r} -> IO.inspect({i, r})))
IO.inspect GenServer.call(q, :cont)
IO.inspect :sys.get_state(q) |> :queue.len()
IO.inspect GenServer.stop(q, :normal)
IO.inspect(try do GenServer.stop(q) catch :exit, r -> r end)
IO.inspect(try do GenServer.call(q, :cont) catch :exit, r -> r end)
