# Lists and recursion, and the List module's docs examples
defmodule MyList do
  def len([]), do: 0
  def len([_head | tail]), do: 1 + len(tail)
  def square([]), do: []
  def square([h | t]), do: [h * h | square(t)]
  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
  def reduce([], value, _), do: value
  def reduce([h | t], value, f), do: reduce(t, f.(h, value), f)
  def swap([]), do: []
  def swap([a, b | tail]), do: [b, a | swap(tail)]
  def swap([_]), do: raise("Can't swap a list with an odd number of elements")
  def max([x]), do: x
  def max([h | t]), do: Kernel.max(h, max(t))
  def span(from, to) when from > to, do: []
  def span(from, to), do: [from | span(from + 1, to)]
end
IO.inspect MyList.len([11, 12, 13, 14, 15])
IO.inspect MyList.square([4, 5, 6])
IO.inspect MyList.map([1, 2, 3, 4], &(&1 * &1))
IO.inspect MyList.reduce([1, 2, 3, 4, 5], 0, &(&1 + &2))
IO.inspect MyList.swap([1, 2, 3, 4])
IO.inspect MyList.max([3, 9, 2])
IO.inspect MyList.span(3, 8)
try do
  MyList.swap([1, 2, 3])
rescue
  e -> IO.inspect e
end
IO.inspect [1, 2, 3] ++ [4, 5, 6]
IO.inspect List.flatten([[[1], 2], [[[3]]]])
IO.inspect List.foldl([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end)
IO.inspect List.foldr([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end)
l = List.zip([[1, 2, 3], [:a, :b, :c], ["cat", "dog"]])
IO.inspect l
IO.inspect Enum.unzip(Enum.map(l, fn {a,b,_} -> {a,b} end))
kw = [{:name, "Dave"}, {:likes, "Programming"}, {:where, "Dallas", "TX"}]
IO.inspect List.keyfind(kw, "Dallas", 1)
IO.inspect List.keyfind(kw, "TX", 2)
IO.inspect List.keyfind(kw, "TX", 1)
IO.inspect List.keydelete(kw, "TX", 2)
IO.inspect List.keyreplace(kw, :name, 0, {:first_name, "Dave"})
IO.inspect [1,2,3] -- [2]
IO.inspect List.first([]), label: "first"
IO.inspect List.last([1,2,3])
IO.inspect List.insert_at([1, 2, 3], -1, 0)
IO.inspect List.delete_at([1,2,3], 1)
IO.inspect List.replace_at([1,2,3], 0, :x)
IO.inspect List.update_at([1,2,3], 1, &(&1 * 10))
IO.inspect List.duplicate("x", 3)
IO.inspect List.wrap(nil)
IO.inspect List.wrap([1])
IO.inspect List.wrap(1)
IO.inspect List.to_tuple([1, 2])
IO.inspect List.pop_at([1, 2, 3], 0)
IO.inspect List.starts_with?([1, 2, 3], [1, 2])
IO.inspect List.myers_difference([1, 4, 2, 3], [1, 2, 3, 4])
IO.inspect List.keysort([a: 5, b: 1, c: 3], 1)
IO.inspect List.keystore([a: 1, b: 2], :a, 0, {:a, 3})
IO.inspect List.keytake([a: 1, b: 2], :a, 0)
IO.inspect List.ascii_printable?('abc')
IO.inspect List.improper?([1 | 2])
