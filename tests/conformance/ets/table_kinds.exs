# The four kinds of ETS table: what insert keeps, what lookup gives, what a key holds
for kind <- [:set, :ordered_set, :bag, :duplicate_bag] do
  t = :ets.new(:kinds, [kind])
  :ets.insert(t, {:fruit, "apple"})
  :ets.insert(t, {:fruit, "pear"})
  :ets.insert(t, {:fruit, "pear"})
  :ets.insert(t, [{:veg, "leek"}, {:nut, "pecan"}])
  IO.inspect({kind, :ets.lookup(t, :fruit), :ets.info(t, :size)})
  IO.inspect(:ets.member(t, :veg), label: "member veg")
  IO.inspect(:ets.insert_new(t, {:veg, "kale"}), label: "insert_new veg")
  IO.inspect(:ets.insert_new(t, {:herb, "sage"}), label: "insert_new herb")
  IO.inspect(:ets.lookup_element(t, :fruit, 2), label: "lookup_element")
  :ets.delete_object(t, {:fruit, "pear"})
  IO.inspect(:ets.lookup(t, :fruit), label: "after delete_object")
  IO.inspect(:ets.take(t, :nut), label: "take")
  IO.inspect(:ets.lookup(t, :nut), label: "after take")
  :ets.delete(t, :fruit)
  IO.inspect(:ets.tab2list(t) |> Enum.sort(), label: "left")
  IO.inspect(:ets.info(t, :type))
  :ets.delete_all_objects(t)
  IO.inspect(:ets.info(t, :size), label: "emptied")
  IO.inspect(:ets.delete(t))
  IO.inspect(:ets.info(t))
end

# an ordered_set lists its keys in term order, and compares them with ==
t = :ets.new(:ordered, [:ordered_set])
:ets.insert(t, [{3, :c}, {1, :a}, {2, :b}, {"z", :string}, {:atom, :atom}])
IO.inspect :ets.tab2list(t)
:ets.insert(t, {1.0, :float})
IO.inspect :ets.lookup(t, 1)
IO.inspect {:ets.first(t), :ets.next(t, 1), :ets.last(t), :ets.prev(t, "z"), :ets.next(t, "z")}
IO.inspect :ets.next(t, 1.5)

# a set compares keys with ===
s = :ets.new(:exact, [:set])
:ets.insert(s, [{1, :int}, {1.0, :float}])
IO.inspect {:ets.lookup(s, 1), :ets.lookup(s, 1.0), :ets.info(s, :size)}

# keypos
k = :ets.new(:users, [:set, keypos: 2])
:ets.insert(k, {:user, "jose", 40})
:ets.insert(k, {:user, "eric", 33})
IO.inspect :ets.lookup(k, "jose")
IO.inspect :ets.info(k, :keypos)
