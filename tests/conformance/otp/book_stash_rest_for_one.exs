defmodule Sequence.Stash do
  use GenServer

  @me __MODULE__

  def start_link(initial_number) do
    GenServer.start_link(__MODULE__, initial_number, name: @me)
  end

  def get() do
    GenServer.call(@me, { :get })
  end

  def update(new_number) do
    GenServer.cast(@me, { :update, new_number })
  end

  def init(initial_number) do
    { :ok, initial_number }
  end

  def handle_call({ :get }, _from, current_number ) do
    { :reply, current_number, current_number }
  end

  def handle_cast({ :update, new_number }, _current_number) do
    { :noreply, new_number }
  end
end

defmodule Sequence.Server do
  use GenServer

  def start_link(_) do
    GenServer.start_link(__MODULE__, nil, name: __MODULE__)
  end

  def next_number do
    GenServer.call __MODULE__, :next_number
  end

  def increment_number(delta) do
    GenServer.cast __MODULE__, {:increment_number, delta}
  end

  def init(_) do
    { :ok, Sequence.Stash.get() }
  end

  def handle_call(:next_number, _from, current_number) do
    { :reply, current_number, current_number+1 }
  end

  def handle_cast({:increment_number, delta}, current_number) do
    { :noreply, current_number + delta}
  end

  def terminate(_reason, current_number) do
    Sequence.Stash.update(current_number)
  end
end

children = [
  { Sequence.Stash, 123 },
  { Sequence.Server, nil },
]
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one, name: Sequence.Supervisor)
IO.inspect Sequence.Server.next_number
IO.inspect Sequence.Server.next_number
Sequence.Server.increment_number 100
IO.inspect Sequence.Server.next_number
IO.inspect Supervisor.which_children(sup)
IO.inspect Supervisor.count_children(Sequence.Supervisor)
old = Process.whereis(Sequence.Server)
ref = Process.monitor(old)
Sequence.Server.increment_number "cat"
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(elem(reason, 0), label: "down")
end
Process.sleep(50)
IO.inspect Sequence.Server.next_number
IO.inspect Process.whereis(Sequence.Server) != old
stash = Process.whereis(Sequence.Stash)
Process.exit(stash, :kill)
Process.sleep(50)
IO.inspect Sequence.Server.next_number
IO.inspect Supervisor.count_children(sup)
IO.inspect Enum.map(Supervisor.which_children(sup), fn {id, _, type, mods} -> {id, type, mods} end)
