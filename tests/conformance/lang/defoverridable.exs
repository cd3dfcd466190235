# defoverridable (a keyword list, a behaviour) and super: through a __using__ as Kernel's docs
# show it, in the module itself, overridden twice, with defaults, from an fn, a private
# function, and what use GenServer defines (child_spec/1, handle_cast/2)
defmodule DefaultMod do
  defmacro __using__(_opts) do
    quote do
      def test(x, y) do
        x + y
      end

      defoverridable test: 2
    end
  end
end

defmodule ChildMod do
  use DefaultMod

  def test(x, y) do
    x * y + super(x, y)
  end
end
IO.inspect ChildMod.test(2, 3)

defmodule NoOverride do
  use DefaultMod
end
IO.inspect NoOverride.test(2, 3)

defmodule Plug do
  @callback call(any) :: any
  @callback init(any) :: any
end

defmodule DefaultPlug do
  defmacro __using__(_) do
    quote do
      @behaviour Plug
      def init(opts), do: {:init, opts}
      def call(x), do: {:call, x}
      defoverridable Plug
    end
  end
end

defmodule P1 do
  use DefaultPlug
  def call(x), do: {:mine, super(x)}
end
IO.inspect P1.init(1)
IO.inspect P1.call(2)

defmodule Direct do
  def f(x), do: x + 1
  def g(), do: :g
  defoverridable f: 1, g: 0
  def f(x) when x > 10, do: :big
  def f(x), do: super(x) * 100
end
IO.inspect {Direct.f(1), Direct.f(20), Direct.g()}

defmodule Srv do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_cast(msg, s) do
    IO.inspect({:cast, msg})
    super(msg, s)
  end
end
{:ok, pid} = GenServer.start_link(Srv, 5)
IO.inspect GenServer.call(pid, :get)
IO.inspect Srv.child_spec(1)

defmodule Srv2 do
  use GenServer
  def child_spec(arg), do: Map.put(super(arg), :restart, :temporary)
end
IO.inspect Srv2.child_spec(:x)

defmodule Priv do
  defmacro __using__(_) do
    quote do
      defp helper(x), do: x
      def run(x), do: helper(x)
      defoverridable helper: 1
    end
  end
end
defmodule PrivUser do
  use Priv
  defp helper(x), do: {:wrapped, super(x)}
end
IO.inspect PrivUser.run(3)

defmodule Twice do
  def f(x), do: x + 1
  defoverridable f: 1
  def f(x), do: super(x) * 2
  defoverridable f: 1
  def f(x), do: super(x) + 100
end
IO.inspect Twice.f(3)
defmodule F do
  def f(x, y \\ 1), do: x + y
  defoverridable f: 2
  def f(x, y), do: super(x, y) * 10
end
IO.inspect F.f(3)
IO.inspect F.f(3, 2)
defmodule G do
  def f(x), do: x
  defoverridable f: 1
  def f(x) do
    fun = fn -> super(x) end
    {:got, fun.()}
  end
end
IO.inspect G.f(1)

defmodule DefaultMod2 do
  defmacro __using__(_opts) do
    quote do
      def test(x, y), do: x + y
      defoverridable test: 2
    end
  end
end
defmodule ChildMod2 do
  use DefaultMod2
  def test(x, y), do: x * y + super(x, y)
  def boom(x), do: raise "boom #{x}"
end
IO.inspect ChildMod2.__info__(:functions)
IO.inspect function_exported?(ChildMod2, :test, 2)
defmodule Raiser do
  def f(x), do: raise ArgumentError, "bad #{x}"
  defoverridable f: 1
  def f(x), do: super(x)
end
try do
  Raiser.f(1)
rescue
  e -> IO.inspect({e, hd(__STACKTRACE__)})
end
