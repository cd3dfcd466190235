// How the playground names processes (ui/process_kind.hpp).
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/observer.hpp"
#include "taskplay/supervisor.hpp"
#include "taskplay/task.hpp"
#include "taskplay/workloads.hpp"
#include "ui/process_kind.hpp"

using namespace taskplay;
using namespace taskplay::test;
using namespace taskplay::ui;

TEST_SUITE("process kind") {
  TEST_CASE("a shell, a Task (alive, then exited), a plain process") {
    World w;
    Observer obs;
    Pid task_pid, plain;
    Pid shell = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term t = task::async(c, workloads::raise_fun("boom"));
      task_pid = task::fields(t)->pid;
      plain = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
      co_await c.receive_any();
    });
    w.rt.step();
    obs.update(w.rt);
    const std::vector<Pid> shells{shell};
    CHECK(process_kind(w.rt, obs, shells, shell) == "shell");
    CHECK(process_kind(w.rt, obs, shells, task_pid) == "Task");
    CHECK(process_kind(w.rt, obs, shells, plain) == "process");
    w.run();
    obs.update(w.rt);
    CHECK_FALSE(w.rt.alive(task_pid));
    CHECK(process_kind(w.rt, obs, shells, task_pid) == "Task");  // from the observer's record
    CHECK(pid_short(task_pid) == "0.101.0");
  }

  TEST_CASE("the shell's wake-up messages are plumbing; other messages are not") {
    Event e;
    e.kind = EventKind::send;
    e.data = Term::tuple({Term::atom("$shell_input")});
    CHECK(is_plumbing(e));
    e.kind = EventKind::receive;
    CHECK(is_plumbing(e));
    e.data = Term::tuple({Term::atom("shell_input")});
    CHECK_FALSE(is_plumbing(e));
    e.data = Term::tuple({Term::atom("$shell_input")});
    e.kind = EventKind::exit;
    CHECK_FALSE(is_plumbing(e));
    CHECK(is_supervisor_label(Atom("Elixir.Task.Supervisor")));
    CHECK_FALSE(is_supervisor_label(Atom("Elixir.Task")));
  }
}
