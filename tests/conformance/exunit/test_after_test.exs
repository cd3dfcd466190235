ExUnit.start(seed: 0)

# A test's body may end with `after`, as a function's may: it runs whether the test passes or
# fails, so a test that changes global state (here an application's environment) puts it back.
defmodule TestAfterTest do
  use ExUnit.Case

  test "after runs when the test passes" do
    Application.put_env(:test_after, :database, :a_database)
    assert Application.get_env(:test_after, :database) == :a_database
  after
    Application.put_env(:test_after, :database, :the_default)
    IO.puts("after of the passing test")
  end

  test "after runs when the test fails" do
    Application.put_env(:test_after, :key, :changed)
    assert 1 + 1 == 3
  after
    Application.delete_env(:test_after, :key)
    IO.puts("after of the failing test")
  end

  test "the state is back" do
    assert Application.get_env(:test_after, :database) == :the_default
    assert Application.get_env(:test_after, :key) == nil
  end
end
