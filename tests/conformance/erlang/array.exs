# :array: a functional, growable array
a = :array.new()
IO.inspect(a)
IO.inspect(:array.size(a))
a = :array.set(0, :zero, a)
a = :array.set(4, :four, a)
IO.inspect(a)
IO.inspect(:array.get(4, a))
IO.inspect(:array.get(2, a))
IO.inspect(:array.get(100, a))
IO.inspect(:array.size(a))
IO.inspect(:array.to_list(a))
IO.inspect(:array.sparse_to_list(a))
IO.inspect(:array.to_orddict(a))
IO.inspect(:array.sparse_to_orddict(a))

# fixed size, with a default
f = :array.new(5, default: 0)
IO.inspect(f)
IO.inspect(:array.is_fix(f))
f = :array.set(2, 7, f)
IO.inspect(:array.to_list(f))
IO.inspect(:array.default(f))
IO.inspect(:array.new(size: 3, fixed: false, default: :none))
IO.inspect(:array.new(3))

squares = :array.from_list(for i <- 0..14, do: i * i)
IO.inspect(squares, limit: :infinity)
IO.inspect(:array.get(12, squares))
IO.inspect(:array.foldl(fn i, v, acc -> acc + i * v end, 0, squares))
IO.inspect(:array.foldr(fn _i, v, acc -> [v | acc] end, [], squares) == :array.to_list(squares))
IO.inspect(:array.map(fn _i, v -> v + 1 end, squares), limit: :infinity)

sparse = :array.set(42, :answer, :array.new(default: :empty))
IO.inspect(sparse, limit: :infinity)
IO.inspect(:array.sparse_size(sparse))
IO.inspect(:array.sparse_map(fn i, v -> {i, v} end, sparse), limit: :infinity)
IO.inspect(:array.sparse_foldl(fn i, v, acc -> [{i, v} | acc] end, [], sparse))
IO.inspect(:array.sparse_foldr(fn i, v, acc -> [{i, v} | acc] end, [], sparse))
IO.inspect(:array.reset(42, sparse), limit: :infinity)
IO.inspect(:array.resize(10, sparse), limit: :infinity)
IO.inspect(:array.resize(:array.set(3, :x, :array.new(20))), limit: :infinity)
IO.inspect(:array.from_orddict([{1, :a}, {3, :c}]))

grown = Enum.reduce(0..120, :array.new(), fn i, acc -> :array.set(i, i, acc) end)
IO.inspect(:array.size(grown))
IO.inspect(:array.get(117, grown))
IO.inspect(elem(grown, 2))

fixed = :array.fix(:array.from_list([1, 2, 3]))
IO.inspect(:array.is_fix(fixed))
IO.inspect(:array.relax(fixed))
IO.inspect(:array.is_array(fixed))
IO.inspect(:array.is_array({1, 2}))

try do
  :array.set(10, :too_far, fixed)
rescue
  e -> IO.inspect(e)
end

:array.get(-1, fixed)
