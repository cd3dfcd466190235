# Modules and named functions from the book: guards, default arguments, the Chop guess, nesting, aliases
defmodule Times do
  def double(n), do: n * 2
  def triple(n) do
    n * 3
  end
  def quadruple(n), do: double(double(n))
end
defmodule Factorial do
  def of(0), do: 1
  def of(n) when is_integer(n) and n > 0, do: n * of(n - 1)
end
defmodule Guard do
  def what_is(x) when is_number(x), do: IO.puts("#{x} is a number")
  def what_is(x) when is_list(x), do: IO.puts("#{inspect(x)} is a list")
  def what_is(x) when is_atom(x), do: IO.puts("#{x} is an atom")
end
defmodule Example do
  def func(p1, p2 \\ 2, p3 \\ 3, p4) do
    IO.inspect([p1, p2, p3, p4])
  end
end
defmodule Params do
  def func(p1, p2 \\ 123)
  def func(p1, p2) when is_list(p1), do: "You said #{p2} with a list"
  def func(p1, p2), do: "You passed in #{p1} and #{p2}"
end
defmodule Chop do
  def guess(actual, range = low..high) do
    guess = div(low + high, 2)
    IO.puts("Is it #{guess}")
    _guess(actual, guess, range)
  end
  defp _guess(actual, actual, _), do: IO.puts(actual)
  defp _guess(actual, guess, _low..high) when guess < actual, do: guess(actual, (guess + 1)..high)
  defp _guess(actual, guess, low.._high) when guess > actual, do: guess(actual, low..(guess - 1))
end
IO.inspect(Times.double(4))
IO.inspect(Times.triple(4))
IO.inspect(Times.quadruple(4))
IO.inspect(Factorial.of(20))
Guard.what_is(99)
Guard.what_is(:cat)
Guard.what_is([1, 2, 3])
Example.func("a", "b")
Example.func("a", "b", "c")
Example.func("a", "b", "c", "d")
IO.puts(Params.func(99))
IO.puts(Params.func(99, "cat"))
IO.puts(Params.func([99]))
Chop.guess(273, 1..1000)
IO.inspect(Enum.map([1, 2, 3], &Times.double/1))
try do
  Factorial.of(-1)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
defmodule Outer do
  defmodule Inner do
    def inner_func, do: :inner
  end
  def outer_func, do: Inner.inner_func()
end
IO.inspect(Outer.outer_func())
IO.inspect(Outer.Inner.inner_func())
alias Outer.Inner, as: I
IO.inspect(I.inner_func())
IO.inspect(String.to_atom("Elixir.Outer") == Outer)
IO.inspect(:"Elixir.Outer.Inner".inner_func())
