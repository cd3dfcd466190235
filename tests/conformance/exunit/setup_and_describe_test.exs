ExUnit.start(seed: 0)

defmodule SetupAndDescribeTest do
  use ExUnit.Case

  setup do
    {:ok, x: 1}
  end

  test "adds", %{x: x} do
    assert x + 1 == 2
  end

  test "fails" do
    assert 1 + 1 == 3
  end

  test "receive" do
    send(self(), :hi)
    assert_receive :hi
  end

  describe "group" do
    @tag :slow
    test "refute", ctx do
      refute ctx.x == 1
    end
  end
end
