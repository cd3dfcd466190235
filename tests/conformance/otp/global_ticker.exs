defmodule Ticker do
  @interval 50
  def start do
    pid = spawn(__MODULE__, :generator, [[]])
    :global.register_name(:ticker, pid)
    pid
  end
  def register(client_pid) do
    send :global.whereis_name(:ticker), {:register, client_pid}
  end
  def generator(clients) do
    receive do
      {:register, pid} ->
        IO.puts "registering #{inspect pid == self()}"
        generator([pid | clients])
      :stop -> IO.puts "stopping"
    after @interval ->
      Enum.each clients, fn client -> send client, {:tick} end
      generator(clients)
    end
  end
end
t = Ticker.start()
Ticker.register(self())
receive do {:tick} -> IO.puts "tick" end
receive do {:tick} -> IO.puts "tock" end
send t, :stop
ref = Process.monitor(t)
receive do {:DOWN, _, _, _, r} -> IO.inspect r end
IO.inspect :global.whereis_name(:ticker)
