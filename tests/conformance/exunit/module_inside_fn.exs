# defmodule inside an anonymous function (a test's assert_raise fn, a helper module in a test body).
ExUnit.start(seed: 0)
defmodule T do
  use ExUnit.Case
  test "raises for a bad module" do
    assert_raise ArgumentError, fn ->
      defmodule Bad do
        raise ArgumentError, "nope"
      end
    end
  end
  test "a module in a test" do
    defmodule Helper do
      def double(x), do: x * 2
    end
    assert Helper.double(2) == 4
  end
end
