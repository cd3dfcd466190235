# Enum.slide/3 moves a range of elements to an index; a range with any step but 1 is an
# ArgumentError (8..-1 counts down, so it has step -1); Base's errors show a byte as a string
list = Enum.to_list(0..10)
IO.inspect Enum.slide(list, 3..5, 1)
IO.inspect Enum.slide(list, 3, 8)
IO.inspect Enum.slide(list, -3..-1, 0)
IO.inspect Enum.slide(0..10, 2..3, 2)
for r <- [2..10//2, 8..-1//-1, 10..2//-1, 5..3//-1] do
  try do
    Enum.slide(list, r, 1)
  rescue
    e in ArgumentError -> IO.puts Exception.message(e)
  end
end
try do
  Enum.slide(list, 2..5, 3)
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end
for s <- [<<0, 0>>, "zz", "a\n=="] do
  try do
    Base.decode16!(s)
  rescue
    e in ArgumentError -> IO.puts Exception.message(e)
  end
end
try do
  Base.decode64!("a\n==")
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end
