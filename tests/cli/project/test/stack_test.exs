defmodule StackTest do
  use ExUnit.Case, async: true

  describe "push/pop" do
    test "pop returns the last pushed" do
      assert [3, 2, 1] |> hd() == 3
    end

    @tag :slow
    test "slow one" do
      assert Enum.sum(1..1000) == 500_500
    end
  end

  test "fails on purpose" do
    assert {:ok, 1} == {:ok, 2}
  end
end
