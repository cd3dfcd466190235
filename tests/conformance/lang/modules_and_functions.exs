defmodule Times do
  def double(n), do: n * 2
  def triple(n), do: n * 3
  def quadruple(n), do: double(double(n))
end
IO.puts Times.double(4)
IO.puts Times.quadruple(5)

defmodule Factorial do
  def of(0), do: 1
  def of(n) when is_integer(n) and n > 0, do: n * of(n - 1)
end
IO.puts Factorial.of(10)
IO.puts Factorial.of(30)

defmodule Guard do
  def what_is(x) when is_number(x), do: IO.puts "#{x} is a number"
  def what_is(x) when is_list(x), do: IO.puts "#{inspect(x)} is a list"
  def what_is(x) when is_atom(x), do: IO.puts "#{x} is an atom"
end
Guard.what_is(99)
Guard.what_is(:cat)
Guard.what_is([1, 2, 3])

defmodule Example do
  def func(p1, p2 \\ 2, p3 \\ 3, p4) do
    IO.inspect [p1, p2, p3, p4]
  end
end
Example.func("a", "b")
Example.func("a", "b", "c")
Example.func("a", "b", "c", "d")

defmodule Chop do
  def guess(actual, range = low..high) do
    guess = div(low + high, 2)
    IO.puts "Is it #{guess}?"
    _guess(actual, guess, range)
  end
  defp _guess(actual, actual, _), do: IO.puts "Yes, it's #{actual}"
  defp _guess(actual, guess, _low..high) when guess < actual, do: guess(actual, guess + 1..high)
  defp _guess(actual, guess, low.._high) when guess > actual, do: guess(actual, low..guess - 1)
end
Chop.guess(273, 1..1000)

import List, only: [flatten: 1, duplicate: 2]
IO.inspect flatten([1, [2, 3], [[4]]])
IO.inspect duplicate(:ok, 3)

alias String, as: S
IO.puts S.upcase("hello")

defmodule Attr do
  @author "Dave Thomas"
  def get_author, do: @author
end
IO.puts "Example was written by #{Attr.get_author}"
IO.puts :io_lib.format("The number is ~3.1f", [5.678])
IO.inspect :io.format("The number is ~3.1f~n", [5.678])
IO.inspect String.to_atom("Elixir.Foo") == Foo
IO.inspect Foo == :"Elixir.Foo"
IO.puts is_atom(IO)
