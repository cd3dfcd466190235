# @before_compile (a use sets it; the hook's code joins the module's end) and an attribute
# registered with accumulate: true, as DSLs built with use write them (a tiny test framework).
defmodule TestCase do
  defmacro __using__(_opts) do
    quote do
      import TestCase
      Module.register_attribute(__MODULE__, :tests, accumulate: true)
      @before_compile TestCase
    end
  end
  defmacro test(description, do: block) do
    function_name = String.to_atom("test " <> description)
    quote do
      @tests unquote(function_name)
      def unquote(function_name)(), do: unquote(block)
    end
  end
  defmacro __before_compile__(env) do
    IO.inspect(env.module, label: "compiling")
    quote do
      def run do
        Enum.each(Enum.reverse(@tests), fn name ->
          IO.puts "Running #{name}: #{inspect(apply(__MODULE__, name, []))}"
        end)
      end
    end
  end
end
defmodule MyTest do
  use TestCase
  test "arithmetic" do
    1 + 1 == 2
  end
  test "strings" do
    "a" <> "b"
  end
end
MyTest.run()
defmodule Greeter2 do
  defmacro __using__(_opts) do
    quote do
      def hello, do: "Hello from #{inspect(__MODULE__)}"
      @before_compile Greeter2
    end
  end
  defmacro __before_compile__(_env) do
    quote do
      def compiled?, do: true
    end
  end
end
defmodule Person2 do
  use Greeter2
end
IO.puts Person2.hello()
IO.inspect Person2.compiled?()
