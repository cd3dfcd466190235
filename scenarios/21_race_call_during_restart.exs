# A race: a client calls a supervised server by name while it restarts. The call may
# reach the old server (which crashes with the call in its mailbox: the caller exits
# with the crash), find no process under the name (:noproc) or reach the restarted
# server (whose count starts over). Explore finds the endings.
defmodule Counter do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: :counter)
  def init(n), do: {:ok, n}
  def handle_call(:next, _from, n), do: {:reply, n, n + 1}
  def handle_cast(:crash, _n), do: raise("crash on purpose")
end

{:ok, _sup} = Supervisor.start_link([Counter], strategy: :one_for_one)
GenServer.call(:counter, :next)
GenServer.cast(:counter, :crash)
result =
  try do
    {:reply, GenServer.call(:counter, :next)}
  catch
    :exit, {reason, {GenServer, :call, _}} -> {:exit, reason}
  end
case result do
  {:reply, n} -> IO.puts("reply: #{n}")
  {:exit, :noproc} -> IO.puts("exit: :noproc")
  {:exit, {%RuntimeError{message: m}, _stack}} -> IO.puts("exit: the server crashed (#{m})")
end
