# :ets.match, match_object and select with match specifications, as the Erlang docs and
# Elixir books write them (results of several keys sorted: the BEAM lists keys in hash order;
# a bag keeps a list's objects of one key in reverse)
t = :ets.new(:people, [:bag])
:ets.insert(t, [
  {:person, "ann", 34, :london},
  {:person, "bob", 19, :paris},
  {:person, "cid", 52, :london},
  {:pet, "rex", 3, :london}
])

IO.inspect :ets.match(t, {:person, :"$1", :_, :london})
IO.inspect :ets.match(t, {:"$2", :"$1", :_, :paris})
IO.inspect :ets.match(t, {:person, :_, :"$1", :"$1"})
IO.inspect :ets.match_object(t, {:_, :_, :_, :london}) |> Enum.sort()
IO.inspect :ets.match(t, :"$1") |> length()

IO.inspect :ets.select(t, [{{:person, :"$1", :"$2", :_}, [{:>, :"$2", 30}], [:"$1"]}])
IO.inspect :ets.select(t, [{{:"$1", :"$2", :"$3", :_}, [{:andalso, {:==, :"$1", :person}, {:<, :"$3", 40}}], [{{:"$2", :"$3"}}]}])
IO.inspect :ets.select(t, [{{:_, :"$1", :_, :"$2"}, [{:"=:=", :"$2", :paris}], [:"$$"]}])
IO.inspect :ets.select(t, [{{:pet, :_, :_, :_}, [], [:"$_"]}])
IO.inspect :ets.select(t, [{{:_, :"$1", :"$2", :_}, [{:is_integer, :"$2"}, {:>, {:+, :"$2", 10}, 50}], [%{name: :"$1"}]}])
IO.inspect :ets.select(t, [{{:person, :"$1", :_, :_}, [], [{:const, :hi}]}, {:_, [], [:other]}]) |> Enum.sort()
IO.inspect :ets.select_count(t, [{{:person, :_, :"$1", :_}, [{:>=, :"$1", 19}], [true]}])
IO.inspect :ets.select_count(t, [{{:person, :_, :_, :_}, [], [:not_true]}])
IO.inspect :ets.select_delete(t, [{{:person, :_, :"$1", :_}, [{:<, :"$1", 20}], [true]}])
IO.inspect :ets.match(t, {:person, :"$1", :_, :_})
:ets.match_delete(t, {:_, :_, :_, :london})
IO.inspect :ets.tab2list(t)

try do
  :ets.select(t, [:nonsense])
rescue
  e -> IO.puts(Exception.message(e))
end

# Elixir's fun-free spelling of a select over an ordered_set
scores = :ets.new(:scores, [:ordered_set])
for {name, score} <- [{"ann", 7}, {"bob", 3}, {"cid", 9}, {"dee", 5}], do: :ets.insert(scores, {name, score})
IO.inspect :ets.select(scores, [{{:"$1", :"$2"}, [{:>, :"$2", 4}], [{{:"$2", :"$1"}}]}])
IO.inspect :ets.select(scores, [{{:"$1", :_}, [{:"/=", :"$1", "bob"}], [{:byte_size, :"$1"}]}])
