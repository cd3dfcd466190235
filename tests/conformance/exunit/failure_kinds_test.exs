ExUnit.start(seed: 99)

defmodule FailuresTest do
  use ExUnit.Case

  defmodule Server do
    use GenServer
    def init(s), do: {:ok, s}
    def handle_call(:crash, _, _), do: raise "server crash"
    def handle_call(:get, _, s), do: {:reply, s, s}
  end

  test "linked server crashes" do
    {:ok, pid} = GenServer.start_link(Server, 1)
    GenServer.call(pid, :crash)
  end

  test "raise in test" do
    raise ArgumentError, "nope"
  end

  test "match error" do
    {:ok, _} = {:error, :enoent}
  end

  test "assert with ==" do
    assert [1, 2, 3] == [1, 2, 4]
  end

  test "assert with >" do
    a = 1
    assert a > 2
  end

  test "assert truthy" do
    assert nil
  end

  test "assert match" do
    assert {:ok, _} = {:error, 1}
  end

  test "throw" do
    throw :ball
  end

  test "exit" do
    exit(:bye)
  end

  test "assert_raise wrong" do
    assert_raise ArgumentError, fn -> raise "x" end
  end

  test "assert_raise none" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "spawned process with assertion" do
    parent = self()
    spawn(fn ->
      assert 1 == 2
      send parent, :never
    end)
    refute_receive :never, 100
  end

  test "string diff" do
    assert "hello world" == "hello wurld"
  end

  test "in" do
    assert 5 in [1, 2, 3]
  end

  test "passes" do
    assert true
  end
end
