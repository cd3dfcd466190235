# defoverridable GenServer: the callbacks a module defined so far become overridable, and a
# later def calls the earlier one with super; it needs the behaviour (use GenServer gives it)
defmodule Pinger do
  defmacro __using__(_) do
    quote do
      use GenServer
      def init(state), do: {:ok, state}
      def handle_call(:ping, _from, state), do: {:reply, :pong, state}
      defoverridable GenServer
    end
  end
end

defmodule Counter do
  use Pinger

  def handle_call(:count, _from, n), do: {:reply, n, n + 1}
  def handle_call(msg, from, n), do: super(msg, from, n)
end

{:ok, pid} = GenServer.start_link(Counter, 5)
IO.inspect(GenServer.call(pid, :ping))
IO.inspect(GenServer.call(pid, :count))
IO.inspect(GenServer.call(pid, :count))

defmodule Plain do
  use GenServer
  def init(x), do: {:ok, x}
  defoverridable GenServer
  def init(x), do: super(x * 2)
  def handle_call(:get, _, s), do: {:reply, s, s}
end
{:ok, p2} = GenServer.start_link(Plain, 21)
IO.inspect(GenServer.call(p2, :get))

run = fn ->
  defmodule NoBehaviour do
    defoverridable GenServer
  end
end
try do
  run.()
rescue
  e -> IO.puts(Exception.message(e))
end
