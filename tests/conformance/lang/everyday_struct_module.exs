# A struct with a typespec, String.Chars, struct!/2, sorting structs
defmodule Person do
  @type t :: %__MODULE__{name: String.t(), age: non_neg_integer()}
  defstruct [:name, age: 0, tags: []]
  def new(name, age), do: %__MODULE__{name: name, age: age}
  def birthday(%__MODULE__{age: a} = p), do: %{p | age: a + 1}
  defimpl String.Chars do
    def to_string(%{name: n, age: a}), do: "#{n} (#{a})"
  end
end
defmodule Main do
  def run do
    p = Person.new("Ann", 30)
    IO.puts p
    IO.puts "Hi #{Person.birthday(p)}"
    IO.inspect p
    IO.inspect struct!(Person, name: "Bo")
    try do
      struct!(Person, nme: "Bo")
    rescue
      e -> IO.puts Exception.message(e)
    end
    IO.inspect is_struct(p), label: "is_struct"
    IO.inspect is_struct(p, Person)
    %struct_name{} = p
    IO.inspect struct_name
    IO.inspect Map.from_struct(p)
    IO.inspect put_in(p.tags, [:a])
    IO.inspect update_in(p.age, &(&1 * 2))
    people = [Person.new("Zed", 20), Person.new("Amy", 40), Person.new("Bob", 30)]
    IO.inspect Enum.sort_by(people, & &1.age) |> Enum.map(& &1.name)
    IO.inspect Enum.max_by(people, & &1.age).name
    IO.inspect Enum.map(people, &to_string/1)
    IO.inspect people, pretty: true, width: 40
    try do
      p.nope
    rescue
      e -> IO.puts Exception.message(e)
    end
    try do
      %{p | nope: 1}
    rescue
      e -> IO.puts Exception.message(e)
    end
    IO.inspect Person.__struct__()
    IO.inspect %Person{} == %Person{}
    IO.inspect Map.keys(p)
  end
end
Main.run()
