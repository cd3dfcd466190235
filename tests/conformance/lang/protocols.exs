defprotocol Size do
  @doc "Calculates the size (and not the length!) of a data structure"
  def size(data)
end

defimpl Size, for: BitString do
  def size(binary), do: byte_size(binary)
end

defimpl Size, for: Map do
  def size(map), do: map_size(map)
end

defimpl Size, for: Tuple do
  def size(tuple), do: tuple_size(tuple)
end

defmodule User do
  defstruct [:name, :age]
end

defimpl Size, for: User do
  def size(_user), do: 2
end

IO.inspect Size.size("foo")
IO.inspect Size.size({:ok, "hello"})
IO.inspect Size.size(%{label: "some label"})
IO.inspect Size.size(struct(User, name: "a"))
try do
  Size.size([1, 2, 3])
rescue
  e -> IO.puts Exception.message(e)
end
try do
  Size.size(42)
rescue
  e -> IO.puts Exception.message(e)
end

defprotocol Describe do
  @fallback_to_any true
  def describe(value, prefix)
end

defimpl Describe, for: Any do
  def describe(_value, prefix), do: prefix <> "something"
end

defimpl Describe, for: [Integer, Float] do
  def describe(n, prefix), do: prefix <> "the number #{n}"
end

IO.puts Describe.describe(3, "> ")
IO.puts Describe.describe(2.5, "> ")
IO.puts Describe.describe(:atom, "> ")
IO.inspect Size.impl_for("x")
IO.inspect Size.impl_for([])
IO.inspect Describe.impl_for(:x)
IO.inspect Size.__protocol__(:functions)

defprotocol Shape do
  def area(shape)
  def name(shape)
end

defmodule Square do
  defstruct side: 1

  defimpl Shape do
    def area(%Square{side: s}), do: s * s
    def name(_), do: "square"
  end
end

defmodule Circle do
  defstruct r: 1

  defimpl Shape do
    def area(%Circle{r: r}), do: Float.round(3.14159 * r * r, 2)
    def name(_), do: "circle"
  end
end

defmodule Shapes do
  def report(shapes) do
    for s <- shapes, do: IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
  end

  def run do
    report([%Square{side: 3}, %Circle{r: 2}])
    try do
      Shape.area(%{side: 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Shapes.run()
