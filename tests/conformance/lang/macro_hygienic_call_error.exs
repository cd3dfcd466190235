# A macro's variable called as a function (the inner quote's unquote is not evaluated,
# so `expr` stays a variable of the macro) is named as written in the CompileError
defmodule Build do
  defmacro twice(expr) do
    quote do
      quote(do: unquote(expr) + 1)
    end
  end
end

define = fn ->
  defmodule UseBuild do
    require Build
    def run(y), do: Build.twice(y)
  end
end

try do
  define.()
rescue
  e -> IO.puts(Exception.message(e))
end
