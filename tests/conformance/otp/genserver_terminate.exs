# terminate/2: it runs when a callback asks to stop, when GenServer.stop/3 stops the server,
# and, only if the server traps exits, when its parent exits; a server that does not trap
# is simply killed by the exit signal.
defmodule Tidy do
  use GenServer

  def start_link(trap?), do: GenServer.start_link(__MODULE__, trap?)

  def init(trap?) do
    Process.flag(:trap_exit, trap?)
    {:ok, %{trap: trap?}}
  end

  def handle_cast(:finish, state), do: {:stop, :normal, state}

  def terminate(reason, state) do
    IO.puts("terminate(#{inspect(reason)}) while trapping: #{state.trap}")
  end
end

Process.flag(:trap_exit, true)

{:ok, pid} = Tidy.start_link(false)
GenServer.cast(pid, :finish)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit")
end

{:ok, pid} = Tidy.start_link(false)
IO.inspect(GenServer.stop(pid, {:shutdown, :bye}))

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit")
end

{:ok, pid} = Tidy.start_link(true)
Process.exit(pid, :shutdown)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit")
end

{:ok, pid} = Tidy.start_link(false)
Process.exit(pid, :shutdown)

receive do
  {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit, no terminate")
end

try do
  GenServer.stop(pid)
catch
  :exit, {:noproc, {GenServer, :stop, [^pid, :normal, :infinity]}} -> IO.puts("already gone")
end
