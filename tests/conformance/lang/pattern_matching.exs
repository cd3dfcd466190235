# Pattern matching as the book's chapter shows it: lists, pins, maps, binaries, strings, case guards
a = 1
IO.inspect(a)
[a, b, c] = [1, 2, 3]
IO.inspect({a, b, c})
[head | tail] = [1, 2, 3]
IO.inspect(head: head, tail: tail)
{status, value} = {:ok, "done"}
IO.puts("#{status}: #{value}")
[a, a] = [1, 1]
IO.inspect(a)
try do
  [a, a] = [1, 2]
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
[_, [_, x]] = [1, [2, 3]]
IO.inspect(x)
a = 2
try do
  ^a = 3
rescue
  e -> IO.inspect(e)
end
%{name: name} = %{name: "Dave", likes: "Elixir"}
IO.puts(name)
<<first::utf8, rest::binary>> = "élan"
IO.inspect({first, rest})
"Hello " <> who = "Hello world"
IO.puts(who)
{:ok, [_ | _] = list} = {:ok, [1, 2]}
IO.inspect(list)
case {1, 2, 3} do
  {4, 5, 6} -> IO.puts("nope")
  {1, x, 3} when x > 1 -> IO.puts("matched #{x}")
  _ -> IO.puts("any")
end
