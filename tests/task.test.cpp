// Task: every row of docs/semantics.md "Task.async / await / yield / shutdown" and
// "Task.start_link / Task.start", observed on Elixir 1.14 / OTP 25.
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/enumerable.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/task.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;

namespace {
Term a(const char* s) { return Term::atom(s); }
Term i(int64_t v) { return Term::integer(v); }
const std::string kBoom = "{%RuntimeError{message: \"boom\"}, :stacktrace}";

// Runs `f` and notes what it exits with, as `{:exit, reason}` (a caught exit).
template <typename F>
Co<std::string> catch_exit(F f) {
  try {
    co_await f();
  } catch (const Raised& r) {
    if (r.kind == RaiseKind::exit) co_return show(Term::tuple({a("exit"), r.value}));
    co_return "raised " + show(r.value);
  }
  co_return "no exit";
}

// What an await/yield/shutdown on a task term would show in docs/semantics.md: `:task`.
std::string with_task(std::string s, const Term& task) {
  const std::string t = inspect(task);
  for (size_t p; (p = s.find(t)) != std::string::npos;) s.replace(p, t.size(), ":task");
  return s;
}

std::vector<std::string> mailbox(Ctx& c) {
  std::vector<std::string> out;
  for (auto* n = c.process().mailbox.first(); n; n = n->next) out.push_back(show(n->message));
  return out;
}
}  // namespace

TEST_SUITE("Task.async/1 and Task.await/2") {
  TEST_CASE(
      "Task.async/1 + Task.await/2 runs Fib.of(20): 6765, owner is self(), mailbox empty after") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      w.note("Start the task");
      Term worker = task::async(c, wl::fib_fun(i(20)));
      w.note("Do something else");
      CHECK(task::fields(worker)->owner == c.self());
      w.note("Wait for the task");
      Term result = co_await task::await(c, worker);
      w.note("The result is " + inspect(result));
      w.note(std::to_string(c.process().mailbox.size()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"Start the task", "Do something else",
                                             "Wait for the task", "The result is 6765", "0"});
  }

  TEST_CASE("Task.async/3 with Fib.of/1 as an MFA, and a list of tasks awaited in order") {
    World w;
    wl::install(w.rt.modules());
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, a("Elixir.Fib"), a("of"), Term::list({i(20)}));
      w.note(inspect(task::fields(t)->mfa));
      w.note(co_await task::await(c, t));
      std::vector<Term> results;
      std::vector<Term> tasks;
      for (int n : {5, 10, 15})
        tasks.push_back(task::async(c, a("Elixir.Fib"), a("of"), Term::list({i(n)})));
      for (auto& tk : tasks) results.push_back(co_await task::await(c, tk));
      w.note(Term::list(results));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{Fib, :of, 1}", "6765", "[5, 55, 610]"});
  }

  TEST_CASE(
      "Task.async/1: a task that raises kills a non-trapping caller inside await with the task's "
      "own reason") {
    World w;
    Pid tpid;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::raise_fun("boom"));
      tpid = task::fields(t)->pid;
      co_await task::await(c, t);
      w.note("survived");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == kBoom);
    CHECK(w.reason(tpid) == kBoom);
  }

  TEST_CASE("Task.async/1: a crash kills a caller blocked in an unrelated receive, at once") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      (void)task::async(c, wl::crash_after_fun(10, "boom"));
      co_await c.receive([](const Term& m) { return m.is_atom(Atom("never")); });
    });
    w.run();
    CHECK(w.reason(caller) == kBoom);
    // it died when the task did, at 10 ms of virtual time
    bool found = false;
    for (size_t k = 0; k < w.rt.trace().size(); ++k) {
      const Event& e = w.rt.trace()[k];
      if (e.kind == EventKind::exit && e.pid == caller) {
        CHECK(e.time_us == 10000);
        found = true;
      }
    }
    CHECK(found);
  }

  TEST_CASE(
      "Task.async/1 with a trapping caller: {:EXIT, task, reason}, then await exits with {reason, "
      "{Task, :await, ...}}") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term t = task::async(c, wl::raise_fun("boom"));
      Pid tp = task::fields(t)->pid;
      auto m = co_await c.receive([](const Term& x) { return x.is_tuple(3); });
      CHECK((*m)[1] == Term(tp));
      w.note(with_task(show(*m), Term(tp)));
      w.note(with_task(co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t); }), t));
      // a second task: await before the :EXIT is received; the :EXIT stays
      Term t2 = task::async(c, wl::raise_fun("boom"));
      w.note(
          with_task(co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t2); }), t2));
      w.note(with_task(mailbox(c).at(0), Term(task::fields(t2)->pid)));
      // uncaught, the await exit is the caller's reason
      Term t3 = task::async(c, wl::raise_fun("boom"));
      co_await task::await(c, t3);
    });
    w.run();
    CHECK(w.seen ==
          std::vector<std::string>{"{:EXIT, :task, " + kBoom + "}",
                                   "{:exit, {" + kBoom + ", {Task, :await, [:task, 5000]}}}",
                                   "{:exit, {" + kBoom + ", {Task, :await, [:task, 5000]}}}",
                                   "{:EXIT, :task, " + kBoom + "}"});
    CHECK(w.reason(caller).find("{Task, :await, [%Task{") != std::string::npos);
  }

  TEST_CASE(
      "Task.await/2 timeout, caught: {:exit, {:timeout, ...}}; the task lives on; its late reply "
      "is dropped") {
    World w;
    Pid tp;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::sleep_fun(100, a("late")));
      tp = task::fields(t)->pid;
      w.note(with_task(
          co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t, i(50)); }), t));
      w.note(Term::boolean(c.runtime().alive(tp)));
      co_await c.sleep(200);
      w.note(Term::list({}));  // marker
      w.note(std::to_string(mailbox(c).size()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:exit, {:timeout, {Task, :await, [:task, 50]}}}",
                                             "true", "[]", "0"});
    CHECK(w.reason(tp) == ":normal");
  }

  TEST_CASE(
      "Task.await/2 timeout, uncaught: the caller exits with it and the linked task dies with the "
      "same reason") {
    World w;
    Pid tp;
    Term task_term;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      task_term = task::async(c, wl::sleep_fun(100, a("late")));
      tp = task::fields(task_term)->pid;
      co_await task::await(c, task_term, i(50));
    });
    w.run();
    std::string expected = "{:timeout, {Task, :await, [" + inspect(task_term) + ", 50]}}";
    CHECK(w.reason(caller) == expected);
    CHECK(w.reason(tp) == expected);
  }

  TEST_CASE("Task.await/2 twice: the second times out; Task.yield/2 after await gives nil") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::value_fun(a("done")));
      w.note(co_await task::await(c, t));
      w.note(with_task(
          co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t, i(50)); }), t));
      w.note(co_await task::yield(c, t, i(10)));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{
                        ":done", "{:exit, {:timeout, {Task, :await, [:task, 50]}}}", "nil"});
  }

  TEST_CASE(
      "Task.async/1 with exit(:normal): the caller survives; await exits {:normal, {Task, :await, "
      "...}}") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::exit_fun(a("normal")));
      co_await c.sleep(10);
      w.note(with_task(co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t); }), t));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:exit, {:normal, {Task, :await, [:task, 5000]}}}"});
    CHECK(w.reason(caller) == ":normal");
  }

  TEST_CASE(
      "Process.exit(task, :kill) with a trapping caller: {:EXIT, task, :killed}, then await exits "
      "{:killed, ...}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term t = task::async(c, wl::loop_forever_fun());
      Pid tp = task::fields(t)->pid;
      c.exit(tp, a("kill"));
      auto m = co_await c.receive([](const Term& x) { return x.is_tuple(3); });
      w.note(with_task(show(*m), Term(tp)));
      w.note(with_task(co_await catch_exit([&]() -> Co<void> { co_await task::await(c, t); }), t));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, :task, :killed}",
                                             "{:exit, {:killed, {Task, :await, [:task, 5000]}}}"});
  }

  TEST_CASE(
      "Task.async/1: the task dies with its caller's reason; it keeps running if the caller "
      "returns") {
    for (const char* how : {"raise", "shutdown", "return"}) {
      CAPTURE(how);
      World w;
      Pid tp;
      std::string h = how;
      w.spawn([&, h](Ctx& c) -> Co<void> {
        Term t = task::async(c, wl::sleep_fun(100, a("done")));
        tp = task::fields(t)->pid;
        co_await c.sleep(1);
        if (h == "raise") raise_message("caller boom");
        if (h == "shutdown") exit_with(a("shutdown"));
      });
      w.run();
      if (h == "raise")
        CHECK(w.reason(tp) == "{%RuntimeError{message: \"caller boom\"}, :stacktrace}");
      if (h == "shutdown") CHECK(w.reason(tp) == ":shutdown");
      if (h == "return") CHECK(w.reason(tp) == ":normal");  // it finished its work
    }
  }
}

TEST_SUITE("Task.yield/2") {
  TEST_CASE(
      "Task.yield/2: nil while running, {:ok, v} when done, nil again after; await after a nil "
      "yield works") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::sleep_fun(50, a("done")));
      w.note(co_await task::yield(c, t, i(10)));
      w.note(co_await task::yield(c, t, i(0)));
      w.note(co_await task::yield(c, t, i(100)));
      w.note(co_await task::yield(c, t, i(10)));
      Term t2 = task::async(c, wl::sleep_fun(50, a("two")));
      w.note(co_await task::yield(c, t2, i(0)));
      w.note(co_await task::await(c, t2));
      Term t3 = task::async(c, wl::value_fun(a("early")));
      co_await c.sleep(10);
      w.note(co_await task::yield(c, t3));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"nil", "nil", "{:ok, :done}", "nil", "nil", ":two",
                                             "{:ok, :early}"});
  }

  TEST_CASE(
      "Task.yield/2 on a terminated task (trapping caller): {:exit, R} by cause, and an :EXIT "
      "too") {
    struct Case {
      const char* name;
      Term fun;
      std::string r;
    };
    std::vector<Case> cases = {
        {"raise", wl::raise_fun("boom"), kBoom},
        {"throw", wl::throw_fun(a("ball")), "{{:nocatch, :ball}, :stacktrace}"},
        {"exit(:normal)", wl::exit_fun(a("normal")), ":normal"},
        {"exit(:shutdown)", wl::exit_fun(a("shutdown")), ":shutdown"},
        {"exit({:shutdown, :x})", wl::exit_fun(Term::tuple({a("shutdown"), a("x")})),
         "{:shutdown, :x}"},
        {"kill self",
         make_fun(0,
                  [](Ctx& c, std::vector<Term>) -> Co<Term> {
                    c.exit(c.self(), Term::atom("kill"));
                    co_return Term();
                  }),
         ":killed"},
    };
    for (auto& cs : cases) {
      CAPTURE(cs.name);
      World w;
      w.spawn([&](Ctx& c) -> Co<void> {
        c.trap_exit(true);
        Term t = task::async(c, cs.fun);
        co_await c.sleep(10);
        w.note(show(co_await task::yield(c, t)));
        Pid tp = task::fields(t)->pid;
        auto m = co_await c.receive_any(0);
        w.note(m ? with_task(show(*m), Term(tp)) : "no EXIT");
      });
      w.run();
      CHECK(w.seen ==
            std::vector<std::string>{"{:exit, " + cs.r + "}", "{:EXIT, :task, " + cs.r + "}"});
    }
  }
}

TEST_SUITE("Task.shutdown/2") {
  TEST_CASE(
      "Task.shutdown/2 on a running task: nil, the task's reason is :shutdown; :brutal_kill -> "
      ":killed") {
    World w;
    Pid t1, t2;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term a1 = task::async(c, wl::sleep_fun(1000, a("x")));
      t1 = task::fields(a1)->pid;
      w.note(co_await task::shutdown(c, a1));
      Term a2 = task::async(c, wl::sleep_fun(1000, a("x")));
      t2 = task::fields(a2)->pid;
      w.note(co_await task::shutdown(c, a2, a("brutal_kill")));
      w.note(std::to_string(mailbox(c).size()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"nil", "nil", "0"});
    CHECK(w.reason(t1) == ":shutdown");
    CHECK(w.reason(t2) == ":killed");
    CHECK(w.reason(caller) == ":normal");
  }

  TEST_CASE(
      "Task.shutdown/2 on a finished task whose reply is in the mailbox: {:ok, value}, either "
      "mode") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::value_fun(i(42)));
      co_await c.sleep(10);
      w.note(co_await task::shutdown(c, t));
      Term t2 = task::async(c, wl::value_fun(i(43)));
      co_await c.sleep(10);
      w.note(co_await task::shutdown(c, t2, a("brutal_kill")));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:ok, 42}", "{:ok, 43}"});
  }

  TEST_CASE(
      "Task.shutdown(task, 50) on a task that traps exits and ignores them: {:exit, :killed}") {
    World w;
    Pid tp;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, make_fun(0, [](Ctx& tc, std::vector<Term>) -> Co<Term> {
                             tc.trap_exit(true);
                             while (true) co_await tc.receive_any();
                           }));
      tp = task::fields(t)->pid;
      co_await c.sleep(1);
      int64_t before = c.now_ms();
      w.note(co_await task::shutdown(c, t, i(50)));
      w.note(std::to_string(c.now_ms() - before));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:exit, :killed}", "50"});
    CHECK(w.reason(tp) == ":killed");
  }

  TEST_CASE(
      "Task.shutdown/2 on a trapping task that returns when it gets {:EXIT, owner, :shutdown}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, make_fun(0, [](Ctx& tc, std::vector<Term>) -> Co<Term> {
                             tc.trap_exit(true);
                             auto m = co_await tc.receive([](const Term& x) {
                               return x.is_tuple(3) && x[0].is_atom(atoms::EXIT);
                             });
                             co_return Term::tuple({Term::atom("got_exit"), (*m)[2]});
                           }));
      co_await c.sleep(1);
      w.note(co_await task::shutdown(c, t));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:ok, {:got_exit, :shutdown}}"});
  }

  TEST_CASE(
      "Task.shutdown/2 on a crashed task / one that did exit(:normal); after await: {:exit, "
      ":noproc}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term t = task::async(c, wl::raise_fun("boom"));
      co_await c.sleep(10);
      w.note(show(co_await task::shutdown(c, t)));
      Term t2 = task::async(c, wl::exit_fun(a("normal")));
      co_await c.sleep(10);
      w.note(co_await task::shutdown(c, t2));
      Term t3 = task::async(c, wl::value_fun(i(1)));
      co_await task::await(c, t3);
      w.note(co_await task::shutdown(c, t3));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:exit, " + kBoom + "}", "{:exit, :normal}",
                                             "{:exit, :noproc}"});
  }
}

TEST_SUITE("Task.await_many/2 and Task.yield_many/2") {
  TEST_CASE("Task.await_many/2 returns results in input order even when tasks finish in reverse") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term ts = Term::list({task::async(c, wl::sleep_fun(30, i(1))),
                            task::async(c, wl::sleep_fun(20, i(2))),
                            task::async(c, wl::sleep_fun(10, i(3)))});
      w.note(co_await task::await_many(c, ts));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"[1, 2, 3]"});
  }

  TEST_CASE(
      "Task.await_many/2 timeout: exit {:timeout, {Task, :await_many, [tasks, 50]}}; the fast "
      "reply is discarded") {
    World w;
    Pid slow;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term fast = task::async(c, wl::value_fun(a("fast")));
      Term s = task::async(c, wl::sleep_fun(100, a("slow")));
      slow = task::fields(s)->pid;
      Term ts = Term::list({fast, s});
      std::string r =
          co_await catch_exit([&]() -> Co<void> { co_await task::await_many(c, ts, i(50)); });
      w.note(with_task(with_task(r, fast), s));
      w.note(Term::boolean(c.runtime().alive(slow)));
      co_await c.sleep(100);
      w.note(std::to_string(mailbox(c).size()));
    });
    w.run();
    CHECK(w.seen ==
          std::vector<std::string>{"{:exit, {:timeout, {Task, :await_many, [[:task, :task], 50]}}}",
                                   "true", "0"});
  }

  TEST_CASE(
      "Task.await_many/2 when one task crashes (trapping caller): exit with its reason; every task "
      "is demonitored") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term ok = task::async(c, wl::sleep_fun(50, a("late")));
      Term bad = task::async(c, wl::raise_fun("boom"));
      Term ts = Term::list({ok, bad});
      std::string r = co_await catch_exit([&]() -> Co<void> { co_await task::await_many(c, ts); });
      w.note(with_task(with_task(r, ok), bad));
      co_await c.sleep(100);
      w.note(co_await task::yield(c, ok, i(0)));
    });
    w.run();
    CHECK(w.seen ==
          std::vector<std::string>{
              "{:exit, {" + kBoom + ", {Task, :await_many, [[:task, :task], 5000]}}}", "nil"});
  }

  TEST_CASE("Task.yield_many/2 gives one entry per task in input order") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      std::vector<Term> ts = {task::async(c, wl::value_fun(a("ok_value"))),
                              task::async(c, wl::sleep_fun(1000, a("slow"))),
                              task::async(c, wl::raise_fun("boom")),
                              task::async(c, wl::exit_fun(a("bye")))};
      Term res = co_await task::yield_many(c, Term::list(ts), i(50));
      std::vector<Term> results;
      for (const Term& pair : res.list_items()) results.push_back(pair[1]);
      w.note(show(Term::list(results)));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"[{:ok, :ok_value}, nil, {:exit, " + kBoom +
                                             "}, {:exit, :bye}]"});
  }
}

TEST_SUITE("Task ownership") {
  TEST_CASE(
      "Task.await/2 from a process that is not the owner raises ArgumentError; the owner can still "
      "await") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term t = task::async(c, wl::sleep_fun(10, a("done")));
      Pid me = c.self();
      c.spawn([&, t, me](Ctx& other) -> Co<void> {
        // each try in a coroutine of its own, not in the loop: see "Loops, try and
        // co_await" in coro.hpp
        auto attempt = [&](int k) -> Co<void> {
          try {
            if (k == 0) co_await task::await(other, t);
            if (k == 1) co_await task::yield(other, t);
            if (k == 2) co_await task::shutdown(other, t);
          } catch (const Raised& r) {
            std::string msg = exception_message(r.value);
            std::string expected = "task " + inspect(t) +
                                   " must be queried from the owner but was queried from " +
                                   inspect(Term(other.self()));
            w.note(inspect(Term(r.value.struct_name())) +
                   (msg == expected ? " ok" : " bad: " + msg));
          }
        };
        for (int k = 0; k < 3; ++k) co_await attempt(k);
        other.send(me, Term::atom("tried"));
      });
      co_await c.receive([](const Term& m) { return m.is_atom(Atom("tried")); });
      w.note(co_await task::await(c, t));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"ArgumentError ok", "ArgumentError ok",
                                             "ArgumentError ok", ":done"});
  }
}

TEST_SUITE("Task.start_link/1 and Task.start/1") {
  TEST_CASE("Task.start_link/1: a raising task kills a non-trapping caller with its reason") {
    World w;
    Pid tp;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term r = task::start_link(c, wl::raise_fun("boom"));
      tp = r[1].pid();
      co_await c.receive_any();
    });
    w.run();
    CHECK(w.reason(tp) == kBoom);
    CHECK(w.reason(caller) == kBoom);
  }

  TEST_CASE("Task.start_link/1 with a trapping caller: {:EXIT, task, R} by cause") {
    struct Case {
      Term fun;
      std::string r;
    };
    std::vector<Case> cases = {{wl::raise_fun("boom"), kBoom},
                               {wl::throw_fun(a("oops")), "{{:nocatch, :oops}, :stacktrace}"},
                               {wl::exit_fun(a("custom")), ":custom"},
                               {wl::value_fun(a("result")), ":normal"}};
    for (auto& cs : cases) {
      CAPTURE(cs.r);
      World w;
      w.spawn([&](Ctx& c) -> Co<void> {
        c.trap_exit(true);
        Pid tp = task::start_link(c, cs.fun)[1].pid();
        auto m = co_await c.receive_any();
        w.note(with_task(show(*m), Term(tp)));
      });
      w.run();
      CHECK(w.seen == std::vector<std::string>{"{:EXIT, :task, " + cs.r + "}"});
    }
  }

  TEST_CASE(
      "Task.start/1: a crash reaches no one by link, even a trapping caller; a monitor sees it; it "
      "is logged") {
    World w;
    Pid tp;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term r = task::start(c, wl::crash_after_fun(5, "boom"));
      tp = r[1].pid();
      c.monitor(r[1]);
      auto m = co_await c.receive_any();
      w.note(with_task(show(*m), Term(tp)).substr(0, 6));
      w.note(show((*m)[4]));
      auto more = co_await c.receive_any(10);
      w.note(more ? "more" : "nothing else");
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:DOWN", kBoom, "nothing else"});
    bool logged = false;
    for (size_t k = 0; k < w.rt.trace().size(); ++k) {
      const Event& e = w.rt.trace()[k];
      if (e.kind == EventKind::log && e.pid == tp) {
        std::string text(e.data.binary());
        CHECK(text.rfind("Task " + inspect(Term(tp)) + " started from ", 0) == 0);
        CHECK(text.find("terminating\n** (RuntimeError) boom") != std::string::npos);
        logged = true;
      }
    }
    CHECK(logged);
  }

  TEST_CASE(
      "Task.start_link/1: linked task exits with each reason, non-trapping and trapping callers") {
    struct Case {
      Term reason;
      std::string caller_reason;  // of a non-trapping caller ("alive" if it survives)
      bool logged;
    };
    std::vector<Case> cases = {{a("normal"), "alive", false},
                               {a("shutdown"), ":shutdown", false},
                               {Term::tuple({a("shutdown"), a("x")}), "{:shutdown, :x}", false},
                               {a("boom"), ":boom", true},
                               {Term::tuple({a("boom"), i(1)}), "{:boom, 1}", true}};
    for (auto& cs : cases) {
      CAPTURE(inspect(cs.reason));
      World w;
      Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
        task::start_link(c, wl::exit_fun(cs.reason));
        co_await c.receive_any();
      });
      Pid trapper = w.spawn([&](Ctx& c) -> Co<void> {
        c.trap_exit(true);
        Pid tp = task::start_link(c, wl::exit_fun(cs.reason))[1].pid();
        auto m = co_await c.receive_any();
        w.note(with_task(show(*m), Term(tp)));
      });
      w.run();
      CHECK(w.reason(caller) == cs.caller_reason);
      CHECK(w.reason(trapper) == ":normal");
      CHECK(w.seen == std::vector<std::string>{"{:EXIT, :task, " + inspect(cs.reason) + "}"});
      int logs = 0;
      for (size_t k = 0; k < w.rt.trace().size(); ++k)
        if (w.rt.trace()[k].kind == EventKind::log) ++logs;
      CHECK(logs == (cs.logged ? 2 : 0));
    }
  }

  TEST_CASE(
      "Process.exit(task, :kill) on a linked task: a non-trapping caller dies with :killed; a "
      "trapping task is killed anyway") {
    World w;
    Pid tp;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      tp = task::start_link(c, make_fun(0,
                                        [](Ctx& tc, std::vector<Term>) -> Co<Term> {
                                          tc.trap_exit(true);
                                          while (true) co_await tc.receive_any();
                                        }))[1]
               .pid();
      co_await c.sleep(1);
      c.exit(tp, a("kill"));
      co_await c.receive_any();
    });
    w.run();
    CHECK(w.reason(tp) == ":killed");
    CHECK(w.reason(caller) == ":killed");
  }

  TEST_CASE(
      "the parent of a Task.start_link/1 task does exit(:parent_gone): the task dies with "
      ":parent_gone") {
    World w;
    Pid tp;
    w.spawn([&](Ctx& c) -> Co<void> {
      tp = task::start_link(c, wl::sleep_fun(1000, a("x")))[1].pid();
      co_await c.sleep(1);
      exit_with(a("parent_gone"));
    });
    w.run();
    CHECK(w.reason(tp) == ":parent_gone");
  }

  TEST_CASE("Task.child_spec/1 is temporary and starts with Task.start_link/1") {
    Term spec = task::child_spec(a("fun"));
    CHECK(inspect(spec) == "%{id: Task, restart: :temporary, start: {Task, :start_link, [:fun]}}");
  }
}

TEST_SUITE("Task.async_stream/3") {
  Co<Term> to_list(Ctx & c, Term stream) {
    auto l = co_await task::run_stream(c, stream);
    co_return *l;
  }

  TEST_CASE("Task.async_stream/3 over a range gives {:ok, v} in input order") {
    World w;
    task::install(w.rt.modules());
    w.spawn([&](Ctx& c) -> Co<void> {
      Term square = make_fun(1, [](Ctx&, std::vector<Term> x) -> Co<Term> {
        co_return Term::integer(x[0].small_int() * x[0].small_int());
      });
      std::vector<Term> args{make_range(1, 5, 1), square};
      Term stream = co_await apply(c, Atom("Elixir.Task"), Atom("async_stream"), args);
      CHECK(inspect(stream).find("/2 in Task.build_stream/3>") != std::string::npos);
      w.note(co_await to_list(c, stream));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"[ok: 1, ok: 4, ok: 9, ok: 16, ok: 25]"});
  }

  TEST_CASE("Task.async_stream/3 ordered: false, max_concurrency: 3 yields in completion order") {
    World w;
    task::install(w.rt.modules());
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sleeper = make_fun(1, [](Ctx& tc, std::vector<Term> x) -> Co<Term> {
        co_await tc.sleep(x[0].small_int());
        co_return x[0];
      });
      Term opts =
          keyword({{Atom("ordered"), Term(atoms::false_)}, {Atom("max_concurrency"), i(3)}});
      std::vector<Term> args{Term::list({i(30), i(10), i(20)}), sleeper, opts};
      Term stream = co_await apply(c, Atom("Elixir.Task"), Atom("async_stream"), args);
      w.note(co_await to_list(c, stream));
      w.note(std::to_string(c.now_ms()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"[ok: 10, ok: 20, ok: 30]", "30"});
  }

  TEST_CASE(
      "Task.async_stream/3 timeout: :kill_task gives {:exit, :timeout}; the default exits the "
      "caller") {
    World w;
    task::install(w.rt.modules());
    Term sleeper = make_fun(1, [](Ctx& tc, std::vector<Term> x) -> Co<Term> {
      co_await tc.sleep(x[0].small_int());
      co_return x[0];
    });
    w.spawn([&](Ctx& c) -> Co<void> {
      Term opts = keyword({{atoms::timeout, i(50)}, {Atom("on_timeout"), a("kill_task")}});
      std::vector<Term> args{Term::list({i(10), i(100)}), sleeper, opts};
      Term stream = co_await apply(c, Atom("Elixir.Task"), Atom("async_stream"), args);
      w.note(co_await to_list(c, stream));
    });
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      std::vector<Term> args{Term::list({i(10), i(100)}), sleeper,
                             keyword({{atoms::timeout, i(50)}})};
      Term stream = co_await apply(c, Atom("Elixir.Task"), Atom("async_stream"), args);
      co_await to_list(c, stream);
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"[ok: 10, exit: :timeout]"});
    CHECK(w.reason(caller) == "{:timeout, {Task.Supervised, :stream, '2'}}");
  }
}
