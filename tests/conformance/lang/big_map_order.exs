# Maps of more than 32 keys list in the BEAM's hash order, not key order.
squares = Map.new(1..50, fn n -> {n, n * n} end)
IO.inspect(squares, limit: :infinity)
IO.inspect(Map.keys(squares), limit: :infinity)

text = """
the quick brown fox jumps over the lazy dog while a small cat watches from
under an old wooden bench near the river where children play every summer
afternoon and their parents talk about gardens weather books music travel
"""
freq = text |> String.split() |> Enum.frequencies()
IO.inspect(map_size(freq))
IO.inspect(Map.to_list(freq), limit: :infinity)

set = MapSet.new(1..100)
IO.inspect(set, limit: :infinity)
IO.inspect(MapSet.to_list(set) |> Enum.take(10))

points = Map.new(1..40, fn n -> {{n, rem(n, 7)}, "p#{n}"} end)
IO.inspect(:maps.values(points), limit: :infinity)
IO.inspect(Map.delete(points, {1, 1}) |> Map.delete({2, 2}) |> Map.keys() |> length())
