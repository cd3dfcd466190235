ExUnit.start(seed: 5, exclude: [:slow], include: [])

defmodule TagsTest do
  use ExUnit.Case
  @moduletag timeout: 1000

  setup_all do
    IO.puts "setup_all"
    {:ok, shared: :yes}
  end

  setup context do
    on_exit(fn -> IO.puts "on_exit #{context.test}" end)
    if context[:with_x], do: {:ok, x: context.with_x}, else: :ok
  end

  @tag with_x: 3
  test "tag value", %{x: x, shared: s} do
    assert x == 3
    assert s == :yes
  end

  @tag :slow
  test "slow one" do
    Process.sleep(10)
  end

  @tag timeout: 50
  test "times out" do
    Process.sleep(200)
  end

  test "registered attributes", context do
    assert context.module == TagsTest
    assert context.file =~ "tags_timeout_test.exs"
    assert is_integer(context.line)
    assert context.timeout == 1000
  end

  describe "group" do
    @describetag :grouped
    test "has describetag", context do
      assert context.grouped
      assert context.describe_line > 0
    end
  end
end
