# Version requirements as Elixir 1.14's lexer reads them: operators need no spaces, a bare
# version means ==, ~> takes a pre-release without a patch ("~> 1.11-dev"); ! and != still
# work (with a warning on stderr); allow_pre: false only restricts ~>, > and >=
IO.inspect Version.match?("1.11.0-dev", "~> 1.11-dev")
IO.inspect Version.match?("1.12.0", "~> 1.11-dev")
IO.inspect Version.match?("2.0.0", "~> 1.11-dev")
IO.inspect Version.match?("1.10.0", "~> 1.11-dev")
IO.inspect Version.match?("1.2.3", "~>1.2")
IO.inspect Version.match?("1.2.3", ">=1.0.0 and <2.0.0")
IO.inspect Version.match?("2.4.0", "!2.3.0")
IO.inspect Version.match?("2.3.0", "!= 2.3.0")
IO.inspect Version.match?("2.0.0", "1.0.0 or 2.0.0")
IO.inspect Version.match?("1.0.0-rc", "< 2.0.0", allow_pre: false)
IO.inspect Version.match?("1.0.0-rc", "> 0.1.0", allow_pre: false)
IO.inspect Version.parse_requirement("== 1.0")
IO.inspect Version.parse_requirement("and 1.0.0")
IO.inspect Version.parse_requirement("1.0.0 1.1.0")
IO.inspect Version.parse_requirement("~> 1")
req = Version.parse_requirement!("~> 2.0 or >= 3.1.0")
IO.puts to_string(req)
IO.puts "#{req}"
IO.inspect req
