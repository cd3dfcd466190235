# Operators Elixir parses but does not define (<~>, +++, ~>, <<~) defined by a module,
# imported, called by name (Vec.<~>/2), captured and quoted.
defmodule Vec do
  def {x1, y1} <~> {x2, y2}, do: {x1 + x2, y1 + y2}
  def a +++ b, do: a ++ b ++ a
  def left ~> right when is_function(right, 1), do: right.(left)
  def a <<~ b do
    if a, do: a, else: b
  end
end

defmodule Use do
  import Vec

  def run do
    IO.inspect({1, 2} <~> {3, 4})
    IO.inspect([1] +++ [2])
    IO.inspect(5 ~> fn x -> x * 2 end)
    IO.inspect(nil <<~ :fallback)
    IO.inspect({1, 1} <~> {2, 2} <~> {3, 3})
    IO.inspect(Vec.<~>({0, 0}, {1, 1}))
    f = &Vec.+++/2
    IO.inspect(f.([:a], [:b]))
    IO.inspect([1, 2] +++ [3] +++ [4])
  end
end

Use.run()
IO.inspect(quote(do: a <~> b))
IO.inspect(quote(do: a +++ b ~> c))
IO.inspect(Vec.__info__(:functions))
IO.inspect(function_exported?(Vec, :<~>, 2))
