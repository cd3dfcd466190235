# Named functions: guards, default arguments, private helpers, module attributes, pipes
defmodule Times do
  @moduledoc "times"
  @doc "Doubles"
  def double(n), do: n * 2
  def triple(n) do
    n * 3
  end
  def quadruple(n), do: double(double(n))
end
IO.puts Times.double(4)
IO.puts Times.triple(4)
IO.puts Times.quadruple(4)
defmodule Factorial do
  def of(0), do: 1
  def of(n) when is_integer(n) and n > 0, do: n * of(n - 1)
end
IO.puts Factorial.of(10)
try do
  Factorial.of(-1)
rescue
  e -> IO.puts Exception.format(:error, e, [])
end
defmodule Example do
  def func(p1, p2 \\ 2, p3 \\ 3, p4) do
    IO.inspect [p1, p2, p3, p4]
  end
end
Example.func("a", "b")
Example.func("a", "b", "c")
Example.func("a", "b", "c", "d")
defmodule Params do
  def func(p1, p2 \\ 123)
  def func(p1, p2) when is_list(p1) do
    "You said #{p2} with a list"
  end
  def func(p1, p2) do
    "You passed in #{p1} and #{p2}"
  end
end
IO.puts Params.func(99)
IO.puts Params.func(99, "cat")
IO.puts Params.func([99])
IO.puts Params.func([99], "dog")
defmodule Guess do
  def guess(actual, lo..hi) when actual in lo..hi, do: guess(actual, lo..hi, div(lo + hi, 2))
  defp guess(actual, _, actual), do: IO.puts(actual)
  defp guess(actual, lo.._, g) when g > actual do
    IO.puts "Is it #{g}"
    guess(actual, lo..(g - 1))
  end
  defp guess(actual, _..hi, g) do
    IO.puts "Is it #{g}"
    guess(actual, (g + 1)..hi)
  end
end
Guess.guess(273, 1..1000)
defmodule Attr do
  @author "Dave Thomas"
  @count 1
  def get_author, do: @author
  @count @count + 1
  def count, do: @count
end
IO.puts "Example was written by #{Attr.get_author}"
IO.puts Attr.count
IO.inspect (1..10) |> Enum.map(&(&1*&1)) |> Enum.filter(&(&1 < 40))
IO.inspect Times.__info__(:functions)
