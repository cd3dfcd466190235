# A function body can be a try without writing one: def ... do ... rescue/catch/else/after
# ... end, as Elixir's docs recommend for a whole function guarded by rescue.
defmodule SafeMath do
  def divide(a, b) do
    {:ok, div(a, b)}
  rescue
    ArithmeticError -> {:error, :division_by_zero}
  end

  def parse(text) do
    String.to_integer(text)
  rescue
    e in ArgumentError -> {:error, Exception.message(e)}
  else
    n when n < 0 -> {:error, :negative}
    n -> {:ok, n}
  end

  def first_even(list) do
    Enum.each(list, fn x -> if rem(x, 2) == 0, do: throw({:found, x}) end)
    :none
  catch
    {:found, x} -> x
  end

  def with_cleanup(fun) do
    fun.()
  after
    IO.puts("cleanup ran")
  end

  defp checked(x) when is_integer(x) do
    if x > 100, do: raise("too big: #{x}"), else: x
  rescue
    e in RuntimeError -> e.message
  end

  def check(x), do: checked(x)
end

IO.inspect SafeMath.divide(10, 2)
IO.inspect SafeMath.divide(1, 0)
IO.inspect SafeMath.parse("42")
IO.inspect SafeMath.parse("-7")
IO.inspect SafeMath.parse("4x2")
IO.inspect SafeMath.first_even([1, 3, 6, 8])
IO.inspect SafeMath.first_even([1, 3])
IO.inspect SafeMath.with_cleanup(fn -> :result end)
try do
  SafeMath.with_cleanup(fn -> raise "boom" end)
rescue
  e -> IO.inspect(e)
end
IO.inspect SafeMath.check(5)
IO.inspect SafeMath.check(500)
