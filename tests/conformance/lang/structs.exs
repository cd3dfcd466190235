defmodule User do
  defstruct name: "anon", age: nil, tags: []
  def new(name), do: %User{name: name}
  def older(%__MODULE__{age: a} = u), do: %{u | age: a + 1}
end
defmodule Point do
  @enforce_keys [:x]
  defstruct [:x, :y, z: 0]
end
defmodule Main do
def run do
u = %User{}
IO.inspect(u)
IO.inspect(%User{age: 3, name: "bob"})
IO.inspect(%Point{x: 1})
IO.inspect(User.__struct__())
IO.inspect(User.__struct__(name: "z"))
u2 = %User{u | age: 40}
IO.inspect(u2)
%User{name: n} = u2
IO.puts(n)
case u2 do
  %Point{} -> IO.puts("point")
  %User{age: a} when a > 30 -> IO.puts("old user #{a}")
end
IO.inspect(Map.from_struct(u2))
IO.inspect(struct(User, name: "x", bogus: 1))
IO.inspect(struct(u2, %{age: 1}))
IO.inspect(is_map(u2))
IO.inspect(u2.name)
IO.inspect(Map.keys(u2))
IO.inspect(map_size(u2))
IO.inspect(u2 == %User{name: "anon", age: 40})
try do
  struct!(User, bogus: 1)
rescue
  e -> IO.inspect(e)
end
try do
  struct!(Point, y: 1)
rescue
  e -> IO.inspect(e)
end
try do
  Point.__struct__(y: 1)
rescue
  e -> IO.inspect(e)
end
try do
  User.__struct__(bogus: 1)
rescue
  e -> IO.inspect(e)
end
IO.inspect(struct(Point, y: 1))
IO.inspect(%{__struct__: Foo, a: 1})
IO.inspect(%{__struct__: User, a: 1})
IO.inspect([u2], structs: false)
f = fn %mod{} -> mod end
IO.inspect(f.(u2))
try do
  %User{Point.__struct__() | name: 1}
rescue
  e -> IO.inspect(e)
end
try do
  x = 5
  %User{x | name: 1}
rescue
  e -> IO.inspect(e)
end
IO.inspect(User.new("k") |> Map.put(:age, 1) |> User.older)
IO.inspect(function_exported?(User, :__struct__, 0))
IO.inspect(%User{} |> Map.to_list())
IO.inspect(Enum.map([%Point{x: 1, y: 2}, %Point{x: 3}], & &1.x))
IO.inspect(inspect(%Point{x: 1}, pretty: true, width: 10))
end
end
Main.run()
