# FunctionClauseError in a test, raised in the test itself and in a linked process, as
# ExUnit lays it out (the arguments given, then the stack)
ExUnit.start(seed: 0)

defmodule Shapes do
  def area({:square, s}), do: s * s
  def area({:circle, r}) when r > 0, do: 3 * r * r
end

defmodule FunctionClauseTest do
  use ExUnit.Case

  test "a clause that does not match" do
    assert Shapes.area({:square, 2}) == 4
    assert Shapes.area({:triangle, 3}) == 0
  end

  test "a guard that does not hold" do
    Shapes.area({:circle, -1})
  end

  test "in a linked process" do
    spawn_link(fn -> Shapes.area(:nothing) end)
    Process.sleep(100)
  end

  test "passes" do
    assert Shapes.area({:circle, 1}) == 3
  end
end
