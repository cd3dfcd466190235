# What a cond condition binds is seen by its clause's body only; to_charlist of a list is the list,
# of nil the empty list (List.Chars).
x = :not_nil
result =
  cond do
    x = List.first([]) -> x
    true -> x
  end
IO.inspect {result, x}
r = cond do
  y = Enum.find([1, 2, 3], &(&1 > 1)) -> {:found, y}
  true -> :none
end
IO.inspect r
IO.inspect to_charlist(nil)
IO.inspect to_charlist([1, "b", 3])
IO.inspect to_charlist(:atom)
IO.inspect Kernel.to_charlist(true)
