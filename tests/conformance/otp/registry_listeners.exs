# Registry listeners: notified by the registering process
defmodule Listener do
  def start(parent) do
    pid = spawn(fn -> loop(parent) end)
    Process.register(pid, :listener)
    pid
  end
  def loop(parent) do
    receive do
      msg ->
        send parent, {:heard, msg}
        loop(parent)
    end
  end
end
Listener.start(self())
{:ok, _} = Registry.start_link(keys: :unique, name: Reg, listeners: [:listener])
me = self()
{:ok, _} = Registry.register(Reg, "a", 1)
receive do {:heard, {:register, Reg, "a", ^me, 1}} -> IO.puts "register heard" end
:ok = Registry.unregister(Reg, "a")
receive do {:heard, {:unregister, Reg, "a", ^me}} -> IO.puts "unregister heard" end
{:ok, _} = Registry.register(Reg, "b", :x)
receive do {:heard, msg} -> IO.inspect(elem(msg, 0)) end
Registry.unregister_match(Reg, "b", :y)
Registry.unregister_match(Reg, "b", :x)
receive do {:heard, msg} -> IO.inspect(msg |> Tuple.delete_at(3)) end
try do
  Registry.start_link(keys: :unique, name: Reg2, listeners: :bad)
rescue
  e -> IO.puts Exception.message(e)
end
try do
  Registry.start_link(keys: :unique, name: Reg2, compressed: 1)
rescue
  e -> IO.puts Exception.message(e)
end
