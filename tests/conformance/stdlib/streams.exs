# Streams are lazy: nothing runs until something enumerates them, an endless stream is
# fine when only part of it is taken, and resources are released however the walk ends.
defmodule Fib do
  def stream do
    Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
  end
end

IO.inspect Fib.stream() |> Enum.take(15)

IO.inspect Stream.iterate(1, &(&1 * 2)) |> Stream.drop(3) |> Enum.take(5)

squares = Stream.map(1..5, fn x ->
  IO.puts("squaring #{x}")
  x * x
end)
IO.puts("nothing squared yet")
IO.inspect Enum.take(squares, 2)

1..3
|> Stream.each(&IO.puts("side effect #{&1}"))
|> Stream.run()

IO.inspect Stream.cycle([:red, :green, :blue]) |> Enum.take(7)
IO.inspect Stream.repeatedly(fn -> :tick end) |> Enum.take(3)
IO.inspect Stream.zip(Stream.cycle([:a, :b]), 1..5) |> Enum.to_list()
IO.inspect Stream.with_index(["x", "y", "z"], 10) |> Enum.to_list()
IO.inspect 1..20 |> Stream.filter(&(rem(&1, 3) == 0)) |> Stream.map(&(&1 * &1)) |> Enum.to_list()
IO.inspect 1..10 |> Stream.reject(&(rem(&1, 2) == 0)) |> Stream.take_while(&(&1 < 8)) |> Enum.to_list()
IO.inspect Stream.chunk_every(1..10, 4) |> Enum.to_list()
IO.inspect Stream.chunk_by([1, 1, 2, 3, 3, 3], & &1) |> Enum.to_list()
IO.inspect Stream.flat_map(1..3, fn x -> [x, x * 10] end) |> Enum.to_list()
IO.inspect Stream.concat([1..2, [:three], Stream.map(4..5, & &1)]) |> Enum.to_list()
IO.inspect Stream.scan(1..6, &+/2) |> Enum.to_list()
IO.inspect Stream.dedup([:a, :a, :b, :a]) |> Enum.to_list()
IO.inspect Stream.uniq([3, 1, 3, 2, 1]) |> Enum.to_list()
IO.inspect Stream.intersperse(["a", "b", "c"], ",") |> Enum.join()
IO.inspect Stream.take(1..10, -2) |> Enum.to_list()
IO.inspect Stream.drop(1..10, -8) |> Enum.to_list()
IO.inspect Stream.map_every(1..7, 3, &(&1 * 100)) |> Enum.to_list()
IO.inspect Stream.duplicate(:x, 3) |> Enum.to_list()
IO.inspect Stream.transform(1..10, 0, fn x, sum ->
  if sum > 10, do: {:halt, sum}, else: {[{x, sum}], sum + x}
end) |> Enum.to_list()

counter =
  Stream.resource(
    fn ->
      IO.puts("open")
      1
    end,
    fn
      n when n <= 5 -> {[n], n + 1}
      n -> {:halt, n}
    end,
    fn n -> IO.puts("close at #{n}") end
  )

IO.inspect Enum.take(counter, 2)
IO.inspect Enum.to_list(counter)

try do
  Stream.map(1..3, fn 2 -> raise "two!"; x -> x end)
  |> Stream.transform(fn -> :started end, fn x, acc -> {[x], acc} end, fn acc -> IO.puts("after #{acc}") end)
  |> Enum.to_list()
rescue
  e -> IO.puts("rescued: " <> Exception.message(e))
end

IO.inspect Stream.zip(Fib.stream(), Stream.iterate(0, &(&1 + 1))) |> Enum.take(5)
IO.inspect Stream.into([1, 2, 3], []) |> Enum.sum()
