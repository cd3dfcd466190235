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
