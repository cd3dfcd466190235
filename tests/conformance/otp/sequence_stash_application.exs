# book: Sequence with stash, supervisor
defmodule Sequence.Stash do
  use GenServer
  @me __MODULE__
  def start_link(initial_number), do: GenServer.start_link(__MODULE__, initial_number, name: @me)
  def get(), do: GenServer.call(@me, {:get})
  def update(new_number), do: GenServer.cast(@me, {:update, new_number})
  def init(initial_number), do: {:ok, initial_number}
  def handle_call({:get}, _from, current_number), do: {:reply, current_number, current_number}
  def handle_cast({:update, new_number}, _current_number), do: {:noreply, new_number}
end
defmodule Sequence.Server do
  use GenServer
  @me __MODULE__
  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: @me)
  def next_number, do: GenServer.call(@me, :next_number)
  def increment_number(delta), do: GenServer.cast(@me, {:increment_number, delta})
  def init(_), do: {:ok, Sequence.Stash.get()}
  def handle_call(:next_number, _from, current_number), do: {:reply, current_number, current_number + 1}
  def handle_cast({:increment_number, delta}, current_number), do: {:noreply, current_number + delta}
  def terminate(_reason, current_number), do: Sequence.Stash.update(current_number)
end
defmodule Sequence.Application do
  use Application
  def start(_type, _args) do
    children = [
      {Sequence.Stash, 123},
      {Sequence.Server, nil},
    ]
    opts = [strategy: :rest_for_one, name: Sequence.Supervisor]
    Supervisor.start_link(children, opts)
  end
end
{:ok, sup} = Sequence.Application.start(:normal, [])
IO.inspect Sequence.Server.next_number()
IO.inspect Sequence.Server.next_number()
Sequence.Server.increment_number(100)
IO.inspect Sequence.Server.next_number()
pid = Process.whereis(Sequence.Server)
ref = Process.monitor(pid)
Sequence.Server.increment_number("cat")
receive do
  {:DOWN, r, :process, _, {reason, _}} when r == ref -> IO.inspect reason
end
wait = fn w -> case Process.whereis(Sequence.Server) do
  ^pid -> w.(w)
  nil -> w.(w)
  p -> p end end
wait.(wait)
IO.inspect Sequence.Server.next_number()
IO.inspect Supervisor.which_children(Sequence.Supervisor) |> Enum.map(&elem(&1, 0))
IO.inspect Supervisor.count_children(sup)
