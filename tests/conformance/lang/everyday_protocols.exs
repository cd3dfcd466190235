# Protocols: defprotocol/defimpl, fallback_to_any, @derive, Inspect and String.Chars, Enumerable for a struct
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
Enum.each [1, 1.0, [1, 2], {1, 2}, %{}, "cat"], fn value ->
  IO.puts "#{inspect value}: #{Collection.is_collection?(value)}"
end
defmodule Blob do
  defstruct content: nil
end
defimpl Inspect, for: Blob do
  import Inspect.Algebra
  def inspect(%Blob{content: content}, opts) do
    concat(["#Blob<", to_doc(content, opts), ">"])
  end
end
defimpl String.Chars, for: Blob do
  def to_string(%Blob{content: c}), do: "blob(#{c})"
end
defmodule Main do
  def run do
    b = %Blob{content: 123}
    IO.inspect b
    IO.puts b
    IO.puts "interp: #{b}"
    IO.inspect [b, b]
    IO.inspect Collection.impl_for(b)
  end
end
Main.run()
defprotocol Size do
  @doc "Calculates the size"
  def size(data)
end
defimpl Size, for: BitString do
  def size(string), do: byte_size(string)
end
defimpl Size, for: Map do
  def size(map), do: map_size(map)
end
defimpl Size, for: Tuple do
  def size(tuple), do: tuple_size(tuple)
end
IO.inspect Size.size("foo")
IO.inspect Size.size({:ok, "hello"})
IO.inspect Size.size(%{label: "some label"})
try do
  Size.size([1, 2, 3])
rescue
  e -> IO.puts Exception.message(e)
end
defimpl Size, for: Any do
  def size(_), do: 0
end
defmodule User do
  @derive [Size]
  defstruct [:name, :age]
end
defmodule Secret do
  @derive {Inspect, only: [:name]}
  defstruct name: "x", password: "y"
end
defmodule Secret2 do
  @derive {Inspect, except: [:password]}
  defstruct name: "x", password: "y"
end
defmodule M2 do
  def run do
    IO.inspect %Secret{}
    IO.inspect %Secret2{}
  end
end
M2.run()
defprotocol Caesar do
  def encrypt(string, shift)
  def rot13(string)
end
defimpl Caesar, for: BitString do
  def encrypt(string, shift) do
    for <<c <- string>>, into: "", do: <<rem(c - ?a + shift, 26) + ?a>>
  end
  def rot13(string), do: encrypt(string, 13)
end
defimpl Caesar, for: List do
  def encrypt(list, shift), do: Enum.map(list, &(rem(&1 - ?a + shift, 26) + ?a))
  def rot13(list), do: encrypt(list, 13)
end
IO.puts Caesar.rot13("hello")
IO.inspect Caesar.rot13('hello')
IO.inspect Enumerable.impl_for([])
IO.inspect String.Chars.impl_for(1)
IO.puts to_string(:atom)
IO.puts to_string(1.5)
IO.puts to_string('abc')
IO.puts to_string([1, 2, "x"]) 
try do
  to_string({1, 2})
rescue
  e -> IO.puts Exception.message(e)
end
try do
  "#{%{a: 1}}"
rescue
  e -> IO.puts Exception.message(e)
end
defmodule Midi do
  defstruct(content: <<>>)
  defmodule Frame do
    defstruct(type: "xxxx", length: 0, data: <<>>)
    def to_binary(%Midi.Frame{type: type, length: length, data: data}) do
      <<type::binary-4, length::integer-32, data::binary>>
    end
  end
  def from_file(content), do: %Midi{content: content}
end
defimpl Enumerable, for: Midi do
  def _reduce(_content, {:halt, acc}, _fun), do: {:halted, acc}
  def _reduce(content, {:suspend, acc}, fun), do: {:suspended, acc, &_reduce(content, &1, fun)}
  def _reduce(_content = "", {:cont, acc}, _fun), do: {:done, acc}
  def _reduce(<<type::binary-4, length::integer-32, data::binary-size(length), rest::binary>>, {:cont, acc}, fun) do
    frame = %Midi.Frame{type: type, length: length, data: data}
    _reduce(rest, fun.(frame, acc), fun)
  end
  def reduce(%Midi{content: content}, state, fun), do: _reduce(content, state, fun)
  def count(_), do: {:error, __MODULE__}
  def member?(_, _), do: {:error, __MODULE__}
  def slice(_), do: {:error, __MODULE__}
end
defmodule M3 do
  def run do
    m = Midi.from_file(<<"MThd", 2::32, 1, 2, "MTrk", 1::32, 9>>)
    Enum.each(m, &IO.inspect/1)
    IO.inspect Enum.count(m)
    IO.inspect Enum.take(m, 1)
  end
end
M3.run()
