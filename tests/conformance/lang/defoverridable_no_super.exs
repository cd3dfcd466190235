# super in a def that overrides nothing: the CompileError Elixir gives
defmodule NoSuper do
  def f(x), do: x
  defoverridable f: 1
  def g(x), do: super(x)
end
