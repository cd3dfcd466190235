# Erlang's :binary module as Elixir code calls it for byte-level work: splitting on one or
# several separators, finding and replacing (the longest pattern wins where several start
# at one place), scopes, and the ArgumentErrors OTP explains.
csv = "name,age,,city"
IO.inspect :binary.split(csv, ",")
IO.inspect :binary.split(csv, ",", [:global])
IO.inspect :binary.split(csv, ",", [:global, :trim_all])
IO.inspect :binary.split("a, b;c;;", [", ", ";"], [:global, :trim])
IO.inspect :binary.split("", ",")
IO.inspect :binary.split("key=value=more", "=", [{:scope, {4, 10}}])

header = "GET /index.html HTTP/1.1"
case :binary.match(header, " ") do
  {pos, len} ->
    IO.puts "method: #{binary_part(header, 0, pos)}"
    IO.puts "rest: #{binary_part(header, pos + len, byte_size(header) - pos - len)}"
  :nomatch ->
    IO.puts "no space"
end
IO.inspect :binary.match("hello", "xyz")
IO.inspect :binary.matches("banana", "an")
IO.inspect :binary.matches("abcabc", ["abc", "ab"])
IO.inspect :binary.matches("aaaa", "aa")
IO.inspect :binary.match("abcabc", "c", [{:scope, {3, 3}}])

IO.inspect :binary.replace("a-b-c", "-", "+")
IO.inspect :binary.replace("a-b-c", "-", "+", [:global])
IO.inspect :binary.replace("hello world", ["hello", "world"], "[]", [:global, {:insert_replaced, 1}])
IO.inspect :binary.replace("abc", "b", "xy", [{:insert_replaced, [0, 2]}])

IO.inspect :binary.longest_common_prefix(["interstellar", "internet", "interval"])
IO.inspect :binary.longest_common_suffix(["running", "jumping", "sing"])

for {label, fun} <- [
      empty_pattern: fn -> :binary.split("abc", "") end,
      not_binary: fn -> :binary.match(:abc, "a") end,
      bad_option: fn -> :binary.split("abc", "b", [:everywhere]) end,
      bad_scope: fn -> :binary.split("abc", "b", [{:scope, {1, 10}}]) end,
      bad_replacement: fn -> :binary.replace("abc", "b", 1) end,
      no_binaries: fn -> :binary.longest_common_prefix([]) end,
      copy: fn -> :binary.copy("ab", -1) end,
      first: fn -> :binary.first("") end
    ] do
  try do
    fun.()
  rescue
    e in ArgumentError -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end
