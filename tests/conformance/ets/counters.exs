# Counters in ETS: update_counter (with defaults, thresholds, several at once) and
# update_element, as a page-hit counter would use them
hits = :ets.new(:hits, [:set, :public])
IO.inspect :ets.update_counter(hits, "/", 1, {"/", 0})
IO.inspect :ets.update_counter(hits, "/", 1, {"/", 0})
IO.inspect :ets.update_counter(hits, "/about", {2, 5}, {"/about", 0})
IO.inspect :ets.lookup(hits, "/")

stats = :ets.new(:stats, [:set])
:ets.insert(stats, {:requests, 0, 0, 100})
IO.inspect :ets.update_counter(stats, :requests, [{2, 1}, {3, 10}, {4, -1}])
IO.inspect :ets.update_counter(stats, :requests, {3, 5, 12, 0})
IO.inspect :ets.update_counter(stats, :requests, {4, -200, 0, 0})
IO.inspect :ets.lookup(stats, :requests)
IO.inspect :ets.update_element(stats, :requests, {2, :reset})
IO.inspect :ets.update_element(stats, :missing, {2, :reset})
IO.inspect :ets.update_element(stats, :requests, [{3, :a}, {4, :b}])
IO.inspect :ets.lookup(stats, :requests)

# a counter shared by tasks: every increment lands
counter = :ets.new(:counter, [:public])
:ets.insert(counter, {:n, 0})
1..10
|> Enum.map(fn _ -> Task.async(fn -> for _ <- 1..100, do: :ets.update_counter(counter, :n, 1) end) end)
|> Enum.each(&Task.await/1)
IO.inspect :ets.lookup_element(counter, :n, 2)

for f <- [
      fn -> :ets.update_counter(hits, "/missing", 1) end,
      fn -> :ets.update_counter(hits, "/", {3, 1}) end,
      fn -> :ets.update_element(stats, :requests, {1, :x}) end,
      fn -> :ets.update_counter(stats, :requests, {2, 1}) end
    ] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
