// Task.Supervisor: every row of docs/semantics.md "Task.Supervisor", observed on
// Elixir 1.14 / OTP 25. Task terms are written :task, as docs/semantics.md does.
#include <doctest/doctest.h>

#include "supervisor_support.hpp"
#include "taskplay/task.hpp"
#include "taskplay/task_supervisor.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;
namespace ts = taskplay::task_supervisor;
using Lines = std::vector<std::string>;

namespace {

const std::string kBoom = "{%RuntimeError{message: \"boom\"}, :stacktrace}";

// fn _ -> raise "boom" end
Term raising_fun1() {
  return make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> {
    raise_message("boom");
    co_return Term();
  });
}

// fn -> send(parent, :ran); receive do :go -> :done end end
Term blocked_fun(Pid parent) {
  return make_fun(0, [parent](Ctx& c, std::vector<Term>) -> Co<Term> {
    c.send(parent, a("ran"));
    co_await c.receive([](const Term& m) { return m.is_atom(Atom("go")); });
    co_return a("done");
  });
}

}  // namespace

TEST_SUITE("Task.Supervisor") {
  TEST_CASE(
      "Task.Supervisor.start_child/2 returns {:ok, pid}, not linked to the caller; children/1 "
      "lists it while it runs, [] after") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      Term r = co_await ts::start_child(c, sup, wl::sleep_fun(20, a("done")));
      Term pid = r[1];
      w.note(named(inspect(r), pid, "pid"));
      bool linked = false;
      for (Pid l : c.process().links) linked = linked || l == pid.pid();
      w.note(linked ? "linked" : "not linked");
      w.note(named(inspect(co_await ts::children(c, sup)), pid, "pid"));
      co_await c.sleep(50);
      w.note(co_await ts::children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:ok, pid}", "not linked", "[pid]", "[]"});
  }

  TEST_CASE(
      "Task.Supervisor.start_child/2: a task that crashes leaves the caller alive and is not "
      "restarted (:temporary)") {
    World w;
    Term sup, pid;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await ts::start_link(c))[1];
      pid = (co_await ts::start_child(c, sup, wl::crash_after_fun(10, "boom")))[1];
      co_await c.sleep(50);
      w.note(co_await ts::children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"[]"});
    CHECK(w.reason(caller) == "alive");
    CHECK(w.reason(sup.pid()) == "alive");
    CHECK(restarts(w).empty());
    Lines l = logs(w);
    REQUIRE(l.size() == 2);
    // As Logger prints it, with the frames under a task that does not reply (real
    // Elixir 1.14.0 on OTP 25, Task.Supervisor.start_child)
    CHECK(l[0] == "Task " + inspect(pid) + " started from " + show(caller) +
                      " terminating\n** (RuntimeError) boom\n"
                      "    (elixir 1.14.0) lib/task/supervised.ex:89: "
                      "Task.Supervised.invoke_mfa/2\n"
                      "    (stdlib 4.2) proc_lib.erl:240: :proc_lib.init_p_do_apply/3\n"
                      "Function: " +
                      l[0].substr(l[0].find("Function: ") + 10));
    CHECK(l[1] == "Child :undefined of Supervisor " + inspect(sup) +
                      " (Task.Supervisor) terminated\n** (exit) an exception was raised:\n    ** "
                      "(RuntimeError) boom\n"
                      "Pid: " +
                      inspect(pid) +
                      "\nStart Call: Task.Supervised.start_link/?\nRestart: :temporary\n"
                      "Shutdown: 5000\nType: :worker");
  }

  TEST_CASE(
      "Task.Supervisor.start_child/3 with restart: :transient: a crash restarts it (new pid, the "
      "fun runs again); terminate_child/2 gives :ok, then {:error, :not_found}") {
    World w;
    int runs = 0;
    Term fun = make_fun(0, [&](Ctx& c, std::vector<Term>) -> Co<Term> {
      ++runs;
      w.note("run " + std::to_string(runs));
      if (runs == 1) raise_message("boom");
      co_await stay_alive(c);
      co_return a("never");
    });
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      Term first = (co_await ts::start_child(c, sup, fun, kw("restart", a("transient"))))[1];
      co_await c.sleep(10);
      Term kids = co_await ts::children(c, sup);
      Term second = kids.list_items().at(0);
      w.note(second != first ? "new pid" : "same pid");
      w.note(co_await ts::terminate_child(c, sup, second));
      w.note(co_await ts::terminate_child(c, sup, second));
      w.note(co_await ts::children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"run 1", "run 2", "new pid", ":ok", "{:error, :not_found}", "[]"});
    CHECK(restarts(w).size() == 1);
  }

  TEST_CASE(
      "Task.Supervisor.async/2 and async/4 (fn and m/f/a): 2 and 5; three blocked tasks are three "
      "children") {
    World w;
    wl::install(w.rt.modules());
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      Term t1 = co_await ts::async(c, sup, wl::value_fun(i(2)));
      w.note(co_await task::await(c, t1));
      Term t2 = co_await ts::async(c, sup, a("Elixir.Fib"), a("of"), list(i(5)));
      w.note(inspect(task::fields(t2)->mfa));
      w.note(co_await task::await(c, t2));
      for (int k = 0; k < 3; ++k) co_await ts::async(c, sup, blocked_fun(c.self()));
      for (int k = 0; k < 3; ++k)
        co_await c.receive([](const Term& m) { return m.is_atom(Atom("ran")); });
      w.note(std::to_string((co_await ts::children(c, sup)).list_length()));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"2", "{Fib, :of, 1}", "5", "3"});
  }

  TEST_CASE(
      "Task.Supervisor.async/2: a task crash kills a non-trapping caller with the task's reason; "
      "the supervisor stays alive") {
    World w;
    Term sup;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await ts::start_link(c))[1];
      // the supervisor must outlive the caller: unlink it (as a supervision tree would own it)
      c.unlink(sup.pid());
      Term t = co_await ts::async(c, sup, wl::crash_after_fun(10, "boom"));
      co_await task::await(c, t);
      w.note("returned");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == kBoom);
    CHECK(w.reason(sup.pid()) == "alive");
  }

  TEST_CASE(
      "Task.Supervisor.async/2 with a trapping caller: {:EXIT, task, reason}, then await exits "
      "{reason, {Task, :await, [:task, 5000]}}") {
    World w;
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      sup = (co_await ts::start_link(c))[1];
      Term t = co_await ts::async(c, sup, wl::crash_after_fun(10, "boom"));
      Term pid = Term(task::fields(t)->pid);
      auto m = co_await c.receive(
          [](const Term& msg) { return msg.is_tuple(3) && msg[0].is_atom(atoms::EXIT); });
      w.note(named(show(*m), pid, ":task"));
      w.note(named(co_await exit_of([&] { return task::await(c, t); }), t, ":task"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"{:EXIT, :task, " + kBoom + "}", "{" + kBoom + ", {Task, :await, [:task, 5000]}}"});
    CHECK(w.reason(sup.pid()) == "alive");
  }

  TEST_CASE(
      "Task.Supervisor.async_nolink/2: a crash then Task.yield/2 gives {:exit, reason}; the caller "
      "is alive and gets no :EXIT even when trapping") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term sup = (co_await ts::start_link(c))[1];
      Term t = co_await ts::async_nolink(c, sup, wl::crash_after_fun(10, "boom"));
      co_await c.sleep(50);
      w.note(show(co_await task::yield(c, t)));
      w.note(std::to_string(c.process().mailbox.size()));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:exit, " + kBoom + "}", "0"});
  }

  TEST_CASE(
      "Task.Supervisor.async_nolink/2: a crash then Task.await/2 exits {reason, {Task, :await, "
      "[:task, 5000]}}, uncaught the caller's reason; exit(:custom) with 1000: {:custom, {Task, "
      ":await, [:task, 1000]}}") {
    World w;
    Term t2;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      c.unlink(sup.pid());
      Term t1 = co_await ts::async_nolink(c, sup, wl::crash_after_fun(10, "boom"));
      w.note(named(co_await exit_of([&] { return task::await(c, t1); }), t1, ":task"));
      t2 = co_await ts::async_nolink(c, sup, wl::exit_fun(a("custom")));
      co_await task::await(c, t2, i(1000));
    });
    w.run();
    CHECK(w.seen == Lines{"{" + kBoom + ", {Task, :await, [:task, 5000]}}"});
    CHECK(named(w.reason(caller), t2, ":task") == "{:custom, {Task, :await, [:task, 1000]}}");
  }

  TEST_CASE(
      "Task.Supervisor.async_nolink/2: Task.yield(t, 20) || Task.shutdown(t) on a stuck task is "
      "nil") {
    World w;
    Term pid;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      // stuck: waits for a message that never comes (virtual time only moves when all wait)
      Term t = co_await ts::async_nolink(c, sup, blocked_fun(c.self()));
      pid = Term(task::fields(t)->pid);
      Term r = co_await task::yield(c, t, i(20));
      if (!r.truthy()) r = co_await task::shutdown(c, t);
      w.note(r);
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"nil"});
    CHECK(w.reason(pid.pid()) == ":shutdown");
  }

  TEST_CASE(
      "Task.Supervisor.async_nolink/2: when the caller dies (:caller_crash) the task keeps running "
      "and finishes") {
    World w;
    Term pid;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      c.unlink(sup.pid());
      Term job = make_fun(0, [&w](Ctx& c2, std::vector<Term>) -> Co<Term> {
        co_await c2.sleep(50);
        w.note("task finished");
        co_return a("done");
      });
      Term t = co_await ts::async_nolink(c, sup, job);
      pid = Term(task::fields(t)->pid);
      exit_with(a("caller_crash"));
    });
    w.run();
    CHECK(w.reason(caller) == ":caller_crash");
    CHECK(w.seen == Lines{"task finished"});
    CHECK(w.reason(pid.pid()) == ":normal");
  }

  TEST_CASE("Task.Supervisor.async/2 beyond max_children raises RuntimeError") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c, kw("max_children", i(1))))[1];
      co_await ts::async(c, sup, blocked_fun(c.self()));
      try {
        co_await ts::async(c, sup, blocked_fun(c.self()));
      } catch (const Raised& r) {
        w.note(show(r.value));
      }
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"%RuntimeError{message: \"reached the maximum number of tasks for this "
                          "task supervisor. "
                          "The maximum number of tasks that are allowed to run at the same time "
                          "under this supervisor "
                          "can be configured with the :max_children option passed to "
                          "Task.Supervisor.start_link/1\"}"});
  }

  TEST_CASE(
      "Task.Supervisor.async_stream/3 and /5 (fn and m/f/a) give [ok: 2, ok: 4, ok: 6] and [ok: "
      "10, ok: 20]; the stream is a fun of arity 2") {
    World w;
    w.rt.modules().define(Atom("Elixir.Math"), Atom("mul"), 2,
                          make_fun(2, [](Ctx&, std::vector<Term> args) -> Co<Term> {
                            co_return i(args[0].small_int() * args[1].small_int());
                          }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      Term doubled = make_fun(1, [](Ctx&, std::vector<Term> args) -> Co<Term> {
        co_return i(args[0].small_int() * 2);
      });
      Term s1 = ts::async_stream(sup, list(i(1), i(2), i(3)), doubled);
      w.note(inspect(s1).find("/2 in Task.build_stream/3>") != std::string::npos
                 ? "a fun of arity 2"
                 : inspect(s1));
      w.note(*co_await task::run_stream(c, s1));
      Term s2 = ts::async_stream(sup, list(i(1), i(2)), a("Elixir.Math"), a("mul"), list(i(10)));
      w.note(*co_await task::run_stream(c, s2));
      w.note(co_await ts::children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"a fun of arity 2", "[ok: 2, ok: 4, ok: 6]", "[ok: 10, ok: 20]", "[]"});
  }

  TEST_CASE(
      "Task.Supervisor.async_stream_nolink/3: a task that raises is an {:exit, reason} item and "
      "the caller lives on") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ts::start_link(c))[1];
      Term fun = make_fun(1, [](Ctx&, std::vector<Term> args) -> Co<Term> {
        if (args[0] == i(1)) raise_message("boom");
        co_return args[0];
      });
      Term s = ts::async_stream_nolink(sup, list(i(1), i(2)), fun);
      w.note(show(*co_await task::run_stream(c, s)));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"[exit: " + kBoom + ", ok: 2]"});
    CHECK(w.reason(caller) == "alive");
  }

  TEST_CASE(
      "Task.Supervisor.async_stream/3: a task that raises kills the non-trapping caller with its "
      "reason") {
    World w;
    Term sup;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await ts::start_link(c))[1];
      c.unlink(sup.pid());
      Term s = ts::async_stream(sup, list(i(1)), raising_fun1());
      co_await task::run_stream(c, s);
      w.note("not here");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == kBoom);
    CHECK(w.reason(sup.pid()) == "alive");
  }

  TEST_CASE(
      "Task.Supervisor functions are registered: apply(Task.Supervisor, :async, [sup, fun]) and "
      "Task.Supervisor.child_spec/1") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      const Atom m("Elixir.Task.Supervisor");
      Term sup = (co_await apply(c, m, Atom("start_link"),
                                 terms(kw("name", a("Elixir.MyApp.TaskSup")))))[1];
      Term t = co_await apply(c, m, Atom("async"),
                              terms(a("Elixir.MyApp.TaskSup"), wl::value_fun(i(42))));
      w.note(co_await task::await(c, t));
      w.note(ts::child_spec(kw("name", a("Elixir.MyApp.TaskSup"))));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"42",
                          "%{id: MyApp.TaskSup, start: {Task.Supervisor, :start_link, [[name: "
                          "MyApp.TaskSup]]}, type: :supervisor}"});
  }
}
