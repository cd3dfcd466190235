# Keyword lists as options (the book's Canvas) and Keyword's docs: duplicates, validate, pop
defmodule Canvas do
  @defaults [fg: "black", bg: "white", font: "Merriweather"]
  def draw_text(text, options \\ []) do
    options = Keyword.merge(@defaults, options)
    IO.puts("Drawing text #{inspect(text)}")
    IO.puts("Foreground: #{options[:fg]}")
    IO.puts("Background: #{Keyword.get(options, :bg)}")
    IO.puts("Font: #{Keyword.get(options, :font)}")
    IO.puts("Pattern: #{Keyword.get(options, :pattern, "solid")}")
    IO.puts("Style: #{inspect(Keyword.get_values(options, :style))}")
  end
end
Canvas.draw_text("hello", fg: "red", style: "italic", style: "bold")
kw = [a: 1, b: 2, a: 3]
IO.inspect(Keyword.get(kw, :a))
IO.inspect(Keyword.get_values(kw, :a))
IO.inspect(Keyword.keys(kw))
IO.inspect(Keyword.values(kw))
IO.inspect(Keyword.delete(kw, :a))
IO.inspect(Keyword.delete_first(kw, :a))
IO.inspect(Keyword.put(kw, :a, 0))
IO.inspect(Keyword.put_new(kw, :c, 0))
IO.inspect(Keyword.take(kw, [:a]))
IO.inspect(Keyword.drop(kw, [:a]))
IO.inspect(Keyword.has_key?(kw, :b))
IO.inspect(Keyword.fetch(kw, :z))
IO.inspect(Keyword.update(kw, :b, 0, &(&1 + 10)))
IO.inspect(Keyword.keyword?([a: 1, b: 2]))
IO.inspect(Keyword.keyword?([{1, 2}]))
IO.inspect(Keyword.split([a: 1, b: 2, c: 3], [:a, :c, :e]))
IO.inspect(Keyword.pop(kw, :a))
IO.inspect(Keyword.pop_first(kw, :a))
IO.inspect(Keyword.to_list(a: 1))
IO.inspect(Keyword.new([{:b, 1}, {:a, 2}, {:b, 3}]))
IO.inspect(Keyword.validate([one: 1, two: 2], [:one, two: 3, three: 3]))
IO.inspect(Keyword.validate([one: 1, four: 4], [:one]))
try do
  Keyword.fetch!(kw, :z)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  Keyword.validate!([one: 1, four: 4], [:one])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect([{:a, 1}, {:b, 2}] == [a: 1, b: 2])
IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
IO.inspect(Keyword.filter([one: 1, two: 2, three: 3], fn {_key, val} -> rem(val, 2) == 1 end))
IO.inspect(Keyword.map([one: 1, two: 2], fn {_k, v} -> v * 10 end))
