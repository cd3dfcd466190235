# URI.new/new! (strict: {:error, part}), URI.merge/2's reference resolution, default_port/2,
# append_query/2 and to_string, as Elixir 1.14's docs use them.
IO.inspect URI.new("")
IO.inspect URI.new("/>")
IO.inspect URI.new(":https")
IO.inspect URI.new("https")
IO.inspect URI.new!("http://foo.com/path/to/something?foo=bar&bar=foo#fragment")
IO.inspect URI.new!("https://user:pw@foo.com:8080")
IO.inspect URI.new!("file:///foo/bar/baz")
IO.inspect URI.new!("hTtP://google.com")
IO.inspect URI.new!("http://[::1]:4000/x")
IO.inspect URI.new!("mailto:a@b.com")
IO.inspect URI.new!("//host/path")
IO.inspect URI.new!("http://a.com/with%20space")
try do URI.new!("/>") rescue e -> IO.inspect e; IO.puts Exception.message(e) end
IO.inspect URI.parse("http://a.com/with%20space")
base = URI.parse("http://example.com/a/b/c?q=1")
IO.puts URI.merge(base, "/foo")
IO.puts URI.merge(base, "d")
IO.puts URI.merge(base, "../d")
IO.puts URI.merge(base, "?x=2")
IO.puts URI.merge(base, "#frag")
IO.puts URI.merge(base, "https://other.org/z")
IO.puts URI.merge(base, "")
IO.puts URI.merge("http://a/b/c/d;p?q", "../../g")
IO.puts URI.merge("http://a/b/c/d;p?q", "./g/.")
try do URI.merge("/relative", "x") rescue e -> IO.puts Exception.message(e) end
IO.puts URI.to_string(URI.new!("http://google.com"))
IO.inspect URI.append_query(URI.parse("http://example.com/?x=1&"), "x=2").query
IO.inspect URI.append_query(URI.parse("http://example.com/?x=1"), "x=2").query
URI.default_port("myscheme", 1234)
IO.inspect URI.default_port("myscheme")
IO.inspect URI.parse("myscheme://host").port
IO.inspect URI.new!("myscheme://host").port
IO.inspect URI.decode_query("a=1&b=2")
IO.inspect URI.encode_query(%{"a b" => "c&d"})
IO.inspect URI.encode_query([a: "x y"], :rfc3986)
IO.inspect URI.encode("a b/ü")
IO.inspect URI.decode("a%20b")
IO.inspect URI.parse("http://example.com:80/").port
IO.puts URI.parse("http://example.com:80/")
IO.inspect URI.new!("http://example.com:80/")
IO.inspect %URI{host: "x.com", scheme: "https"} |> URI.to_string
IO.inspect URI.new("%zz")
IO.inspect URI.new("http://x.com/%2")
IO.inspect URI.new("http://x.com:/a")
IO.inspect URI.new("http://x.com:0/a") |> elem(1) |> Map.get(:port)
IO.inspect URI.new("HTTP://X.COM/A") |> elem(1) |> Map.take([:scheme, :host])
IO.inspect URI.new(" a")
IO.inspect URI.new("a ")
IO.inspect URI.new("//a b")
IO.inspect URI.new("?q= x")
for s <- ["/a>b/c", "http://a b.com", "a{b", "ht tp://x", "http://x.com:abc/", "http://[::1/", "a|b", "http://user@name@host/"], do: IO.inspect({s, URI.new(s)})
for rel <- ["../../../g", "../../../../g", "g/../..", ".", "..", "./", "../", "g;x=1/../y", "/./g", "/../g", "g.", ".g", "g?y/./x", "g#s/../x", "//h/../x", "x:/../y"] do
  IO.puts "#{rel} => #{URI.merge("http://a/b/c/d;p?q", rel)}"
end
IO.puts URI.merge("http://a", "b")
IO.puts URI.merge("http://a/", "b")
IO.puts URI.merge(URI.new!("http://a"), URI.new!("b"))
IO.inspect URI.merge("http://a/x", "y")
try do to_string(%URI{host: "h", path: "rel", scheme: "http"}) rescue e -> IO.puts(Exception.message(e)) end
