// DynamicSupervisor: every row of docs/semantics.md "DynamicSupervisor", observed
// on Elixir 1.14 / OTP 25, plus restarts, reports and exit shapes checked
// against the same Elixir.
#include <doctest/doctest.h>

#include "supervisor_support.hpp"
#include "taskplay/agent.hpp"
#include "taskplay/dynamic_supervisor.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;
namespace ds = taskplay::dynamic_supervisor;
using Lines = std::vector<std::string>;

namespace {
Term agent_child(int64_t v) { return tup(a("Elixir.Agent"), wl::value_fun(i(v))); }
Term identity() {
  return make_fun(1, [](Ctx&, std::vector<Term> args) -> Co<Term> { co_return args[0]; });
}
}  // namespace

TEST_SUITE("DynamicSupervisor") {
  TEST_CASE(
      "DynamicSupervisor.start_child/2 with max_children: 2: the third is {:error, "
      ":max_children}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup =
          (co_await ds::start_link(c, kw("strategy", a("one_for_one"), "max_children", i(2))))[1];
      for (int k = 1; k <= 3; ++k) {
        Term r = co_await ds::start_child(c, sup, agent_child(k));
        w.note(r.is_tuple(2) && r[1].is_pid() ? "{:ok, pid}" : show(r));
      }
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:ok, pid}", "{:ok, pid}", "{:error, :max_children}"});
  }

  TEST_CASE(
      "DynamicSupervisor.which_children/1: [{:undefined, a1, :worker, [Agent]}, {:undefined, a2, "
      ":worker, [Agent]}]") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      Term a1 = (co_await ds::start_child(c, sup, agent_child(1)))[1];
      Term a2 = (co_await ds::start_child(c, sup, agent_child(2)))[1];
      Term kids = co_await ds::which_children(c, sup);
      w.note(named(inspect(kids), a1, "a1", a2, "a2"));
      w.note(co_await ds::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{"[{:undefined, a1, :worker, [Agent]}, {:undefined, a2, :worker, [Agent]}]",
                "%{active: 2, specs: 2, supervisors: 0, workers: 2}"});
  }

  TEST_CASE(
      "DynamicSupervisor.terminate_child/2 twice: :ok, then {:error, :not_found}; the process is "
      "dead") {
    World w;
    Term pid;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      pid = (co_await ds::start_child(c, sup, agent_child(1)))[1];
      w.note(co_await ds::terminate_child(c, sup, pid));
      w.note(co_await ds::terminate_child(c, sup, pid));
      w.note(c.runtime().alive(pid.pid()) ? "alive" : "dead");
      w.note(co_await ds::which_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok", "{:error, :not_found}", "dead", "[]"});
    CHECK(w.reason(pid.pid()) == ":shutdown");
    CHECK(logs(w).empty());
  }

  TEST_CASE(
      "DynamicSupervisor.start_child/2: a killed Agent child (:permanent) is restarted with a new "
      "pid and the same init") {
    World w;
    Term sup, a1, a2;
    Term init = wl::value_fun(i(2));
    w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      a1 = (co_await ds::start_child(c, sup, tup(a("Elixir.Agent"), init)))[1];
      co_await agent::update(
          c, a1, make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> { co_return i(99); }));
      c.exit(a1.pid(), a("kill"));
      co_await c.sleep(10);
      Term kids = co_await ds::which_children(c, sup);
      a2 = kids.list_items().at(0)[1];
      w.note(a2 != a1 ? "new pid" : "same pid");
      w.note(co_await agent::get(c, a2, identity()));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"new pid", "2"});
    CHECK(restarts(w) == Lines{inspect(sup) + " restarted :undefined as " + inspect(a2)});
    CHECK(logs(w) == Lines{"Child :undefined of Supervisor " + inspect(sup) +
                           " (Supervisor.Default) terminated\n** (exit) killed\nPid: " +
                           inspect(a1) + "\nStart Call: Agent.start_link(" + inspect(init) +
                           ")\nRestart: :permanent\nShutdown: 5000\nType: :worker"});
  }

  TEST_CASE(
      "DynamicSupervisor.start_child/2: a start returning {:error, :nope} gives {:error, :nope}; "
      ":ignore gives :ignore") {
    World w;
    const Atom e("Elixir.E");
    w.rt.modules().define(e, Atom("err"), 1, make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> {
                            co_return tup(Term(atoms::error), a("nope"));
                          }));
    w.rt.modules().define(e, Atom("ign"), 1, make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> {
                            co_return a("ignore");
                          }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      Term err = map("id", a("x"), "start", tup(Term(e), a("err"), list(i(1))));
      Term ign = map("id", a("y"), "start", tup(Term(e), a("ign"), list(i(1))));
      w.note(co_await ds::start_child(c, sup, err));
      w.note(co_await ds::start_child(c, sup, ign));
      w.note(co_await ds::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:error, :nope}", ":ignore",
                          "%{active: 0, specs: 0, supervisors: 0, workers: 0}"});
  }

  TEST_CASE(
      "DynamicSupervisor.count_children/1: a temporary {Task, fn} child that finishes is removed") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      co_await ds::start_child(c, sup, tup(a("Elixir.Task"), wl::sleep_fun(10, a("done"))));
      w.note(co_await ds::count_children(c, sup));
      co_await c.sleep(50);
      w.note(co_await ds::count_children(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"%{active: 1, specs: 1, supervisors: 0, workers: 1}",
                          "%{active: 0, specs: 0, supervisors: 0, workers: 0}"});
  }

  TEST_CASE(
      "DynamicSupervisor.start_child/2: past max_restarts the children are stopped and the "
      "supervisor exits :shutdown") {
    World w;
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"), "max_restarts", i(1))))[1];
      Term other = (co_await ds::start_child(c, sup, agent_child(0)))[1];
      co_await ds::start_child(c, sup, agent_child(1));
      for (int kill = 1; kill <= 2; ++kill) {  // the 2nd restart exceeds max_restarts: 1
        Term kids = co_await ds::which_children(c, sup);
        for (const Term& kid : kids.list_items())
          if (kid[1] != other) c.exit(kid[1].pid(), a("kill"));
        co_await c.sleep(10);
      }
      auto m = co_await c.receive_any(0);
      w.note(m ? named(show(*m), sup, "sup") : "no message");
      w.note(w.reason(other.pid()));
    });
    w.run();
    CHECK(w.seen == Lines{"{:EXIT, sup, :shutdown}", ":shutdown"});
    Lines l = logs(w);
    REQUIRE(!l.empty());
    CHECK(l.back().find(
              "Child :undefined of Supervisor " + inspect(sup) +
              " (Supervisor.Default) caused shutdown\n** (exit) :reached_max_restart_intensity\n"
              "Start Call: Agent.start_link(") == 0);
  }

  TEST_CASE("DynamicSupervisor.stop/1 stops all children with :shutdown and returns :ok") {
    World w;
    Term a1, a2, sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      sup = (co_await ds::start_link(c, kw("strategy", a("one_for_one"))))[1];
      a1 = (co_await ds::start_child(c, sup, agent_child(1)))[1];
      a2 = (co_await ds::start_child(c, sup, agent_child(2)))[1];
      w.note(co_await ds::stop(c, sup));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok"});
    CHECK(w.reason(a1.pid()) == ":shutdown");
    CHECK(w.reason(a2.pid()) == ":shutdown");
    CHECK(w.reason(sup.pid()) == ":normal");
  }

  TEST_CASE(
      "DynamicSupervisor calls on a stopped supervisor exit {:noproc, {GenServer, :call, [sup, "
      "request, :infinity]}}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term sup = (co_await ds::start_link(c, Term()))[1];
      co_await ds::stop(c, sup);
      Term fun = wl::value_fun(i(1));
      try {
        co_await ds::which_children(c, sup);
      } catch (const Raised& r) {
        w.note(named(show(r.value), sup, "sup"));
      }
      try {
        co_await ds::start_child(c, sup, tup(a("Elixir.Agent"), fun));
      } catch (const Raised& r) {
        w.note(named(show(r.value), sup, "sup", fun, "fun"));
      }
    });
    w.run();
    CHECK(w.seen ==
          Lines{"{:noproc, {GenServer, :call, [sup, :which_children, :infinity]}}",
                "{:noproc, {GenServer, :call, [sup, {:start_child, {{Agent, :start_link, [fun]}, "
                ":permanent, 5000, :worker, [Agent]}}, :infinity]}}"});
  }

  TEST_CASE(
      "DynamicSupervisor functions are registered: apply(DynamicSupervisor, :start_child, [sup, "
      "{Agent, fun}])") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      const Atom m("Elixir.DynamicSupervisor");
      Term sup =
          (co_await apply(c, m, Atom("start_link"), terms(kw("strategy", a("one_for_one")))))[1];
      Term r = co_await apply(c, m, Atom("start_child"), terms(sup, agent_child(7)));
      w.note(co_await agent::get(c, r[1], identity()));
      w.note(co_await apply(c, m, Atom("count_children"), terms(sup)));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"7", "%{active: 1, specs: 1, supervisors: 0, workers: 1}"});
  }
}
