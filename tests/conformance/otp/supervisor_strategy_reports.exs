# Three workers under one_for_one, one_for_all and rest_for_one; a crash of the middle one
# and what each strategy restarts (pids compared before and after); max_restarts: 1 makes
# the supervisor give up on the second crash. Logger's reports are captured and printed
# without their timestamps.
ExUnit.start(autorun: false)

defmodule Log do
  def show(fun) do
    ExUnit.CaptureLog.capture_log(fun)
    |> String.replace(~r/^\d\d:\d\d:\d\d\.\d\d\d /m, "")
    |> IO.write()
  end
end

defmodule Worker do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  @impl true
  def init(name), do: {:ok, name}
  @impl true
  def handle_cast(:crash, name), do: raise("#{name} crashed")
end

defmodule Tree do
  def run(strategy, opts \\ []) do
    children = for n <- [:a, :b, :c], do: Supervisor.child_spec({Worker, n}, id: n)
    {:ok, sup} = Supervisor.start_link(children, [strategy: strategy] ++ opts)
    before = for n <- [:a, :b, :c], do: Process.whereis(n)
    Log.show(fn ->
      ref = Process.monitor(:b)
      GenServer.cast(:b, :crash)
      receive do
        {:DOWN, ^ref, _, _, _} -> :ok
      end
      wait_all()
    end)
    after_ = for n <- [:a, :b, :c], do: Process.whereis(n)
    restarted = for {n, b, a} <- Enum.zip([[:a, :b, :c], before, after_]), b != a, do: n
    IO.puts("#{strategy}: restarted #{inspect(restarted)}")
    IO.inspect(Supervisor.count_children(sup), label: "  count")
    sup
  end

  defp wait_all do
    if Enum.all?([:a, :b, :c], &Process.whereis/1), do: :ok, else: (Process.sleep(5); wait_all())
  end
end

Process.flag(:trap_exit, true)
for s <- [:one_for_one, :one_for_all, :rest_for_one] do
  sup = Tree.run(s)
  Supervisor.stop(sup)
end

defmodule GiveUp do
  def run do
    sup = Tree.run(:one_for_one, max_restarts: 1, max_seconds: 5)
    ref = Process.monitor(sup)
    Log.show(fn ->
      GenServer.cast(:a, :crash)
      receive do
        {:DOWN, ^ref, :process, ^sup, reason} -> IO.inspect(reason, label: "supervisor gave up")
      end
    end)
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "EXIT")
    end
  end
end

GiveUp.run()
