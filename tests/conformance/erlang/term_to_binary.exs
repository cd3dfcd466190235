# :erlang.term_to_binary/1,2 and binary_to_term/1,2: the external term format, byte for byte
terms = [:a, :ok, :"héllo", :"日本", true, nil, 0, 255, 256, -1, 2147483647, 2147483648,
         -2147483648, -2147483649, 123456789012345678901234567890, -(2 ** 64), 2 ** 70,
         1.5, -0.0, 0.1, 1.0e300, "", "abc", <<1::3>>, <<255, 1::1>>, [], [1, 2, 3], [256],
         'abc', [1 | 2], [:a, "b"], {}, {1, 2}, %{}, %{a: 1, b: 2}, %{"x" => [1]},
         {:nested, [%{k: {1, [2.5]}}], "z"}]

for t <- terms do
  bin = :erlang.term_to_binary(t)
  IO.inspect(bin, limit: :infinity)
  IO.inspect(:erlang.binary_to_term(bin) === t)
end

# sizes and the long forms: big integers, long lists and tuples, maps past 32 keys
IO.inspect(byte_size(:erlang.term_to_binary(2 ** 2048)))
IO.inspect(binary_part(:erlang.term_to_binary(2 ** 2048), 0, 8))
IO.inspect(binary_part(:erlang.term_to_binary(Enum.to_list(1..300)), 0, 12))
IO.inspect(binary_part(:erlang.term_to_binary(List.duplicate(1, 70000)), 0, 8))
IO.inspect(binary_part(:erlang.term_to_binary(List.to_tuple(Enum.to_list(1..300))), 0, 8))
big = Map.new(1..40, fn i -> {i, i * i} end)
IO.inspect(:erlang.term_to_binary(big), limit: :infinity)
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(big)) == big)
IO.inspect(:erlang.external_size(:abc))
IO.inspect(:erlang.external_size([1, 2, 3]))
IO.inspect(:erlang.external_size({1, "two"}, minor_version: 1))

# options: compressed (only when it is smaller), minor_version, deterministic
IO.inspect(:erlang.term_to_binary(String.duplicate("a", 100), [:compressed]))
IO.inspect(:erlang.term_to_binary(String.duplicate("a", 100), compressed: 9))
IO.inspect(:erlang.term_to_binary(String.duplicate("a", 100), compressed: 0))
IO.inspect(:erlang.term_to_binary("abc", [:compressed]))
IO.inspect(:erlang.term_to_binary(1.5, minor_version: 0))
IO.inspect(:erlang.term_to_binary(:abc, minor_version: 2))
IO.inspect(:erlang.term_to_binary(:"héllo", minor_version: 2))
IO.inspect(:erlang.term_to_binary(%{b: 1, a: 2}, [:deterministic]))
z = :erlang.term_to_binary(Enum.to_list(1..1000), [:compressed])
IO.inspect(byte_size(z))
IO.inspect(:erlang.binary_to_term(z) == Enum.to_list(1..1000))

# decoding: the older forms, :used, :safe, and trailing bytes
IO.inspect(:erlang.binary_to_term(<<131, 107, 0, 3, 97, 98, 99>>))
IO.inspect(:erlang.binary_to_term(<<131, 115, 3, 97, 98, 99>>))
IO.inspect(:erlang.binary_to_term(<<131, 118, 0, 3, 97, 98, 99>>))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(2.5, minor_version: 0)))
IO.inspect(:erlang.binary_to_term(<<131, 97, 1, 2, 3>>))
IO.inspect(:erlang.binary_to_term(<<131, 97, 1, 2, 3>>, [:used]))
IO.inspect(:erlang.binary_to_term(<<131, 100, 0, 2, 111, 107>>, [:safe]))
IO.inspect(:erlang.binary_to_term(z, [:used]) |> elem(1))
IO.inspect(is_pid(:erlang.binary_to_term(:erlang.term_to_binary(self()))))
IO.inspect(is_reference(:erlang.binary_to_term(:erlang.term_to_binary(make_ref()))))
IO.inspect(self() == :erlang.binary_to_term(:erlang.term_to_binary(self())))
r = make_ref()
IO.inspect(r == :erlang.binary_to_term(:erlang.term_to_binary(r)))

for {bin, opts} <- [{<<1, 2, 3>>, []}, {<<131>>, []}, {<<131, 109, 0, 0, 0, 9, 1>>, []},
                    {<<131, 100, 0, 8, 120, 121, 122, 120, 121, 122, 120, 121>>, [:safe]},
                    {:foo, []}, {<<131, 97, 1>>, [:bad]}, {<<131, 97, 1>>, :bad},
                    {<<131, 80, 0, 0, 0, 9, 1, 2, 3>>, []}] do
  try do
    :erlang.binary_to_term(bin, opts)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

try do
  :erlang.term_to_binary(:foo, [:bad])
rescue
  e -> IO.puts(Exception.message(e))
end
