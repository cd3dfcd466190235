// Supervisor: every row of docs/semantics.md "Supervisor", observed on Elixir
// 1.14 / OTP 25, plus the start errors, shutdown timeouts, reports and trace
// events checked against the same Elixir. Workers are the `Worker` module of
// supervisor_support.hpp ("start a", "stop a :shutdown").
#include <doctest/doctest.h>

#include "supervisor_support.hpp"
#include "taskplay/agent.hpp"
#include "taskplay/supervisor.hpp"
#include "taskplay/task.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;
using Lines = std::vector<std::string>;

namespace {

Term strategy(const char* s) { return kw("strategy", a(s)); }

Co<Term> pid_of(Ctx& c, const Term& sup, const char* id) {
  Term children = co_await supervisor::which_children(c, sup);
  for (const Term& ch : children.list_items())
    if (ch[0] == a(id)) co_return ch[1];
  co_return a("none");
}

// A `use Task` module: MyApp.MyTask.start_link(arg) calls
// Task.start_link(__MODULE__, :thing_to_run, [arg]); child_spec/1 is what
// `use Task, opts` generates (restart: :temporary unless opts say otherwise).
void define_use_task(World& w, const char* module, Term restart, Term thing_to_run) {
  const Atom m(std::string("Elixir.") + module);
  w.rt.modules().define(m, Atom("child_spec"), 1,
                        make_fun(1, [m, restart](Ctx&, std::vector<Term> args) -> Co<Term> {
                          co_return map("id", Term(m), "restart", restart, "start",
                                        tup(Term(m), a("start_link"), list(args[0])));
                        }));
  w.rt.modules().define(m, Atom("start_link"), 1,
                        make_fun(1, [m](Ctx& c, std::vector<Term> args) -> Co<Term> {
                          co_return task::start_link(c, Term(m), a("thing_to_run"), list(args[0]));
                        }));
  w.rt.modules().define(m, Atom("thing_to_run"), 1, thing_to_run);
}

}  // namespace

TEST_SUITE("Supervisor") {
  TEST_CASE(
      "Task.child_spec/1: {Task, fun} is %{id: Task, restart: :temporary, start: {Task, "
      ":start_link, [fun]}}; which_children/1 shows {Task, pid, :worker, [Task]}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term fun = wl::sleep_fun(1000, a("done"));
      Term spec = co_await supervisor::child_spec(c, tup(a("Elixir.Task"), fun), Term());
      w.note(spec == task::child_spec(fun) ? "same as Task.child_spec(fun)" : "differs");
      w.note(inspect(spec) == "%{id: Task, restart: :temporary, start: {Task, :start_link, [" +
                                  inspect(fun) + "]}}"
                 ? "shape ok"
                 : inspect(spec));
      Term sup = (co_await supervisor::start_link(c, list(tup(a("Elixir.Task"), fun)),
                                                  strategy("one_for_one")))[1];
      Term children = co_await supervisor::which_children(c, sup);
      Term pid = children.list_items()[0][1];
      w.note(named(inspect(children), pid, "pid"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"same as Task.child_spec(fun)", "shape ok", "[{Task, pid, :worker, [Task]}]"});
  }

  TEST_CASE(
      "Supervisor.which_children/1: a {Task, fn} child that finishes normally is removed and the "
      "counts go to 0") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(
          c, list(tup(a("Elixir.Task"), wl::sleep_fun(10, a("done")))),
          strategy("one_for_one")))[1];
      w.note(std::to_string((co_await supervisor::which_children(c, sup)).list_length()));
      co_await c.sleep(50);
      w.note(co_await supervisor::which_children(c, sup));
      w.note(co_await supervisor::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"1", "[]", "%{active: 0, specs: 0, supervisors: 0, workers: 0}"});
    CHECK(restarts(w).empty());
  }

  TEST_CASE(
      "Supervisor.start_link/2: a {Task, fn} child that crashes is not restarted (:temporary)") {
    World w;
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term children = list(tup(a("Elixir.Agent"), wl::value_fun(i(0))),
                           tup(a("Elixir.Task"), wl::crash_after_fun(10, "boom")));
      sup = (co_await supervisor::start_link(c, children, strategy("one_for_one")))[1];
      Term before = co_await supervisor::which_children(c, sup);
      Term task = before.list_items()[0][1], agent_pid = before.list_items()[1][1];
      w.note(named(inspect(before), task, "task", agent_pid, "agent"));
      w.note(co_await supervisor::count_children(c, sup));
      co_await c.sleep(50);
      Term after = co_await supervisor::which_children(c, sup);
      w.note(named(inspect(after), agent_pid, "agent"));
      w.note(co_await supervisor::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"[{Task, task, :worker, [Task]}, {Agent, agent, :worker, [Agent]}]",
                          "%{active: 2, specs: 2, supervisors: 0, workers: 2}",
                          "[{Agent, agent, :worker, [Agent]}]",
                          "%{active: 1, specs: 1, supervisors: 0, workers: 1}"});
    CHECK(restarts(w).empty());
  }

  TEST_CASE(
      "Supervisor.start_link/2 with {MyApp.MyTask, 123} (use Task): the child spec, and the task "
      "prints `running task with 123`") {
    World w;
    define_use_task(w, "MyApp.MyTask", a("temporary"),
                    make_fun(1, [&w](Ctx&, std::vector<Term> args) -> Co<Term> {
                      w.note("running task with " + inspect(args[0]));
                      co_return a("ok");
                    }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term child = tup(a("Elixir.MyApp.MyTask"), i(123));
      w.note(co_await supervisor::child_spec(c, child, Term()));
      co_await supervisor::start_link(c, list(child), strategy("one_for_one"));
      co_await stay_alive(c);
    });
    w.run();
    // docs/semantics.md writes the args as [123]; inspect shows that list as the
    // charlist '{', as Elixir 1.14 prints it too.
    CHECK(w.seen ==
          Lines{"%{id: MyApp.MyTask, restart: :temporary, start: {MyApp.MyTask, :start_link, '{'}}",
                "running task with 123"});
  }

  TEST_CASE(
      "Supervisor.start_link/2 with a `use Task, restart: :permanent` child: restarted after a "
      "crash and after a normal return") {
    World w;
    int runs = 0;
    define_use_task(w, "MyApp.Permanent", a("permanent"),
                    make_fun(1, [&w, &runs](Ctx& c, std::vector<Term>) -> Co<Term> {
                      ++runs;
                      w.note("run " + std::to_string(runs));
                      if (runs == 1) raise_message("boom");  // crash
                      if (runs == 2) co_return a("done");    // normal return
                      co_await stay_alive(c);                // then stays
                      co_return a("never");
                    }));
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term child = tup(a("Elixir.MyApp.Permanent"), i(1));
      w.note(co_await supervisor::child_spec(c, child, Term()));
      sup = (co_await supervisor::start_link(c, list(child), strategy("one_for_one")))[1];
      co_await c.sleep(100);
      w.note(co_await supervisor::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"%{id: MyApp.Permanent, restart: :permanent, start: {MyApp.Permanent, "
                          ":start_link, [1]}}",
                          "run 1", "run 2", "run 3",
                          "%{active: 1, specs: 1, supervisors: 0, workers: 1}"});
    CHECK(restarts(w).size() == 2);
  }

  TEST_CASE("Supervisor.which_children/1 lists children newest first: [:c, :b, :a]") {
    World w;
    define_worker(w);
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup =
          (co_await supervisor::start_link(c, workers("a", "b", "c"), strategy("one_for_one")))[1];
      std::vector<Term> ids;
      for (const Term& ch : (co_await supervisor::which_children(c, sup)).list_items())
        ids.push_back(ch[0]);
      w.note(Term::list(ids));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start b", "start c", "[:c, :b, :a]"});
  }

  TEST_CASE(
      "Supervisor.start_link/2 :one_for_one restarts only the child that crashed; the others keep "
      "their pids") {
    World w;
    define_worker(w);
    Term sup, a1, b1, c1, a2, b2, c2;
    w.spawn([&](Ctx& c) -> Co<void> {
      sup =
          (co_await supervisor::start_link(c, workers("a", "b", "c"), strategy("one_for_one")))[1];
      a1 = co_await pid_of(c, sup, "a");
      b1 = co_await pid_of(c, sup, "b");
      c1 = co_await pid_of(c, sup, "c");
      w.note("crash b");
      c.send(b1.pid(), a("crash"));
      co_await c.sleep(10);
      a2 = co_await pid_of(c, sup, "a");
      b2 = co_await pid_of(c, sup, "b");
      c2 = co_await pid_of(c, sup, "c");
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start b", "start c", "crash b", "start b"});
    CHECK(a1 == a2);
    CHECK(c1 == c2);
    CHECK(b1 != b2);
    CHECK(restarts(w) == Lines{inspect(sup) + " restarted :b as " + inspect(b2)});
    CHECK(logs(w) ==
          Lines{"Child :b of Supervisor " + inspect(sup) +
                " (Supervisor.Default) terminated\n** (exit) :boom\nPid: " + inspect(b1) +
                "\nStart Call: Worker.start_link(:b)\nRestart: :permanent\nShutdown: 5000\nType: "
                ":worker"});
  }

  TEST_CASE(
      "Supervisor.start_link/2 :one_for_all restarts every child in start order after stopping the "
      "others in reverse") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      sup =
          (co_await supervisor::start_link(c, workers("a", "b", "c"), strategy("one_for_all")))[1];
      Term b = co_await pid_of(c, sup, "b");
      w.note("crash b");
      c.send(b.pid(), a("crash"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start b", "start c", "crash b", "stop c :shutdown",
                          "stop a :shutdown", "start a", "start b", "start c"});
    CHECK(restarts(w).size() == 3);
  }

  TEST_CASE(
      "Supervisor.start_link/2 :rest_for_one restarts the crashed child and those started after "
      "it") {
    struct Case {
      const char* crash;
      Lines after;
    };
    std::vector<Case> cases = {
        {"b", {"stop d :shutdown", "stop c :shutdown", "start b", "start c", "start d"}},
        {"d", {"start d"}},
        {"a",
         {"stop d :shutdown", "stop c :shutdown", "stop b :shutdown", "start a", "start b",
          "start c", "start d"}},
    };
    for (const Case& cs : cases) {
      CAPTURE(cs.crash);
      World w;
      define_worker(w);
      w.spawn([&](Ctx& c) -> Co<void> {
        Term sup = (co_await supervisor::start_link(c, workers("a", "b", "c", "d"),
                                                    strategy("rest_for_one")))[1];
        Term victim = co_await pid_of(c, sup, cs.crash);
        w.seen.clear();
        c.send(victim.pid(), a("crash"));
        co_await stay_alive(c);
      });
      w.run();
      CHECK(w.seen == cs.after);
    }
  }

  TEST_CASE(
      "Supervisor.start_link/2 default max_restarts 3 in max_seconds 5: the 4th crash stops the "
      "others and the supervisor exits :shutdown") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      sup = (co_await supervisor::start_link(c, workers("a", "b"), strategy("one_for_one")))[1];
      w.seen.clear();
      for (int crash = 1; crash <= 4; ++crash) {
        w.note("crash " + std::to_string(crash));
        Term pid = co_await pid_of(c, sup, "a");
        c.send(pid.pid(), a("crash"));
        co_await c.sleep(100);
      }
      w.note(show(*co_await c.receive_any(0)));
    });
    w.run();
    CHECK(w.seen == Lines{"crash 1", "start a", "crash 2", "start a", "crash 3", "start a",
                          "crash 4", "stop b :shutdown",
                          "{:EXIT, " + inspect(sup) + ", :shutdown}"});
    CHECK(w.reason(sup.pid()) == ":shutdown");
    Lines l = logs(w);
    REQUIRE(l.size() == 5);
    CHECK(l[4] ==
          "Child :a of Supervisor " + inspect(sup) +
              " (Supervisor.Default) caused shutdown\n** (exit) :reached_max_restart_intensity\n"
              "Start Call: Worker.start_link(:a)\nRestart: :permanent\nShutdown: 5000\nType: "
              ":worker");
  }

  TEST_CASE(
      "Supervisor.start_link/2 max_seconds: restarts older than the 5 s window no longer count") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await supervisor::start_link(c, workers("a"), strategy("one_for_one")))[1];
      for (int crash = 1; crash <= 6; ++crash) {  // one crash every 2 s: at most 3 in any 5 s
        Term pid = co_await pid_of(c, sup, "a");
        c.send(pid.pid(), a("crash"));
        co_await c.sleep(2000);
      }
      w.note(co_await supervisor::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen.back() == "%{active: 1, specs: 1, supervisors: 0, workers: 1}");
    CHECK(restarts(w).size() == 6);
    CHECK(w.reason(sup.pid()) == "alive");
  }

  TEST_CASE(
      "Supervisor.start_link/2 with max_restarts: 0: a non-trapping linked parent dies with "
      ":shutdown") {
    World w;
    define_worker(w);
    Term sup;
    Pid parent = w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await supervisor::start_link(
          c, workers("a"), kw("strategy", a("one_for_one"), "max_restarts", i(0))))[1];
      Term pid = co_await pid_of(c, sup, "a");
      c.send(pid.pid(), a("crash"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.reason(sup.pid()) == ":shutdown");
    CHECK(w.reason(parent) == ":shutdown");
  }

  TEST_CASE(
      "Supervisor.restart_child/2 with restart: :transient: restarted after :boom; not after "
      ":normal, :shutdown or {:shutdown, :bye}, listed as :undefined until restart_child/2") {
    for (Term reason : terms(a("normal"), a("shutdown"), tup(a("shutdown"), a("bye")))) {
      CAPTURE(inspect(reason));
      World w;
      define_worker(w);
      w.spawn([&](Ctx& c) -> Co<void> {
        Term sup = (co_await supervisor::start_link(
            c, list(worker_spec("t", "restart", a("transient"))), strategy("one_for_one")))[1];
        Term pid = co_await pid_of(c, sup, "t");
        w.note("exit :boom");
        c.send(pid.pid(), tup(a("exit"), a("boom")));
        co_await c.sleep(10);
        pid = co_await pid_of(c, sup, "t");
        w.note("exit " + inspect(reason));
        c.send(pid.pid(), tup(a("exit"), reason));
        co_await c.sleep(10);
        w.note(co_await supervisor::which_children(c, sup));
        Term r = co_await supervisor::restart_child(c, sup, a("t"));
        w.note(named(inspect(r), r[1], "pid"));
        co_await stay_alive(c);
      });
      w.run();
      CHECK(w.seen == Lines{"start t", "exit :boom", "start t", "exit " + inspect(reason),
                            "[{:t, :undefined, :worker, [Worker]}]", "start t", "{:ok, pid}"});
    }
  }

  TEST_CASE(
      "Supervisor.stop/1 stops the children in reverse start order with :shutdown; a nested "
      "supervisor stops its own (y, then x) in its turn") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term inner = map("id", a("inner"), "start",
                       tup(a("Elixir.Supervisor"), a("start_link"),
                           list(workers("x", "y"), strategy("one_for_one"))),
                       "type", a("supervisor"));
      Term children = list(worker_spec("a"), inner, worker_spec("b"));
      sup = (co_await supervisor::start_link(c, children, strategy("one_for_one")))[1];
      w.note(co_await supervisor::count_children(c, sup));
      w.note(co_await supervisor::stop(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start x", "start y", "start b",
                          "%{active: 3, specs: 3, supervisors: 1, workers: 2}", "stop b :shutdown",
                          "stop y :shutdown", "stop x :shutdown", "stop a :shutdown", ":ok"});
    CHECK(w.reason(sup.pid()) == ":normal");
    CHECK(logs(w).empty());
  }

  TEST_CASE(
      "Supervisor.stop/2 with :custom returns :ok, the children still get :shutdown, the linked "
      "caller gets {:EXIT, sup, :custom}") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      sup = (co_await supervisor::start_link(c, workers("a", "b"), strategy("one_for_one")))[1];
      w.note(co_await supervisor::stop(c, sup, a("custom")));
      w.note(show(*co_await c.receive_any(0)));
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start b", "stop b :shutdown", "stop a :shutdown", ":ok",
                          "{:EXIT, " + inspect(sup) + ", :custom}"});
    CHECK(logs(w) ==
          Lines{"GenServer " + inspect(sup) + " terminating\n** (stop) :custom\nLast message: []"});
  }

  TEST_CASE("Supervisor.stop/2 with :custom kills a non-trapping linked caller with :custom") {
    World w;
    define_worker(w);
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(c, workers("a"), strategy("one_for_one")))[1];
      // stopped by another process, so the caller is not waiting in stop/2
      c.spawn([sup](Ctx& c2) -> Co<void> { co_await supervisor::stop(c2, sup, a("custom")); });
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.reason(caller) == ":custom");
  }

  TEST_CASE(
      "Supervisor.start_link/2 with shutdown: :brutal_kill: the child is killed without seeing a "
      "message") {
    World w;
    define_worker(w);
    Term sup, b;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term children =
          list(worker_spec("a"), worker_spec("b", "shutdown", a("brutal_kill")), worker_spec("c"));
      sup = (co_await supervisor::start_link(c, children, strategy("one_for_one")))[1];
      b = co_await pid_of(c, sup, "b");
      w.note(co_await supervisor::stop(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"start a", "start b", "start c", "stop c :shutdown", "stop a :shutdown", ":ok"});
    CHECK(w.reason(b.pid()) == ":killed");
  }

  TEST_CASE(
      "Supervisor.stop/1: a child that ignores :shutdown is killed after its shutdown timeout and "
      "reported") {
    World w;
    Term sup, s;
    // Stubborn.start_link/1: a linked process that traps exits and never stops
    w.rt.modules().define(Atom("Elixir.Stubborn"), Atom("start_link"), 1,
                          make_fun(1, [](Ctx& c, std::vector<Term>) -> Co<Term> {
                            Pid p = c.spawn_link([](Ctx& c2) -> Co<void> {
                              c2.trap_exit(true);
                              co_await stay_alive(c2);
                            });
                            co_return ok(Term(p));
                          }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term spec = map("id", a("s"), "start", tup(a("Elixir.Stubborn"), a("start_link"), list(i(1))),
                      "shutdown", i(50));
      sup = (co_await supervisor::start_link(
          c, list(spec), kw("strategy", a("one_for_one"), "name", a("Elixir.MySup"))))[1];
      s = co_await pid_of(c, a("Elixir.MySup"), "s");
      int64_t t0 = c.now_ms();
      w.note(co_await supervisor::stop(c, a("Elixir.MySup")));
      w.note("after " + std::to_string(c.now_ms() - t0) + " ms");
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok", "after 50 ms"});
    CHECK(w.reason(s.pid()) == ":killed");
    CHECK(logs(w) ==
          Lines{"Child :s of Supervisor MySup shut down abnormally\n** (exit) killed\nPid: " +
                inspect(s) +
                "\nStart Call: Stubborn.start_link(1)\nRestart: :permanent\nShutdown: 50\nType: "
                ":worker"});
  }

  TEST_CASE(
      "Supervisor.terminate_child/2, restart_child/2, delete_child/2: :ok with pid :undefined / "
      "{:ok, pid} / :ok; an unknown id is {:error, :not_found}") {
    World w;
    define_worker(w);
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(c, workers("a"), strategy("one_for_one")))[1];
      auto note = [&](const Term& t) {
        w.note(t.is_tuple(2) && t[1].is_pid() ? named(inspect(t), t[1], "pid") : inspect(t));
      };
      note(co_await supervisor::restart_child(c, sup, a("a")));
      note(co_await supervisor::delete_child(c, sup, a("a")));
      note(co_await supervisor::terminate_child(c, sup, a("a")));
      note(co_await supervisor::which_children(c, sup));
      note(co_await supervisor::count_children(c, sup));
      note(co_await supervisor::restart_child(c, sup, a("a")));
      note(co_await supervisor::terminate_child(c, sup, a("a")));
      note(co_await supervisor::terminate_child(c, sup, a("a")));
      note(co_await supervisor::delete_child(c, sup, a("a")));
      note(co_await supervisor::delete_child(c, sup, a("a")));
      note(co_await supervisor::restart_child(c, sup, a("a")));
      note(co_await supervisor::terminate_child(c, sup, a("nope")));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "{:error, :running}", "{:error, :running}", "stop a :shutdown",
                          ":ok", "[{:a, :undefined, :worker, [Worker]}]",
                          "%{active: 0, specs: 1, supervisors: 0, workers: 1}", "start a",
                          "{:ok, pid}", "stop a :shutdown", ":ok", ":ok", ":ok",
                          "{:error, :not_found}", "{:error, :not_found}", "{:error, :not_found}"});
  }

  TEST_CASE(
      "Supervisor.start_child/2: {:ok, pid}; the same id again {:error, {:already_started, pid}}; "
      "a temporary child is forgotten by terminate_child/2") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(c, Term(), strategy("one_for_one")))[1];
      Term spec = map("id", a("t"), "start",
                      tup(a("Elixir.Task"), a("start_link"), list(wl::sleep_fun(1000, a("done")))),
                      "restart", a("temporary"));
      Term r1 = co_await supervisor::start_child(c, sup, spec);
      w.note(named(inspect(r1), r1[1], "pid"));
      Term again = co_await supervisor::start_child(c, sup, spec);
      w.note(named(inspect(again), r1[1], "pid"));
      w.note(co_await supervisor::terminate_child(c, sup, a("t")));
      w.note(co_await supervisor::which_children(c, sup));
      Term r2 =
          co_await supervisor::start_child(c, sup, tup(a("Elixir.Agent"), wl::value_fun(i(1))));
      Term list2 = co_await supervisor::which_children(c, sup);
      w.note(named(inspect(list2), r2[1], "agent"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:ok, pid}", "{:error, {:already_started, pid}}", ":ok", "[]",
                          "[{Agent, agent, :worker, [Agent]}]"});
  }

  TEST_CASE(
      "Supervisor.start_child/2: a start that raises is {:error, {{:EXIT, reason}, child}} with "
      "OTP's child record") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(c, Term(), strategy("one_for_one")))[1];
      Term fun = wl::raise_fun("x");
      Term spec = map("id", a("e"), "start", tup(a("Elixir.Agent"), a("start_link"), list(fun)));
      Term r = co_await supervisor::start_child(c, sup, spec);
      w.note(show(r) ==
                     "{:error, {{%RuntimeError{message: \"x\"}, :stacktrace}, {:child, :undefined, "
                     ":e, {Agent, :start_link, [" +
                         inspect(fun) + "]}, :permanent, false, 5000, :worker, [Agent]}}}"
                 ? "ok"
                 : show(r));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"ok"});
  }

  TEST_CASE(
      "Supervisor.start_link/2: a child whose start returns {:error, :nope} fails it with "
      "{:shutdown, {:failed_to_start_child, :b, :nope}} after stopping the children started") {
    World w;
    define_worker(w);
    w.rt.modules().define(Atom("Elixir.E"), Atom("err"), 1,
                          make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> {
                            co_return tup(Term(atoms::error), a("nope"));
                          }));
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term children = list(worker_spec("a"),
                           map("id", a("b"), "start", tup(a("Elixir.E"), a("err"), list(i(1)))),
                           worker_spec("c"));
      w.note(co_await supervisor::start_link(c, children, strategy("one_for_one")));
      auto m = *co_await c.receive_any(0);
      sup = m[1];
      w.note(named(inspect(m), sup, "sup"));
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "stop a :shutdown",
                          "{:error, {:shutdown, {:failed_to_start_child, :b, :nope}}}",
                          "{:EXIT, sup, {:shutdown, {:failed_to_start_child, :b, :nope}}}"});
    CHECK(logs(w) ==
          Lines{"Child :b of Supervisor " + inspect(sup) +
                " (Supervisor.Default) failed to start\n** (exit) :nope\nStart Call: E.err(1)\n"
                "Restart: :permanent\nShutdown: 5000\nType: :worker"});
  }

  TEST_CASE(
      "Supervisor.start_link/2: a failing child kills a non-trapping caller with the {:shutdown, "
      "...} reason") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term children =
          list(map("id", a("b"), "start",
                   tup(a("Elixir.Agent"), a("start_link"), list(wl::exit_fun(a("nope"))))));
      co_await supervisor::start_link(c, children, strategy("one_for_one"));
      w.note("returned");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == "{:shutdown, {:failed_to_start_child, :b, :nope}}");
  }

  TEST_CASE(
      "Supervisor.start_link/2: a child start returning :ignore keeps the child with pid "
      ":undefined") {
    World w;
    define_worker(w);
    w.rt.modules().define(
        Atom("Elixir.E"), Atom("ign"), 1,
        make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> { co_return a("ignore"); }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term children = list(worker_spec("a"),
                           map("id", a("b"), "start", tup(a("Elixir.E"), a("ign"), list(i(1)))),
                           worker_spec("c"));
      Term r = co_await supervisor::start_link(c, children, strategy("one_for_one"));
      Term kids = co_await supervisor::which_children(c, r[1]);
      w.note(named(inspect(kids), kids.list_items()[0][1], "c", kids.list_items()[2][1], "a"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "start c",
                          "[{:c, c, :worker, [Worker]}, {:b, :undefined, :worker, [E]}, {:a, a, "
                          ":worker, [Worker]}]"});
  }

  TEST_CASE(
      "Supervisor.start_link/2 errors: no :strategy raises ArgumentError; a module without "
      "child_spec/1; a duplicate id; a taken name") {
    World w;
    define_worker(w);
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      auto attempt = [&](Term children, Term opts) -> Co<std::string> {
        try {
          co_return show(co_await supervisor::start_link(c, children, opts));
        } catch (const Raised& r) {
          co_return "raised " + show(r.value);
        }
      };
      w.note(co_await attempt(Term(), Term()));
      w.note(co_await attempt(list(a("Elixir.Nope")), strategy("one_for_one")));
      Term twins = list(tup(a("Elixir.Agent"), wl::value_fun(i(1))),
                        tup(a("Elixir.Agent"), wl::value_fun(i(2))));
      w.note(co_await attempt(twins, strategy("one_for_one")));
      Term named_opts = kw("strategy", a("one_for_one"), "name", a("Counter"));
      Term first = co_await supervisor::start_link(c, Term(), named_opts);
      std::string again = co_await attempt(Term(), named_opts);
      w.note(named(again, first[1], "pid"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"raised %ArgumentError{message: \"expected :strategy option to be given\"}",
                "raised %ArgumentError{message: \"The module Nope was given as a child to a "
                "supervisor but it does not exist.\"}",
                "{:error, {:start_spec, {:duplicate_child_name, Agent}}}",
                "{:error, {:already_started, pid}}"});
  }

  TEST_CASE(
      "Supervisor.start_link/3 with a module's init/1 (use Supervisor) calling Supervisor.init/2") {
    World w;
    define_worker(w);
    const Atom mod("Elixir.MyApp.Sup");
    w.rt.modules().define(
        mod, Atom("init"), 1, make_fun(1, [](Ctx& c, std::vector<Term> args) -> Co<Term> {
          co_return co_await supervisor::init(c, args[0], strategy("one_for_one"));
        }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term r = co_await supervisor::start_link(c, Term(mod), workers("a", "b"), Term());
      w.note(co_await supervisor::count_children(c, r[1]));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"start a", "start b", "%{active: 2, specs: 2, supervisors: 0, workers: 2}"});
  }

  TEST_CASE(
      "Supervisor.which_children/1 on a stopped supervisor exits {:noproc, {GenServer, :call, "
      "[sup, :which_children, :infinity]}}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await supervisor::start_link(c, Term(), strategy("one_for_one")))[1];
      co_await supervisor::stop(c, sup);
      try {
        co_await supervisor::which_children(c, sup);
      } catch (const Raised& r) {
        w.note(named(show(r.value), sup, "sup"));
      }
      try {
        co_await supervisor::stop(c, sup);
      } catch (const Raised& r) {
        w.note(named(show(r.value), sup, "sup"));
      }
    });
    w.run();
    CHECK(w.seen == Lines{"{:noproc, {GenServer, :call, [sup, :which_children, :infinity]}}",
                          "{:noproc, {GenServer, :stop, [sup, :normal, :infinity]}}"});
  }

  TEST_CASE(
      "Supervisor.start_link/2: a restart whose start fails is reported (failed to start) and "
      "tried again until max_restarts, then :shutdown") {
    World w;
    int attempts = 0;
    // Flaky.start_link/1: the first start works, every later one is {:error, :nope}
    w.rt.modules().define(
        Atom("Elixir.Flaky"), Atom("start_link"), 1,
        make_fun(1, [&](Ctx& c, std::vector<Term>) -> Co<Term> {
          w.note("start attempt " + std::to_string(attempts));
          if (attempts++ > 0) co_return tup(Term(atoms::error), a("nope"));
          Pid p = c.spawn_link([](Ctx& c2) -> Co<void> {
            co_await c2.receive([](const Term& m) { return m.is_atom(Atom("crash")); });
            exit_with(a("boom"));
          });
          co_return ok(Term(p));
        }));
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Term spec = map("id", a("f"), "start", tup(a("Elixir.Flaky"), a("start_link"), list(i(1))));
      sup = (co_await supervisor::start_link(c, list(spec), strategy("one_for_one")))[1];
      Term pid = co_await pid_of(c, sup, "f");
      c.send(pid.pid(), a("crash"));
      auto m = co_await c.receive_any(1000);
      w.note(m ? named(show(*m), sup, "sup") : "no message");
    });
    w.run();
    CHECK(w.seen == Lines{"start attempt 0", "start attempt 1", "start attempt 2",
                          "start attempt 3", "{:EXIT, sup, :shutdown}"});
    Lines firsts;
    for (const std::string& l : logs(w))
      firsts.push_back(named(l.substr(0, l.find("\nStart Call")), sup, "sup"));
    CHECK(
        firsts ==
        Lines{"Child :f of Supervisor sup (Supervisor.Default) terminated\n** (exit) :boom\nPid: " +
                  firsts.at(0).substr(firsts.at(0).find("Pid: ") + 5),
              "Child :f of Supervisor sup (Supervisor.Default) failed to start\n** (exit) :nope",
              "Child :f of Supervisor sup (Supervisor.Default) failed to start\n** (exit) :nope",
              "Child :f of Supervisor sup (Supervisor.Default) failed to start\n** (exit) :nope",
              "Child :f of Supervisor sup (Supervisor.Default) caused shutdown\n** (exit) "
              ":reached_max_restart_intensity"});
  }

  TEST_CASE(
      "chapter: a {Task, fn} child under a Supervisor runs, and after it crashes it is not "
      "restarted") {
    World w;
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term job = make_fun(0, [&w](Ctx& c2, std::vector<Term>) -> Co<Term> {
        Term n = co_await wl::fib_of(c2, i(20));
        w.note("Fib.of(20) = " + inspect(n));
        raise_message("boom");
        co_return n;
      });
      sup = (co_await supervisor::start_link(c, list(tup(a("Elixir.Task"), job)),
                                             strategy("one_for_one")))[1];
      co_await c.sleep(100);
      w.note(co_await supervisor::which_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"Fib.of(20) = 6765", "[]"});
    CHECK(restarts(w).empty());
    CHECK(w.reason(sup.pid()) == "alive");
  }

  TEST_CASE(
      "Supervisor functions are registered: apply(Supervisor, :start_link, [children, opts]) and "
      "{Supervisor, :which_children, 1}") {
    World w;
    define_worker(w);
    w.spawn([&](Ctx& c) -> Co<void> {
      Term r = co_await apply(c, Atom("Elixir.Supervisor"), Atom("start_link"),
                              terms(workers("a"), strategy("one_for_one")));
      Term kids = co_await apply(c, Atom("Elixir.Supervisor"), Atom("which_children"), terms(r[1]));
      w.note(named(inspect(kids), kids.list_items()[0][1], "pid"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"start a", "[{:a, pid, :worker, [Worker]}]"});
  }
}
