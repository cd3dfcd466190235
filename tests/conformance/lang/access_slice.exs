# Access.slice/1 (new in Elixir 1.14) in get_in, pop_in and update_in, with negative and
# stepped ranges, as the Access docs use it.
list = [1, 2, 3, 4, 5, 6, 7]
IO.inspect(get_in(list, [Access.slice(1..2)]))
IO.inspect(get_in(list, [Access.slice(-2..-1)]))
IO.inspect(get_in(list, [Access.slice(0..4//2)]))
IO.inspect(get_in(list, [Access.slice(2..1//1)]))
IO.inspect(pop_in(list, [Access.slice(1..-2//1)]))
IO.inspect(pop_in(list, [Access.slice(0..4//2)]))
IO.inspect(update_in(list, [Access.slice(-2..-1)], &(&1 * -1)))
IO.inspect(update_in(list, [Access.slice(0..4//2)], &(&1 * 10)))
users = %{teams: [%{name: "a", score: 1}, %{name: "b", score: 2}, %{name: "c", score: 3}]}
IO.inspect(get_in(users, [:teams, Access.slice(1..2), :name]))
IO.inspect(update_in(users, [:teams, Access.slice(0..1), :score], &(&1 + 100)))
IO.inspect(get_and_update_in(list, [Access.slice(5..9)], fn x -> {x, x + 1} end))
IO.inspect(update_in(list, [Access.filter(&(rem(&1, 2) == 0))], &(-&1)))
try do
  Access.slice(5..1//-1)
rescue
  e -> IO.inspect(e)
end
try do
  get_in(%{a: 1}, [Access.slice(0..1)])
rescue
  e -> IO.inspect(e)
end
