# super with another arity than the def it is in
defmodule SuperArity do
  def f(x), do: x
  defoverridable f: 1
  def f(x), do: super(x, 1)
end
