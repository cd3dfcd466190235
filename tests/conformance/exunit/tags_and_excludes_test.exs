# Tags as a learner first meets them: exclude slow tests from ExUnit.start, include one back
# by value, @moduletag and @describetag, @tag :skip, and a test whose tag is read from the
# context. The summary counts what was excluded and skipped.
ExUnit.start(seed: 0, exclude: [:slow, :external], include: [external: :allowed])

defmodule TagsAndExcludesTest do
  use ExUnit.Case
  @moduletag area: :math

  test "runs, with the module's tag", context do
    assert context.area == :math
  end

  @tag :slow
  test "is excluded as slow" do
    flunk "should not run"
  end

  @tag external: :allowed
  test "is included back by its value", %{external: value} do
    assert value == :allowed
  end

  @tag external: :denied
  test "stays excluded" do
    flunk "should not run"
  end

  describe "a described group" do
    @describetag :group

    test "has the describe tag", context do
      assert context.group
      assert context.area == :math
    end

    @tag :slow
    test "a slow one in the group" do
      flunk "should not run"
    end

    @tag area: :physics
    test "a test's tag wins over the module's", context do
      assert context.area == :physics
    end
  end

  @tag :skip
  test "skipped" do
    flunk "should not run"
  end

  @tag :pending
  test "fails on purpose", context do
    assert context.pending == false
  end
end
