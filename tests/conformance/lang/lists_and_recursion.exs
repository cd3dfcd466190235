defmodule MyList do
  def len([]), do: 0
  def len([_head | tail]), do: 1 + len(tail)
  def square([]), do: []
  def square([head | tail]), do: [head * head | square(tail)]
  def map([], _func), do: []
  def map([head | tail], func), do: [func.(head) | map(tail, func)]
  def reduce([], value, _), do: value
  def reduce([head | tail], value, func), do: reduce(tail, func.(head, value), func)
  def swap([]), do: []
  def swap([a, b | tail]), do: [b, a | swap(tail)]
  def swap([_]), do: raise "Can't swap a list with an odd number of elements"
  def max([x]), do: x
  def max([h | t]), do: Kernel.max(h, max(t))
end
IO.puts MyList.len([1, 2, 3])
IO.inspect MyList.square([4, 5, 6])
IO.inspect MyList.map([1, 2, 3], &(&1 * 10))
IO.inspect MyList.reduce([1, 2, 3, 4, 5], 0, &(&1 + &2))
IO.inspect MyList.swap([1, 2, 3, 4])
IO.inspect MyList.max([3, 9, 2])
try do
  MyList.swap([1, 2, 3])
rescue
  e in RuntimeError -> IO.puts "error: #{e.message}"
end

defmodule WeatherHistory do
  def for_location([], _target_loc), do: []
  def for_location([head = [_, target_loc, _, _] | tail], target_loc) do
    [head | for_location(tail, target_loc)]
  end
  def for_location([_ | tail], target_loc), do: for_location(tail, target_loc)
  def test_data do
    [
      [1366225622, 26, 15, 0.125],
      [1366225622, 27, 15, 0.45],
      [1366229222, 26, 23, 0.0],
      [1366232822, 27, 19, 0.06]
    ]
  end
end
IO.inspect WeatherHistory.for_location(WeatherHistory.test_data, 27)
IO.inspect [1, 2, 3] ++ [4, 5, 6]
IO.inspect List.flatten([[[1], 2], [[[3]]]])
IO.inspect List.foldl([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end)
IO.inspect List.foldr([1, 2, 3], "", fn value, acc -> "#{value}(#{acc})" end)
l = List.zip([[1, 2, 3], [:a, :b, :c], ["cat", "dog"]])
IO.inspect l
kw = [{:name, "Dave"}, {:likes, "Programming"}, {:where, "Dallas", "TX"}]
IO.inspect List.keyfind(kw, "Dallas", 1)
IO.inspect List.keyfind(kw, "TX", 2)
IO.inspect List.keyfind(kw, "TX", 1)
kw = List.keydelete(kw, "TX", 2)
IO.inspect kw
kw = List.keyreplace(kw, :name, 0, {:first_name, "Dave"})
IO.inspect kw
IO.inspect 'cat' ++ [0]
IO.inspect [?c, ?a, ?t]
