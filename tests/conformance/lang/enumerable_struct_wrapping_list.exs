# A struct made enumerable and collectable by handing its list to Enumerable.List.reduce/3,
# the implementation module Elixir defines for lists (as the docs' examples do).
defmodule Bag do
  defstruct items: []
end
defimpl Enumerable, for: Bag do
  def count(%Bag{items: i}), do: {:ok, length(i)}
  def member?(%Bag{items: i}, x), do: {:ok, x in i}
  def reduce(%Bag{items: i}, acc, f), do: Enumerable.List.reduce(i, acc, f)
  def slice(_), do: {:error, __MODULE__}
end
defimpl Collectable, for: Bag do
  def into(%Bag{items: i}) do
    {i, fn
      acc, {:cont, x} -> [x | acc]
      acc, :done -> %Bag{items: Enum.reverse(acc)}
      _, :halt -> :ok
    end}
  end
end
defmodule Main do
  def run do
    b = %Bag{items: [3, 1, 2]}
    IO.inspect Enum.sort(b)
    IO.inspect Enum.count(b)
    IO.inspect Enum.member?(b, 2)
    IO.inspect Enum.map(b, &(&1 * 10))
    IO.inspect Enum.into([9, 8], %Bag{})
    IO.inspect for x <- b, into: %Bag{}, do: x + 1
    IO.inspect Enum.take(b, 2)
    IO.inspect Enum.zip(b, [:a, :b, :c])
  end
end
Main.run()
