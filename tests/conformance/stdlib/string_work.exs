# String work as everyday programs do it: splitting with options, trimming and replacing at
# the ends, padding, slicing, and the comparisons (Myers, Jaro, bag distance).
defmodule Csv do
  def parse(text) do
    text
    |> String.split("\n", trim: true)
    |> Enum.map(&String.split(&1, ","))
    |> Enum.map(fn [name, qty] -> {String.trim(name), String.to_integer(String.trim(qty))} end)
  end
end

IO.inspect Csv.parse("apples, 3\npears,12\n\n figs , 7\n")

IO.inspect String.split("a,b,,c", ",")
IO.inspect String.split("a,b,,c", ",", trim: true)
IO.inspect String.split("a,b,,c", ",", parts: 2)
IO.inspect String.split("1 + 2 - 3", [" + ", " - "])
IO.inspect String.split("abc", "")
IO.inspect String.split("abc", "", parts: 2)
IO.inspect String.split("  hello   world  ")
IO.inspect String.splitter("one two three", " ") |> Enum.take(2)
IO.inspect String.split_at("elixir", 3)
IO.inspect String.split_at("elixir", -2)
IO.inspect String.slice("elixir", 1..3)
IO.inspect String.slice("elixir", -3..-1)
IO.inspect String.slice("elixir", 2, 10)
IO.inspect String.trim("--title--", "-")
IO.inspect String.trim_leading("000123", "0")
IO.inspect String.trim_trailing("done!!!", "!")
IO.inspect String.replace_leading("  indented", " ", ".")
IO.inspect String.replace_trailing("end...", ".", "!")
IO.inspect String.replace_prefix("http://example.com", "http://", "https://")
IO.inspect String.replace_suffix("report.txt", ".txt", ".md")
IO.inspect String.replace("a-b-c", "-", "+")
IO.inspect String.replace("a-b-c", "-", "+", global: false)
IO.inspect String.pad_leading("7", 3, "0")
IO.inspect String.pad_trailing("ab", 5, "-")
IO.inspect String.duplicate("ab", 3)
IO.inspect String.reverse("stressed")
IO.inspect String.length("héllo")
IO.inspect byte_size("héllo")
IO.inspect String.codepoints("héllo")
IO.inspect String.next_codepoint("élan")
IO.inspect String.first("elixir")
IO.inspect String.last("elixir")
IO.inspect String.at("elixir", -2)
IO.inspect String.starts_with?("elixir", ["erl", "eli"])
IO.inspect String.ends_with?("elixir", "xir")
IO.inspect String.contains?("elixir", ["x", "z"])
IO.inspect String.capitalize("hELLO wORLD")
IO.inspect String.upcase("shout")
IO.inspect String.printable?("tab\tok")
IO.inspect String.printable?("nul\0")
IO.inspect String.valid?("plain")
IO.inspect String.to_charlist("abc")
IO.inspect String.to_integer("7f", 16)
IO.inspect String.to_atom("ok")
IO.inspect String.myers_difference("kitten", "sitting")
IO.inspect String.jaro_distance("martha", "marhta")
IO.inspect String.bag_distance("listen", "silent")
IO.inspect Float.round(String.jaro_distance("elixir", "erlang"), 4)

try do
  String.to_integer("12abc")
rescue
  e -> IO.puts(Exception.message(e))
end
