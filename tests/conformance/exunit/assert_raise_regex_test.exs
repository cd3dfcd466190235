ExUnit.start(seed: 0)

# assert_raise/3 takes the message as a string (compared whole) or a regex (matched), as
# Elixir's own tests write it: ~r"..." for a message that runs over several lines.
defmodule AssertRaiseRegexTest do
  use ExUnit.Case

  defp bad_child, do: Supervisor.child_spec(AssertRaiseRegexTest, [])

  test "a regex matches part of a long message" do
    assert_raise ArgumentError, ~r"The module AssertRaiseRegexTest was given as a child.*\nbut it does not implement"m, fn ->
      bad_child()
    end
  end

  test "a regex with / delimiters" do
    assert_raise ArgumentError, ~r/expected :name option to be one of the following:/, fn ->
      Agent.start_link(fn -> 0 end, name: "counter")
    end
  end

  test "a string must be the whole message" do
    assert_raise ArgumentError, "expected :strategy option to be given", fn ->
      Supervisor.init([], [])
    end
  end

  test "the exception is returned" do
    error = assert_raise RuntimeError, ~r/^boom/, fn -> raise "boom at 3" end
    assert error.message == "boom at 3"
  end

  test "a regex that does not match fails" do
    assert_raise RuntimeError, ~r/^bang/, fn -> raise "boom" end
  end

  test "a string that is only part of the message fails" do
    assert_raise RuntimeError, "boom", fn -> raise "boom at 3" end
  end
end
