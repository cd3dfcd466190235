ExUnit.start(seed: 0)

defmodule GeneratedTestsTest do
  use ExUnit.Case
  @base 10

  for {desc, n} <- [small: 1, large: 100] do
    describe "with #{desc} numbers" do
      @describetag size: n
      @value n

      test "doubles #{n}", %{size: size} do
        assert size == @value
      end

      test "adds the base" do
        assert @value + @base > 10
      end
    end
  end

  for kind <- [:a, :b] do
    @tag kind: kind
    test "kind #{kind}", ctx do
      assert ctx.kind in [:a]
    end
  end

  @base 20
  test "base later" do
    assert @base == 20
  end
end
