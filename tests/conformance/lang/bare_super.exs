# A bare `super` is super() (Elixir warns on stderr): fine in an overridable function of
# arity 0
defmodule Greeter do
  defmacro __using__(_) do
    quote do
      def greet, do: "hello"
      defoverridable greet: 0
    end
  end
end

defmodule Shouter do
  use Greeter

  def greet do
    String.upcase(super) <> "!"
  end
end

IO.puts(Shouter.greet())
