# Kernel operators redefined in a module that imports Kernel except them.
defmodule Money do
  import Kernel, except: [+: 2, -: 2]

  def {a, cur} + {b, cur}, do: {Kernel.+(a, b), cur}
  def a + b, do: Kernel.+(a, b)
  def {a, cur} - {b, cur}, do: {Kernel.-(a, b), cur}

  def demo do
    IO.inspect({5, :eur} + {7, :eur})
    IO.inspect(1 + 2)
    IO.inspect({10, :usd} - {3, :usd})
    IO.inspect(Enum.reduce([{1, :eur}, {2, :eur}, {3, :eur}], &(&1 + &2)))
  end
end

Money.demo()
IO.inspect(Money.+({1, :x}, {2, :x}))
try do
  Money.-({1, :x}, {2, :y})
rescue
  e -> IO.puts(Exception.message(e))
end
