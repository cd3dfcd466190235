// The chapter's three examples (scenarios/01_tasks1.exs, 02_tasks2.exs, 03_my_task.exs),
// run as written: the output must be exactly what `elixir FILE.exs` prints.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

namespace {
const char* kTasks1 = R"elixir(defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: Fib.of(n-1) + Fib.of(n-2)
end

IO.puts "Start the task"
worker = Task.async(fn -> Fib.of(20) end)
IO.puts "Do something else"
# ...
IO.puts "Wait for the task"
result = Task.await(worker)

IO.puts "The result is #{result}"
)elixir";
const char* kTasks2 = R"elixir(defmodule Fib do
  def of(0), do: 0
  def of(1), do: 1
  def of(n), do: Fib.of(n-1) + Fib.of(n-2)
end

worker = Task.async(Fib, :of, [20])
result = Task.await(worker)
IO.puts "The result is #{result}"
)elixir";
const char* kMytask = R"elixir(defmodule MyApp.MyTask do
  use Task

  def start_link(param) do
    Task.start_link(__MODULE__, :thing_to_run, [ param ])
  end

  def thing_to_run(param) do
    IO.puts "running task with #{param}"
  end
end

children = [
  { MyApp.MyTask, 123 }
]
{:ok, _sup} = Supervisor.start_link(children, strategy: :one_for_one)
Process.sleep(100)
)elixir";
}  // namespace

TEST_SUITE("lang: the chapter's examples") {
  TEST_CASE("tasks1.exs: Task.async(fn -> Fib.of(20) end) then Task.await") {
    auto r = run_elixir(kTasks1);
    CHECK(r.error == "");
    CHECK(r.status == 0);
    CHECK(r.out == "Start the task\nDo something else\nWait for the task\nThe result is 6765\n");
  }
  TEST_CASE("tasks2.exs: Task.async(Fib, :of, [20]), the M-F-A form") {
    auto r = run_elixir(kTasks2);
    CHECK(r.error == "");
    CHECK(r.out == "The result is 6765\n");
  }
  TEST_CASE("my_task.exs: use Task, a {MyApp.MyTask, 123} child under a Supervisor") {
    auto r = run_elixir(kMytask);
    CHECK(r.error == "");
    CHECK(r.status == 0);
    CHECK(r.out == "running task with 123\n");
  }
  TEST_CASE("use Task defines child_spec/1 as Elixir's does; options such as restart: apply") {
    auto r = run_elixir(R"(
defmodule T1 do
  use Task
  def start_link(arg), do: Task.start_link(fn -> arg end)
end
defmodule T2 do
  use Task, restart: :permanent
  def start_link(arg), do: Task.start_link(fn -> arg end)
end
IO.inspect T1.child_spec(123)
IO.inspect T2.child_spec(:x)
)");
    CHECK(r.out ==
          "%{id: T1, restart: :temporary, start: {T1, :start_link, '{'}}\n"  // [123] is a charlist
          "%{id: T2, restart: :permanent, start: {T2, :start_link, [:x]}}\n");
  }
}
