# The counter server of the GenServer workloads (gen_call.exs, gen_cast.exs), the same
# server taskplay_bench runs on taskplay's GenServer loop: the count starts at 0,
# handle_call(:get) replies with it, handle_cast({:add, k}) adds k.
defmodule Counter do
  use GenServer

  @impl true
  def init(count), do: {:ok, count}

  @impl true
  def handle_call(:get, _from, count), do: {:reply, count, count}

  @impl true
  def handle_cast({:add, k}, count), do: {:noreply, count + k}
end
