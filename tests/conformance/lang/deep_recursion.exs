# Recursion that is not a tail call, millions of calls deep: the BEAM sets no limit on a
# process's stack by default, so these run to the end as they do in real Elixir.
defmodule MyList do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
  def len([]), do: 0
  def len([_ | t]), do: 1 + len(t)
  def map([], _f), do: []
  def map([h | t], f), do: [f.(h) | map(t, f)]
end
list = MyList.build(3_000_000)
IO.puts MyList.len(list)
IO.puts MyList.sum(list)
IO.puts list |> MyList.map(&(&1 * 2)) |> MyList.sum()
task = Task.async(fn -> MyList.build(2_000_000) |> MyList.len() end)
IO.puts Task.await(task)
