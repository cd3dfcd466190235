# :ets.select_reverse/2, select_replace/2 (a result must keep its key; not for bags),
# select_count/2 and select_delete/2 on what it replaced, foldl/3 and foldr/3
t = :ets.new(:t, [:ordered_set])
for i <- 1..7, do: :ets.insert(t, {i, i * i})
ms = [{{:"$1", :"$2"}, [{:>, :"$2", 3}], [{{:"$1", :"$2"}}]}]
IO.inspect(:ets.select_reverse(t, ms))
IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t))
IO.inspect(:ets.foldr(fn {k, _}, acc -> [k | acc] end, [], t))
IO.inspect(:ets.select_replace(t, [{{:"$1", :"$2"}, [{:<, :"$1", 3}], [{{:"$1", :zero}}]}]))
IO.inspect(:ets.tab2list(t))
IO.inspect(:ets.select_count(t, [{{:_, :zero}, [], [true]}]))
IO.inspect(:ets.select_delete(t, [{{:_, :zero}, [], [true]}]))
IO.inspect(:ets.tab2list(t))

defmodule Try do
  def show(f) do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

# a result with another key is refused whole; a bag has no select_replace
Try.show(fn -> :ets.select_replace(t, [{{:"$1", :"$2"}, [], [{{:"$2", :"$1"}}]}]) end)
IO.inspect(:ets.tab2list(t))
b = :ets.new(:b, [:bag])
:ets.insert(b, {1, :a})
Try.show(fn -> :ets.select_replace(b, [{{:"$1", :"$2"}, [], [{{:"$1", :"$2"}}]}]) end)
s = :ets.new(:s, [:set])
:ets.insert(s, [{:a, 1}, {:b, 2}])
IO.inspect(:ets.select_replace(s, [{{:"$1", :"$2"}, [{:==, :"$1", :b}], [{{:"$1", {:+, :"$2", 10}}}]}]))
IO.inspect(:ets.lookup(s, :b))
IO.inspect(:ets.foldl(fn {_, v}, acc -> v + acc end, 0, s))
