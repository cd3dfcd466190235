defmodule Stack do
  def push(stack, x), do: [x | stack]
  def pop([]), do: {:error, :empty}
  def pop([h | t]), do: {:ok, h, t}
end
s = Stack.push([], 1) |> Stack.push(2)
IO.inspect Stack.pop(s)
IO.inspect Stack.pop([])
IO.puts "#{:io_lib.format("~p", [1])}"
IO.inspect to_charlist(42)
IO.inspect to_charlist(:abc)
IO.inspect to_charlist(1.5)
IO.inspect Integer.digits(1234)
IO.inspect Integer.undigits([1, 2, 3])
IO.inspect Float.round(3.14159, 2)
IO.inspect Float.ceil(3.1)
IO.inspect 10 / 4
IO.inspect div(10, 4)
IO.inspect rem(-7, 3)
IO.inspect Integer.mod(-7, 3)
IO.inspect 1_000_000
IO.inspect 0x1F
IO.inspect 0b1010
IO.inspect 0o17
IO.inspect 1.0e10
IO.inspect 1.5e-3
IO.inspect 123456789.123
IO.inspect 0.1 + 0.2
IO.inspect :math.sqrt(2)
IO.inspect round(2.5)
IO.inspect trunc(-2.7)
IO.inspect abs(-3)
IO.inspect 7 |> Integer.to_string |> String.pad_leading(3, "0")
IO.inspect Tuple.to_list({1, 2, 3})
IO.inspect elem({:a, :b}, 1)
IO.inspect put_elem({:a, :b}, 1, :c)
IO.inspect tuple_size({1, 2, 3})
IO.inspect Keyword.get([a: 1, b: 2], :b)
IO.inspect Keyword.put([a: 1], :b, 2)
IO.inspect [a: 1, a: 2][:a]
IO.inspect Keyword.get_values([a: 1, a: 2], :a)
IO.inspect Map.new([{:a, 1}])
IO.inspect Map.new([1, 2], &{&1, &1 * 2})
IO.inspect Enum.into([{:a, 1}], %{})
IO.inspect Map.merge(%{a: 1}, %{b: 2}, fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Map.update(%{a: 1}, :a, 0, &(&1 + 1))
IO.inspect Map.get_lazy(%{}, :a, fn -> 3 end)
IO.inspect is_nil(nil)
IO.inspect nil || "default"
IO.inspect false && :x
IO.inspect true and false
IO.inspect not true
IO.inspect 1 < :atom
IO.inspect :a < "a"
IO.inspect [1, 2] < [1, 3]
IO.inspect {1, 2} == {1, 2.0}
IO.inspect 1 === 1.0
IO.inspect inspect(%{a: [1, 2]})
IO.inspect [1, [2, [3]]] |> List.flatten
IO.inspect 'abc' == [97, 98, 99]
IO.inspect to_string(:hello)
IO.inspect to_charlist("hi")
IO.inspect String.to_existing_atom("hello")
IO.inspect Atom.to_string(:foo)
IO.inspect :erlang.tuple_to_list({1, 2})
IO.inspect Enum.map_reduce([1, 2, 3], 0, fn x, acc -> {x * 2, acc + x} end)
IO.inspect Enum.zip_with([1, 2], [3, 4], &+/2)
IO.inspect Range.new(1, 10, 3) |> Enum.to_list
IO.inspect Enum.slice(1..10, 2..4)
IO.inspect Enum.min_max([3, 1, 2])
IO.inspect Enum.sort_by(["bb", "a", "ccc"], &String.length/1, :desc)
IO.inspect Enum.count([1, 2, 3], &(&1 > 1))
IO.inspect Enum.find([1, 2, 3], &(&1 > 1))
IO.inspect Enum.find_index([1, 2, 3], &(&1 > 1))
IO.inspect Enum.reverse([1, 2, 3])
IO.inspect Enum.intersperse([1, 2, 3], 0)
IO.inspect List.insert_at([1, 2], 1, :x)
IO.inspect List.delete_at([1, 2, 3], 0)
IO.inspect List.first([]), label: "first"
IO.inspect List.last([1, 2])
IO.inspect List.wrap(nil)
IO.inspect List.duplicate("x", 2)
IO.inspect Enum.each(1..2, &IO.puts/1)
