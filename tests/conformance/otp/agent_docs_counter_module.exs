defmodule Counter do
  use Agent

  def start_link(initial_value) do
    Agent.start_link(fn -> initial_value end, name: __MODULE__)
  end

  def value do
    Agent.get(__MODULE__, & &1)
  end

  def increment do
    Agent.update(__MODULE__, &(&1 + 1))
  end
end

{:ok, _} = Counter.start_link(0)
IO.inspect Counter.value()
IO.inspect Counter.increment()
IO.inspect Counter.increment()
IO.inspect Counter.value()
IO.inspect Counter.child_spec(5)
IO.inspect Agent.get(Counter, fn x -> x * 2 end, 1000)
IO.inspect Agent.get(Counter, Kernel, :+, [10])
IO.inspect Agent.update(Counter, Kernel, :*, [3])
IO.inspect Counter.value()
IO.inspect Agent.get_and_update(Counter, fn x -> {x, x + 1} end)
IO.inspect Agent.cast(Counter, fn x -> x + 100 end)
IO.inspect Counter.value()
{:ok, sup} = Supervisor.start_link([{Counter, 7}], strategy: :one_for_one)
IO.inspect Process.whereis(Counter) |> is_pid()
try do
  Agent.get(Counter, fn _ -> exit(:oops) end)
catch
  :exit, r -> IO.inspect(r)
end
Process.sleep(20)
IO.inspect Counter.value()
try do
  Agent.update(Counter, fn _ -> raise "bad update" end)
catch
  :exit, {{%RuntimeError{message: m}, _}, call} -> IO.inspect({m, call})
end
Process.sleep(20)
IO.inspect Counter.value()
IO.inspect Agent.stop(Counter, :normal)
Process.sleep(20)
IO.inspect Supervisor.count_children(sup)
