# Terms nested 100,000 levels deep compared, sent, hashed, encoded and inspected: the BEAM
# has no depth limit for any of these, and taskplay run gives itself a stack to match.
nest = fn n -> Enum.reduce(1..n, [], fn x, acc -> [acc, x] end) end
a = nest.(100_000)
b = nest.(100_000)
IO.puts a == b
IO.puts a < nest.(99_999)
send(self(), {:deep, a})
receive do {:deep, got} -> IO.puts length(List.flatten(got)) end
m = %{a => 1}
IO.puts m[b]
IO.puts :erlang.phash2(a) == :erlang.phash2(b)
IO.puts byte_size(:erlang.term_to_binary(a)) > 0
IO.puts :erlang.binary_to_term(:erlang.term_to_binary(a)) == a
t = Enum.reduce(1..100_000, nil, fn x, acc -> {x, acc} end)
IO.puts inspect(t, limit: 3) |> String.length()
IO.puts t == Enum.reduce(1..100_000, nil, fn x, acc -> {x, acc} end)
pid = spawn(fn -> receive do {from, x} -> send(from, {:back, x}) end end)
send(pid, {self(), t})
receive do {:back, x} -> IO.puts elem(x, 0) end
IO.puts Enum.sort([b, a]) |> length()
s = MapSet.new([a, b])
IO.puts MapSet.size(s)
IO.puts :erlang.external_size(a) > 0
