# Atoms with @ (node names) and quoted atoms, including interpolated ones.
IO.inspect(:foo@bar)
IO.inspect(:"foo@bar")
IO.inspect(:nonode@nohost == node())
IO.inspect(node())
IO.inspect(:foo@bar == :"foo@bar")
IO.inspect([foo@bar: 1, "with space": 2])
IO.puts(Atom.to_string(:app@host))

name = "worker"
for i <- 1..3 do
  IO.inspect(:"#{name}_#{i}")
end

atom = :"listener_#{2 * 4}"
IO.inspect(atom)
IO.inspect(is_atom(atom))
IO.inspect(atom == :listener_8)

# quoted atoms that need quotes, and ones that do not
IO.inspect([:"hello world", :"with-dash", :"9lives", :"Elixir.Foo", :"a.b"])

# interpolated keys in a keyword list
kind = "unique"
opts = ["#{kind}_keys": true, "count_#{1 + 1}": 2]
IO.inspect(opts)
IO.inspect(Keyword.get(opts, :unique_keys))

# an interpolated atom as a map key and in a case
status = "done"
case :"#{status}" do
  :done -> IO.puts("matched :done")
  other -> IO.inspect(other)
end

IO.inspect(%{:"key_#{1}" => 1})
