# Range.disjoint?/2 as Elixir 1.14 answers it, including the two answers its docs print
# that are mathematically wrong (docs/language.md, "Faithful to 1.14's bugs").
IO.inspect Range.disjoint?(1..5, 6..9)
IO.inspect Range.disjoint?(5..1, 6..9)
IO.inspect Range.disjoint?(5..1, 5..9)
IO.inspect Range.disjoint?(1..5, 2..7)
IO.inspect Range.disjoint?(1..5//2, 2..7//2)
IO.inspect Range.disjoint?(1..100//14, 51..8//-21)
IO.inspect Range.disjoint?(2..28//3, 9..28//5)
IO.inspect Range.disjoint?(1..0//1, 0..10)
IO.inspect Range.disjoint?(10..1//-3, 1..10//4)

for a <- [1..12//3, 12..1//-5, 3..30//7, 0..20//4], b <- [2..20//6, 20..0//-4, 5..9] do
  IO.puts "#{inspect a} #{inspect b} #{Range.disjoint?(a, b)}"
end
