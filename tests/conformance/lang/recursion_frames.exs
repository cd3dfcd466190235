# An error deep in a body recursion: the BEAM keeps one of the consecutive frames that
# return to the same place, so the trace shows the failing call and one caller, however
# deep the recursion went
defmodule Rec do
  def sum([h | t]), do: h + sum(t)
  def sum([]), do: 0
  def countdown(0), do: raise("liftoff failed")
  def countdown(n), do: 1 + countdown(n - 1)
  def sum_back([h | t]), do: sum_back(t) + h
  def sum_back([]), do: 0
end
for {name, call} <- [
      sum: fn -> Rec.sum([1, 2, 3, 4, :five]) end,
      short: fn -> Rec.sum([:one]) end,
      countdown: fn -> Rec.countdown(6) end,
      sum_back: fn -> Rec.sum_back([1, :two, 3, 4]) end
    ] do
  try do
    call.()
  rescue
    e ->
      IO.puts("#{name}: #{Exception.message(e)}")
      __STACKTRACE__
      |> Enum.filter(fn {m, _, _, _} -> m in [Rec, :erlang] end)
      |> Enum.each(&IO.puts("    " <> Exception.format_stacktrace_entry(&1)))
  end
end
