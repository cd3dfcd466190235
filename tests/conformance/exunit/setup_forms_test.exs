# setup in its other forms: a named function, a list of them, on_exit, @moduletag,
# start_supervised! for a server under the test supervisor, tags read in setup
ExUnit.start(seed: 0)

defmodule Counter do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def bump, do: Agent.update(__MODULE__, &(&1 + 1))
end

defmodule SetupFormsTest do
  use ExUnit.Case

  setup_all do
    {:ok, _} = Agent.start(fn -> [] end, name: :exits)
    :ok
  end
  @moduletag :counter
  @moduletag timeout: 5_000

  setup :start_counter
  setup [:add_one, :describe_tags]

  defp start_counter(context) do
    pid = start_supervised!({Counter, context[:initial] || 0})
    test = context.test
    on_exit(fn -> :ok = Agent.update(:exits, &[test | &1]) end)
    %{counter: pid}
  end

  defp add_one(_context) do
    Counter.bump()
    :ok
  end

  defp describe_tags(context) do
    [tags: Map.take(context, [:counter, :initial, :timeout, :slow])]
  end

  test "starts at one", %{counter: pid, tags: tags} do
    assert is_pid(pid)
    assert Counter.value() == 1
    assert tags == %{counter: true, timeout: 5_000}
  end

  @tag initial: 10
  @tag :slow
  test "reads its tag", context do
    assert Counter.value() == 11
    assert context.tags.slow
    assert context.tags.initial == 10
  end

  test "stop_supervised", %{counter: pid} do
    ref = Process.monitor(pid)
    assert :ok = stop_supervised(Counter)
    assert_receive {:DOWN, ^ref, :process, ^pid, :shutdown}
    assert {:error, :not_found} = stop_supervised(Counter)
  end

  test "on_exit ran after each earlier test" do
    assert length(Agent.get(:exits, & &1)) in 0..4
  end

  test "a second start_supervised of the same child fails" do
    assert {:error, {{:already_started, _}, _}} = start_supervised({Counter, 5})
  end
end
