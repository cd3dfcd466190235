# Tuples in pattern matching (shapes) and ranges with steps, split, sizes
defmodule Geometry do
  def area({:rectangle, w, h}), do: w * h
  def area({:circle, r}), do: Float.round(3.14159 * r * r, 2)
  def area({:triangle, b, h}), do: b * h / 2
end
shapes = [{:rectangle, 3, 4}, {:circle, 2}, {:triangle, 6, 5}]
Enum.each(shapes, fn s -> IO.puts("#{elem(s, 0)}: #{Geometry.area(s)}") end)
IO.inspect(Enum.map(shapes, &tuple_size/1))
{a, b} = {1, 2}
{a, b} = {b, a}
IO.inspect({a, b})
r = 1..10//3
IO.inspect(Enum.to_list(r))
IO.inspect(r.first)
IO.inspect(r.last)
IO.inspect(r.step)
IO.inspect(Range.new(5, 1))
IO.inspect(Enum.to_list(Range.new(5, 1)))
IO.inspect(Range.new(5, 1, 1) |> Enum.to_list())
IO.inspect(Range.size(1..0//1))
IO.inspect(Enum.count(1..1_000_000))
IO.inspect(Enum.member?(1..10//2, 4))
IO.inspect(Enum.map(-3..3, &abs/1))
IO.inspect(Enum.at(1..10, -1))
IO.inspect(Range.split(1..10, 3))
IO.inspect(Enum.chunk_every(1..7, 2))
IO.inspect(inspect(0..-1//1))
IO.inspect(for x <- 1..3, y <- x..3, do: {x, y})
IO.inspect(Enum.zip(1..3, ?a..?c))
IO.inspect(Tuple.to_list({}) == [])
IO.inspect(:erlang.make_tuple(3, :x))
IO.inspect(:erlang.append_element({1}, 2))
IO.inspect({1, 2} < {1, 3})
IO.inspect({2} < {1, 1})
IO.inspect(elem({:a, :b, :c}, -1 + 1))
try do
  elem({:a}, 3)
rescue
  e -> IO.puts(Exception.message(e))
end
