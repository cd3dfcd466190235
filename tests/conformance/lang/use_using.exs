# use Mod, opts calls Mod.__using__(opts) and compiles what it returns in the module.
defmodule Greeter do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "Hello")

    quote do
      def greet(name), do: "#{unquote(greeting)}, #{name}!"
      def greeting_source, do: unquote(__MODULE__)
    end
  end
end

defmodule English do
  use Greeter
end

defmodule French do
  use Greeter, greeting: "Bonjour"
  def extra, do: greet("Ami")
end

IO.puts(English.greet("Dave"))
IO.puts(French.greet("Dave"))
IO.puts(French.extra())
IO.inspect(French.greeting_source())

defmodule Counter do
  defmacro __using__(_opts) do
    quote do
      import Counter, only: [count: 1]
      @before 1
    end
  end

  defmacro count(list) do
    quote do: length(unquote(list)) + @before
  end
end

defmodule UsesCounter do
  use Counter
  def run, do: count([1, 2, 3])
end

IO.puts(UsesCounter.run())
