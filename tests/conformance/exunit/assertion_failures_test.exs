ExUnit.start(seed: 0)

defmodule AssertionFailuresTest do
  use ExUnit.Case, async: true

  test "truthy" do
    assert nil
  end

  test "refute truthy" do
    refute 1
  end

  test "match" do
    assert {:ok, _} = {:error, 1}
  end

  test "match binds" do
    assert {:ok, x} = {:ok, 2}
    assert x == 3
  end

  test "in" do
    assert 4 in [1, 2, 3]
  end

  test "raise in test" do
    raise "boom"
  end

  test "assert_receive" do
    send(self(), {:other, 1})
    assert_receive {:hi, _}, 10
  end

  test "assert_received empty" do
    assert_received :x
  end

  test "assert_raise wrong" do
    assert_raise ArgumentError, fn -> raise "x" end
  end

  test "assert_raise none" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "flunk" do
    flunk "nope"
  end

  test "delta" do
    assert_in_delta 1.0, 1.5, 0.1
  end

  test "exit" do
    exit(:bye)
  end

  test "throw" do
    throw(:ball)
  end

  test "linked crash" do
    spawn_link(fn -> raise "linked" end)
    Process.sleep(100)
  end

  test "catch_exit" do
    assert catch_exit(exit(:x)) == :y
  end

  test "assert with message" do
    assert 1 == 2, "custom message"
  end

  test "greater" do
    assert 1 > 2
  end

  test "not implemented"
end
