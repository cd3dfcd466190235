# Default arguments as modules write them: trailing and middle defaults, a bodiless
# head before multi-clause functions, defp, defaults computed at each call
defmodule Greeter do
  def hello(name, greeting \\ "Hello", punct \\ "!") do
    "#{greeting}, #{name}#{punct}"
  end

  def join(a, b \\ nil, sep)
  def join(a, nil, sep), do: a <> sep
  def join(a, b, sep), do: a <> sep <> b

  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h

  def opts(x, opts \\ []), do: {x, Keyword.get(opts, :times, 1)}

  defp secret(x \\ 41), do: x + 1
  def reveal, do: secret()

  def now(t \\ length(Process.list()) * 0), do: t
end
IO.puts Greeter.hello("José")
IO.puts Greeter.hello("José", "Hi")
IO.puts Greeter.hello("José", "Hi", "?")
IO.puts Greeter.join("a", "-")
IO.puts Greeter.join("a", "b", "-")
IO.inspect Greeter.first([])
IO.inspect Greeter.first([], :none)
IO.inspect Greeter.first([1, 2])
IO.inspect Greeter.opts(1)
IO.inspect Greeter.opts(1, times: 3)
IO.inspect Greeter.reveal()
IO.inspect Greeter.now()
IO.inspect function_exported?(Greeter, :hello, 1)
IO.inspect function_exported?(Greeter, :hello, 3)
