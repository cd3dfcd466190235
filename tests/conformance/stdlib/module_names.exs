# Module.split/1 and Module.concat, as Elixir's docs show them
IO.inspect Module.split(Foo.Bar)
IO.inspect Module.split("Elixir.A.B")
try do
  Module.split(:foo)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  Module.split("Foo")
rescue
  e -> IO.puts Exception.message(e)
end
IO.inspect Module.concat([Foo, "Bar"])
IO.inspect Module.concat(Foo, Bar.Baz)
