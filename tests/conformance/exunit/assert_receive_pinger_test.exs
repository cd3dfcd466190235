ExUnit.start(seed: 7, assert_receive_timeout: 200)

defmodule Pinger do
  def start(parent) do
    spawn_link(fn ->
      receive do
        {:ping, n} -> send(parent, {:pong, n + 1})
      end
    end)
  end
end

defmodule AssertReceiveTest do
  use ExUnit.Case

  test "ping pong" do
    pid = Pinger.start(self())
    send pid, {:ping, 1}
    assert_receive {:pong, 2}
  end

  test "bound value" do
    pid = Pinger.start(self())
    send pid, {:ping, 41}
    assert_receive {:pong, n}
    assert n == 42
  end

  test "times out" do
    Pinger.start(self())
    assert_receive {:pong, _}, 50
  end

  test "received already" do
    send self(), :hello
    assert_received :hello
    refute_received :hello
  end

  test "refute_receive fails" do
    send self(), {:x, 1}
    refute_receive {:x, _}
  end

  test "assert_received fails with mailbox" do
    send self(), {:a, 1}
    send self(), {:b, 2}
    assert_received {:c, _}
  end

  test "pinned" do
    x = 5
    send self(), {:v, 6}
    assert_receive {:v, ^x}, 10
  end

  test "guard" do
    send self(), {:v, 6}
    assert_receive {:v, n} when n > 5
    assert n == 6
  end
end
