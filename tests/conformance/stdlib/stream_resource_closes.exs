# A Stream.resource is closed (its after function runs) however the walk ends: taken
# short inside flat_map, zipped with a shorter list, halted by transform, or on a throw.
counter = fn name ->
  Stream.resource(
    fn -> IO.puts("open #{name}"); 1 end,
    fn n -> {[n], n + 1} end,
    fn n -> IO.puts("close #{name} at #{n}") end
  )
end

IO.inspect(counter.(:a) |> Stream.flat_map(&[&1, &1 * 10]) |> Enum.take(3))
IO.inspect(Stream.zip([:x, :y], counter.(:b)) |> Enum.to_list())
IO.inspect(Stream.zip_with([counter.(:c), [:p, :q, :r]], &List.to_tuple/1) |> Enum.take(2))

IO.inspect(
  counter.(:d)
  |> Stream.transform(0, fn i, acc -> if acc < 2, do: {[i], acc + 1}, else: {:halt, acc} end)
  |> Enum.to_list()
)

try do
  counter.(:e) |> Stream.flat_map(fn _ -> throw(:stop) end) |> Enum.to_list()
catch
  :stop -> IO.puts("caught")
end

IO.inspect(counter.(:f) |> Stream.take(2) |> Stream.map(&(&1 * 2)) |> Enum.to_list())
