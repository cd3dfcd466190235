# :binary.compile_pattern/1 patterns in String.split/2,3, replace/3, contains?/2 and
# :binary's searches; String.splitter/3 with "" (every grapheme) and its pattern checked
pattern = :binary.compile_pattern([" ", ","])
IO.inspect String.split("1,2 3,4", pattern)
IO.inspect String.split("x-x-", :binary.compile_pattern("-"), parts: 3, trim: true)
IO.inspect String.replace("a,b c", pattern, "_")
IO.inspect String.contains?("a,b", pattern)
IO.inspect :binary.split("a,b c", pattern, [:global])
IO.inspect :binary.matches("a,b c", pattern)
IO.inspect String.splitter("1,2 3,4", pattern) |> Enum.to_list()
IO.inspect String.splitter("1,2 3,4 5", "") |> Enum.take(4)
IO.inspect String.splitter("1,2", "") |> Enum.to_list()
IO.inspect String.splitter("1,2", "", trim: true) |> Enum.to_list()
IO.inspect String.splitter("", "") |> Enum.to_list()

for attempt <- [fn -> String.splitter("a", [""]) end, fn -> :binary.compile_pattern("") end] do
  try do
    attempt.()
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
