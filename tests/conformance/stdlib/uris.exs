# URI as Elixir's docs use it: parsing, printing, percent-encoding and queries
u = URI.parse("https://user:pw@elixir-lang.org:8080/docs/path?query=1&b=2#frag")
IO.inspect u
IO.inspect URI.parse("http://example.com")
IO.inspect URI.parse("/relative/path?x=1")
IO.inspect URI.parse("mailto:foo@example.com")
IO.inspect URI.parse("foo")
IO.inspect URI.parse("https://[::1]:4000/x")
IO.inspect URI.parse("ftp://host/")
IO.inspect URI.to_string(u)
IO.inspect to_string(URI.parse("http://example.com/a b"))
IO.puts u
IO.inspect URI.encode("a b/c?d=é")
IO.inspect URI.encode_www_form("a b/c&d=é")
IO.inspect URI.decode("a%20b%2Fc")
IO.inspect URI.decode_www_form("a+b%2Fc")
IO.inspect URI.encode_query(%{"a" => "1 2", "b" => "x&y"})
IO.inspect URI.encode_query([foo: "bar", baz: 1])
IO.inspect URI.encode_query([a: "b c"], :rfc3986)
IO.inspect URI.decode_query("foo=1&bar=2")
IO.inspect URI.decode_query("a=1&a=2&b=x+y", %{})
IO.inspect URI.query_decoder("a=1&b") |> Enum.to_list()
IO.inspect URI.default_port("https")
IO.inspect URI.default_port("ftp")
IO.inspect URI.char_reserved?(?:)
IO.inspect URI.char_unreserved?(?a)
IO.inspect URI.encode("a b", &URI.char_unreserved?/1)
IO.inspect URI.parse("HTTP://EXAMPLE.com/")
IO.inspect URI.append_query(URI.parse("http://x.com?a=1"), "b=2") |> to_string()
for s <- ["", "#", "?", "//", "http://", "http://host:", "http://host:abc", "a:b:c", "HTTPS://h", "//host/x", "file:///etc/hosts", "http://h?#", "urn:isbn:0451450523", "tel:+1-816-555-1212", "http://user@host"] do
  u = URI.parse(s)
  IO.inspect u, label: inspect(s)
  IO.puts URI.to_string(u)
end
for s <- ["%zz", "%4", "100%"] do
  try do
    URI.decode(s)
  rescue
    e -> IO.puts Exception.message(e)
  end
end
try do
  URI.encode_query(a: [1])
rescue
  e -> IO.puts Exception.message(e)
end
IO.inspect URI.encode("héllo wörld")
IO.inspect URI.decode_query("a%20b=c+d&&e=")
IO.inspect URI.encode_query(%{a: nil, b: :atom, c: 1.5})
IO.inspect URI.parse("http://example.com/path"), limit: 3
IO.inspect URI.parse("/x"), structs: false
IO.inspect URI.decode("%zz")
IO.inspect URI.decode("100%")
IO.inspect URI.decode("%4")
IO.inspect URI.decode_www_form("%zz+a")
IO.inspect URI.decode("%41%")
IO.inspect URI.decode("%+1%41%4g")
