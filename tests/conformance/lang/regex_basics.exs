# Regex on PCRE, as :re runs it: matching, running, scanning, named captures, the
# modifiers, and how regexes print.
IO.inspect ~r/foo/
IO.inspect ~r/ab+c/i
IO.inspect ~r{https?://}
IO.inspect ~r/\d{3}-\d{4}\n/m
IO.inspect Regex.compile!("hello", "iu")
IO.inspect Regex.compile("(unclosed")
IO.inspect Regex.compile("ok")

IO.inspect Regex.match?(~r/^\d+$/, "12345")
IO.inspect Regex.match?(~r/^\d+$/, "12a45")
IO.inspect "Elixir" =~ ~r/lix/
IO.inspect "Elixir" =~ ~r/LIX/
IO.inspect "Elixir" =~ ~r/LIX/i
IO.inspect "Elixir" =~ "xir"

IO.inspect Regex.run(~r/(\d+)-(\d+)/, "call 555-1234 now")
IO.inspect Regex.run(~r/(\d+)-(\d+)/, "call 555-1234 now", capture: :all_but_first)
IO.inspect Regex.run(~r/(\d+)-(\d+)/, "call 555-1234 now", return: :index)
IO.inspect Regex.run(~r/(\d+)-(\d+)/, "no number")
IO.inspect Regex.run(~r/(x)?y/, "y")

IO.inspect Regex.scan(~r/\d+/, "1 apple, 22 pears, 333 plums")
IO.inspect Regex.scan(~r/(\w)(\d)/, "a1 b2 c3", capture: :all_but_first)
IO.inspect Regex.scan(~r/o/, "foo boo", return: :index)

date = ~r/(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/
IO.inspect Regex.names(date)
IO.inspect Regex.named_captures(date, "Released on 2023-01-15.")
IO.inspect Regex.named_captures(date, "no date")

IO.inspect Regex.run(~r/^b/m, "a\nb")
IO.inspect Regex.run(~r/a.c/s, "a\nc")
IO.inspect Regex.run(~r/a.c/, "a\nc")
IO.inspect Regex.run(~r/
  (\d+)   # digits
  \s*     # spaces
  (kg|g)  # unit
/x, "weighs 12 kg")
IO.inspect Regex.run(~r/\w+/u, "naïve café")
IO.inspect Regex.run(~r/a+?/U, "aaa")

IO.inspect Regex.source(~r/a+b/)
IO.inspect Regex.opts(~r/a+b/im)
IO.inspect Regex.escape("1.5 * (2 + 3)?")
IO.inspect Regex.regex?(~r/x/)
IO.inspect Regex.regex?("x")
pattern = Regex.escape("a.b")
IO.inspect Regex.match?(Regex.compile!(pattern), "axb")
IO.inspect Regex.match?(Regex.compile!(pattern), "a.b")

try do
  Regex.compile!("[a-")
rescue
  e in Regex.CompileError -> IO.puts "compile error: " <> Exception.message(e)
end
