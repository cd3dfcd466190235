# %^module{} matches a struct of the module a variable holds; %name{} binds any struct's
# module, and a map whose :__struct__ is not an atom is no struct to either
defmodule User do
  defstruct name: "john", age: 27
end

defmodule Shapes do
  def kind(%module{}), do: module
  def kind(_), do: :not_a_struct

  def named(x, mod) do
    case x do
      %^mod{name: name} -> {:ok, name}
      _ -> :no
    end
  end
end

module = User
user = struct(User, name: "meg")
%^module{name: "meg"} = user
IO.inspect(Shapes.named(user, User))
IO.inspect(Shapes.named(user, URI))
IO.inspect(Shapes.named(%{__struct__: User, name: 1}, User))
IO.inspect(Shapes.kind(user))
IO.inspect(Shapes.kind(%{__struct__: "User"}))
IO.inspect(quote do: %^mod{a: 1})
try do
  %^module{name: "x"} = URI.parse("http://a")
rescue
  e in MatchError -> IO.puts(Exception.message(e))
end
