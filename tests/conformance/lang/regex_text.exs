# Text processing with regexes, in the manner of Programming Elixir's exercises: parsing a
# log, validating input, tokenizing, rewriting text with captures and functions.
defmodule LogParser do
  @line ~r/^(?<time>\d\d:\d\d:\d\d) \[(?<level>\w+)\] (?<message>.*)$/

  def parse(text) do
    text
    |> String.split("\n")
    |> Enum.map(&Regex.named_captures(@line, &1))
    |> Enum.reject(&is_nil/1)
  end

  def errors(text) do
    for %{"level" => "error", "message" => m} <- parse(text), do: m
  end
end

log = """
09:00:01 [info] started
09:00:02 [error] disk full
garbage line
09:00:05 [warn] slow response
09:00:09 [error] connection lost
"""

IO.inspect LogParser.parse(log) |> length()
IO.inspect LogParser.errors(log)

defmodule Validate do
  def email?(s), do: s =~ ~r/^[\w.+-]+@[\w-]+\.[\w.]+$/
  def phone(s) do
    case Regex.run(~r/^\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})$/, s, capture: :all_but_first) do
      [area, a, b] -> {:ok, "#{area}-#{a}-#{b}"}
      nil -> {:error, :bad_phone}
    end
  end
end

for e <- ["dave@pragprog.com", "not an email", "a.b+c@x-y.co.uk"] do
  IO.puts "#{e}: #{Validate.email?(e)}"
end
IO.inspect Validate.phone("(555) 123-4567")
IO.inspect Validate.phone("555-123-4567")
IO.inspect Validate.phone("5551234567x")

defmodule Tokenizer do
  @token ~r/\s*(?:(\d+\.?\d*)|(.))/
  def tokens(expr) do
    Regex.scan(@token, expr, capture: :all_but_first)
    |> Enum.map(fn
      [number] -> {:num, number}
      ["", op] -> {:op, op}
    end)
  end
end

IO.inspect Tokenizer.tokens("12 + 3.5*(4 - 1)")

IO.puts Regex.replace(~r/(\w+)@(\w+)\.com/, "mail dave@pragprog.com today", "\\1 at \\2")
IO.puts Regex.replace(~r/\bcat\b/, "cat concatenate cat", "dog")
IO.puts Regex.replace(~r/\d+/, "1 and 22 and 333", fn n -> Integer.to_string(String.to_integer(n) * 2) end)
IO.puts Regex.replace(~r/(\w)(\w*)/, "hello big world", fn _, first, rest -> String.upcase(first) <> rest end)
IO.puts Regex.replace(~r/a/, "banana", "o", global: false)
IO.puts Regex.replace(~r/^/m, "one\ntwo\nthree", "> ")

IO.inspect Regex.split(~r/\s*,\s*/, "a , b,c ,  d")
IO.inspect Regex.split(~r/[.!?]\s*/, "Hi. How are you? Fine!", trim: true)
IO.inspect Regex.split(~r/(?<sep>[-+])/, "1+2-3", include_captures: true)
IO.inspect Regex.split(~r/,/, "a,b,c,d", parts: 3)
IO.inspect String.split("key=value; other=thing", ~r/;\s*/)
IO.inspect String.replace("2023-01-15", ~r/(\d+)-(\d+)-(\d+)/, "\\3/\\2/\\1")

words = "the quick brown fox jumps over the lazy dog the end"
IO.inspect Regex.scan(~r/\bthe\b/, words) |> length()
IO.inspect Regex.scan(~r/\b\w{5}\b/, words) |> List.flatten()
