# Small corners of the syntax from Elixir's own tests: a number with a unary plus in a
# pattern, an escaped heredoc terminator in ~S, word operators captured as functions.
positive? = fn
  +1 -> :plus_one
  -1 -> :minus_one
  _ -> :other
end

IO.inspect(Enum.map([1, -1, 2], positive?))
IO.inspect((fn +1.5 -> true end).(1.5))

IO.inspect(~S"""
\"""
x\y \"
""")

IO.inspect(~S'''
a\'''b
''')

IO.inspect(Enum.reduce([true, true], &and/2))
IO.inspect(Enum.reduce([false, true], &or/2))
IO.inspect(Enum.map([1, 4], &(&1 in [1, 2])))

# Kernel.var!/1 written with its module, in a match and in an expression
Kernel.var!(example) = 1
IO.inspect(example)
var!(other) = 2
IO.inspect(Kernel.var!(other) + 1)
