# Random numbers that repeat: seed :rand and the same program prints the same numbers.
defmodule Dice do
  def roll(n), do: for(_ <- 1..n, do: :rand.uniform(6))

  def histogram(rolls) do
    rolls
    |> Enum.frequencies()
    |> Enum.sort()
  end
end

:rand.seed(:exsss, 42)
rolls = Dice.roll(20)
IO.inspect(rolls, label: "rolls")
IO.inspect(Dice.histogram(Dice.roll(600)), label: "600 more")

# the same seed, the same numbers
:rand.seed(:exsss, 42)
IO.inspect(Dice.roll(20) == rolls, label: "replayed")

# floats in [0, 1) and in (0, 1]
:rand.seed(:exsss, {1, 2, 3})
IO.inspect(:rand.uniform())
IO.inspect(:rand.uniform_real())
IO.inspect(Float.round(:rand.uniform() * 100, 2))

# other algorithms, seeded from an integer, a triple or a list
for alg <- [:exsss, :exrop, :exsp, :exro928ss, :exs1024s, :exs1024, :exsplus, :exs64] do
  :rand.seed(alg, 2024)
  a = :rand.uniform(1_000_000)
  :rand.seed(alg, {7, 8, 9})
  b = :rand.uniform()
  IO.puts("#{alg}: #{a} #{b}")
end
:rand.seed(:exsss, [123, 456])
IO.inspect(:rand.uniform(10))

# a functional state, threaded by hand
state = :rand.seed_s(:exrop, 99)
{x, state} = :rand.uniform_s(100, state)
{y, state} = :rand.uniform_s(100, state)
{z, _state} = :rand.uniform_s(state)
IO.inspect({x, y, z})
IO.inspect(:rand.export_seed_s(:rand.seed_s(:exsss, 5)))

# big ranges draw several words
:rand.seed(:exsss, 7)
IO.inspect(:rand.uniform(Integer.pow(10, 30)))
IO.inspect(:rand.uniform(Integer.pow(2, 64)))

# Enum's random functions draw from the process's state
:rand.seed(:exsss, 100)
IO.inspect(Enum.shuffle(1..10))
IO.inspect(Enum.random(1..1000))
IO.inspect(Enum.random([:rock, :paper, :scissors]))
IO.inspect(Enum.random(%{a: 1, b: 2, c: 3}))
IO.inspect(Enum.take_random(1..100, 5))
IO.inspect(Enum.take_random(?a..?z, 1))
IO.inspect(Enum.take_random(Stream.map(1..50, &(&1 * 2)), 3))
IO.inspect(length(Enum.take_random(1..1000, 200)))
IO.inspect(Enum.take_random(1..1000, 200) |> Enum.take(5))
IO.inspect(Enum.random(Stream.take(Stream.iterate(1, &(&1 * 3)), 10)))

# each process has its own state
parent = self()
spawn(fn ->
  :rand.seed(:exsss, 42)
  send(parent, {:child, :rand.uniform(100)})
end)
receive do
  {:child, n} -> IO.inspect(n, label: "child")
end
:rand.seed(:exsss, 42)
IO.inspect(:rand.uniform(100), label: "parent")

try do
  :rand.uniform(0)
rescue
  e -> IO.inspect(e.__struct__)
end

try do
  :rand.seed(:exsss, [0, 0])
rescue
  e in ErlangError -> IO.inspect(e.original)
end
