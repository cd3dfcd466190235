# A quote inside a quote keeps its own unquotes: only the outer quote's are evaluated
x = 1
IO.inspect(quote(do: quote(do: unquote(x))))
IO.inspect(quote(do: {unquote(x), quote(do: unquote(y))}))

defmodule Build do
  def code(v) do
    quote do
      {unquote(v), quote(do: unquote(z) + 1)}
    end
  end
end

IO.inspect(Build.code(5))
