# Enumerable and Collectable implemented for a program's structs
defmodule Countdown do
  defstruct from: 3

  defimpl Enumerable do
    def count(%{from: n}), do: {:ok, n}
    def member?(%{from: n}, x), do: {:ok, x in 1..n}
    def slice(_), do: {:error, __MODULE__}
    def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
    def reduce(c, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(c, &1, fun)}
    def reduce(%{from: 0}, {:cont, acc}, _fun), do: {:done, acc}
    def reduce(%{from: n} = c, {:cont, acc}, fun), do: reduce(%{c | from: n - 1}, fun.(n, acc), fun)
  end
end

defmodule Bag do
  defstruct items: []

  defimpl Collectable do
    def into(%{items: items} = bag) do
      collector = fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> %{bag | items: Enum.reverse(acc)}
        _acc, :halt -> :ok
      end
      {Enum.reverse(items), collector}
    end
  end
end

c = struct(Countdown, from: 5)
IO.inspect Enum.to_list(c)
IO.inspect Enum.map(c, &(&1 * 2))
IO.inspect Enum.count(c)
IO.inspect Enum.member?(c, 3)
IO.inspect Enum.take(c, 2)
IO.inspect Enum.zip(c, [:a, :b])
IO.inspect Enum.sum(c)
IO.inspect for x <- c, rem(x, 2) == 1, do: x
IO.inspect Stream.map(c, &(&1 + 100)) |> Enum.take(2)
IO.inspect Enum.into([1, 2, 3], struct(Bag, items: [0]))
IO.inspect for x <- 1..3, into: struct(Bag), do: x * x
