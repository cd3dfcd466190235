# Programming Elixir's chain: n processes, each adds one to what it receives from its
# neighbour and passes it on; the last one reports back.
defmodule Chain do
  def counter(next_pid) do
    receive do
      n -> send(next_pid, n + 1)
    end
  end

  def create_processes(n) do
    last =
      Enum.reduce(1..n, self(), fn _, send_to ->
        spawn(Chain, :counter, [send_to])
      end)

    send(last, 0)

    receive do
      final_answer when is_integer(final_answer) -> "Result is #{inspect(final_answer)}"
    end
  end

  def run(n), do: IO.puts(create_processes(n))
end

Chain.run(10)
Chain.run(1_000)
Chain.run(10_000)
