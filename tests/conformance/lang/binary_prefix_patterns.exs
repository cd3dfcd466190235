# `<<...>> <> rest` in a pattern: the binary's segments, then the rest as a binary
# (Elixir's own "string concatenation as match" test).
"foo" <> x = "foobar"
IO.inspect(x)
<<"foo">> <> x = "foobar"
IO.inspect(x)
<<"f", "oo">> <> x = "foobar"
IO.inspect(x)
<<x::binary-size(3)>> <> _ = "foobar"
IO.inspect(x)
size = 3
<<x::binary-size(size)>> <> rest = "foobar"
IO.inspect({x, rest})
<<x::3-bytes>> <> _ = "foobar"
IO.inspect(x)
<<x::utf8>> <> rest = "élan"
IO.inspect({x, rest})

parse = fn
  <<"GET ", path::binary-size(4)>> <> _ -> {:get, path}
  <<c>> <> _ -> {:first, c}
end

IO.inspect(parse.("GET /abc HTTP"))
IO.inspect(parse.("POST"))

# size*unit written as one number times another, and a size computed from earlier bindings
x = 3
IO.inspect(<<x::8*4>> == <<x::size(8)-unit(4)>>)
<<y::6*4-binary>> <> _ = "foobar"
IO.inspect(y)
n = 8
<<first::size(n - 5), _::bits>> = <<0b10100000>>
IO.inspect(first)
