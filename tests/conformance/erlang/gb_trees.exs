# :gb_trees as an Elixir program uses it: a sorted key-value store
t = :gb_trees.empty()
IO.inspect(t)
IO.inspect(:gb_trees.is_empty(t))

t =
  Enum.reduce([{"mango", 3}, {"apple", 5}, {"kiwi", 1}, {"pear", 7}, {"fig", 2}], t, fn {k, v}, acc ->
    :gb_trees.insert(k, v, acc)
  end)

IO.inspect(t)
IO.inspect(:gb_trees.size(t))
IO.inspect(:gb_trees.lookup("kiwi", t))
IO.inspect(:gb_trees.lookup("plum", t))
IO.inspect(:gb_trees.get("pear", t))
IO.inspect(:gb_trees.is_defined("fig", t))
IO.inspect(:gb_trees.is_defined("lime", t))
IO.inspect(:gb_trees.keys(t))
IO.inspect(:gb_trees.values(t))
IO.inspect(:gb_trees.to_list(t))
IO.inspect(:gb_trees.smallest(t))
IO.inspect(:gb_trees.largest(t))

t = :gb_trees.update("kiwi", 10, t)
t = :gb_trees.enter("lime", 4, t)
t = :gb_trees.enter("apple", 6, t)
IO.inspect(:gb_trees.to_list(t))

{k, v, t2} = :gb_trees.take_smallest(t)
IO.puts("smallest #{k}=#{v}, #{:gb_trees.size(t2)} left")
{k, v, t3} = :gb_trees.take_largest(t)
IO.puts("largest #{k}=#{v}, #{:gb_trees.size(t3)} left")
IO.inspect(t3)

IO.inspect(:gb_trees.delete("mango", t))
IO.inspect(:gb_trees.delete_any("nothing", t) == t)
IO.inspect(:gb_trees.take("fig", t))
IO.inspect(:gb_trees.take_any("nope", t))


IO.inspect(:gb_trees.map(fn k, v -> IO.write("#{k} "); v * 100 end, t))

# walking in order with an iterator
walk = fn walk, iter ->
  case :gb_trees.next(iter) do
    {key, value, iter} ->
      IO.puts("#{key} -> #{value}")
      walk.(walk, iter)

    :none ->
      :done
  end
end

walk.(walk, :gb_trees.iterator(t))
walk.(walk, :gb_trees.iterator_from("kiwi", t))

# numbers in order: the tree rebalances as it grows
nums = Enum.reduce(1..20, :gb_trees.empty(), fn i, acc -> :gb_trees.insert(i, i * i, acc) end)
IO.inspect(nums, limit: :infinity)
IO.inspect(:gb_trees.balance(nums), limit: :infinity)
IO.inspect(:gb_trees.from_orddict([{1, :one}, {2, :two}, {3, :three}, {4, :four}]))

try do
  :gb_trees.insert("apple", 1, t)
rescue
  e -> IO.inspect(e)
end

try do
  :gb_trees.get("plum", t)
rescue
  e in FunctionClauseError -> IO.puts("#{inspect(e.module)}.#{e.function}/#{e.arity}")
end

IO.inspect(try do :gb_trees.insert(2, :x, nums) catch :error, e -> e end)
