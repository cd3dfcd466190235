# Access on structs: Access.key/key!, and get_in/put_in/[] on a struct without Access, as Elixir explains it
defmodule Customer do
  defstruct name: "", company: ""
end
defmodule BugReport do
  defstruct owner: %Customer{}, details: "", severity: 1
end
report = struct(BugReport, owner: struct(Customer, name: "Dave", company: "Pragmatic"), details: "broken")
IO.inspect(get_in(report, [Access.key(:owner), Access.key(:name)]))
IO.inspect(put_in(report, [Access.key(:owner), Access.key(:company)], "PP").owner)
IO.inspect(update_in(report, [Access.key(:severity)], &(&1 + 1)).severity)
IO.inspect(get_in(report, [Access.key(:missing, :default)]))
try do
  put_in(report, [:owner, :name], "x")
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  report[:owner]
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  get_in(report, [Access.key!(:nope)])
rescue
  e -> IO.puts(Exception.message(e))
end
authors = [
  %{name: "José", languages: ["Elixir", "Erlang"]},
  %{name: "Matz", languages: ["Ruby"]}
]
IO.inspect(get_in(authors, [Access.all(), :languages, Access.at(0)]))
IO.inspect(update_in(authors, [Access.all(), :languages], &Enum.count/1))
IO.inspect(pop_in(authors, [Access.at(0), :languages]))
IO.inspect(get_in(%{a: [10, 20, 30]}, [:a, Access.at(-1)]))
IO.inspect(Access.fetch!(%{a: 1}, :a))
IO.inspect(get_and_update_in(%{a: 1}, [:a], fn v -> {v, v + 1} end))
IO.inspect(get_in([1, 2, 3], [Access.filter(&(&1 > 1))]))
IO.inspect(put_in(%{}, [Access.key(:a, %{}), :b], 1))
IO.inspect(Access.pop([a: 1, b: 2], :a))
IO.inspect(get_in({1, {2, 3}}, [Access.elem(1), Access.elem(0)]))
