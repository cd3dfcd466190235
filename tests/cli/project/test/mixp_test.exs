defmodule MixpTest do
  use ExUnit.Case
  test "a" do
    assert 1 == 1
  end
  @tag :slow
  test "b" do
    assert 1 == 2
  end
end
