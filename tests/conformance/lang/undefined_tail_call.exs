# A call of an undefined function in tail position: the BEAM made the tail call, so the
# caller's frame is gone from the stack trace (the failed call is on top, then the
# caller's caller)
defmodule Shop do
  def price(item), do: Catalog.lookup(item)
  def total(items), do: Enum.sum(Enum.map(items, &price/1))
  def checked(item) do
    result = Catalog.lookup(item)
    {:ok, result}
  end
end
for {name, call} <- [
      tail: fn -> Shop.price(:apple) end,
      under_enum: fn -> Shop.total([:pear]) end,
      not_tail: fn -> Shop.checked(:fig) end
    ] do
  try do
    call.()
  rescue
    e in UndefinedFunctionError ->
      IO.puts("#{name}: #{Exception.message(e)}")
      __STACKTRACE__
      |> Enum.filter(fn {m, _, _, _} -> m in [Shop, Catalog] end)
      |> Enum.each(&IO.puts("    " <> Exception.format_stacktrace_entry(&1)))
  end
end
