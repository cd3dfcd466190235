# __ENV__ and __CALLER__: the line, module, function and file of the code being compiled
defmodule Where do
  def here do
    {__ENV__.module, __ENV__.function, __ENV__.line}
  end

  def in_fn do
    f = fn -> __ENV__.function end
    f.()
  end

  def file_name, do: Path.basename(__ENV__.file)

  defmacro caller_info do
    line = __CALLER__.line
    module = __CALLER__.module
    function = __CALLER__.function
    quote do
      {unquote(module), unquote(function), unquote(line)}
    end
  end
end

defmodule User do
  require Where

  def run(x) do
    IO.inspect Where.caller_info()
    x
  end
end

IO.inspect Where.here()
IO.inspect Where.in_fn()
IO.inspect Where.file_name()
IO.inspect User.run(1)
IO.inspect __ENV__.module
IO.inspect __ENV__.function
IO.inspect __ENV__.line
IO.inspect __ENV__.context
IO.inspect __ENV__.file == Path.expand(__ENV__.file)
IO.inspect Path.dirname(__ENV__.file) == __DIR__
IO.puts "#{Path.basename(__ENV__.file)}:#{__ENV__.line}"
