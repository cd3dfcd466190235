# List work over a million elements, as a learner writes it after the book's Enum and
# comprehension chapters: run by `elixir lists.exs` and by `taskplay run lists.exs`
# (scripts/bench, row group "programs"). Timed inside as the book times code (:timer.tc
# around a module function); scripts/bench times the whole process too.
defmodule ListWork do
  def run(n) do
    doubled = Enum.map(1..n, &(&1 * 2))
    thirds = Enum.filter(doubled, &(rem(&1, 3) == 0))
    sum = Enum.reduce(thirds, 0, &+/2)
    squares = for x <- doubled, rem(x, 5) == 0, do: x * x
    {sum, length(squares), Enum.sum(squares)}
  end
end

{us, result} = :timer.tc(ListWork, :run, [1_000_000])
IO.inspect(result, label: "result")
IO.puts(~s(BENCH {"workload":"prog_lists","metric":"ms_inside","value":#{us / 1000},"n":1000000}))
