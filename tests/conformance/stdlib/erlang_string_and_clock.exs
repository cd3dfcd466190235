# Erlang's :string as Elixir programs call it (binaries give binaries, charlists charlists;
# replace and pad give chardata as Erlang builds it), :lists.concat/1, :maps.intersect/2,
# :erlang.split_binary/2, :timer.now_diff/2 and the clock readings' shapes.
IO.inspect {:string.pad("ab", 5), :string.pad("ab", 5, :leading), :string.pad("ab", 6, :both, ?*), :string.replace("a-b-c", "-", "+", :all), :string.find("abcbc", "bc", :trailing), :string.find("abc", "x"), :string.to_integer("x"), :string.to_float("1.5e3x"), :string.reverse("héllo"), :string.slice("hello", 2), :string.is_empty(""), :string.chomp("ab\n"), :string.prefix("foobar", "foo"), :string.casefold("ABC"), :string.uppercase('abc'), :lists.concat([:a, 1, 'b', 2.5])}
IO.inspect {:string.to_float("1.5x"), :string.to_float("15"), :string.length('abc'), :string.titlecase("élan"), :string.equal("a", 'a'), :string.join(['a'], ',')}
IO.inspect {:string.replace("a-b-c", "-", "+"), :string.replace("a-b-c", "-", "+", :trailing), :string.replace('a-b', '-', '+'), :string.find('abcd', 'bc'), :string.find("abc", ""), :string.slice('hello', 1, 2), :string.to_integer('12x'), :string.reverse('abc'), :string.length("e\u0301"), :string.equal("A", "a", true)}
IO.inspect {:maps.intersect(%{a: 1, b: 2}, %{b: 3, c: 4}), :erlang.split_binary("hello", 2), :timer.now_diff({1, 2, 3}, {1, 1, 0})}
{mega, sec, micro} = :erlang.now()
IO.inspect {is_integer(mega), sec < 1_000_000, micro < 1_000_000}
{{y, _, _}, {_, _, _}} = :calendar.local_time()
IO.inspect y >= 2024
IO.inspect :erlang.date() == elem(:calendar.universal_time(), 0)
