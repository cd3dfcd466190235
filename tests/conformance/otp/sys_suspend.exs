# :sys.suspend/1 makes a server take only system messages until :sys.resume/1; while it is
# suspended, :sys.change_code/4 calls the module's code_change/3 (Agent runs the given
# function on its state); a running server refuses a code change.
defmodule Versioned do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}

  def code_change("1", n, :double), do: {:ok, n * 2}
  def code_change("1", _n, :fail), do: {:error, :refused}
  def code_change("1", _n, :raise), do: raise("no upgrade")
  def code_change("1", _n, :throw), do: throw(:thrown)
  def code_change("1", _n, :exit), do: exit(:gone)
end

defmodule Plain do
  use GenServer
  def init(n), do: {:ok, n}
end

{:ok, pid} = GenServer.start_link(Versioned, 21)
IO.inspect(:sys.change_code(pid, Versioned, "1", :double), label: "running")
IO.inspect(:sys.suspend(pid), label: "suspend")
IO.inspect(:sys.change_code(pid, Versioned, "1", :double), label: "double")
IO.inspect(:sys.change_code(pid, Versioned, "1", :fail), label: "fail")
IO.inspect(:sys.change_code(pid, Versioned, "1", :throw), label: "throw")
IO.inspect(:sys.change_code(pid, Versioned, "1", :exit), label: "exit")
{:error, {:EXIT, {%RuntimeError{message: message}, _stack}}} =
  :sys.change_code(pid, Versioned, "1", :raise)
IO.inspect(message, label: "raise")
IO.inspect(:sys.get_state(pid), label: "state while suspended")

# a call waits until the server is resumed
me = self()
caller = spawn(fn -> send(me, {:got, GenServer.call(pid, :get)}) end)
IO.inspect(Process.alive?(caller), label: "caller waiting")
IO.inspect(:sys.suspend(pid), label: "suspend again")
IO.inspect(:sys.resume(pid), label: "resume")
receive do
  {:got, n} -> IO.inspect(n, label: "call answered")
end
IO.inspect(:sys.resume(pid), label: "resume again")

{:ok, plain} = GenServer.start_link(Plain, :s)
:ok = :sys.suspend(plain)
IO.inspect(:sys.change_code(plain, Plain, "0", :anything), label: "default code_change")
:ok = :sys.resume(plain)

{:ok, agent} = Agent.start_link(fn -> %{} end)
:ok = :sys.suspend(agent)
IO.inspect(:sys.change_code(agent, Agent, "vsn", {Map, :put, [:hello, :world]}), label: "agent")
IO.inspect(match?({:error, {:EXIT, _}}, :sys.change_code(agent, Agent, "vsn", {Map, :fetch!, [:nope]})),
  label: "agent raising")
:ok = :sys.resume(agent)
IO.inspect(Agent.get(agent, & &1), label: "agent state")

dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end
reason =
  try do
    :sys.suspend(dead)
  catch
    :exit, reason -> reason
  end

IO.inspect(reason == {:noproc, {:sys, :suspend, [dead]}}, label: "dead")
