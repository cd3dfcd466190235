# A hand-written GenServer with every callback the book uses: call, cast, info, a timeout
# from init and from handle_call, GenServer.reply/2 from a spawned worker, {:stop, ...}
# with terminate/2, a named server.
defmodule Sequence do
  use GenServer

  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def next, do: GenServer.call(__MODULE__, :next)
  def slow_double, do: GenServer.call(__MODULE__, :slow_double)
  def bump(d), do: GenServer.cast(__MODULE__, {:bump, d})
  def stop_with(reason), do: GenServer.call(__MODULE__, {:stop, reason})

  @impl true
  def init(n) do
    Process.flag(:trap_exit, true)
    {:ok, n, 50}
  end

  @impl true
  def handle_call(:next, _from, n), do: {:reply, n, n + 1}

  def handle_call(:slow_double, from, n) do
    spawn(fn -> GenServer.reply(from, {:doubled, n * 2}) end)
    {:noreply, n}
  end

  def handle_call({:stop, reason}, _from, n), do: {:stop, reason, {:stopping, n}, n}

  @impl true
  def handle_cast({:bump, d}, n), do: {:noreply, n + d, 20}

  @impl true
  def handle_info(:timeout, n) do
    IO.puts("timeout at #{n}")
    {:noreply, n}
  end

  def handle_info(other, n) do
    IO.puts("info: #{inspect(other)}")
    {:noreply, n}
  end

  @impl true
  def terminate(reason, n) do
    IO.puts("terminate(#{inspect(reason)}, #{n})")
  end
end

defmodule Main do
  def run do
    {:ok, pid} = Sequence.start_link(10)
    IO.inspect(GenServer.whereis(Sequence) == pid, label: "whereis")
    Process.sleep(100)
    IO.inspect(Sequence.next(), label: "next")
    IO.inspect(Sequence.slow_double(), label: "slow_double")
    Sequence.bump(5)
    Process.sleep(100)
    send(Sequence, :hello)
    IO.inspect(Sequence.next(), label: "next")
    Process.unlink(pid)
    ref = Process.monitor(pid)
    IO.inspect(Sequence.stop_with(:normal), label: "stop")
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "down")
    end
    IO.inspect(GenServer.whereis(Sequence), label: "whereis after")
    reason = try do
      Sequence.next()
    catch
      :exit, reason -> reason
    end
    IO.inspect(reason, label: "call after stop")
  end
end

Main.run()
