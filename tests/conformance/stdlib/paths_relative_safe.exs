# Path's corner cases from Elixir's own path_test: the root made relative, absname keeping
# a trailing ".", expand against a relative base, charlists, safe_relative/safe_relative_to
IO.inspect Path.relative("/")
IO.inspect Path.relative('/usr/local')
IO.inspect Path.relative(["/usr", ?/, 'local/bin'])
IO.inspect Path.type('/usr')
IO.inspect Path.type(["~/", 'x'])
IO.inspect Path.absname("bar/.", "/foo")
IO.inspect Path.absname("bar/./", "/foo")
IO.inspect Path.absname("/foo//bar/./baz//")
IO.inspect Path.absname("foo", "bar")
IO.inspect Path.absname("", "/foo/")
IO.inspect Path.expand("bar/../bar", "foo") == Path.expand("foo/bar")
IO.inspect Path.expand("~foo") == Path.join(File.cwd!(), "~foo")
IO.inspect Path.expand("~/x") == Path.join(System.user_home!(), "x")
IO.inspect Path.relative_to("/usr/local/foo", "/usr/local")
IO.inspect Path.relative_to("/usr/local", "/usr/local")
IO.inspect Path.relative_to(["usr", ?/, 'local/foo'], 'usr/local')
for p <- ["foo/bar", "foo/..", "./foo", "/usr/local/foo", "foo/../..", "a/./b/../c/"] do
  IO.inspect {p, Path.safe_relative(p)}
end
IO.inspect Path.safe_relative_to("deps/my_dep/./build/../app.beam", "deps")
IO.inspect Path.safe_relative_to("my_dep/../..", "deps")
IO.inspect Path.safe_relative_to("/usr/local", ".")
try do
  Path.wildcard("foo\0bar")
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end
