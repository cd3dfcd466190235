// GenServer as Elixir 1.14 on OTP 25 runs it: every return shape of every callback, the
// error paths as the caller sees them, terminate/2, names, :sys, use GenServer. Each program's
// expected stdout was measured with real elixir (pids and refs written #PID<> and
// #Reference<>, as scripts/conformance compares them).
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

TEST_SUITE("GenServer: init/1") {
  TEST_CASE(
      "init/1 returning {:ok, state} / with a timeout / {:continue, c} / :hibernate starts the "
      "server") {
    auto r = run_elixir(R"(defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

for arg <- [:ok, :timeout, :continue, :hibernate] do
  {:ok, pid} = GenServer.start(S, arg)
  Process.sleep(30)
  IO.inspect {arg, GenServer.call(pid, :get)}
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:ok, 0}
timeout fired
{:timeout, :t}
{:continue, [:continued, :init]}
{:hibernate, :h}
)");
  }
  TEST_CASE(
      "init/1 returning :ignore, {:stop, reason} or a bad value: start_link returns :ignore / "
      "{:error, ...} and the process exits") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

Process.flag(:trap_exit, true)
for arg <- [:ignore, :stop, :bad, :exit, :throw] do
  r = GenServer.start_link(S, arg)
  IO.inspect {arg, r}
  receive do {:EXIT, _, reason} -> IO.inspect({:exit, reason}) after 20 -> IO.puts("no exit") end
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:ignore, :ignore}
{:exit, :normal}
{:stop, {:error, :no_way}}
{:exit, :no_way}
{:bad, {:error, {:bad_return_value, :what}}}
{:exit, {:bad_return_value, :what}}
{:exit, {:error, :init_exit}}
{:exit, :init_exit}
{:throw, {:ok, #PID<>}}
no exit
)");
  }
  TEST_CASE(
      "init/1 that raises: {:error, {exception, stacktrace}} with gen_server's frames, and no "
      "report") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

Process.flag(:trap_exit, true)
{:error, {e, st}} = GenServer.start_link(S, :raise)
IO.inspect e
IO.inspect st
receive do {:EXIT, _, {e2, _}} -> IO.inspect(e2) end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(%RuntimeError{message: "init boom"}
[
  {S, :init, 1, [file: 'test.exs', line: 20, error_info: %{module: Exception}]},
  {:gen_server, :init_it, 2, [file: 'gen_server.erl', line: 851]},
  {:gen_server, :init_it, 6, [file: 'gen_server.erl', line: 814]},
  {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
]
%RuntimeError{message: "init boom"}
)");
  }
}

TEST_SUITE("GenServer: handle_call/3") {
  TEST_CASE(
      "handle_call/3 return shapes: {:reply, r, s}, with a timeout, with {:continue, c}, "
      "{:noreply, s} and GenServer.reply/2 later") {
    auto r = run_elixir(R"(defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok)
IO.inspect GenServer.call(pid, {:set, 1})
IO.inspect GenServer.call(pid, :timeout)
Process.sleep(20)
IO.inspect GenServer.call(pid, :continue)
IO.inspect GenServer.call(pid, :get)
IO.inspect GenServer.call(pid, :noreply)
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(:ok
:ok
timeout fired
:ok
[:continued | 1]
:late_reply
)");
  }
  TEST_CASE(
      "handle_call/3 returning {:stop, reason, reply, s} replies, then stops; {:stop, reason, s} "
      "exits the caller") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok)
IO.inspect GenServer.call(pid, :stop4)
Process.sleep(10)
IO.inspect Process.alive?(pid)
{:ok, pid} = GenServer.start(S, :ok)
IO.inspect H.ex(fn -> GenServer.call(pid, :stop_custom) end)
{:ok, pid} = GenServer.start(S, :ok)
IO.inspect H.ex(fn -> GenServer.call(pid, :stop3) end)
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(:bye
false
{:ok, :reply_first}
{:exit, {:shutdown, {GenServer, :call, [#PID<>, :stop3, 5000]}}}
)");
  }
  TEST_CASE(
      "handle_call/3 returning a bad value, raising, exiting: the call exits {reason, {GenServer, "
      ":call, ...}}; a throw is the return value") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

for req <- [:bad, :raise, :exit, :throw] do
  {:ok, pid} = GenServer.start(S, :ok, name: :srv)
  IO.inspect {req, H.ex(fn -> GenServer.call(:srv, req) end)}
  Process.sleep(10)
  IO.inspect Process.alive?(pid)
  if Process.alive?(pid), do: GenServer.stop(pid)
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:bad,
 {:exit,
  {{:bad_return_value, :bad_ret}, {GenServer, :call, [:srv, :bad, 5000]}}}}
false
{:raise,
 {:exit,
  {{%ArgumentError{message: "bad call"},
    [
      {S, :handle_call, 3, [file: 'test.exs', line: 34]},
      {:gen_server, :try_handle_call, 4, [file: 'gen_server.erl', line: 1149]},
      {:gen_server, :handle_msg, 6, [file: 'gen_server.erl', line: 1178]},
      {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
    ]}, {GenServer, :call, [:srv, :raise, 5000]}}}}
false
{:exit, {:exit, {:call_exit, {GenServer, :call, [:srv, :exit, 5000]}}}}
false
{:throw, {:ok, :thrown}}
true
)");
  }
}

TEST_SUITE("GenServer: handle_cast/2 and handle_info/2") {
  TEST_CASE(
      "handle_cast/2: {:noreply, s}, with a timeout; {:stop, reason, s}, a bad value and a raise "
      "stop the server") {
    auto r = run_elixir(R"(defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, 0)
GenServer.cast(pid, {:add, 5})
IO.inspect GenServer.call(pid, :get)
GenServer.cast(pid, :timeout)
Process.sleep(20)
for req <- [:stop, :bad, :raise] do
  {:ok, pid} = GenServer.start(S, :ok)
  ref = Process.monitor(pid)
  IO.inspect GenServer.cast(pid, req)
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect {req, r} end
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(5
timeout fired
:ok
{:stop, :normal}
:ok
{:bad, {:bad_return_value, :bad_cast_ret}}
:ok
{:raise,
 {%RuntimeError{message: "cast boom"},
  [
    {S, :handle_cast, 2,
     [file: 'test.exs', line: 32, error_info: %{module: Exception}]},
    {:gen_server, :try_dispatch, 4, [file: 'gen_server.erl', line: 1123]},
    {:gen_server, :handle_msg, 6, [file: 'gen_server.erl', line: 1200]},
    {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
  ]}}
)");
  }
  TEST_CASE(
      "handle_info/2 gets other messages; {:stop, reason, s} from it; handle_continue/2 raising") {
    auto r = run_elixir(R"(defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok)
ref = Process.monitor(pid)
send(pid, :stop)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect {:info_stop, r} end
{:ok, pid} = GenServer.start(S, :ok)
ref = Process.monitor(pid)
send(pid, :raise)
receive do {:DOWN, ^ref, _, _, {e, st}} -> IO.inspect({e, st}) end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:info_stop, {:shutdown, :info}}
{%RuntimeError{message: "info boom"},
 [
   {S, :handle_info, 2,
    [file: 'test.exs', line: 37, error_info: %{module: Exception}]},
   {:gen_server, :try_dispatch, 4, [file: 'gen_server.erl', line: 1123]},
   {:gen_server, :handle_msg, 6, [file: 'gen_server.erl', line: 1200]},
   {:proc_lib, :init_p_do_apply, 3, [file: 'proc_lib.erl', line: 240]}
 ]}
)");
  }
}

TEST_SUITE("GenServer: terminate/2") {
  TEST_CASE(
      "terminate/2 runs on a stop; when trapping, at the parent's exit; a raise in it becomes the "
      "reason") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end

defmodule T do
  use GenServer
  def init(:trap) do
    Process.flag(:trap_exit, true)
    {:ok, :trapping}
  end
  def init(s), do: {:ok, s}
  def handle_info(:term_raise, s), do: {:stop, :bye, s}
  def handle_info(msg, s) do
    IO.inspect(msg, label: "info")
    {:noreply, s}
  end
  def terminate(reason, state) do
    IO.inspect({:terminate, reason, state})
    if state == :raise_in_terminate, do: raise("terminate boom")
    :ok
  end
end
Process.flag(:trap_exit, true)
{:ok, pid} = GenServer.start_link(T, :trap)
Process.exit(pid, :shutdown)
receive do {:EXIT, ^pid, r} -> IO.inspect {:exit, r} end
{:ok, pid} = GenServer.start_link(T, :not_trapping)
Process.exit(pid, :shutdown)
receive do {:EXIT, ^pid, r} -> IO.inspect {:exit, r} end
{:ok, pid} = GenServer.start_link(T, :trap)
spawn(fn -> Process.exit(pid, :from_other) end)
Process.sleep(20)
IO.inspect Process.alive?(pid)
GenServer.stop(pid, {:shutdown, :done})
receive do {:EXIT, ^pid, r} -> IO.inspect {:exit, r} end
{:ok, pid} = GenServer.start_link(T, :raise_in_terminate)
send(pid, :term_raise)
receive do {:EXIT, ^pid, {e, [top | _]}} -> IO.inspect {:exit, e, top} end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:terminate, :shutdown, :trapping}
{:exit, :shutdown}
{:exit, :shutdown}
info: {:EXIT, #PID<>, :from_other}
true
{:terminate, {:shutdown, :done}, :trapping}
{:exit, {:shutdown, :done}}
{:terminate, :bye, :raise_in_terminate}
{:exit, %RuntimeError{message: "terminate boom"},
 {T, :terminate, 2,
  [file: 'test.exs', line: 26, error_info: %{module: Exception}]}}
)");
  }
}

TEST_SUITE("GenServer: calls") {
  TEST_CASE(
      "GenServer.call/3 timeouts exit {:timeout, {GenServer, :call, ...}}; the late reply is "
      "dropped") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok, name: :slow)
IO.inspect H.ex(fn -> GenServer.call(:slow, :sleep, 20) end)
Process.sleep(200)
receive do m -> IO.inspect(m, label: "late") after 0 -> IO.puts("no late reply") end
IO.inspect GenServer.call(pid, :get)
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:exit, {:timeout, {GenServer, :call, [:slow, :sleep, 20]}}}
no late reply
0
)");
  }
  TEST_CASE(
      "a call to a dead or unknown server exits {:noproc, ...}; to itself {:calling_self, ...}") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

IO.inspect H.ex(fn -> GenServer.call(:nobody, :get) end)
{:ok, pid} = GenServer.start(S, :ok, name: :gone)
GenServer.stop(:gone)
IO.inspect H.ex(fn -> GenServer.call(:gone, :get) end)
IO.inspect H.ex(fn -> GenServer.stop(:gone) end)
IO.inspect H.ex(fn -> GenServer.call(self(), :get) end) |> elem(1) |> elem(0)
IO.inspect GenServer.cast(:nobody, :x)
IO.inspect Process.alive?(pid)
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:exit, {:noproc, {GenServer, :call, [:nobody, :get, 5000]}}}
{:exit, {:noproc, {GenServer, :call, [:gone, :get, 5000]}}}
{:exit, {:noproc, {GenServer, :stop, [:gone, :normal, :infinity]}}}
:calling_self
:ok
false
)");
  }
  TEST_CASE(
      "a server crashing during a call: a linked caller that does not trap dies with the server's "
      "reason") {
    auto r = run_elixir(R"(
defmodule Crash do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:boom, _from, _s), do: raise "boom"
end
defmodule Caller do
  def run do
    {child, ref} = spawn_monitor(fn ->
      {:ok, srv} = GenServer.start_link(Crash, 0)
      GenServer.call(srv, :boom)
    end)
    receive do {:DOWN, ^ref, _, ^child, {e, _}} -> IO.inspect {:caller_died, e} end
    {:ok, srv} = GenServer.start(Crash, 0)
    try do
      GenServer.call(srv, :boom)
    catch
      :exit, {{e, _}, call} -> IO.inspect {:unlinked_caller_exits, e, elem(call, 1)}
    end
  end
end
Caller.run()
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({:caller_died, %RuntimeError{message: "boom"}}
{:unlinked_caller_exits, %RuntimeError{message: "boom"}, :call}
)");
  }
}

TEST_SUITE("GenServer: names") {
  TEST_CASE(
      "name: registers an atom; a taken name is {:error, {:already_started, pid}}; whereis; a bad "
      "name raises") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok, name: :named)
IO.inspect GenServer.start(S, :ok, name: :named) == {:error, {:already_started, pid}}
IO.inspect GenServer.whereis(:named) == pid
IO.inspect GenServer.whereis(pid) == pid
IO.inspect GenServer.whereis(:nobody)
IO.inspect Process.info(pid, :registered_name)
IO.inspect GenServer.stop(:named)
IO.inspect GenServer.whereis(:named)
try do
  GenServer.start_link(S, :ok, name: "bad")
rescue
  e -> IO.puts Exception.message(e)
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(true
true
true
nil
{:registered_name, :named}
:ok
nil
expected :name option to be one of the following:

  * nil
  * atom
  * {:global, term}
  * {:via, module, term}

Got: "bad"

)");
  }
  TEST_CASE("{:global, name} names a server too") {
    auto r = run_elixir(R"(defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, :ok, name: {:global, :g})
IO.inspect GenServer.whereis({:global, :g}) == pid
IO.inspect GenServer.call({:global, :g}, :get)
GenServer.cast({:global, :g}, {:add, 2})
IO.inspect GenServer.call({:global, :g}, :get)
IO.inspect GenServer.start(S, :ok, name: {:global, :g}) == {:error, {:already_started, pid}}
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(true
0
2
true
)");
  }
}

TEST_SUITE("GenServer: arguments") {
  TEST_CASE("bad arguments raise FunctionClauseError as Elixir's guards do") {
    auto r = run_elixir(R"(
for f <- [fn -> GenServer.call(:x, :y, -1) end, fn -> GenServer.start_link("T", :s) end,
          fn -> GenServer.start(:m, :a, :not_a_list) end, fn -> GenServer.cast("x", :y) end] do
  try do
    f.()
  rescue
    e -> IO.inspect({e.__struct__, e.function, e.arity})
  end
end
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"({FunctionClauseError, :call, 3}
{FunctionClauseError, :start_link, 3}
{FunctionClauseError, :start, 3}
{FunctionClauseError, :cast, 2}
)");
  }
}

TEST_SUITE(":sys") {
  TEST_CASE(":sys.get_state/1,2 and :sys.replace_state/2 on a GenServer and an Agent") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end
defmodule S do
  use GenServer
  def init(:ok), do: {:ok, 0}
  def init(:timeout), do: {:ok, :t, 20}
  def init(:continue), do: {:ok, [:init], {:continue, :more}}
  def init(:hibernate), do: {:ok, :h, :hibernate}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:raise), do: raise "init boom"
  def init(:exit), do: exit(:init_exit)
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(n) when is_integer(n), do: {:ok, n}
  def handle_continue(:more, state), do: {:noreply, [:continued | state]}
  def handle_continue(:boom, _state), do: raise "continue boom"
  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:timeout, _from, s), do: {:reply, :ok, s, 10}
  def handle_call(:continue, _from, s), do: {:reply, :ok, s, {:continue, :more}}
  def handle_call(:noreply, from, s), do: (send(self(), {:later, from}); {:noreply, s})
  def handle_call(:stop4, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop3, _from, s), do: {:stop, :shutdown, s}
  def handle_call(:stop_custom, _from, s), do: {:stop, :custom, :reply_first, s}
  def handle_call(:bad, _from, _s), do: :bad_ret
  def handle_call(:raise, _from, _s), do: raise ArgumentError, "bad call"
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:sleep, _from, s), do: (Process.sleep(100); {:reply, :slept, s})
  def handle_call({:set, v}, _from, _s), do: {:reply, :ok, v}
  def handle_cast(:stop, s), do: {:stop, :normal, s}
  def handle_cast(:bad, _s), do: :bad_cast_ret
  def handle_cast(:timeout, s), do: {:noreply, s, 10}
  def handle_cast(:raise, _s), do: raise "cast boom"
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info({:later, from}, s), do: (GenServer.reply(from, :late_reply); {:noreply, s})
  def handle_info(:timeout, s), do: (IO.puts("timeout fired"); {:noreply, s})
  def handle_info(:stop, s), do: {:stop, {:shutdown, :info}, s}
  def handle_info(:raise, _s), do: raise "info boom"
end

{:ok, pid} = GenServer.start(S, 1, name: :cee)
IO.inspect :sys.get_state(pid)
IO.inspect :sys.get_state(:cee, 1000)
IO.inspect :sys.replace_state(:cee, fn n -> n + 1 end)
IO.inspect GenServer.call(:cee, :get)
IO.inspect H.ex(fn -> :sys.get_state(:nobody) end)
IO.inspect H.ex(fn -> :sys.replace_state(:cee, fn _ -> raise "no" end) end)
IO.inspect :sys.get_state(:cee)
{:ok, a} = Agent.start(fn -> %{k: 1} end)
IO.inspect :sys.get_state(a)
IO.inspect :sys.replace_state(a, fn s -> Map.put(s, :j, 2) end)
IO.inspect Agent.get(a, & &1)
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(1
1
2
2
{:exit, {:noproc, {:sys, :get_state, [:nobody]}}}
{:error,
 {:callback_failed, {:gen_server, :system_replace_state},
  {:error, %RuntimeError{message: "no"}}}}
2
%{k: 1}
%{j: 2, k: 1}
%{j: 2, k: 1}
)");
  }
}

TEST_SUITE("GenServer: use GenServer") {
  TEST_CASE("use GenServer defines child_spec/1 (with options) and the default callbacks") {
    auto r = run_elixir(R"(defmodule H do
  def ex(f) do
    try do
      {:ok, f.()}
    catch
      :exit, r -> {:exit, r}
      kind, r -> {kind, r}
    end
  end
end

defmodule NoCalls do
  use GenServer
  def init(s), do: {:ok, s}
end
defmodule Opts do
  use GenServer, restart: :transient, shutdown: 10_000
end
Process.flag(:trap_exit, true)
IO.inspect NoCalls.child_spec(:a)
IO.inspect Opts.child_spec(:b)
{:ok, pid} = GenServer.start_link(Opts, 5)
IO.inspect :sys.get_state(pid)
{:ok, pid} = GenServer.start_link(NoCalls, 1, name: :nc)
IO.inspect H.ex(fn -> GenServer.call(:nc, :x) end) |> elem(1) |> elem(0) |> elem(0)
receive do {:EXIT, ^pid, _} -> :ok end
{:ok, pid} = GenServer.start_link(NoCalls, 1, name: :nc)
GenServer.cast(pid, :x)
receive do {:EXIT, ^pid, {e, [top | _]}} -> IO.inspect({e, top}) end
IO.inspect {function_exported?(NoCalls, :handle_info, 2), function_exported?(NoCalls, :code_change, 3),
            function_exported?(Opts, :init, 1)}
)");
    CHECK(r.error == "");
    CHECK(without_ids(r.out) == R"(%{id: NoCalls, start: {NoCalls, :start_link, [:a]}}
%{
  id: Opts,
  restart: :transient,
  shutdown: 10000,
  start: {Opts, :start_link, [:b]}
}
5
%RuntimeError{
  message: "attempted to call GenServer :nc but no handle_call/3 clause was provided"
}
{%RuntimeError{
   message: "attempted to cast GenServer :nc but no handle_cast/2 clause was provided"
 },
 {NoCalls, :handle_cast, 2,
  [file: 'lib/gen_server.ex', line: 832, error_info: %{module: Exception}]}}
{true, true, true}
)");
  }
}
