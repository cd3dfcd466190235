IO.puts "He said \"Hello\""
IO.puts 'single' ++ ' quoted'
str = "wombat"
IO.inspect str
IO.puts "#{str}!"
IO.puts """
  heredoc
  has #{1 + 1} lines
  """
IO.inspect ~c/abc/
IO.inspect ~s(He said "hi")
IO.inspect ~w[the c#{'a'}t sat on the mat]
IO.inspect ~w[the c#{'a'}t sat on the mat]a
IO.inspect 'wombat'
IO.inspect is_list('wombat')
IO.inspect length('wombat')
IO.inspect Enum.reverse('wombat')
IO.inspect [67, 65, 84]
IO.inspect 'pole' ++ 'vault'
IO.inspect 'pole' -- 'vault'
IO.inspect List.zip(['abc', '123'])
[head | tail] = 'cat'
IO.inspect head
IO.inspect tail
IO.inspect [head | tail]
IO.inspect String.at("∂og", 0)
IO.inspect String.capitalize("école")
IO.inspect String.ends_with? "string", ["elix", "stri", "ring"]
IO.inspect String.first("∂og")
IO.inspect String.jaro_distance("jonathan", "jonathon")
IO.inspect String.last("∂og")
IO.inspect String.pad_leading("cat", 5, ">")
IO.inspect String.pad_trailing("cat", 5)
IO.inspect String.printable?("a\u0000b")
IO.inspect String.replace("the cat on the mat", "at", "AT")
IO.inspect String.replace("the cat on the mat", "at", "AT", global: false)
IO.inspect String.reverse("pupils")
IO.inspect String.slice("the cat on the mat", 4, 3)
IO.inspect String.slice("the cat on the mat", 3..-1)
IO.inspect String.split("  the cat on the mat  ")
IO.inspect String.split("the cat on the mat", "t")
IO.inspect String.split("the cat on the mat", ~r{[ae]})
IO.inspect String.split("the cat on the mat", ~r{[ae]}, parts: 2)
IO.inspect String.starts_with? "string", ["elix", "stri", "ring"]
IO.inspect String.trim("\t Hello   \r\n")
IO.inspect String.trim_leading("!!!SALE!!!", "!")
IO.inspect String.upcase("José Valim")
IO.inspect String.valid?("∂")
IO.inspect String.valid?(<<0xff>>)
IO.inspect String.to_integer("123") + 1
IO.inspect String.to_float("1.5")
IO.inspect Integer.parse("12abc")
IO.inspect Float.parse("1.5x")
IO.inspect Integer.to_string(255, 16)
IO.inspect String.duplicate("ab", 3)
IO.inspect String.contains?("elixir", ["x", "z"])
IO.inspect "Elixir" |> String.downcase |> String.to_charlist
IO.inspect ?a
IO.inspect ?∂
IO.inspect "∂og" <> "s"
IO.inspect String.to_charlist("∂og")
IO.inspect List.to_string([8706, 111, 103])
IO.inspect "hello" |> String.codepoints |> Enum.chunk_every(2) |> Enum.map(&Enum.join/1)
IO.inspect "a,b,,c" |> String.split(",", trim: true)
IO.inspect String.myers_difference("abc", "adc")
IO.inspect String.bag_distance("abc", "abd")
