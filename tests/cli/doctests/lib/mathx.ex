defmodule MathX do
  @doc """
      iex> MathX.double(:a)
      ** (RuntimeError) boom

      iex> MathX.double(1)
      ** (ArithmeticError) bad argument in arithmetic expression

      iex> MathX.double(:b)
      ** (ArithmeticError) wrong message

      iex> MathX.double(self())
      #PID<0.1.0>

      iex> MathX.pid()
      #PID<0.1.0>

      iex> raise "multi\\nline"
      ** (RuntimeError) multi
      line

      iex> MathX.double(1); MathX.double(2)
      4
      iex> Enum.map([1, 2], &MathX.double/1)
      [2, 4]
  """
  def double(x), do: x * 2
  def pid, do: self()
end
