# Keyword lists as options, and the Keyword module's docs examples
defmodule Canvas do
  @defaults [fg: "black", bg: "white", font: "Merriweather"]
  def draw_text(text, options \\ []) do
    options = Keyword.merge(@defaults, options)
    IO.puts "Drawing text #{inspect(text)}"
    IO.puts "Foreground:  #{options[:fg]}"
    IO.puts "Background:  #{Keyword.get(options, :bg)}"
    IO.puts "Font:        #{Keyword.get(options, :font)}"
    IO.puts "Pattern:     #{Keyword.get(options, :pattern, "solid")}"
    IO.puts "Style:       #{inspect Keyword.get_values(options, :style)}"
  end
end
Canvas.draw_text("hello", fg: "red", style: "italic", style: "bold")
kw = [a: 1, b: 2, a: 3]
IO.inspect Keyword.get(kw, :a)
IO.inspect Keyword.get_values(kw, :a)
IO.inspect Keyword.delete(kw, :a)
IO.inspect Keyword.put(kw, :a, 5)
IO.inspect Keyword.keys(kw)
IO.inspect Keyword.values(kw)
IO.inspect Keyword.has_key?(kw, :b)
IO.inspect Keyword.fetch(kw, :c)
IO.inspect Keyword.take(kw, [:a])
IO.inspect Keyword.drop(kw, [:a])
IO.inspect Keyword.update([a: 1], :a, 13, fn existing_value -> existing_value * 2 end)
IO.inspect Keyword.put_new([a: 1], :b, 2)
IO.inspect Keyword.pop([a: 1, b: 2], :a)
IO.inspect Keyword.split([a: 1, b: 2, c: 3], [:a, :c, :e])
IO.inspect Keyword.keyword?([a: 1])
IO.inspect Keyword.keyword?([{"a", 1}])
IO.inspect Keyword.new([{:b, 1}, {:a, 2}])
IO.inspect Keyword.new([:a, :b], fn x -> {x, x} end)
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4], fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.to_list([a: 1])
IO.inspect Keyword.filter([one: 1, two: 2, three: 3], fn {_key, val} -> rem(val, 2) == 1 end)
IO.inspect [{:a, 1}, {:"b c", 2}, {:"with-dash", 3}]
IO.inspect [{:a, 1}, {"b", 2}]
try do
  Keyword.fetch!([a: 1], :b)
rescue
  e -> IO.puts Exception.message(e)
end
