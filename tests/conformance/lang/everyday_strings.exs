# The String module's functions on UTF-8 strings, charlists
IO.puts String.at("dog", 0)
IO.inspect String.at("dog", -1)
IO.inspect String.capitalize "école"
IO.inspect String.codepoints("José's ∂øg")
IO.inspect String.downcase "ØRSteD"
IO.inspect String.duplicate "Ho! ", 3
IO.inspect String.ends_with? "string", ["elix", "stri", "ring"]
IO.inspect String.first "∂og"
IO.inspect String.graphemes "Noe\u0308l"
IO.inspect String.jaro_distance("jonathan", "jonathon")
IO.inspect String.last "∂og"
IO.inspect String.length "∂x/∂y"
IO.inspect String.myers_difference("abc", "adc")
IO.inspect String.next_codepoint("∂og")
IO.inspect String.next_grapheme("∂og")
IO.inspect String.pad_leading("cat", 5, ">")
IO.inspect String.pad_trailing("cat", 5)
IO.inspect String.printable? "a\u0000b"
IO.inspect String.replace "the cat on the mat", "at", "AT"
IO.inspect String.replace "the cat on the mat", "at", "AT", global: false
IO.inspect String.replace "the cat on the mat", ~r{[aeiou]}, "*"
IO.inspect String.replace "the cat on the mat", ~r{[aeiou]}, "<\\0>"
IO.inspect String.reverse "pupils"
IO.inspect String.slice "the cat on the mat", 4, 3
IO.inspect String.slice "the cat on the mat", 3..6
IO.inspect String.slice "the cat on the mat", -3..-1
IO.inspect String.split " the cat on the mat "
IO.inspect String.split "the cat on the mat", "t"
IO.inspect String.split "the cat on the mat", ~r{[ae]}
IO.inspect String.split "the cat on the mat", ~r{[ae]}, parts: 2
IO.inspect String.split("a,b,,c", ",", trim: true)
IO.inspect String.split("a,b,,c", ",", parts: 2)
IO.inspect String.split("abc", "")
IO.inspect String.split("abc", "", trim: true)
IO.inspect String.split_at("abcdef", 2)
IO.inspect String.splitter("1,2 3,4", [" ", ","]) |> Enum.take(4)
IO.inspect String.starts_with? "string", ["elix", "stri", "ring"]
IO.inspect String.trim "\t Hello   \r\n"
IO.inspect String.trim_leading "\t\f    Hello\t\n"
IO.inspect String.trim_trailing "xxxxHelloxxx", "x"
IO.inspect String.upcase "José Ørstüd"
IO.inspect String.valid? "∂"
IO.inspect String.valid? "∂og" <> <<255>>
IO.inspect String.to_integer("123")
IO.inspect String.to_integer("ff", 16)
IO.inspect String.to_float("1.5")
IO.inspect String.to_atom("abc")
IO.inspect String.to_charlist("abc")
IO.inspect String.contains?("elixir of life", ["death", "life"])
IO.inspect String.bag_distance("abc", "acb")
IO.inspect String.chunk(<<?a, ?b, ?c, 0>>, :valid)
IO.inspect String.to_existing_atom("abc")
IO.inspect String.replace_prefix("world", "wor", "s")
IO.inspect String.replace_suffix("hello", "lo", "p")
IO.inspect String.replace_leading("hello hello world", "hello ", "")
IO.inspect String.replace_trailing("hello world world", " world", "")
IO.inspect String.slice("elixir", 1..-2//1)
IO.inspect String.slice("elixir", 10..12)
IO.inspect byte_size("héllo")
IO.inspect String.replace("a-b-c", "-", fn x -> x <> x end)
IO.inspect String.split("  a  b  ", " ")
IO.inspect String.upcase("ß")
IO.inspect String.pad_leading("42", 6, "0")
IO.inspect "abc" |> String.to_charlist() |> Enum.reverse() |> to_string()
IO.inspect String.split("1 2 3") |> Enum.map(&String.to_integer/1)
IO.inspect String.trim("--abc--", "-")
IO.inspect String.split("key=value=x", "=", parts: 2)
IO.inspect "hello" <> " " <> "world"
IO.inspect "abc" =~ "b"
IO.inspect ?a
IO.inspect [?a, ?b]
IO.inspect 'cat' ++ [0]
IO.inspect String.length("🙂👍🏽")
IO.inspect String.graphemes("👍🏽x")
