# defdelegate refuses guards, non-variable parameters and a delegate to its own module
# without :as (ArgumentErrors while it expands); its name may be computed with unquote
for code <- ["defmodule A1 do\n defdelegate foo(term) when is_list(term), to: List\nend",
             "defmodule A2 do\n defdelegate foo(1), to: List\nend",
             "defmodule A3 do\n defdelegate foo(), to: __MODULE__\nend",
             "defmodule A4 do\n defdelegate foo(x)\nend"] do
  try do
    Code.eval_string(code)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
defmodule Dyn do
  name = :flat
  defdelegate unquote(name)(list), to: List, as: :flatten
end
IO.inspect(Dyn.flat([[1], [2]]))
