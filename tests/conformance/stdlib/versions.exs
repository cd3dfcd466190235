# Version as Elixir's docs use it: parsing, ordering, requirements
IO.inspect Version.parse("2.0.1-alpha1")
IO.inspect Version.parse("1.2.3")
IO.inspect Version.parse("1.2")
IO.inspect Version.parse("01.2.3")
IO.inspect Version.parse("1.2.3-rc.1+build.5")
IO.inspect Version.parse("1.2.3+20130417140000.amd64")
IO.inspect Version.parse("1.2.3-01")
IO.inspect Version.parse("1.2.3-0.a.01a")
IO.inspect Version.parse(" 1.2.3")
IO.inspect Version.parse!("1.0.0")
v = Version.parse!("1.2.3-rc.1+b")
IO.inspect {v.major, v.minor, v.patch, v.pre, v.build}
IO.puts v
IO.inspect to_string(v)
IO.inspect Version.compare("2.0.1-alpha1", "2.0.0")
IO.inspect Version.compare("1.0.0-alpha", "1.0.0")
IO.inspect Version.compare("1.0.0-alpha.1", "1.0.0-alpha")
IO.inspect Version.compare("1.0.0-alpha.beta", "1.0.0-alpha.1")
IO.inspect Version.compare("1.0.0-2", "1.0.0-10")
IO.inspect Version.compare("1.0.0+a", "1.0.0+b")
IO.inspect Version.compare(Version.parse!("1.0.0"), "1.0.0")
IO.inspect Version.match?("2.0.0", "> 1.0.0")
IO.inspect Version.match?("2.0.0", "== 1.0.0")
IO.inspect Version.match?("2.1.0-dev", "~> 2.0")
IO.inspect Version.match?("2.1.0-dev", "~> 2.0", allow_pre: false)
IO.inspect Version.match?("1.2.4", "~> 1.2.3")
IO.inspect Version.match?("1.3.0", "~> 1.2.3")
IO.inspect Version.match?("1.9.0", "~> 1.2")
IO.inspect Version.match?("2.0.0", "~> 1.2")
IO.inspect Version.match?("1.0.0", ">= 1.0.0 and < 2.0.0")
IO.inspect Version.match?("3.0.0", "< 2.0.0 or >= 3.0.0")
IO.inspect Version.match?("1.0.0", "1.0.0")
IO.inspect Version.match?("1.0.0-rc", ">= 1.0.0-beta")
IO.inspect Version.match?("1.0.1-rc", ">= 1.0.0")
IO.inspect Version.match?("1.0.1-rc", ">= 1.0.0", allow_pre: false)
IO.inspect Version.match?("1.0.0", "<= 1.0.0")
IO.inspect Version.parse_requirement("~> 2.0")
IO.inspect Version.parse_requirement("~> 2")
IO.inspect Version.parse_requirement(">= 2.0.0 and")
IO.inspect Version.to_string(v)
IO.inspect Version.compile_requirement(Version.parse_requirement!("> 1.0.0")) |> then(&Version.match?("1.5.0", &1))
try do
  Version.parse!("1.x")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Version.match?("1.0.0", "~>")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
try do
  Version.compare("1", "1.0.0")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
IO.inspect Version.parse!("1.2.3-rc.1+b"), structs: false
