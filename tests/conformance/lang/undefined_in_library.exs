# An undefined function of one of Elixir's or Erlang's own modules: the frame of the
# failed call names the module's application, as Elixir 1.14 on OTP 25 prints it
for call <- [
      fn -> String.shout("hi") end,
      fn -> Enum.mapp([1], 2) end,
      fn -> Map.fetch_all(%{}, :a) end,
      fn -> Keyword.fetch_all([], :a) end,
      fn -> :lists.sum2([1]) end,
      fn -> :maps.fetch_all(:a, %{}) end
    ] do
  try do
    call.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      [frame | _] = __STACKTRACE__
      IO.puts(Exception.format_stacktrace_entry(frame))
  end
end
