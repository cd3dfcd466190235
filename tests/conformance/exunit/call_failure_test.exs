# A test whose GenServer.call fails: the server had no clause for the message, the call
# timed out, the server was gone; ExUnit shows the exit and the stack with GenServer.call
ExUnit.start(seed: 0)

defmodule Picky do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:known, _from, s), do: {:reply, :ok, s}
  def handle_call(:slow, _from, s), do: (Process.sleep(200); {:reply, :ok, s})
end

defmodule CallFailureTest do
  use ExUnit.Case

  test "a message the server has no clause for" do
    {:ok, pid} = GenServer.start(Picky, [])
    assert GenServer.call(pid, :known) == :ok
    GenServer.call(pid, :unknown)
  end

  test "a call that times out" do
    {:ok, pid} = GenServer.start(Picky, [])
    GenServer.call(pid, :slow, 50)
  end

  test "a server that is not there" do
    GenServer.call(:nobody_here, :known)
  end
end
