// Bad arguments to the process library raise what Elixir 1.14 raises: its guards'
// FunctionClauseError (lib/task.ex's is_timeout, Process.sleep/register, Agent's funs,
// GenServer.call's timeout) or the ArgumentError of the :erlang BIF underneath, explained
// as OTP 25 explains it. Expected outputs measured with real elixir.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

namespace {
// each expression's exception as `Module: message`, or its value
Ran run_checks(const std::string& lines) {
  return run_elixir(R"(check = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
)" + lines);
}
}  // namespace

TEST_SUITE("bad arguments") {
  TEST_CASE("Task.await(task, -1) and the other bad timeouts are Task's FunctionClauseError") {
    auto r = run_checks(R"(task = Task.async(fn -> :done end)
check.(fn -> Task.await(task, -1) end)
check.(fn -> Task.await(:not_a_task) end)
check.(fn -> Task.yield_many([task], timeout: 10) end)
check.(fn -> Task.shutdown(task, :later) end)
check.(fn -> Task.async(fn x -> x end) end)
check.(fn -> Task.await(task, :infinity) end)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "FunctionClauseError: no function clause matching in Task.await/2\n"
          "FunctionClauseError: no function clause matching in Task.await/2\n"
          "FunctionClauseError: no function clause matching in Task.yield_many/2\n"
          "FunctionClauseError: no function clause matching in Task.shutdown/2\n"
          "FunctionClauseError: no function clause matching in Task.async/1\n:done\n");
  }

  TEST_CASE("Process.send_after(self(), :x, -5) is the BIF's ArgumentError: out of range") {
    auto r = run_checks(R"(check.(fn -> Process.send_after(self(), :x, -5) end)
check.(fn -> Process.send_after("x", :x, 5) end)
check.(fn -> Process.sleep(-1) end)
check.(fn -> Process.register(self(), nil) end)
check.(fn -> Process.exit(:x, :kill) end)
check.(fn -> Process.cancel_timer(:x) end)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "ArgumentError: errors were found at the given arguments:\n\n  * 1st argument: out of "
          "range\n\n"
          "ArgumentError: errors were found at the given arguments:\n\n  * 2nd argument: not a "
          "pid or an atom\n\n"
          "FunctionClauseError: no function clause matching in Process.sleep/1\n"
          "FunctionClauseError: no function clause matching in Process.register/2\n"
          "ArgumentError: errors were found at the given arguments:\n\n  * 1st argument: not a "
          "pid\n\n"
          "ArgumentError: errors were found at the given arguments:\n\n  * 1st argument: not a "
          "reference\n\n");
  }

  TEST_CASE("Agent's funs must take one argument, and its timeout is GenServer.call's") {
    auto r = run_checks(R"({:ok, agent} = Agent.start(fn -> 1 end)
check.(fn -> Agent.get(agent, & &1, -1) end)
check.(fn -> Agent.get(agent, :nope) end)
check.(fn -> Agent.update(agent, fn -> 2 end) end)
check.(fn -> Agent.get(agent, & &1) end)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "FunctionClauseError: no function clause matching in GenServer.call/3\n"
          "FunctionClauseError: no function clause matching in Agent.get/3\n"
          "FunctionClauseError: no function clause matching in Agent.update/3\n1\n");
  }
}
