# Registry.match/count_match/select/count_select/unregister_match as Elixir's docs write them
Registry.start_link(keys: :duplicate, name: Registry.MatchTest)
{:ok, _} = Registry.register(Registry.MatchTest, "hello", {1, :atom, 1})
{:ok, _} = Registry.register(Registry.MatchTest, "hello", {2, :atom, 2})
IO.inspect Registry.match(Registry.MatchTest, "hello", {1, :_, :_}) == [{self(), {1, :atom, 1}}]
IO.inspect Registry.match(Registry.MatchTest, "hello", {2, :_, :_}) == [{self(), {2, :atom, 2}}]
IO.inspect Registry.match(Registry.MatchTest, "hello", {:_, :atom, :_}) |> Enum.sort() |> Enum.map(&elem(&1, 1))
IO.inspect Registry.match(Registry.MatchTest, "hello", {:"$1", :_, :"$1"}) |> Enum.sort() |> Enum.map(&elem(&1, 1))
guards = [{:>, :"$1", 1}]
IO.inspect Registry.match(Registry.MatchTest, "hello", {:_, :_, :"$1"}, guards) |> Enum.map(&elem(&1, 1))
guards = [{:is_atom, :"$1"}]
IO.inspect Registry.match(Registry.MatchTest, "hello", {:_, :"$1", :_}, guards) |> Enum.sort() |> Enum.map(&elem(&1, 1))
IO.inspect Registry.count_match(Registry.MatchTest, "hello", {1, :_, :_})
IO.inspect Registry.count_match(Registry.MatchTest, "hello", {:_, :atom, :_})
IO.inspect Registry.count_match(Registry.MatchTest, "hello", {:_, :_, :"$1"}, [{:>, :"$1", 1}])
IO.inspect Registry.match(Registry.MatchTest, "nope", :_)

Registry.start_link(keys: :unique, name: Registry.CountMatchTest)
{:ok, _} = Registry.register(Registry.CountMatchTest, "hello", {1, :atom, 1})
IO.inspect Registry.count_match(Registry.CountMatchTest, "hello", {1, :_, :_})
IO.inspect Registry.count_match(Registry.CountMatchTest, "hello", {2, :_, :_})

Registry.start_link(keys: :unique, name: Registry.SelectAllTest)
{:ok, _} = Registry.register(Registry.SelectAllTest, "hello", :value)
{:ok, _} = Registry.register(Registry.SelectAllTest, "world", :value)
IO.inspect Registry.select(Registry.SelectAllTest, [{{:"$1", :"$2", :"$3"}, [], [{{:"$1", :"$2", :"$3"}}]}]) |> Enum.map(&elem(&1, 0)) |> Enum.sort()
IO.inspect Registry.select(Registry.SelectAllTest, [{{:"$1", :_, :_}, [], [:"$1"]}]) |> Enum.sort()
IO.inspect Registry.select(Registry.SelectAllTest, [{{:"$1", :_, :_}, [{:==, :"$1", "world"}], [%{key: :"$1"}]}])
IO.inspect Registry.count_select(Registry.SelectAllTest, [{{:_, :_, :value}, [], [true]}])
try do
  Registry.select(Registry.SelectAllTest, [{:_, [], []}])
rescue
  e -> IO.puts Exception.message(e)
end

Registry.start_link(keys: :duplicate, name: Registry.UMatchTest)
{:ok, _} = Registry.register(Registry.UMatchTest, "hello", :world_a)
{:ok, _} = Registry.register(Registry.UMatchTest, "hello", :world_b)
{:ok, _} = Registry.register(Registry.UMatchTest, "hello", :world_c)
IO.inspect Registry.keys(Registry.UMatchTest, self())
IO.inspect Registry.unregister_match(Registry.UMatchTest, "hello", :world_a)
IO.inspect Registry.lookup(Registry.UMatchTest, "hello") |> Enum.map(&elem(&1, 1)) |> Enum.sort()
IO.inspect Registry.unregister_match(Registry.UMatchTest, "hello", :_)
IO.inspect Registry.keys(Registry.UMatchTest, self())
IO.inspect Registry.lookup(Registry.UMatchTest, "hello")

# compares keys with ===
Registry.start_link(keys: :unique, name: Registry.Exact)
{:ok, _} = Registry.register(Registry.Exact, 1, :int)
{:ok, _} = Registry.register(Registry.Exact, 1.0, :float)
IO.inspect Registry.lookup(Registry.Exact, 1) |> Enum.map(&elem(&1, 1))
IO.inspect Registry.lookup(Registry.Exact, 1.0) |> Enum.map(&elem(&1, 1))
