# The book's first OTP server: Sequence.Server, a GenServer that hands out numbers, first
# called through GenServer directly, then through its own API with a registered name.
defmodule Sequence.Server do
  use GenServer

  # External API

  def start_link(current_number) do
    GenServer.start_link(__MODULE__, current_number, name: __MODULE__)
  end

  def next_number do
    GenServer.call(__MODULE__, :next_number)
  end

  def increment_number(delta) do
    GenServer.cast(__MODULE__, {:increment_number, delta})
  end

  # GenServer implementation

  def init(initial_number) do
    {:ok, initial_number}
  end

  def handle_call(:next_number, _from, current_number) do
    {:reply, current_number, current_number + 1}
  end

  def handle_call({:set_number, new_number}, _from, _current_number) do
    {:reply, new_number, new_number}
  end

  def handle_call({:factors, number}, _, _) do
    {:reply, {:factors_of, number, factors(number)}, []}
  end

  def handle_cast({:increment_number, delta}, current_number) do
    {:noreply, current_number + delta}
  end

  defp factors(n), do: for(x <- 1..n, rem(n, x) == 0, do: x)
end

{:ok, pid} = GenServer.start_link(Sequence.Server, 100)
IO.inspect(GenServer.call(pid, :next_number))
IO.inspect(GenServer.call(pid, :next_number))
IO.inspect(GenServer.call(pid, :next_number))
IO.inspect(GenServer.call(pid, {:set_number, 999}))
IO.inspect(GenServer.call(pid, :next_number))
IO.inspect(GenServer.cast(pid, {:increment_number, 200}))
IO.inspect(GenServer.call(pid, :next_number))
IO.inspect(GenServer.call(pid, {:factors, 24}))
IO.inspect(:sys.get_state(pid))

{:ok, _} = Sequence.Server.start_link(123)
IO.inspect(Sequence.Server.next_number())
IO.inspect(Sequence.Server.next_number())
Sequence.Server.increment_number(100)
IO.inspect(Sequence.Server.next_number())
IO.inspect(GenServer.whereis(Sequence.Server) == Process.whereis(Sequence.Server))
IO.inspect(Sequence.Server.child_spec(1))
