# A parallel map as the book writes one: a process per element, results collected in
# order by matching each pid. Run by `elixir pmap.exs` and by `taskplay run pmap.exs`
# (scripts/bench, row group "programs").
defmodule Parallel do
  def pmap(collection, fun) do
    me = self()

    collection
    |> Enum.map(fn elem -> spawn_link(fn -> send(me, {self(), fun.(elem)}) end) end)
    |> Enum.map(fn pid ->
      receive do
        {^pid, result} -> result
      end
    end)
  end
end

{us, result} = :timer.tc(Parallel, :pmap, [1..20_000, &(&1 * &1)])
IO.inspect(Enum.sum(result), label: "sum")
IO.puts(~s(BENCH {"workload":"prog_pmap","metric":"ms_inside","value":#{us / 1000},"n":20000}))
