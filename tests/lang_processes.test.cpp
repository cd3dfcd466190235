// Processes from the language: spawn/3 and the other module-function-args entry points.
// Every expected output was measured with real Elixir 1.14.0 (elixir x.exs).
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

namespace {
const char* kGreeter = R"(
defmodule Greeter do
  def greet(pid, name), do: send(pid, {:hello, name})
  def add(a, b), do: a + b
end
)";
std::string with_greeter(const std::string& code) { return std::string(kGreeter) + code; }
}  // namespace

TEST_SUITE("lang: spawn with module, function, args") {
  TEST_CASE("spawn/3, spawn_link/3, spawn_monitor/3 call Module.fun with the arguments") {
    auto r = run_elixir(with_greeter(R"(
spawn(Greeter, :greet, [self(), "x"])
receive do m -> IO.inspect(m) end
spawn_link(Greeter, :greet, [self(), "y"])
receive do m -> IO.inspect(m) end
{pid, ref} = spawn_monitor(Greeter, :greet, [self(), "z"])
receive do m -> IO.inspect(m) end
receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r) end
)"));
    CHECK(r.error == "");
    CHECK(r.out == "{:hello, \"x\"}\n{:hello, \"y\"}\n{:hello, \"z\"}\n:normal\n");
  }
  TEST_CASE("apply/3, Kernel.apply/3, :erlang.apply/3 and apply/2 with a capture") {
    auto r = run_elixir(with_greeter(R"(
IO.inspect apply(Greeter, :add, [1, 2])
IO.inspect Kernel.apply(Greeter, :add, [2, 2])
IO.inspect :erlang.apply(Greeter, :add, [1, 1])
IO.inspect apply(&Greeter.add/2, [1, 8])
)"));
    CHECK(r.error == "");
    CHECK(r.out == "3\n4\n2\n9\n");
  }
  TEST_CASE("the library's M-F-A forms: Task, Task.Supervisor, Agent") {
    auto r = run_elixir(with_greeter(R"(
IO.inspect Task.await(Task.async(Greeter, :add, [3, 4]))
{:ok, _} = Task.start_link(Greeter, :greet, [self(), 1])
receive do m -> IO.inspect(m) end
{:ok, _} = Task.start(Greeter, :greet, [self(), 2])
receive do m -> IO.inspect(m) end
{:ok, sup} = Task.Supervisor.start_link()
IO.inspect Task.await(Task.Supervisor.async(sup, Greeter, :add, [5, 6]))
IO.inspect Task.await(Task.Supervisor.async_nolink(sup, Greeter, :add, [7, 8]))
{:ok, _} = Task.Supervisor.start_child(sup, Greeter, :greet, [self(), 3])
receive do m -> IO.inspect(m) end
IO.inspect Task.Supervisor.async_stream(sup, [1, 2], Greeter, :add, [10]) |> Enum.to_list()
IO.inspect Task.async_stream([1, 2], Greeter, :add, [100]) |> Enum.to_list()
{:ok, a} = Agent.start_link(Greeter, :add, [6, 7])
IO.inspect Agent.get(a, Greeter, :add, [2])
)"));
    CHECK(r.error == "");
    CHECK(r.out ==
          "7\n{:hello, 1}\n{:hello, 2}\n11\n15\n{:hello, 3}\n[ok: 11, ok: 12]\n[ok: 101, ok: "
          "102]\n15\n");
  }
}

TEST_SUITE("lang: schedulers online") {
  TEST_CASE("System.schedulers_online/0 is the runtime's setting, and async_stream's default") {
    const std::string program = R"(
IO.inspect System.schedulers_online()
IO.inspect Task.async_stream([6, 1, 2, 1], fn i -> Process.sleep(i * 10); i end, ordered: false)
           |> Enum.map(fn {:ok, v} -> v end)
)";
    CHECK(run_elixir(program).out == "1\n[6, 1, 2, 1]\n");  // the page's setting
    taskplay::RuntimeOptions two;
    two.schedulers_online = 2;  // the CLI on a machine of two cores; real elixir printed this
    CHECK(run_elixir(program, 200'000'000, two).out == "2\n[1, 2, 1, 6]\n");
  }
}

TEST_SUITE("lang: the process dictionary") {
  TEST_CASE("Process.put/get/delete: the old value or nil; get/2's default also for :undefined") {
    auto r = run_elixir(R"(
IO.inspect Process.put(:count, 1)
IO.inspect Process.put(:count, 2)
IO.inspect {Process.get(:count), Process.get(:missing), Process.get(:missing, :default)}
Process.put(:flag, :undefined)
IO.inspect Process.get(:flag, :was_undefined)
IO.inspect {Process.delete(:count), Process.delete(:count)}
IO.inspect {:erlang.get(:nope), :erlang.put(:q, 1), :erlang.erase(:q), :erlang.erase(:q)}
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "nil\n1\n{2, nil, :default}\n:was_undefined\n{2, nil}\n{:undefined, :undefined, "
          "1, :undefined}\n");
  }
  TEST_CASE("integer keys list in the BEAM's order: its linear hash table, splits and merges") {
    // measured in a spawned process with real Elixir (the script's own process holds two
    // entries of Elixir's compiler, taken out first here)
    auto r = run_elixir(R"(
:erlang.erase()
for i <- 1..6, do: Process.put(i, i * i)
IO.inspect Process.get()
Process.put(3, :three)
Process.delete(5)
IO.inspect Process.get_keys()
:erlang.erase()
for i <- 1..20, do: Process.put(i, i)
for i <- 5..15, do: Process.delete(i)
IO.inspect Process.get_keys()
for i <- 1..100, do: Process.put(i, i)
for i <- 1..100, rem(i, 3) == 0, do: Process.delete(i)
IO.puts Enum.join(Enum.take(Process.get_keys(), 12), ",")
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[{6, 36}, {5, 25}, {4, 16}, {3, 9}, {2, 4}, {1, 1}]\n[6, 4, 3, 2, 1]\n"
          "[20, 4, 19, 3, 18, 2, 17, 1, 16]\n"
          "100,98,97,95,94,92,91,89,88,86,85,83\n");
  }
  TEST_CASE("each process has its own dictionary; Process.info(pid, :dictionary) reads another's") {
    auto r = run_elixir(R"(
other = spawn(fn -> Process.put(:mine, 1); receive do: (_ -> :ok) end)
Process.sleep(10)
IO.inspect Process.info(other, :dictionary)
IO.inspect Process.get(:mine)
IO.inspect Process.get_keys(1)
)");
    CHECK(r.out == "{:dictionary, [mine: 1]}\nnil\n[]\n");
  }
}

TEST_SUITE("lang: Process.info") {
  TEST_CASE("Process.info/1: the BEAM's items in its order; registered_name first when named") {
    auto r = run_elixir(R"(
pid = spawn(fn -> receive do: (_ -> :ok) end)
IO.inspect Keyword.keys(Process.info(pid))
Process.register(pid, :named)
IO.inspect hd(Process.info(pid))
)");
    CHECK(r.out ==
          "[:current_function, :initial_call, :status, :message_queue_len, :links,\n"
          " :dictionary, :trap_exit, :error_handler, :priority, :group_leader,\n"
          " :total_heap_size, :heap_size, :stack_size, :reductions, :garbage_collection,\n"
          " :suspending]\n"
          "{:registered_name, :named}\n");
  }
  TEST_CASE("Process.info/2: messages, queue length, status, registered_name as [], item lists") {
    auto r = run_elixir(R"(
defmodule W do
  def wait, do: receive(do: (:stop -> :ok))
end
pid = spawn(W, :wait, [])
send(pid, :hello)
send(pid, {:work, 1})
Process.sleep(10)
IO.inspect Process.info(pid, :messages)
IO.inspect Process.info(pid, [:message_queue_len, :status, :registered_name, :trap_exit])
IO.inspect Process.info(pid, [:initial_call, :current_function])
IO.inspect Process.info(self(), :status)
send(pid, :stop)
Process.sleep(10)
IO.inspect {Process.info(pid), Process.info(pid, :messages), Process.info(pid, [:links])}
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "{:messages, [:hello, {:work, 1}]}\n"
          "[message_queue_len: 2, status: :waiting, registered_name: [], trap_exit: false]\n"
          "[initial_call: {W, :wait, 0}, current_function: {W, :wait, 0}]\n"
          "{:status, :running}\n{nil, nil, nil}\n");
  }
  TEST_CASE("links, monitors (by name too) and monitored_by") {
    auto r = run_elixir(R"(
pid = spawn(fn -> receive do: (_ -> :ok) end)
Process.register(pid, :w)
Process.link(pid)
IO.inspect Process.info(pid, :links) == {:links, [self()]}
ref = Process.monitor(pid)
IO.inspect Process.info(pid, :monitored_by) == {:monitored_by, [self()]}
IO.inspect Process.info(self(), :monitors) == {:monitors, [{:process, pid}]}
Process.demonitor(ref)
Process.monitor(:w)
IO.inspect Process.info(self(), :monitors)
)");
    CHECK(r.out == "true\ntrue\ntrue\n{:monitors, [process: {:w, :nonode@nohost}]}\n");
  }
  TEST_CASE("Process.info: an unknown item is an ArgumentError, a string a FunctionClauseError") {
    auto r = run_elixir(R"(
try do
  Process.info(self(), :no_such_item)
rescue e -> IO.puts Exception.message(e)
end
try do
  Process.info(self(), "messages")
rescue e -> IO.inspect e
end
)");
    CHECK(r.out ==
          "errors were found at the given arguments:\n\n  * 2nd argument: invalid item or item "
          "list\n\n"
          "%FunctionClauseError{\n  module: Process,\n  function: :info,\n  arity: 2,\n  kind: "
          "nil,\n  args: nil,\n  clauses: nil\n}\n");
  }
  TEST_CASE(
      "System.halt/1 ends the run at once from any process; System.stop/1 at its turn's end") {
    // measured: elixir prints "a" only, exits 3, and runs no at_exit fun
    auto halted = run_elixir(R"(
System.at_exit(fn _ -> IO.puts("at_exit") end)
spawn(fn -> IO.puts("a"); System.halt(3); IO.puts("never") end)
Process.sleep(50)
IO.puts("nor this")
)");
    CHECK(halted.out == "a\n");
    CHECK(halted.status == 3);
    auto slogan = run_elixir("System.halt(\"bye\")\n");
    CHECK(slogan.status == 1);
    CHECK(slogan.error == "bye\n");
    // the caller goes on until its turn ends (the BEAM takes its time to shut down)
    auto stopped = run_elixir("System.stop(5)\nIO.puts(\"goes on\")\nProcess.sleep(10_000)\n");
    CHECK(stopped.out == "goes on\n");
    CHECK(stopped.status == 5);
  }
}
