ExUnit.start(seed: 3)

defmodule CaptureTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  test "capture_io" do
    assert capture_io(fn -> IO.puts "hello" end) == "hello\n"
    assert capture_io(fn -> IO.write "a"; IO.write "b" end) == "ab"
  end

  test "capture_io stderr" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "err") end) == "err\n"
  end

  test "capture_log" do
    log = capture_log(fn -> Logger.error("bad thing") end)
    assert log =~ "[error] bad thing"
  end

  test "capture_log of a crash" do
    log = capture_log(fn ->
      {:ok, pid} = Task.start(fn -> raise "kaboom" end)
      ref = Process.monitor(pid)
      assert_receive {:DOWN, ^ref, _, _, _}, 5000
      Process.sleep(50)
    end)
    assert log =~ "kaboom"
    assert log =~ "(RuntimeError)"
  end

  test "capture_io fails" do
    assert capture_io(fn -> IO.puts "x" end) == "y\n"
  end

  test "capture_log with level" do
    log = capture_log([level: :warning], fn ->
      Logger.info("quiet")
      Logger.warning("loud")
    end)
    refute log =~ "quiet"
    assert log =~ "loud"
  end

  test "with_io" do
    assert with_io(fn -> IO.puts("x"); 42 end) == {42, "x\n"}
  end
end
