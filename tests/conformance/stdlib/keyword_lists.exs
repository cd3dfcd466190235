# Keyword lists as options, the way Elixir's own APIs take them: duplicates kept, the
# first one read, put/delete/update acting on every one; validation of allowed keys.
defmodule Greeter do
  @defaults [greeting: "Hello", punctuation: "!"]

  def greet(name), do: greet(name, [])

  def greet(name, opts) do
    opts = Keyword.merge(@defaults, opts)
    "#{opts[:greeting]}, #{name}#{Keyword.fetch!(opts, :punctuation)}"
  end
end

IO.puts Greeter.greet("Ada")
IO.puts Greeter.greet("Ada", greeting: "Hi", punctuation: "?")

opts = [timeout: 5000, retries: 3, timeout: 100]
IO.inspect Keyword.get(opts, :timeout)
IO.inspect Keyword.get_values(opts, :timeout)
IO.inspect Keyword.put(opts, :timeout, 1)
IO.inspect Keyword.delete(opts, :timeout)
IO.inspect Keyword.delete_first(opts, :timeout)
IO.inspect Keyword.update(opts, :retries, 0, &(&1 + 1))
IO.inspect Keyword.update(opts, :verbose, true, &(&1))
IO.inspect Keyword.put_new(opts, :retries, 9)
IO.inspect Keyword.new([b: 1, a: 2, b: 3])
IO.inspect Keyword.new([{:x, 1}, {:y, 2}], fn {k, v} -> {k, v * 10} end)
IO.inspect Keyword.merge([a: 1, b: 2], [b: 3, c: 4], fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.take(opts, [:retries])
IO.inspect Keyword.drop(opts, [:retries])
IO.inspect Keyword.split(opts, [:retries])
IO.inspect Keyword.pop(opts, :timeout)
IO.inspect Keyword.pop_first(opts, :timeout)
IO.inspect Keyword.pop_values(opts, :timeout)
IO.inspect Keyword.keys(opts)
IO.inspect Keyword.values(opts)
IO.inspect Keyword.has_key?(opts, :retries)
IO.inspect Keyword.keyword?(opts)
IO.inspect Keyword.keyword?([{"a", 1}])
IO.inspect Keyword.equal?([a: 1, b: 2], [b: 2, a: 1])
IO.inspect Keyword.filter(opts, fn {_k, v} -> v > 50 end)
IO.inspect Keyword.reject(opts, fn {_k, v} -> v > 50 end)
IO.inspect Keyword.replace(opts, :retries, 10)
IO.inspect Keyword.get_and_update([a: 1], :a, fn v -> {v, v * 2} end)
IO.inspect Keyword.from_keys([:a, :b], 0)
IO.inspect Keyword.validate([one: 1, two: 2], [:one, :two, three: 3])
IO.inspect Keyword.validate([one: 1, four: 4], [:one, :two])

try do
  Keyword.validate!([one: 1, four: 4], [:one, :two])
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Keyword.fetch!([a: 1], :b)
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Keyword.update!([a: 1], :b, & &1)
rescue
  e -> IO.inspect(e)
end
