# Lists and recursion from the book: MyList, caesar, span, and List's functions
defmodule MyList do
  def len([]), do: 0
  def len([_head | tail]), do: 1 + len(tail)
  def square([]), do: []
  def square([head | tail]), do: [head * head | square(tail)]
  def map([], _func), do: []
  def map([head | tail], func), do: [func.(head) | map(tail, func)]
  def reduce([], value, _), do: value
  def reduce([head | tail], value, func), do: reduce(tail, func.(head, value), func)
  def mapsum(list, func), do: list |> map(func) |> reduce(0, &+/2)
  def max([x]), do: x
  def max([h | t]), do: Kernel.max(h, max(t))
  def caesar(list, n), do: map(list, fn c -> ?a + rem(c - ?a + n, 26) end)
  def span(from, to) when from > to, do: []
  def span(from, to), do: [from | span(from + 1, to)]
  def swap([]), do: []
  def swap([a, b | tail]), do: [b, a | swap(tail)]
  def swap([_]), do: raise("Can't swap a list with an odd number of elements")
end
IO.inspect(MyList.len([11, 12, 13, 14, 15]))
IO.inspect(MyList.square([4, 5, 6]))
IO.inspect(MyList.map([1, 2, 3, 4], fn n -> n * n end))
IO.inspect(MyList.reduce([1, 2, 3, 4, 5], 1, &(&1 * &2)))
IO.inspect(MyList.mapsum([1, 2, 3], &(&1 * &1)))
IO.inspect(MyList.max([4, 9, 2]))
IO.inspect(MyList.caesar('ryvkve', 13))
IO.puts(MyList.caesar('ryvkve', 13))
IO.inspect(MyList.span(3, 9))
IO.inspect(MyList.swap([1, 2, 3, 4]))
try do
  MyList.swap([1, 2, 3])
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{e.message}")
end
IO.inspect([1, 2, 3] ++ [4, 5, 6])
IO.inspect(List.flatten([[[1], 2], [[[3]]]]))
IO.inspect(List.foldl([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end))
IO.inspect(List.foldr([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end))
kw = [{:name, "Dave"}, {:likes, "Programming"}, {:where, "Dallas", "TX"}]
IO.inspect(List.keyfind(kw, "Dallas", 1))
IO.inspect(List.keyfind(kw, "TX", 2))
IO.inspect(List.keyfind(kw, "TX", 1))
IO.inspect(List.keydelete(kw, "TX", 2))
IO.inspect(List.keyreplace(kw, :name, 0, {:first_name, "Dave"}))
IO.inspect(List.zip([[1, 2, 3], [:a, :b, :c]]))
IO.inspect(List.insert_at([1, 2, 3], 1, 0))
IO.inspect(List.replace_at([1, 2, 3], -1, 0))
IO.inspect(List.update_at([1, 2, 3], 0, &(&1 * 10)))
IO.inspect(List.delete_at([1, 2, 3], 5))
IO.inspect(List.first([]), label: "first")
IO.inspect(List.last([1, 2]))
IO.inspect(List.wrap(nil))
IO.inspect(List.duplicate("x", 3))
IO.inspect(List.starts_with?([1, 2, 3], [1, 2]))
IO.inspect(List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4]))
