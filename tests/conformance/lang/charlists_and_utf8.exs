# The book's Strings and Binaries chapter: charlists, UTF-8 walked by pattern, floats in binaries, padding
defmodule Parse do
  def number([?- | tail]), do: _number_digits(tail, 0) * -1
  def number([?+ | tail]), do: _number_digits(tail, 0)
  def number(str), do: _number_digits(str, 0)
  defp _number_digits([], value), do: value
  defp _number_digits([digit | tail], value) when digit in '0123456789' do
    _number_digits(tail, value * 10 + digit - ?0)
  end
  defp _number_digits([non_digit | _], _) do
    raise "Invalid digit '#{[non_digit]}'"
  end
end
IO.inspect Parse.number('123')
IO.inspect Parse.number('-123')
try do
  Parse.number('12a')
rescue
  e -> IO.puts Exception.message(e)
end
dqs = "∂x/∂y"
IO.inspect String.length(dqs)
IO.inspect byte_size(dqs)
IO.inspect String.at(dqs, 0)
IO.inspect String.codepoints(dqs)
IO.inspect String.split(dqs, "/")
defmodule Utf8 do
  def each(str, func) when is_binary(str), do: _each(str, func)
  defp _each(<<head::utf8, tail::binary>>, func) do
    func.(head)
    _each(tail, func)
  end
  defp _each(<<>>, _func), do: []
end
Utf8.each(dqs, fn char -> IO.puts char end)
b = <<1, 2, 3>>
IO.inspect byte_size(b)
IO.inspect bit_size(b)
int = <<1>>
float = <<2.5::float>>
mix = <<int::binary, float::binary>>
IO.inspect mix
<<sign::size(1), exp::size(11), mantissa::size(52)>> = <<3.14159::float>>
IO.inspect (1 + mantissa / :math.pow(2, 52)) * :math.pow(2, exp - 1023) * (1 - 2 * sign)
IO.inspect 'wombat'
IO.inspect is_list('wombat')
IO.inspect length('wombat')
IO.inspect Enum.reverse('wombat')
IO.inspect [67, 65, 84]
IO.inspect 'pole' ++ 'vault'
IO.inspect 'pole' -- 'vault'
IO.inspect List.zip(['abc', '123'])
IO.inspect :io_lib.format("~w", [1]) |> List.flatten
[head | tail] = 'cat'
IO.inspect head
IO.inspect tail
IO.inspect [head | tail]
IO.puts "#{String.capitalize("hello")}"
IO.inspect String.split("the quick brown fox", ~r/\s/)
IO.inspect "hello" |> String.graphemes() |> Enum.frequencies()
IO.inspect "Elixir" |> String.to_charlist() |> Enum.map(&(&1 + 1)) |> List.to_string()
IO.inspect ?é
IO.inspect "\u00e9" == "é"
IO.inspect "abc" |> :binary.bin_to_list
IO.inspect :binary.first("abc")
IO.inspect String.Chars.to_string(:atom)
IO.inspect to_string('abc')
IO.inspect to_string([?a, "bc"])
IO.inspect String.upcase("straße")
IO.inspect String.pad_leading("abc", 6, "-=")
