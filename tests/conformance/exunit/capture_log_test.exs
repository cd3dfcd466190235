ExUnit.start(seed: 0)

defmodule Stack do
  use GenServer

  def init(items), do: {:ok, items}
  def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}
end

defmodule CaptureLogTest do
  use ExUnit.Case
  require Logger
  import ExUnit.CaptureLog

  test "the log of the function's own Logger calls" do
    log = capture_log(fn -> Logger.error("disk full") end)
    assert log =~ "[error] disk full"
  end

  test "each level, and the :level option leaves out the less severe" do
    log = capture_log(fn -> Logger.warning("careful"); Logger.info("fyi"); Logger.debug("dbg") end)
    assert log =~ "[warning] careful"
    assert log =~ "[info] fyi"
    assert log =~ "[debug] dbg"

    log = capture_log([level: :warning], fn -> Logger.warning("careful"); Logger.info("fyi") end)
    assert log =~ "careful"
    refute log =~ "fyi"
  end

  test "a crash report of another process" do
    {:ok, pid} = GenServer.start(Stack, [])

    log =
      capture_log(fn ->
        catch_exit(GenServer.call(pid, :pop))
      end)

    assert log =~ "GenServer #{inspect(pid)} terminating"
    assert log =~ "** (FunctionClauseError) no function clause matching in Stack.handle_call/3"
    assert log =~ "State: []"
  end

  test "nothing logged is the empty string" do
    assert capture_log(fn -> :ok end) == ""
  end

  test "the function's result is not returned, only the log" do
    assert capture_log(fn -> 42 end) == ""
  end

  test "a failing assertion on a captured log" do
    log = capture_log(fn -> Logger.info("hello") end)
    unless log =~ "goodbye", do: flunk("the log does not say goodbye")
  end
end
