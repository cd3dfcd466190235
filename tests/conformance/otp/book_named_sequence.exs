defmodule Sequence.Server do
  use GenServer

  #####
  # External API

  def start_link(current_number) do
    GenServer.start_link(__MODULE__, current_number, name: __MODULE__)
  end

  def next_number do
    GenServer.call __MODULE__, :next_number
  end

  def increment_number(delta) do
    GenServer.cast __MODULE__, {:increment_number, delta}
  end

  #####
  # GenServer implementation

  def init(initial_number) do
    { :ok, initial_number }
  end

  def handle_call(:next_number, _from, current_number) do
    { :reply, current_number, current_number+1 }
  end

  def handle_cast({:increment_number, delta}, current_number) do
    { :noreply, current_number + delta}
  end

  def format_status(_reason, [ _pdict, state ]) do
    [data: [{'State', "My current state is '#{inspect state}', and I'm happy"}]]
  end
end

IO.inspect Sequence.Server.start_link(123)
IO.inspect Sequence.Server.start_link(123)
IO.inspect Sequence.Server.next_number
IO.inspect Sequence.Server.next_number
Sequence.Server.increment_number 100
IO.inspect Sequence.Server.next_number
IO.inspect GenServer.whereis(Sequence.Server) == Process.whereis(Sequence.Server)
IO.inspect GenServer.stop(Sequence.Server)
IO.inspect GenServer.whereis(Sequence.Server)
try do
  Sequence.Server.next_number
catch
  :exit, reason -> IO.inspect reason
end
