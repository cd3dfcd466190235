# A fun raising under one of Enum's walks over a list: the frames between the fun and the
# program are Elixir 1.14's (Enum.map/2 inlines :lists.map/2, each/2 :lists.foreach/2; the
# others are Enum's own list helpers), one per element the walk went down into
bad = fn x -> if x == 3, do: raise("bad element"), else: x end
walks = [
  map: fn -> Enum.map([1, 2, 3, 4], bad) end,
  each: fn -> Enum.each([1, 2, 3], bad) end,
  filter: fn -> Enum.filter([1, 2, 3], bad) end,
  reject: fn -> Enum.reject([1, 2, 3], &(bad.(&1) > 5)) end,
  all?: fn -> Enum.all?([1, 2, 3], bad) end,
  any?: fn -> Enum.any?([1, 2, 3], &(bad.(&1) == 0)) end,
  find: fn -> Enum.find([1, 2, 3], &(bad.(&1) == 0)) end,
  take_while: fn -> Enum.take_while([1, 2, 3], bad) end,
  uniq_by: fn -> Enum.uniq_by([1, 2, 3], bad) end,
  zip_with: fn -> Enum.zip_with([1, 2, 3], [4, 5, 6], fn x, _ -> bad.(x) end) end,
  indexed: fn -> [1, 2, 3] |> Enum.with_index() |> Enum.map(fn {x, _} -> bad.(x) end) end
]
for {name, walk} <- walks do
  try do
    walk.()
  rescue
    e ->
      enum_frames = Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m == Enum end)
      IO.puts("#{name}: #{Exception.message(e)}")
      Enum.each(enum_frames, &IO.puts("    " <> Exception.format_stacktrace_entry(&1)))
  end
end
