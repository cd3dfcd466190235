# A module body, and a macro, may call functions of a module defined earlier in the same
# script: an .exs defines each module when it reaches its defmodule.
defmodule Settings do
  def windows?, do: match?({:win32, _}, :os.type())
  def limit, do: 10
  def double(x), do: x * 2
end

defmodule Platform do
  @limit Settings.limit()

  if Settings.windows?() do
    def name, do: "windows"
  else
    def name, do: "unix"
  end

  for n <- 1..3 do
    def unquote(:"times_#{n}")(x), do: x * unquote(Settings.double(n))
  end

  def limit, do: @limit
end

defmodule Twice do
  defmacro twice(x), do: Settings.double(x)
end

defmodule User do
  require Twice
  def answer, do: Twice.twice(21)
end

IO.inspect({Platform.name(), Platform.limit(), Platform.times_3(5), User.answer()})

# a macro used in its own module may call the functions defined before the caller
defmodule Local do
  defp by_two(x), do: x * 2
  defmacro twice(v), do: by_two(v)
  defmacro doubled_all(list), do: Enum.map(list, &by_two/1)
  def a, do: twice(21)
  def b, do: doubled_all([1, 2, 3])
end

IO.inspect({Local.a(), Local.b()})
