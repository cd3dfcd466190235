# What Code.eval_string raises for bad code, and the messages those exceptions give:
# TokenMissingError and SyntaxError with the offending line, CompileError with file:line,
# and an expansion's own exception (defstruct twice is an ArgumentError)
snippets = [
  "1 + )",
  "x = \"abc",
  "foo(",
  "[1, 2",
  "undefined_fun()",
  "defmodule Twice do\n defstruct [:a]\n defstruct [:a]\nend",
  "defmodule Pt do\n defstruct [:x]\nend\ndefmodule UsePt do\n def f, do: %Pt{y: 1}\nend"
]

for code <- snippets do
  try do
    Code.eval_string(code)
  rescue
    e ->
      IO.inspect(e.__struct__)
      IO.puts(Exception.message(e))
  end
end

try do
  Code.string_to_quoted!("1 + )")
rescue
  e -> IO.inspect(e)
end
