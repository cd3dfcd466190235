# Keyword lists whose keys are operators, and atoms written as operators
# (Elixir's own task_test.exs writes `for {desc, c} <- [==: 4, <: 2, >: 8]`).
ops = [==: 4, <: 2, >: 8]
IO.inspect(ops)

for {op, n} <- ops do
  IO.puts("#{op} #{n}: #{apply(Kernel, op, [n, 4])}")
end

signs = [+: 1, -: 2, *: 3, /: 4]
IO.inspect(Keyword.keys(signs))
IO.inspect(signs[:*])

IO.inspect([:==, :!=, :===, :<>, :++, :|>, :->, :., :&&, :||])
IO.inspect(Enum.map([:+, :-, :*], fn op -> apply(Kernel, op, [6, 3]) end))

more = [!=: 1, ===: 2, <=: 3, >=: 4, ++: 5, <>: 6, &&: 7, ||: 8, |>: 9, =~: 10]
IO.inspect(more)
IO.inspect(Keyword.get(more, :<>))

# the same keys in a call without brackets, and in a map
IO.inspect(Keyword.merge([==: 1], <: 2))
IO.inspect(%{==: :eq, <: :lt})
IO.inspect([a: 1, ==: 2, b: 3])
IO.inspect(:"==", label: "quoted")
IO.inspect(:== == :"==")
