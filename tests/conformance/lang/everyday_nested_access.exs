# Nested access: get_in/put_in/update_in/pop_in with Access functions
nested = %{
  buttercup: %{actor: %{first: "Robin", last: "Wright"}, role: "princess"},
  westley: %{actor: %{first: "Cary", last: "Elwes"}, role: "farm boy"}
}
IO.inspect get_in(nested, [:buttercup])
IO.inspect get_in(nested, [:buttercup, :actor])
IO.inspect get_in(nested, [:buttercup, :actor, :first])
IO.inspect put_in(nested, [:westley, :actor, :last], "Estevez")
authors = [
  %{name: "José", language: "Elixir"},
  %{name: "Matz", language: "Ruby"},
  %{name: "Larry", language: "Perl"}
]
languages_with_an_r = fn (:get, collection, next_fn) ->
  for row <- collection do
    if String.contains?(row.language, "r") do
      next_fn.(row)
    end
  end
end
IO.inspect get_in(authors, [languages_with_an_r, :name])
cast = [
  %{character: "Buttercup", actor: %{first: "Robin", last: "Wright"}, role: "princess"},
  %{character: "Westley", actor: %{first: "Cary", last: "Elwes"}, role: "farm boy"}
]
IO.inspect get_in(cast, [Access.all(), :character])
IO.inspect get_in(cast, [Access.at(1), :role])
IO.inspect get_and_update_in(cast, [Access.all(), :actor, :last], fn (val) -> {val, String.upcase(val)} end)
cast2 = [
  %{character: "Buttercup", actor: {"Robin", "Wright"}, role: "princess"},
  %{character: "Westley", actor: {"Cary", "Elwes"}, role: "farm boy"}
]
IO.inspect get_in(cast2, [Access.all(), :actor, Access.elem(1)])
IO.inspect get_and_update_in(cast2, [Access.all(), :actor, Access.elem(1)], fn (val) -> {val, String.reverse(val)} end)
cast3 = %{
  buttercup: %{actor: "Robin Wright", role: "princess"},
  westley: %{actor: "Carey Elwes", role: "farm boy"}
}
IO.inspect get_in(cast3, [Access.key(:westley), :actor])
IO.inspect get_and_update_in(cast3, [Access.key(:buttercup), :role], fn (val) -> {val, "Queen"} end)
IO.inspect Access.fetch(cast3, :buttercup)
IO.inspect Access.pop(%{name: "Elixir", creator: "Valim"}, :name)
IO.inspect Access.pop([name: "Elixir", creator: "Valim"], :name)
IO.inspect Access.pop(%{name: "Elixir", creator: "Valim"}, :year)
users = %{"john" => %{age: 27}, "meg" => %{age: 23}}
IO.inspect update_in(users["john"].age, &(&1 + 1))
IO.inspect put_in(users["john"][:age], 28)
IO.inspect pop_in(users, ["john", :age])
IO.inspect update_in(users, ["meg", :age], &(&1 - 1))
list = [%{name: "john", salary: 10}, %{name: "francine", salary: 30}]
IO.inspect get_in(list, [Access.filter(&(&1.salary > 20)), :name])
IO.inspect update_in(list, [Access.filter(&(&1.salary > 20)), :salary], &(&1 + 1))
IO.inspect get_in([a: [b: 1]], [:a, :b])
IO.inspect put_in([a: [b: 1]], [:a, :b], 2)
IO.inspect get_in(%{}, [:a, :b])
IO.inspect update_in([1, 2, 3], [Access.at(-1)], &(&1 * 10))
IO.inspect Access.key(:x, 0).(:get, %{}, fn v -> v end)
