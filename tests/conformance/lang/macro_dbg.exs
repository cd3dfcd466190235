# Macro.dbg/3 gives the code dbg/2 stands for at the caller: a macro that prints as dbg does
defmodule Debug do
  defmacro show(ast) do
    Macro.dbg(ast, [], __CALLER__)
  end
end

defmodule Use do
  require Debug
  def run do
    x = Debug.show(1 + 1)
    Debug.show([1, 2, 3] |> Enum.map(&(&1 * x)) |> Enum.sum())
  end
end

IO.inspect(Use.run())
