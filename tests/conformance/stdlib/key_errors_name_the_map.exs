# A KeyError from Map.replace!/3, Map.update!/3, :maps.update/3 names the map, as
# Exception.normalize/2 finds it in the stack trace
m = %{a: 1}
for f <- [fn -> Map.replace!(m, :x, 2) end, fn -> Map.fetch!(m, :x) end, fn -> Map.update!(m, :x, & &1) end, fn -> Keyword.fetch!([a: 1], :x) end, fn -> Map.get_and_update!(m, :x, fn v -> {v, v} end) end, fn -> Keyword.replace!([a: 1], :x, 2) end, fn -> Keyword.update!([a: 1], :x, & &1) end] do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
