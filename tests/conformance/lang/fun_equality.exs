# Funs compare as the BEAM compares them: two captures of one function are equal (however
# they were written: &List.flatten/1, &List.flatten(&1), a module in a variable), and so
# are two fns made by the same code from equal captured values.
IO.inspect((&IO.puts/1) == (&IO.puts/1))
IO.inspect((&List.flatten/1) === (&List.flatten/1))
IO.inspect((&List.flatten(&1)) == (&List.flatten/1))
mod = List
IO.inspect((&mod.flatten/1) == (&List.flatten/1))
IO.inspect((&mod.flatten(&1)).([1, [2], 3]))
IO.inspect(:erlang.make_fun(List, :flatten, 1) == (&List.flatten/1))
IO.inspect((&is_atom(&1)) == (&is_atom/1))
IO.inspect(&is_atom(&1))
IO.inspect(&String.upcase(&1))
IO.inspect([&IO.puts/1 | &IO.puts/2] == [&IO.puts/1 | &IO.puts/2])
IO.inspect(Enum.uniq([&IO.puts/1, &IO.puts/1, &IO.puts/2]) |> length())
IO.inspect(%{(&IO.puts/1) => 1} |> Map.get(&IO.puts/1))
IO.inspect(MapSet.new([&Enum.map/2, &Enum.map/2]) |> MapSet.size())

adders = for n <- [1, 1, 2], do: fn x -> x + n end
IO.inspect(Enum.uniq(adders) |> length())
[a, b, c] = adders
IO.inspect({a == b, a == c, a.(10), c.(10)})
consts = for _ <- 1..3, do: fn -> :same end
IO.inspect(Enum.uniq(consts) |> length())
IO.inspect((fn -> 1 end) == (fn -> 1 end))

defmodule Math do
  def double(x), do: x * 2
  def doubler, do: &double/1
  def doubler2, do: &double(&1)
end

IO.inspect(Math.doubler() == Math.doubler2())
IO.inspect(Math.doubler() == (&Math.double/1))
IO.inspect(Math.doubler2().(21))
