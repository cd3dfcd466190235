# taskplay is one node, :nonode@nohost, connected to no other: GenServer.abcast/2,3 and
# multi_call/2,3,4 reach this node's server only (other nodes are bad nodes), and a call to
# {name, other_node} exits {:nodedown, other_node}, as on a BEAM started without
# distribution.
defmodule Stack do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_cast({:push, h}, t), do: {:noreply, [h | t]}
end

{:ok, _} = GenServer.start_link(Stack, [:a, :b], name: :stack)
IO.inspect(node())
IO.inspect(GenServer.abcast(:stack, {:push, :hello}))
IO.inspect(GenServer.call({:stack, node()}, :pop))
IO.inspect(GenServer.abcast([node(), :foo@bar], :stack, {:push, :world}))
IO.inspect(GenServer.abcast(:nobody, {:push, :world}))
IO.inspect(GenServer.multi_call(:stack, :pop))
IO.inspect(GenServer.multi_call([node(), :foo@bar], :stack, :pop))
IO.inspect(GenServer.multi_call(:nobody, :pop))
IO.inspect(GenServer.multi_call([:foo@bar, node()], :stack, :pop, 1000))

IO.inspect(
  try do
    GenServer.call({:stack, :bogus_node}, :pop, 5000)
  catch
    :exit, reason -> reason
  end
)

IO.inspect(GenServer.cast({:stack, :bogus_node}, {:push, :lost}))
IO.inspect(GenServer.whereis({:stack, :bogus_node}))
