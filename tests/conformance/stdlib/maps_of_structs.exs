# Maps and structs in pipelines: group_by, Map.new, nested updates, Map's bang functions and their errors
defmodule Person do
  defstruct name: nil, age: 0, hobbies: []
end
people = [
  %Person{name: "Ann", age: 31, hobbies: ["chess"]},
  %Person{name: "Bob", age: 25},
  %Person{name: "Cid", age: 31, hobbies: ["golf", "go"]}
]
by_age = Enum.group_by(people, & &1.age, & &1.name)
IO.inspect(by_age)
IO.inspect(Enum.map(people, &Map.take(&1, [:name, :age])))
IO.inspect(people |> Enum.filter(&(&1.age > 30)) |> Enum.map(& &1.name))
IO.inspect(Enum.max_by(people, & &1.age))
IO.inspect(Enum.sum(Enum.map(people, & &1.age)) / length(people))
ages = Map.new(people, fn p -> {p.name, p.age} end)
IO.inspect(ages)
IO.inspect(Map.update!(ages, "Bob", &(&1 + 1)))
IO.inspect(Map.get(ages, "Zed", :unknown))
IO.inspect(Map.get_lazy(ages, "Zed", fn -> 0 end))
IO.inspect(Map.pop!(ages, "Ann"))
IO.inspect(Map.pop_lazy(ages, "Zed", fn -> :none end))
IO.inspect(Map.delete(ages, "Ann"))
IO.inspect(Map.keys(ages) |> Enum.sort())
IO.inspect(for {name, age} <- ages, age > 30, into: %{}, do: {String.to_atom(name), age})
IO.inspect(Enum.reduce(people, %{}, fn p, acc -> Map.update(acc, p.age, 1, &(&1 + 1)) end))
nested = %{a: %{b: %{c: 1}}}
IO.inspect(put_in(nested, [:a, :b, :d], 2))
IO.inspect(update_in(nested[:a][:b][:c], &(&1 + 10)))
IO.inspect(get_and_update_in(nested, [:a, :b, :c], fn v -> {v, v * 100} end))
IO.inspect(Map.to_list(%{1 => :one, 2 => :two}))
IO.inspect(%{%{a: 1} | a: 2})
IO.inspect(Map.has_key?(%{nil => 1}, nil))
IO.inspect(Map.values(%{b: 2, a: 1}))
IO.inspect(Map.merge(%Person{name: "X"}, %{age: 9}))
IO.inspect(struct!(Person, name: "Y"))
try do
  struct!(Person, nope: 1)
rescue
  e -> IO.puts(Exception.message(e))
end
IO.inspect(Map.replace!(%{a: 1}, :a, 3))
try do
  Map.replace!(%{a: 1}, :b, 3)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Map.update!(%{a: 1}, :b, & &1)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  %{a: 1}.b
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  ages.zed
rescue
  e in KeyError -> IO.inspect(e)
end
IO.inspect(Map.filter(ages, fn {_, v} -> v > 30 end))
IO.inspect(Map.map(ages, fn {_, v} -> v * 2 end))
IO.inspect(Map.new(%{a: 1}, fn {k, v} -> {v, k} end))
IO.inspect(Kernel.map_size(%{}))
