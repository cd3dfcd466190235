# assert_receive and friends with the patterns learners write: guards, variables bound by the
# pattern and used after it, messages sent by other processes, refute_receive giving time for
# a message that must not come; two fail on purpose (a guard that rejects, a late message).
ExUnit.start(seed: 0, refute_receive_timeout: 50)

defmodule Pinger do
  def start(test_pid, n) do
    spawn(fn ->
      for i <- 1..n, do: send(test_pid, {:ping, self(), i})
    end)
  end
end

defmodule ReceivePatternsTest do
  use ExUnit.Case

  test "binds what the pattern matched" do
    pid = Pinger.start(self(), 1)
    assert_receive {:ping, ^pid, n}
    assert n == 1
  end

  test "with a guard" do
    Pinger.start(self(), 3)
    assert_receive {:ping, _, n} when n > 2
    assert_received {:ping, _, 1}
    assert_received {:ping, _, 2}
  end

  test "refute_receive when nothing comes" do
    refute_receive {:ping, _, _}
  end

  test "fails on purpose: the guard rejects every message" do
    Pinger.start(self(), 2)
    assert_receive {:ping, _, n} when n > 5, 100
  end

  test "fails on purpose: a message that must not come" do
    Pinger.start(self(), 1)
    refute_receive {:ping, _, _}
  end

  test "fails on purpose: assert_received does not wait" do
    send(self(), {:later, :a})
    send(self(), {:later, :b})
    assert_received {:now, _}
  end

  test "a tuple with a map inside" do
    send(self(), {:event, %{kind: :click, x: 3}})
    assert_receive {:event, %{kind: :click} = event}
    assert event.x == 3
  end
end
