# Making atoms from text, as the docs warn: String.to_atom/1 makes any atom,
# String.to_existing_atom/1 only finds one that exists (every atom the code names exists),
# and the errors of the :erlang BIFs underneath, explained argument by argument.
defmodule Config do
  @known [:debug, :info, :warning]

  def level(text) do
    level = String.to_existing_atom(text)
    if level in @known, do: {:ok, level}, else: {:error, :unknown}
  rescue
    ArgumentError -> {:error, :not_an_atom}
  end
end

IO.inspect Config.level("info")
IO.inspect Config.level("ok")
IO.inspect Config.level("surely_no_such_atom_here_42")
IO.inspect String.to_atom("made_" <> "at_runtime")
IO.inspect List.to_existing_atom('debug')
IO.inspect :erlang.binary_to_existing_atom("warning", :utf8)

for {label, fun} <- [
      to_existing_atom: fn -> String.to_existing_atom("never_" <> "seen_before") end,
      list_to_existing_atom: fn -> List.to_existing_atom('never_seen_either') end,
      duplicate_negative: fn -> String.duplicate("ab", -1) end,
      duplicate_float: fn -> String.duplicate("ab", 1.5) end,
      to_integer: fn -> String.to_integer("12a") end,
      to_float: fn -> String.to_float("12") end
    ] do
  try do
    fun.()
  rescue
    e in ArgumentError -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end
