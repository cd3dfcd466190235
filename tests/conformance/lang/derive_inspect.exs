# @derive {Inspect, only: ...} and except: hide fields, as for passwords
defmodule User do
  @derive {Inspect, only: [:name, :age]}
  defstruct [:name, :age, :email]
end

defmodule Account do
  @derive {Inspect, except: [:password]}
  defstruct name: "x", password: "secret", age: 3
end

defmodule Pair do
  @derive {Inspect, only: [:a, :b]}
  defstruct [:a, :b]
end

defmodule Plain do
  @derive Inspect
  defstruct a: 1
end

IO.inspect struct(User, name: "Dave", age: 42, email: "dave@example.com")
IO.inspect struct(Account)
IO.inspect struct(Pair)
IO.inspect struct(Plain)
IO.inspect %{user: struct(User, name: "Ann"), account: struct(Account)}
IO.inspect struct(Account), pretty: true, width: 10
IO.inspect [struct(Account)], limit: 1
IO.puts inspect(struct(User))
