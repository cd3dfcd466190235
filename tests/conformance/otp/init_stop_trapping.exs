# GenServer.start_link whose init/1 returns {:stop, reason}, :ignore or raises, seen by a
# caller that traps exits: {:error, reason} and then the {:EXIT, pid, reason} of the link.
defmodule Picky do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: :picky)
  def init(:stop), do: {:stop, :bad_init}
  def init(:ignore), do: :ignore
  def init(:raise), do: raise("boom")
  def init(:ok), do: {:ok, :ready}
end

Process.flag(:trap_exit, true)
IO.inspect(Picky.start_link(:stop), label: "stop")
receive do
  {:EXIT, _pid, reason} -> IO.inspect(reason, label: "EXIT")
after
  100 -> IO.puts("no EXIT")
end
IO.inspect(Process.whereis(:picky), label: "name after stop")
IO.inspect(Picky.start_link(:ignore), label: "ignore")
receive do
  {:EXIT, _pid, reason} -> IO.inspect(reason, label: "EXIT")
after
  100 -> IO.puts("no EXIT after ignore")
end
{:error, {%RuntimeError{message: msg}, _stack}} = Picky.start_link(:raise)
IO.inspect(msg, label: "raise")
receive do
  {:EXIT, _pid, {%RuntimeError{}, _}} -> IO.puts("EXIT with the exception")
after
  100 -> IO.puts("no EXIT")
end
{:ok, pid} = Picky.start_link(:ok)
IO.inspect(Picky.start_link(:ok) == {:error, {:already_started, pid}}, label: "already started")
IO.inspect(GenServer.start(Picky, :stop), label: "start (no link)")
receive do
  m -> IO.inspect(m, label: "unexpected")
after
  100 -> IO.puts("nothing else")
end
