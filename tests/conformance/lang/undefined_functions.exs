# Calls of undefined functions: rescue sees UndefinedFunctionError (reason nil, as in 1.14),
# catch :error sees the BEAM's bare :undef
defmodule M do
  def a, do: 1
end
for f <- [fn -> Foo.bar() end, fn -> M.b() end, fn -> 1 + :a end, fn -> hd([]) end, fn -> :ok = :no end,
          fn -> M.a(5) end, fn -> raise "x" end, fn -> elem({}, 1) end, fn -> %{}.a end, fn -> Map.fetch!(%{}, :a) end,
          fn -> String.to_integer("z") end, fn -> case 1 do 2 -> 3 end end, fn -> apply(M, :zz, [1]) end] do
  try do
    f.()
  catch
    :error, e -> IO.inspect(e)
  end
end
try do
  Foo.bar()
catch
  :error, :undef -> IO.puts "undef matched"
end
try do
  apply(Flow, :nope, [])
rescue
  e -> IO.inspect e
end
try do
  Flow.nope(1)
rescue
  e -> IO.inspect e
end
try do
  apply(Nope, :nope, [])
rescue
  e -> IO.inspect e
end
try do
  String.nope(1)
rescue
  e -> IO.inspect e
end
f = fn -> Flow.zzz() end
try do
  f.()
rescue
  e -> IO.inspect e
end
try do
  M.missing(1, 2)
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  Missing.Module.call()
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
