# Map work as a learner writes it after the book's maps chapter: a word count with
# Enum.frequencies, then a 100,000-key map filled, updated, overwritten and emptied one key
# at a time (Map.put, Map.update!, %{m | k => v}, Map.delete). Run by `elixir maps.exs` and
# `taskplay run maps.exs` (scripts/bench, row group "programs").
defmodule MapWork do
  def run(n) do
    words = for i <- 1..n, do: "w#{rem(i * 7919, div(n, 4))}"
    freq = Enum.frequencies(words)
    m = Enum.reduce(1..n, %{}, fn i, acc -> Map.put(acc, i, i * i) end)
    m = Enum.reduce(1..n, m, fn i, acc -> Map.update!(acc, i, &(&1 + 1)) end)
    m = Enum.reduce(1..n, m, fn i, acc -> %{acc | i => rem(i, 7)} end)
    total = Enum.sum(Map.values(m))
    m = Enum.reduce(1..(n - 10), m, fn i, acc -> Map.delete(acc, i) end)
    {map_size(freq), freq["w1"], total, Map.keys(m) |> Enum.sort() |> hd()}
  end
end

{us, result} = :timer.tc(MapWork, :run, [100_000])
IO.inspect(result, label: "result")
IO.puts(~s(BENCH {"workload":"prog_maps","metric":"ms_inside","value":#{us / 1000},"n":100000}))
