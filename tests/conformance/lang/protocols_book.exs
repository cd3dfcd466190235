# Protocols from the book: Collection with Any, Inspect and String.Chars for a struct, Caesar, Enumerable
defprotocol Collection do
  @fallback_to_any true
  def is_collection?(value)
end
defimpl Collection, for: [List, Tuple, BitString, Map] do
  def is_collection?(_), do: true
end
defimpl Collection, for: Any do
  def is_collection?(_), do: false
end
Enum.each([1, 1.0, [1, 2], {1, 2}, %{}, "cat"], fn value ->
  IO.puts("#{inspect(value)}: #{Collection.is_collection?(value)}")
end)
defmodule Blob do
  defstruct content: nil
end
defimpl Inspect, for: Blob do
  import Inspect.Algebra
  def inspect(%Blob{content: content}, _opts), do: concat(["#Blob[", to_string(content), "]"])
end
defimpl String.Chars, for: Blob do
  def to_string(%Blob{content: c}), do: "blob:#{c}"
end
b = %Blob{content: 42}
IO.inspect(b)
IO.puts(b)
IO.puts("#{b}")
IO.inspect([b, b])
defprotocol Caesar do
  def encrypt(string, shift)
  def rot13(string)
end
defimpl Caesar, for: BitString do
  def encrypt(s, shift), do: for(<<c <- s>>, into: "", do: <<rem(c - ?a + shift, 26) + ?a>>)
  def rot13(s), do: encrypt(s, 13)
end
defimpl Caesar, for: List do
  def encrypt(s, shift), do: Enum.map(s, &(rem(&1 - ?a + shift, 26) + ?a))
  def rot13(s), do: encrypt(s, 13)
end
IO.inspect(Caesar.rot13("hello"))
IO.inspect(Caesar.rot13('hello'))
try do
  Caesar.rot13(1)
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
defmodule Midi do
  defstruct content: <<>>
  defmodule Frame do
    defstruct type: "xxxx", length: 0, data: <<>>
  end
end
defimpl Enumerable, for: Midi do
  def reduce(%Midi{content: c}, acc, fun), do: Enumerable.reduce(:binary.bin_to_list(c), acc, fun)
  def count(%Midi{content: c}), do: {:ok, byte_size(c)}
  def member?(_, _), do: {:error, __MODULE__}
  def slice(_), do: {:error, __MODULE__}
end
m = %Midi{content: <<1, 2, 3>>}
IO.inspect(Enum.map(m, &(&1 * 2)))
IO.inspect(Enum.count(m))
IO.inspect(Enum.take(m, 2))
IO.inspect(Collection.impl_for([]))
IO.inspect(Enumerable.impl_for(m))
IO.inspect(String.Chars.impl_for(1))
