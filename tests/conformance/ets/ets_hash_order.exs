# The order a set, bag or duplicate_bag lists its objects in: the BEAM's hash table's, which
# is the same from run to run for integer, string and atom keys (docs/language.md, ETS).
# tab2list, match and select list the table one way; first/next and foldl the other way.
keys = fn t -> :ets.tab2list(t) |> Enum.map(&elem(&1, 0)) end

t = :ets.new(:numbers, [:set])
for k <- 1..20, do: :ets.insert(t, {k, k * k})
IO.inspect keys.(t), label: "tab2list"
IO.inspect :ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t), label: "foldl, reversed"
IO.inspect :ets.foldr(fn {k, _}, acc -> [k | acc] end, [], t), label: "foldr, reversed"
first = :ets.first(t)
IO.inspect {first, :ets.last(t), :ets.next(t, first), :ets.prev(t, first)}, label: "first last next prev"
IO.inspect :ets.select(t, [{{:"$1", :"$2"}, [{:<, :"$2", 50}], [:"$1"]}]), label: "select"
IO.inspect :ets.match(t, {:"$1", :_}) |> List.flatten() |> Enum.take(5), label: "match"
:ets.delete(t, 5)
:ets.insert(t, {100, 0})
IO.inspect keys.(t), label: "after delete 5, insert 100"

countries = :ets.new(:countries, [])
:ets.insert(countries, {"China", 1_374_000_000})
:ets.insert(countries, {"India", 1_284_000_000})
:ets.insert(countries, {"USA", 322_000_000})
IO.inspect :ets.tab2list(countries)

fruit = :ets.new(:fruit, [:set])
for k <- [:apple, :banana, :cherry, :date, :elder, :fig, :grape, :a, :b, :c, :ok, :error] do
  :ets.insert(fruit, {k, Atom.to_string(k)})
end
IO.inspect keys.(fruit), label: "atoms"
words = :ets.new(:words, [:set])
:ets.insert(words, for(w <- ~w(the quick brown fox jumps over the lazy dog), do: {w, String.length(w)}))
IO.inspect keys.(words), label: "a list inserted"

bag = :ets.new(:bag, [:bag])
for i <- 1..12, do: :ets.insert(bag, {rem(i, 3), i})
IO.inspect :ets.tab2list(bag), label: "bag"
IO.inspect :ets.lookup(bag, 1), label: "bag lookup"
IO.inspect :ets.foldl(fn {_, i}, acc -> [i | acc] end, [], bag), label: "bag foldl, reversed"
IO.inspect :ets.foldr(fn {_, i}, acc -> [i | acc] end, [], bag), label: "bag foldr, reversed"
dbag = :ets.new(:dbag, [:duplicate_bag])
for i <- 1..12, do: :ets.insert(dbag, {rem(i, 3), rem(i, 2)})
IO.inspect :ets.tab2list(dbag), label: "duplicate_bag"

# past 256 objects the table grows a slot at a time; shrinks again when emptied
big = :ets.new(:big, [:set])
for k <- 1..600, do: :ets.insert(big, {k})
IO.inspect keys.(big) |> Enum.take(30), label: "600 keys, the first 30"
IO.inspect :erlang.phash2(keys.(big)), label: "600 keys, a hash of the order"
for k <- 1..500, do: :ets.delete(big, k)
IO.inspect keys.(big) |> Enum.take(20), label: "100 left"
strings = :ets.new(:strings, [:set])
for k <- 1..2000, do: :ets.insert(strings, {"key#{k}", k})
IO.inspect :erlang.phash2(keys.(strings)), label: "2000 string keys, a hash of the order"
IO.inspect keys.(strings) |> Enum.take(8)
for k <- 1..5000, do: :ets.insert(big, {k})
for k <- 1..4000, do: :ets.delete(big, k)
IO.inspect keys.(big) |> Enum.take(12), label: "5000 in, 4000 out"
IO.inspect :erlang.phash2(keys.(big)), label: "a hash of that order"
:ets.delete_all_objects(big)
for k <- 1..20, do: :ets.insert(big, {k})
IO.inspect keys.(big), label: "emptied, 20 in"
# select_reverse walks an ordered_set backwards; a set's or bag's is its select
IO.inspect :ets.select_reverse(t, [{{:"$1", :_}, [], [:"$1"]}]) == :ets.select(t, [{{:"$1", :_}, [], [:"$1"]}])
IO.inspect :ets.select_reverse(bag, [{:"$1", [], [:"$1"]}]) |> Enum.take(3)
ordered = :ets.new(:ordered, [:ordered_set])
for k <- 1..5, do: :ets.insert(ordered, {k})
IO.inspect :ets.select_reverse(ordered, [{{:"$1"}, [], [:"$1"]}])
