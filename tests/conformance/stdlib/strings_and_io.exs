# Strings and IO together: heredocs, ~r/x, iodata, :io.format, utf8 walks, parsing small formats
name = "world"
IO.puts("""
Hello, #{name}!
  Indented #{String.upcase(name)}
Done\
""")
IO.puts(~s"""
  heredoc sigil #{1 + 1}
""")
IO.inspect(~r/
  (\d+)   # digits
  -
  (\w+)   # word
/x |> Regex.run("12-ab"))
IO.puts(["a", ?b, ["c", ["d"]]])
IO.puts(to_string(['x', "y", ?z]))
:io.format("~s has ~B items~n", ["list", 3])
:io.format("~p~n", [%{a: 1}])
:io.format("~-10s|~10s|~n", ["left", "right"])
:io.format("~.3f~n", [3.14159])
IO.puts(:io_lib.format("~5.2f", [1.5]) |> to_string())
Enum.each(["a", "b"], &IO.write/1)
IO.write("\n")
IO.puts("tab\there")
IO.puts("unicode: \u00e9 \u{1F600}")
IO.puts(?a |> to_string())
IO.puts(<<?a, ?b>>)
IO.puts("a" <> <<0x62>>)
IO.inspect("caf\u00e9" |> String.length())
IO.inspect("caf\u00e9" |> byte_size())
IO.inspect(String.codepoints("caf\u00e9") |> Enum.map(&(&1 |> String.to_charlist() |> hd())))
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(String.split("key=value; other=thing", ~r/;\s*/) |> Enum.map(&String.split(&1, "=")) |> Map.new(fn [k, v] -> {k, v} end))
IO.inspect("The Quick Brown Fox" |> String.split() |> Enum.map(&String.first/1) |> Enum.join())
IO.inspect("racecar" == String.reverse("racecar"))
IO.inspect(String.to_charlist("abc") == 'abc')
IO.inspect(Enum.map('abc', &(&1 - 32)) |> to_string())
IO.inspect("snake_case_words" |> String.split("_") |> Enum.map_join(&String.capitalize/1))
IO.inspect(Macro.camelize("snake_case_words"))
IO.inspect(Macro.underscore("CamelCaseWords"))
IO.inspect(String.pad_leading(Integer.to_string(5), 3, "0"))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.split("a,b,c", ",", [:global]))
IO.inspect(String.to_integer("-12"))
IO.inspect(Integer.parse("12 apples"))
IO.inspect(Float.parse("1.5kg"))
IO.inspect("%{} and %s" |> String.replace("%s", "X"))
