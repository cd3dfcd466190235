# Data nested a hundred thousand levels deep, made, used and dropped: the iodata that
# Enum.join and Enum.map_join build, a tuple of tuples, a list of lists by its head.
joined = Enum.map_join(1..100_000, ",", &Integer.to_string/1)
IO.puts byte_size(joined)
IO.puts joined |> String.split(",") |> length()
iodata = Enum.reduce(1..200_000, [], fn x, acc -> [acc, Integer.to_string(x), ?\n] end)
IO.puts IO.iodata_length(iodata)
IO.puts iodata |> IO.iodata_to_binary() |> byte_size()
nested = Enum.reduce(1..100_000, :leaf, fn x, acc -> {x, acc} end)
IO.inspect elem(nested, 0)
deep = Enum.reduce(1..100_000, [], fn x, acc -> [acc | x] end)
IO.inspect tl(deep)
defmodule Depth do
  def of({_, inner}), do: 1 + of(inner)
  def of(:leaf), do: 0
end
IO.puts Depth.of(nested)
nested = nil
deep = nil
iodata = nil
IO.inspect {nested, deep, iodata}
IO.puts "done"
