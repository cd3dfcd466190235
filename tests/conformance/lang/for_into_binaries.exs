# `for ..., into: ""` and Enum.into/2 with a binary or bitstring: pieces that are not whole
# bytes are joined bit by bit, and a piece that is not a bitstring is refused as Elixir 1.14
# refuses it (the inline `into: ""` comprehension raises {:badarg, value}; the Collectable
# for BitString matches no clause).
IO.inspect(for x <- 0..3, into: "", do: <<x * 2>>)
IO.inspect(for x <- 0..3, into: "", do: if(rem(x, 2) == 0, do: <<x::size(2)>>, else: <<x::size(1)>>))
IO.inspect(for <<x <- "abc">>, into: "ab", do: <<x + 1>>)
IO.inspect(for x <- ~w(a b c), into: "", do: String.upcase(x))
IO.inspect(for x <- [1, 2, 2, 3], uniq: true, into: "", do: "#{x}")
IO.inspect(Enum.into([<<1::1>>, <<0::3>>], <<>>))
IO.inspect(Enum.into(["a", <<1::1>>], <<2::2>>))
IO.inspect(Enum.into(["b", "c"], "a"))
IO.inspect(Enum.into(["b", <<1::1>>, "c"], "a"))

try do
  for x <- [1, :a], into: "", do: (IO.puts("making #{inspect(x)}"); x)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

for {items, into} <- [{[1], ""}, {["a", <<1::1>>, 3], <<2::2>>}, {[:x], "ab"}] do
  try do
    Enum.into(items, into)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
