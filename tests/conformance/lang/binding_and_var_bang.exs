# binding/0 lists the variables in scope (not the ones assert makes for itself);
# var!(x, :ctx) is a variable of another context, which binding(:ctx) lists;
# defstruct is an expression whose value is the default struct
ExUnit.start(seed: 0)

defmodule BindingTest do
  use ExUnit.Case

  defmodule User do
    assert is_map(defstruct name: "john")
  end

  test "binding" do
    x = 1
    assert binding() == [x: 1]
    x = 2
    assert binding() == [x: 2]
    var!(x, :foo) = 4
    assert binding() == [x: 2]
    assert binding(:foo) == [x: 4]
    assert var!(x, :foo) + var!(x) == 6
  end

  test "struct" do
    assert %User{}.name == "john"
  end
end
