# `x in y` outside a guard: a list or range written out is looked into directly; any other
# right side is Enum.member?(y, x), so a MapSet, a map or a struct's own Enumerable answers
set = MapSet.new([~D[2001-02-01], :a, {1, 2}])
IO.inspect({:a in set, :b in set, ~D[2001-02-01] in set, {1, 2} in set})
IO.inspect(:a not in set)
map = %{a: 1}
IO.inspect({{:a, 1} in map, {:a, 2} in map, :a in map})
numbers = 1..10//3
IO.inspect({4 in numbers, 5 in numbers, 4.0 in numbers})
list = [1, 2.0, :three]
IO.inspect({2 in list, 2.0 in list, :three in list, 2 in [1, 2], 4 in 1..3})
IO.inspect(Enum.filter(1..10, &(&1 in numbers)))

defmodule Evens do
  defstruct [:limit]

  defimpl Enumerable do
    def count(%{limit: limit}), do: {:ok, div(limit, 2)}
    def member?(%{limit: limit}, x), do: {:ok, is_integer(x) and rem(x, 2) == 0 and x > 0 and x <= limit}
    def reduce(%{limit: limit}, acc, fun), do: Enumerable.reduce(Enum.to_list(2..limit//2), acc, fun)
    def slice(_), do: {:error, __MODULE__}
  end
end

evens = struct(Evens, limit: 10)
IO.inspect({4 in evens, 5 in evens, 12 in evens})

try do
  1 in :not_enumerable
rescue
  e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
end
