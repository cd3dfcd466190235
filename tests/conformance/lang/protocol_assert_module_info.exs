# Protocol.assert_protocol!/1, Protocol.assert_impl!/2 and a module's module_info/0,1
defprotocol Size do
  @doc "The size of the data"
  def size(data)
end

defimpl Size, for: Map do
  def size(map), do: map_size(map)
end

defimpl Size, for: BitString do
  def size(string), do: byte_size(string)
end

IO.inspect(Protocol.assert_protocol!(Size))
IO.inspect(Protocol.assert_impl!(Size, Map))
IO.inspect(Protocol.assert_impl!(Size, BitString))

for {protocol, base} <- [{Size, List}, {Enum, Map}, {Size, String}] do
  try do
    Protocol.assert_impl!(protocol, base)
  rescue
    e in ArgumentError -> IO.puts(e.message)
  end
end

try do
  Protocol.assert_protocol!(Enum)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

defmodule Shapes do
  def area({:square, side}), do: side * side
  def area({:circle, r}), do: 3.14 * r * r
  def perimeter({:square, side}), do: 4 * side
  defp helper, do: :ok
  def uses_helper, do: helper()
end

IO.inspect(Shapes.module_info(:module))
exports = Shapes.module_info(:exports)
IO.inspect(Enum.sort(exports))
IO.inspect({:helper, 0} in exports)
IO.inspect({:helper, 0} in Shapes.module_info(:functions))
IO.inspect(Keyword.keys(Shapes.module_info()))
IO.inspect(Keyword.keys(Shapes.module_info(:compile)))
IO.inspect(Keyword.keys(Shapes.module_info(:attributes)))
IO.inspect(function_exported?(Shapes, :module_info, 1))
IO.inspect(Shapes.module_info()[:module] == Shapes)

defimpl Inspect, for: Shapes do
  def inspect(_, _), do: "#Shapes<>"
end

for base <- [Shapes, Inspect] do
  try do
    Protocol.assert_impl!(Size, base)
  rescue
    e in ArgumentError -> IO.puts(e.message)
  end
end
try do
  Protocol.assert_impl!(Size, Inspect.Shapes)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
