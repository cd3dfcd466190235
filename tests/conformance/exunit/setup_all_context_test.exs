# setup_all and setup passing context along: setup_all's map reaches every test, setup reads
# it and adds its own keys, a describe block's setup runs after the module's, and the context
# carries the test's name, module and tags. A second module's setup_all fails on purpose.
ExUnit.start(seed: 0)

defmodule SetupAllContextTest do
  use ExUnit.Case

  setup_all do
    {:ok, agent} = Agent.start(fn -> [] end)
    %{agent: agent, base: 100}
  end

  setup %{base: base} = context do
    Agent.update(context.agent, &[context.test | &1])
    {:ok, doubled: base * 2}
  end

  test "setup_all's keys are here", context do
    assert context.base == 100
    assert context.doubled == 200
    assert context.module == SetupAllContextTest
    assert context.test == :"test setup_all's keys are here"
  end

  describe "with a describe setup" do
    setup context do
      [tripled: context.base * 3]
    end

    test "sees all three", %{base: b, doubled: d, tripled: t} do
      assert {b, d, t} == {100, 200, 300}
    end

    @tag answer: 42
    test "sees its tags", context do
      assert context.answer == 42
      assert context.describe == "with a describe setup"
    end

    test "fails on purpose, comparing maps", context do
      assert Map.take(context, [:base, :doubled, :tripled]) == %{base: 100, doubled: 201, tripled: 300}
    end
  end

  test "the agent from setup_all lives across tests", %{agent: agent} do
    seen = Agent.get(agent, & &1)
    assert :"test the agent from setup_all lives across tests" in seen
  end

  test "fails on purpose: a key that setup never set", context do
    assert context[:quadrupled] == 400
  end
end

defmodule BrokenSetupAllTest do
  use ExUnit.Case

  setup_all do
    raise ArgumentError, "no database here"
  end

  test "never runs" do
    flunk "unreachable"
  end

  test "never runs either" do
    flunk "unreachable"
  end
end
