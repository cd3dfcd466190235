# Binaries from the book: sizes, floats taken apart, utf8 walks, bit syntax in for
b = <<1, 2, 3>>
IO.inspect(byte_size(b))
IO.inspect(bit_size(b))
b = <<1::size(4), 1::size(4)>>
IO.inspect(byte_size(b))
int = <<1>>
float = <<2.5::float>>
mix = <<int::binary, float::binary>>
IO.inspect(mix)
<<sign::size(1), exp::size(11), mantissa::size(52)>> = <<3.14159::float>>
IO.inspect((1 + mantissa / :math.pow(2, 52)) * :math.pow(2, exp - 1023) * (1 - 2 * sign))
dqs = "∂x/∂y"
IO.inspect(String.length(dqs))
IO.inspect(byte_size(dqs))
IO.inspect(String.at(dqs, 0))
IO.inspect(String.codepoints(dqs))
IO.inspect(String.split(dqs, "/"))
defmodule Utf8 do
  def each(str, func) when is_binary(str), do: _each(str, func)
  defp _each(<<head::utf8, tail::binary>>, func) do
    func.(head)
    _each(tail, func)
  end
  defp _each(<<>>, _func), do: []
end
Utf8.each("∂og", fn char -> IO.puts(char) end)
IO.inspect(<<"hello", 0>>)
IO.inspect("hello" <> <<0>>)
IO.inspect(<<104, 101, 108, 108, 111>>)
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(<<0::16, 255::little-16>>)
<<x::16-big, y::16-little>> = <<1, 2, 3, 4>>
IO.inspect({x, y})
IO.inspect(for <<c <- "hello">>, do: c + 1)
IO.inspect(for <<c <- "hello">>, into: "", do: <<c - 32>>)
IO.inspect(Base.encode16("hi"))
IO.inspect(is_binary("x"))
IO.inspect(<<"abc"::binary, "d">>)
IO.inspect(String.to_charlist("∂"))
IO.inspect(:erlang.binary_to_list("∂"))
