ExUnit.start(seed: 0)

defmodule RefuteAndReceiveTest do
  use ExUnit.Case

  test "refute eq" do
    refute 1 == 1
  end

  test "refute gt" do
    refute 2 > 1
  end

  test "refute match" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "refute_receive" do
    send(self(), {:hi, 1})
    refute_receive {:hi, _}
  end

  test "refute_received" do
    send(self(), :x)
    refute_received :x
  end

  test "assert_receive pinned" do
    x = 1
    send(self(), {:v, 2})
    send(self(), :other)
    assert_receive {:v, ^x}, 5
  end

  test "assert_raise message" do
    assert_raise RuntimeError, "expected", fn -> raise "actual" end
  end

  test "assert ne" do
    assert 1 != 1
  end

  test "assert strict" do
    assert 1 === 1.0
  end

  test "assert function" do
    assert is_atom(1)
  end

  test "assert match? fn" do
    assert match?(%{a: 1}, %{a: 2})
  end

  test "catch_throw none" do
    catch_throw(:ok)
  end

  test "big values" do
    assert Enum.to_list(1..40) == Enum.to_list(1..41)
  end

  test "assert_received many" do
    for i <- 1..12, do: send(self(), {:m, i})
    assert_received :nope
  end

  test "passes" do
    assert {:ok, v} = {:ok, 3}
    assert v == 3
    assert_raise ArithmeticError, fn -> 1 / 0 end
    assert catch_exit(exit(:x)) == :x
    assert catch_throw(throw(:y)) == :y
    assert_in_delta 1.0, 1.05, 0.1
    refute nil
    assert 3 in [1, 2, 3]
  end
end
