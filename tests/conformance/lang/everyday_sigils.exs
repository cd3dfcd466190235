# Sigils and modifiers, heredocs, regular expressions, calendar sigils
IO.inspect ~c/abc/
IO.inspect ~C/a\nb/
IO.inspect ~s/a\tb #{1 + 1}/
IO.inspect ~S/a\tb #{1 + 1}/
IO.inspect ~w/cat dog mouse/
IO.inspect ~w/cat dog mouse/a
IO.inspect ~w/cat dog mouse/c
IO.inspect ~w[the c#{'a'}t sat on the mat]
IO.inspect ~r/a+/i
IO.inspect Regex.run(~r/(\d+)-(\d+)/, "tel 12-34")
IO.inspect Regex.scan(~r/\d/, "a1b2c3")
IO.inspect Regex.named_captures(~r/(?<year>\d{4})-(?<month>\d{2})/, "2023-05")
IO.inspect Regex.replace(~r/(\w+)@(\w+)/, "me@home", "\\2 at \\1")
IO.inspect Regex.match?(~r/^[A-Z]/, "Hello")
IO.inspect String.match?("hello", ~r/ll/)
IO.inspect ~r/foo/ |> Regex.source()
IO.inspect Regex.split(~r/\s*,\s*/, "a , b,c")
IO.inspect ~r/(?<n>x)/u
IO.inspect Regex.compile("a(b")
IO.puts ~s"""
  Heredoc with "quotes"
    and indent
  """
text = """
Line 1
  Line 2
Line 3
"""
IO.write text
IO.inspect text
IO.puts ~S"""
no #{escape} here \n
"""
IO.inspect ~D[2023-01-15]
IO.inspect ~T[13:45:00]
IO.inspect ~N[2023-01-15 13:45:00]
IO.inspect ~U[2023-01-15 13:45:00Z]
IO.inspect ~r{a/b}
IO.inspect ~w(a b)s
IO.inspect "a\x41\u00e9\u{1F600}"
IO.inspect 'multi
line'
IO.inspect "tab\there"
IO.inspect ~r/\bword\b/x
