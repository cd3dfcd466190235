# __MODULE__.Name: a module named under the one being defined, as OTP code names its
# registries, workers and nested modules
defmodule Shop do
  defmodule Cart do
    def new, do: []
  end

  defmodule __MODULE__.Checkout do
    def total(items), do: Enum.sum(items)
    def whoami, do: __MODULE__
  end

  alias __MODULE__.Cart, as: C
  @registry __MODULE__.Registry

  def registry, do: @registry
  def cart, do: C.new()
  def cart_module, do: __MODULE__.Cart
  def total(items), do: __MODULE__.Checkout.total(items)
  def quoted, do: quote(do: __MODULE__.Cart.new())
end

IO.inspect(Shop.registry())
IO.inspect(Shop.cart())
IO.inspect(Shop.cart_module())
IO.inspect(Shop.total([1, 2, 3]))
IO.inspect(Shop.Checkout.whoami())
IO.inspect(Shop.quoted())
IO.puts(Macro.to_string(Shop.quoted()))
IO.inspect(Macro.expand(quote(do: __MODULE__.Thing), __ENV__))

defmodule Counter do
  use Agent

  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__.Store)
  def value, do: Agent.get(__MODULE__.Store, & &1)
end

{:ok, _} = Counter.start_link(41)
IO.inspect(Counter.value())
IO.inspect(Process.whereis(Counter.Store) |> is_pid())

# a macro's __MODULE__.Worker names a module under the caller's; outside any module it is
# Worker (__MODULE__ is nil)
defmodule Names do
  defmacro worker, do: quote(do: __MODULE__.Worker)
  def quoted, do: quote(do: __MODULE__.Worker)
end

defmodule UsesNames do
  require Names
  alias __MODULE__.Helper
  def worker, do: Names.worker()
  def helper, do: Helper
end

IO.inspect(UsesNames.worker())
IO.inspect(UsesNames.helper())
IO.inspect(Names.quoted())
IO.inspect(Code.eval_quoted(Names.quoted()))
