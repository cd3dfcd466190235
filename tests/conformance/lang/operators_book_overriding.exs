# The book's "Macros and Code Evaluation" chapter: overriding an operator with a macro.
# `import Kernel, except:` is lexical, so the first line of the module still adds.
defmodule Operators do
  defmacro a + b do
    quote do
      to_string(unquote(a)) <> to_string(unquote(b))
    end
  end
end

defmodule Test do
  IO.puts(123 + 456)
  import Kernel, except: [+: 2]
  import Operators
  IO.puts(123 + 456)
end

IO.puts(123 + 456)
