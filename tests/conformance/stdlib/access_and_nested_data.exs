# Nested data with Access, get_in/put_in/update_in/get_and_update_in/pop_in, in both
# forms: a list of keys and accessors, and a path written as code (Kernel's macros).
defmodule Customer do
  defstruct name: "", company: ""
end

defmodule BugReport do
  defstruct owner: %Customer{}, details: "", severity: 1
end

defmodule Nested do
  def run do
    report = %BugReport{owner: %Customer{name: "Dave", company: "Pragmatic"}, details: "broken"}
    IO.inspect(put_in(report.owner.company, "PragProg"))
    IO.inspect(update_in(report.owner.name, &("Mr. " <> &1)))
    IO.inspect(get_and_update_in(report.severity, &{&1, &1 + 1}))

    try do
      put_in(report.owner.phone, "555")
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end

    users = %{"john" => %{age: 27}, "meg" => %{age: 23}}
    IO.inspect(put_in(users["john"].age, 28))
    IO.inspect(update_in(users["meg"][:age], &(&1 + 1)))
    IO.inspect(get_and_update_in(users["john"].age, fn age -> {age, age * 2} end))
    IO.inspect(pop_in(users["john"][:age]))
    IO.inspect(pop_in(users["nobody"][:age]))
    config = [db: [port: 5432, host: "localhost"]]
    IO.inspect(put_in(config[:db][:port], 5433))
    IO.inspect(update_in(config[:db][:host], &String.upcase/1))
  end
end

Nested.run()

nested = %{
  buttercup: %{actor: %{first: "Robin", last: "Wright"}, role: "princess"},
  westley: %{actor: %{first: "Cary", last: "Elwes"}, role: "farm boy"}
}

IO.inspect(get_in(nested, [:buttercup, :actor, :first]))
IO.inspect(put_in(nested, [:westley, :actor, :last], "Elwes!"))
IO.inspect(update_in(nested, [:buttercup, :role], &String.upcase/1))
IO.inspect(pop_in(nested, [:westley, :role]))
IO.inspect(get_in(nested, [:nobody, :actor]))

authors = [
  %{name: "José", language: "Elixir"},
  %{name: "Matz", language: "Ruby"},
  %{name: "Larry", language: "Perl"}
]

IO.inspect(get_in(authors, [Access.all(), :name]))
IO.inspect(get_in(authors, [Access.at(1), :language]))
IO.inspect(get_in(authors, [Access.at(-1), :name]))
IO.inspect(update_in(authors, [Access.all(), :name], &String.upcase/1))
IO.inspect(get_in(authors, [Access.filter(&(&1.language =~ "r")), :name]))
IO.inspect(put_in(authors, [Access.filter(&(&1.name == "Matz")), :language], "Crystal"))
IO.inspect(pop_in(authors, [Access.all(), :language]))
IO.inspect(pop_in(authors, [Access.at(0)]))
IO.inspect(get_and_update_in(authors, [Access.at(2), :name], &{&1, "Larry Wall"}))

IO.inspect(get_in(%{point: {1, 2}}, [:point, Access.elem(1)]))
IO.inspect(put_in(%{point: {1, 2}}, [:point, Access.elem(0)], 10))
IO.inspect(get_in(%{a: %{b: 1}}, [Access.key(:a), Access.key(:c, :default)]))
IO.inspect(put_in(%{}, [Access.key(:a, %{}), :b], 1))
IO.inspect(get_in(%{a: %{b: 1}}, [Access.key!(:a), :b]))

try do
  get_in(%{a: 1}, [Access.key!(:b)])
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end

try do
  get_in(%{a: 1}, [Access.all()])
rescue
  e in RuntimeError -> IO.puts(e.message)
end

IO.inspect(Access.fetch(%{a: 1}, :a))
IO.inspect(Access.fetch([a: 1], :b))
IO.inspect(Access.get([a: 1], :a))
IO.inspect(Access.get(%{}, :a, 0))
IO.inspect(Access.get(nil, :a))
IO.inspect(Access.pop([a: 1, b: 2], :a))
IO.inspect(Access.get_and_update(%{a: 1}, :a, &{&1, &1 + 1}))
IO.inspect(Access.fetch!(%{a: 1}, :a))

try do
  Access.get([1, 2], 0)
rescue
  e in ArgumentError -> IO.puts(e.message)
end

try do
  put_in(nil, [:a], 1)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
