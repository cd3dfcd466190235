# The book's process chapter: a ring of n processes passing a counter, and a "Ticker" that
# sends ticks to clients registered with it, using send_after-less receive timeouts.
defmodule Chain do
  def counter(next_pid) do
    receive do
      n -> send(next_pid, n + 1)
    end
  end

  def create_processes(n) do
    code_to_run = fn _, send_to -> spawn(Chain, :counter, [send_to]) end
    last = Enum.reduce(1..n, self(), code_to_run)
    send(last, 0)
    receive do
      final_answer when is_integer(final_answer) -> "Result is #{inspect(final_answer)}"
    end
  end
end

IO.puts(Chain.create_processes(1000))

defmodule Ticker do
  @interval 20
  @name :ticker

  def start do
    pid = spawn(__MODULE__, :generator, [[]])
    Process.register(pid, @name)
  end

  def register(client_pid), do: send(@name, {:register, client_pid})

  def generator(clients) do
    receive do
      {:register, pid} ->
        IO.puts("registering #{inspect(pid == Process.whereis(:main))}")
        generator([pid | clients])
      :stop ->
        :ok
    after
      @interval ->
        Enum.each(clients, fn client -> send(client, {:tick}) end)
        generator(clients)
    end
  end
end

Process.register(self(), :main)
Ticker.start()
Ticker.register(self())
for n <- 1..3 do
  receive do
    {:tick} -> IO.puts("tick #{n}")
  end
end
send(:ticker, :stop)
