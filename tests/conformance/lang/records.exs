# Records as Record's docs define them: defrecord's macros create, read, update and match tuples
defmodule User do
  require Record
  Record.defrecord(:user, name: "meg", age: 25)

  def run do
    user = user()
    IO.inspect(user)
    user = user(name: "john")
    IO.inspect(user)
    IO.inspect(user(user, :age))
    user = user(user, age: 26)
    IO.inspect(user)
    user(name: name) = user
    IO.inspect(name)
    IO.inspect(user(:name))
    IO.inspect(user(:age))
    IO.inspect(user(user))
    IO.inspect(Record.is_record(user, :user))
    IO.inspect(Record.is_record({:other, 1}, :user))
  end
end

User.run()

defmodule Shop do
  require Record
  Record.defrecord(:item, name: nil, price: 0, qty: 1)
  Record.defrecordp(:secret, [:a, :b])

  def new(name, price), do: item(name: name, price: price)
  def total(item(price: p, qty: q)), do: p * q
  def restock(i, n), do: item(i, qty: item(i, :qty) + n, price: 2)
  def hidden, do: secret(a: 1)

  def describe(rec) do
    case rec do
      item(name: "free") -> "free item"
      item(name: n, qty: q) when q > 1 -> "#{q} x #{n}"
      item(name: n) -> "one #{n}"
    end
  end
end

pen = Shop.new("pen", 3)
IO.inspect pen
IO.inspect Shop.total(pen)
IO.inspect Shop.restock(pen, 4)
IO.inspect Shop.hidden()
IO.puts Shop.describe(pen)
IO.puts Shop.describe({:item, "free", 0, 1})
IO.puts Shop.describe(Shop.restock(pen, 1))
IO.inspect elem(pen, 0)

defmodule Geometry do
  import Record, only: [defrecord: 2]
  defrecord :point, x: 0, y: 0

  def origin, do: point()
  def move(p, dx, dy), do: point(p, x: point(p, :x) + dx, y: point(p, :y) + dy)
  def on_axis?(point(x: 0)), do: true
  def on_axis?(point(y: 0)), do: true
  def on_axis?(_), do: false
end

p = Geometry.move(Geometry.origin(), 3, 0)
IO.inspect p
IO.inspect Geometry.on_axis?(p)
IO.inspect Geometry.on_axis?(Geometry.move(p, 1, 1))

defmodule Remote do
  require Shop
  def make, do: Shop.item(name: "remote", qty: 9)
end

IO.inspect Remote.make()

# any macro may stand in a pattern
defmodule Tagged do
  defmacro tagged(tag, value), do: quote(do: {:tagged, unquote(tag), unquote(value)})

  def unwrap(tagged(:int, n)), do: n
  def unwrap(tagged(_, _)), do: :other

  def run do
    tagged(t, v) = {:tagged, :name, "x"}
    IO.inspect({t, v, unwrap({:tagged, :int, 7}), unwrap({:tagged, :str, "s"})})
  end
end

Tagged.run()
