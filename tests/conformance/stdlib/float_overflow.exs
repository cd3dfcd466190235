# A float arithmetic result past the largest double raises ArithmeticError, as on the BEAM
defmodule Calc do
  def mul(a, b), do: a * b
  def add(a, b), do: a + b
  def sub(a, b), do: a - b
  def divide(a, b), do: a / b

  def safe(fun) do
    fun.()
  rescue
    e in ArithmeticError -> {:error, Exception.message(e)}
  end
end

IO.inspect Calc.mul(1.0e300, 1.0e8)
IO.inspect Calc.safe(fn -> Calc.mul(1.0e308, 10.0) end)
IO.inspect Calc.safe(fn -> Calc.add(1.7976931348623157e308, 1.0e300) end)
IO.inspect Calc.safe(fn -> Calc.sub(-1.0e308, 1.0e308) end)
IO.inspect Calc.safe(fn -> Calc.divide(1.0e308, 0.1) end)
IO.inspect Calc.safe(fn -> Enum.reduce(1..1100, 1.0, fn _, acc -> acc * 2 end) end)
IO.inspect Calc.safe(fn -> Enum.sum([1.0e308, 1.0e308]) end)
IO.inspect Calc.safe(fn -> Enum.reduce([1.0e308, 1.0e308], &+/2) end)
IO.inspect Calc.safe(fn -> 10.0 ** 400 end)
IO.inspect Calc.safe(fn -> :math.exp(710) end)
IO.inspect 2 ** 1100 |> Integer.to_string() |> String.length()
IO.inspect Calc.safe(fn -> (2 ** 1100) * 1.0 end)
IO.inspect Calc.mul(1.0e-300, 1.0e-300)
Calc.mul(1.0e308, 10.0)
