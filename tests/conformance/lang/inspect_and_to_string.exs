# The Inspect and String.Chars protocols implemented for a program's structs
defmodule Point do
  defstruct x: 0, y: 0
  def new(x, y), do: %Point{x: x, y: y}
end

defimpl Inspect, for: Point do
  def inspect(%Point{x: x, y: y}, _opts), do: "#Point<#{x},#{y}>"
end

defimpl String.Chars, for: Point do
  def to_string(point), do: "(#{point.x}, #{point.y})"
end

defmodule Bag do
  defstruct items: []
  def new(items), do: %Bag{items: items}
end

defimpl Inspect, for: Bag do
  import Inspect.Algebra

  def inspect(bag, opts) do
    concat(["#Bag<", to_doc(bag.items, opts), ">"])
  end
end

p = Point.new(1, 2)
IO.inspect p
IO.inspect {p, [Point.new(3, 4)]}
IO.inspect %{origin: Point.new(0, 0)}, label: "map"
IO.puts inspect(Point.new(5, 6))
IO.puts "at #{Point.new(7, 8)}"
IO.puts Point.new(9, 10)
IO.inspect to_string(Point.new(1, 1))
IO.inspect Enum.map([Point.new(1, 0), Point.new(0, 1)], &to_string/1)
IO.inspect Bag.new([1, :two, "three", Point.new(4, 4)])
IO.inspect Bag.new(Enum.to_list(1..100)), limit: 3
IO.puts "bag: #{inspect(Bag.new([]))}"

try do
  "#{%{a: 1}}"
rescue
  e in Protocol.UndefinedError -> IO.puts Exception.message(e)
end
