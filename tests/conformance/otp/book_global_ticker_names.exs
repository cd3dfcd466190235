defmodule Ticker do
  @interval 300
  @name :ticker

  def start do
    pid = spawn(__MODULE__, :generator, [[]])
    :global.register_name(@name, pid)
  end

  def register(client_pid) do
    send :global.whereis_name(@name), { :register, client_pid }
  end

  def generator(clients) do
    receive do
      { :register, pid } ->
        IO.puts "registering #{inspect pid}"
        generator([pid|clients])
    after
      @interval ->
        # (silent with no clients: a tick before the first client would race the script)
        if clients != [], do: IO.puts "tick"
        Enum.each clients, fn client ->
          send client, { :tick }
        end
        generator(clients)
    end
  end
end

defmodule Client do
  def start do
    pid = spawn(__MODULE__, :receiver, [self()])
    Ticker.register(pid)
  end

  def receiver(parent) do
    receive do
      { :tick } ->
        IO.puts "tock in client"
        send parent, :ticked
        receiver(parent)
    end
  end
end

IO.inspect Ticker.start
IO.inspect :global.register_name(:ticker, self())
IO.inspect is_pid(:global.whereis_name(:ticker))
IO.inspect :global.registered_names()
Client.start
receive do :ticked -> :ok end
receive do :ticked -> :ok end
# stop the ticker at once: a third tick would otherwise race the lines below and the
# script's end on a loaded machine (it did, in real elixir, under CI)
Process.exit(:global.whereis_name(:ticker), :kill)
IO.inspect Node.self()
IO.inspect Node.list()
IO.inspect node()
IO.inspect Node.alive?()
