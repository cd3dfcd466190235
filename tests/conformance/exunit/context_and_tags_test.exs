ExUnit.start(seed: 0)

defmodule ContextAndTagsTest do
  use ExUnit.Case
  @moduletag :mod
  setup_all do
    IO.inspect(self() == self(), label: "setup_all")
    [all: 1]
  end
  setup ctx do
    IO.inspect(Map.keys(ctx), label: "setup keys")
    {:ok, s: 2}
  end

  @tag :t1
  @tag timeout: 5000
  test "ctx", ctx do
    IO.inspect(ctx |> Map.drop([:registered, :file]) |> Map.to_list() |> Enum.sort(), label: "ctx")
  end

  describe "d" do
    @describetag :dt
    setup do
      %{ds: 3}
    end
    test "in describe", %{ds: ds} = ctx do
      IO.inspect({ds, ctx.describe, ctx.describe_line, ctx.test}, label: "d")
    end
  end
end

defmodule DTest do
  use ExUnit.Case
  test "second module" do
    IO.puts "in DTest"
  end
end
