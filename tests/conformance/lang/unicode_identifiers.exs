# Unicode in atoms and variable names, as Elixir's syntax reference allows (UAX #31)
olá = "mundo"
IO.puts olá
café_count = 3
IO.puts "cafés: #{café_count}"
IO.inspect :olá
IO.inspect [:ñandú, :日本, :é!, :größe?, :"héllo world", :"a→b", :Ärger]
IO.inspect [olá: 1, naïve: 2, "a→b": 3]
IO.inspect %{ñ: 1, ü: 2}
IO.inspect Keyword.get([straße: "x"], :straße)
defmodule Greeter do
  def saludo(año), do: "año #{año}"
  def größe(x) when x > 0, do: :positive
  def größe(_), do: :other
end
IO.puts Greeter.saludo(2024)
IO.inspect {Greeter.größe(1), Greeter.größe(-1)}
IO.inspect Atom.to_string(:ñandú)
IO.inspect String.to_atom("μ")
IO.inspect inspect(:"ǅemal")
IO.inspect Enum.map([α: 1, β: 2], fn {k, v} -> {k, v * 2} end)
