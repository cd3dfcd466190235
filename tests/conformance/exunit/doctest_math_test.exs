ExUnit.start(seed: 1)

defmodule MyMath do
  @moduledoc """
  Math.

      iex> MyMath.add(1, 2)
      3
  """

  @doc """
  Doubles.

  ## Examples

      iex> MyMath.double(2)
      4

      iex> MyMath.double(-1)
      -2
      iex> MyMath.double(3)
      7

  """
  def double(x), do: x * 2

  @doc """
      iex> MyMath.add(1, 1)
      2
      iex> x = 5
      iex> MyMath.add(x, 1)
      6
  """
  def add(a, b), do: a + b

  @doc """
      iex> MyMath.boom()
      ** (RuntimeError) boom
  """
  def boom, do: raise "boom"
end

defmodule MyMathTest do
  use ExUnit.Case
  doctest MyMath

  test "plain" do
    assert MyMath.add(2, 2) == 4
  end
end
