# Typespecs as modules write them: @type, @typep, @opaque, @spec and @callback with `|`
# alternatives, `when` guards, function types, ranges, non-empty lists and bitstring types.
# They document; the program runs as if they were absent.
defmodule Shapes do
  @moduledoc "Areas of shapes"
  @type shape :: {:circle, number} | {:rect, number, number} | :none
  @type maybe(t) :: t | nil
  @opaque secret :: [integer] | tuple()
  @callback area(shape) :: float | {:error, String.t()}

  @spec area(shape) :: float | integer | nil
  def area({:circle, r}), do: 3.14159 * r * r
  def area({:rect, w, h}), do: w * h
  def area(:none), do: nil

  @spec both(integer | nil, keyword() | map()) :: {:ok, term} | :error when term: any
  def both(a, b), do: {:ok, {a, b}}

  @spec apply_twice((integer -> integer), integer) :: integer
  def apply_twice(f, x), do: f.(f.(x))

  @spec first([integer, ...], 0..10) :: <<_::8>> | binary
  def first([h | _], _), do: <<h>>
end

defmodule Account do
  defstruct owner: nil, balance: 0
  @type t :: %__MODULE__{owner: String.t() | nil, balance: non_neg_integer}
  @typep cents :: pos_integer

  @spec deposit(t, cents) :: t
  def deposit(%__MODULE__{} = a, amount) when amount > 0, do: %{a | balance: a.balance + amount}

  @spec open(String.t()) :: t
  def open(owner), do: %__MODULE__{owner: owner}
end

IO.inspect(Shapes.area({:circle, 1}))
IO.inspect(Shapes.area({:rect, 2, 3}))
IO.inspect(Shapes.area(:none))
IO.inspect(Shapes.both(1, []))
IO.inspect(Shapes.apply_twice(&(&1 * 3), 2))
IO.inspect(Shapes.first([65, 66], 3))
IO.inspect(Account.deposit(Account.open("ann"), 250))
IO.inspect([1 | [2, 3]])
IO.inspect(%{%{a: 1} | a: 2})
