// The Launch panel's planner (ui/launch.hpp): a workload x a way to run it, written as the
// lines of Elixir the shell is given. Every plan is run in a real shell here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support.hpp"
#include "taskplay/lang/shell.hpp"
#include "ui/launch.hpp"

using namespace taskplay;
using namespace taskplay::ui;

namespace {

// A shell on a fresh runtime (virtual clock), given `lines` one by one; what it printed.
struct ShellRun {
  test::World w;
  std::string out;
  lang::Shell shell{w.rt, [this](std::string_view s) { out += s; }};
  ShellRun() { shell.start(); }
  void give(const std::vector<std::string>& lines) {
    for (const std::string& text : lines) {
      size_t at = 0;
      while (at <= text.size()) {  // a multi-line form, line by line as a person types it
        size_t nl = text.find('\n', at);
        if (nl == std::string::npos) nl = text.size();
        shell.input(text.substr(at, nl - at));
        at = nl + 1;
      }
      shell.run_until_idle(50'000'000, 100);
    }
  }
  std::string binding(const std::string& name) const {
    for (const auto& [n, v] : shell.bindings())
      if (n == name) return inspect(v);
    return "";
  }
};

const Workload kWorkloads[] = {Workload::fib,  Workload::sleep, Workload::raise,
                               Workload::exit, Workload::loop,  Workload::crash_after};
const How kHows[] = {How::task_async,       How::task_async_mfa, How::task_start_link,
                     How::task_start,       How::tsup_async,     How::tsup_async_nolink,
                     How::tsup_start_child, How::sup_task_child, How::sup_use_task};

}  // namespace

TEST_SUITE("launch planner") {
  TEST_CASE("Task.async/1 of Fib.of(20) is one line; the shell binds task1 and awaits 6765") {
    LaunchChoice c;
    const LaunchPlan plan = plan_launch(c, LaunchContext{});
    CHECK(plan.setup.empty());
    CHECK(plan.lines == std::vector<std::string>{"task1 = Task.async(fn -> Fib.of(20) end)"});
    CHECK(plan.binds == "task1");
    CHECK(plan.uses_task_name);
    ShellRun r;
    r.give(
        {"defmodule Fib do\n  def of(0), do: 0\n  def of(1), do: 1\n  def of(n), do: of(n - 1) + "
         "of(n - 2)\nend"});
    r.give(plan.lines);
    CHECK(r.binding("task1").rfind("%Task{", 0) == 0);
    r.give({"Task.await(task1)"});
    CHECK(r.out.find("6765\n") != std::string::npos);
  }

  TEST_CASE("the MFA form defines Work once, before its first use; the counters name the next") {
    LaunchChoice c;
    c.workload = Workload::sleep;
    c.how = How::task_async_mfa;
    LaunchContext ctx;
    LaunchPlan first = plan_launch(c, ctx);
    REQUIRE(first.setup.size() == 1);
    CHECK(first.setup[0].rfind("defmodule Work do", 0) == 0);
    CHECK(first.defines_work);
    CHECK(first.lines == std::vector<std::string>{"task1 = Task.async(Work, :sleep, [2000])"});
    ctx.work_module_defined = true;
    ctx.next_task = 2;
    LaunchPlan second = plan_launch(c, ctx);
    CHECK(second.setup.empty());
    CHECK(second.lines == std::vector<std::string>{"task2 = Task.async(Work, :sleep, [2000])"});
    // Fib is there already: no Work for Task.async(Fib, :of, [20])
    c.workload = Workload::fib;
    CHECK(plan_launch(c, LaunchContext{}).setup.empty());
  }

  TEST_CASE("a Task.Supervisor form starts tsup first, unless one is bound") {
    LaunchChoice c;
    c.how = How::tsup_async_nolink;
    LaunchPlan p = plan_launch(c, LaunchContext{});
    CHECK(p.setup == std::vector<std::string>{"{:ok, tsup} = Task.Supervisor.start_link()"});
    CHECK(p.starts_task_supervisor);
    CHECK(p.lines == std::vector<std::string>{
                         "task1 = Task.Supervisor.async_nolink(tsup, fn -> Fib.of(20) end)"});
    LaunchContext bound;
    bound.task_supervisor_bound = true;
    CHECK(plan_launch(c, bound).setup.empty());
  }

  TEST_CASE("a {Task, fn} child keeps Task's :temporary, or asks for another with child_spec") {
    LaunchChoice c;
    c.how = How::sup_task_child;
    c.workload = Workload::crash_after;
    LaunchPlan p = plan_launch(c, LaunchContext{});
    CHECK(p.lines[0] == "children = [{Task, fn -> Process.sleep(1000); raise \"boom\" end}]");
    CHECK(p.lines[1] == "{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)");
    c.restart = RestartChoice::permanent;
    c.max_restarts = 1;
    c.children = 2;
    p = plan_launch(c, LaunchContext{});
    CHECK(
        p.lines[0] ==
        "children = [Supervisor.child_spec(Supervisor.child_spec({Task, fn -> Process.sleep(1000); "
        "raise \"boom\" end}, restart: :permanent), id: 1), Supervisor.child_spec(Supervisor."
        "child_spec({Task, fn -> Process.sleep(1000); raise \"boom\" end}, restart: :permanent), "
        "id: 2)]");
    CHECK(p.lines[1] ==
          "{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 1)");
  }

  TEST_CASE("every workload x every way compiles and runs in the shell, binding what it says") {
    for (Workload wl : kWorkloads) {
      for (How how : kHows) {
        LaunchChoice c;
        c.workload = wl;
        c.how = how;
        c.sleep_ms = 20;
        c.crash_ms = 20;
        const std::string workload = workload_label(wl), way = how_label(how);
        CAPTURE(workload);
        CAPTURE(way);
        const LaunchPlan p = plan_launch(c, LaunchContext{});
        ShellRun r;
        r.give(p.setup);
        r.give(p.lines);
        CHECK(r.out.find("CompileError") == std::string::npos);
        CHECK(r.out.find("SyntaxError") == std::string::npos);
        CHECK(r.out.find("MatchError") == std::string::npos);
        // the line's own result printed: a %Task{}, {:ok, #PID<...>} or the module
        if (how_returns_task(how)) CHECK(r.out.find("%Task{") != std::string::npos);
        if (how_uses_supervisor(how) || how == How::task_start || how == How::task_start_link ||
            how == How::tsup_start_child)
          CHECK_MESSAGE(r.out.find("{:ok, #PID<") != std::string::npos, r.out);
      }
    }
  }
}
