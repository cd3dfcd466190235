defmodule S do
  use GenServer
  def init(n), do: {:ok, n, {:continue, :more}}
  def handle_continue(:more, n), do: {:noreply, n + 1}
  def handle_call(:next, _from, n), do: {:reply, n, n + 1}
  def handle_call(:later, from, n) do
    GenServer.reply(from, :early)
    {:noreply, n}
  end
  def handle_call(:stop, _from, n), do: {:stop, :normal, :bye, n}
  def handle_call(:tmo, _from, n), do: {:reply, :t, n, 10}
  def handle_cast({:inc, _d}, n), do: {:noreply, n}
  def handle_info(:timeout, n), do: {:noreply, {:timed_out, n}}
  def handle_info(_m, n), do: {:noreply, n}
end
{:ok, _p} = GenServer.start_link(S, 1, name: :srv, debug: [:trace])
GenServer.call(:srv, :next)
GenServer.call(:srv, :later)
GenServer.cast(:srv, {:inc, %{a: "str", b: [1, 2]}})
send(:srv, {:msg, 'chars', "bin", 1.5, :"Elixir.Foo"})
:sys.get_state(:srv)
GenServer.call(:srv, :tmo)
Process.sleep(100)
:sys.get_state(:srv)
GenServer.call(:srv, :stop)
IO.puts "end"
