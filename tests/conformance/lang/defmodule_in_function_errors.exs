# A defmodule inside a function is compiled when it runs: what is wrong with it raises
# there, and can be rescued (@Upper, @foo = 42, a second defstruct, an undefined function)
run = fn name, f ->
  try do
    f.()
  rescue
    e -> IO.puts("#{name}: #{inspect(e.__struct__)} #{Exception.message(e)}")
  end
end

run.("upper", fn ->
  defmodule UpcaseAttrSample do
    @Upper
  end
end)

run.("write", fn ->
  defmodule MatchAttr do
    @foo = 42
  end
end)

run.("undefined", fn ->
  defmodule CallsNothing do
    def f, do: nothing_here()
  end
end)

run.("twice", fn ->
  defmodule Twice do
    defstruct [:a]
    defstruct [:b]
  end
end)

defmodule Later do
  def make do
    defmodule Inner do
      def hi, do: :hi
    end

    Inner.hi()
  end
end

IO.inspect(Later.make())
IO.inspect(quote(do: @Upper))
IO.inspect(quote(do: @Foo.Bar))
