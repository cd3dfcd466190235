# Integer's guard macros need require Integer; binding/0 lists the variables in scope
try do
  Integer.is_even(2)
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
require Integer
IO.inspect(Integer.is_even(2))
IO.inspect(Enum.filter(1..10, &Integer.is_odd/1))
defmodule Parity do
  require Integer
  def of(x) when Integer.is_odd(x), do: :odd
  def of(_), do: :even
  def vars(p, q) do
    sum = p + q
    binding()
  end
end
IO.inspect(Enum.map([1, 2], &Parity.of/1))
IO.inspect(Parity.vars(1, 2))
b = 1
a = 2
IO.inspect(binding())
f = fn x ->
  y = x * 2
  binding()
end
IO.inspect(f.(5))
a = 5
IO.inspect(binding() |> Keyword.delete(:f))
for {:ok, n} <- [{:ok, 1}], do: IO.inspect(binding() |> Keyword.take([:n, :a]))
try do
  Logger.info("not required")
rescue
  e -> IO.puts(Exception.message(e))
end
