// The Observer: the panels' model of the run, read from the runtime and its trace.
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/observer.hpp"
#include "taskplay/task.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_CASE("Observer keeps a crashed Task.async task with its reason and the signal it sent") {
  World w;
  Observer obs;
  Pid tp;
  Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
    c.trap_exit(true);
    Term t = task::async(c, workloads::raise_fun("boom"));
    tp = task::fields(t)->pid;
    co_await c.receive_any();
  });
  w.rt.step();  // the caller runs, spawns and links the task
  obs.update(w.rt);
  REQUIRE(obs.find(tp) != nullptr);
  CHECK(obs.find(tp)->alive);
  CHECK(obs.find(tp)->parent == caller);
  CHECK(obs.find(tp)->label == Atom("Elixir.Task"));
  CHECK(obs.find(tp)->last_links == std::vector<Pid>{caller});
  w.run();
  obs.update(w.rt);
  const ProcessRecord* r = obs.find(tp);
  CHECK(!r->alive);
  CHECK(show(r->reason) == "{%RuntimeError{message: \"boom\"}, :stacktrace}");
  CHECK(r->last_links == std::vector<Pid>{caller});  // remembered for the faded edge
  bool trapped = false;
  for (const auto& s : obs.signals())
    if (s.kind == EventKind::exit_trapped && s.from == tp && s.to == caller) trapped = true;
  CHECK(trapped);
  obs.clear_dead();
  CHECK(obs.find(tp) == nullptr);
  CHECK(obs.processes().empty());  // the caller has exited too
}

TEST_CASE("Observer counts the events it missed when the trace ring dropped them") {
  RuntimeOptions o;
  o.trace_capacity = 8;
  World w(o);
  Observer obs;
  w.spawn([](Ctx& c) -> Co<void> {
    for (int k = 0; k < 20; ++k) c.send(c.self(), Term::integer(k));
    co_return;
  });
  w.run();
  obs.update(w.rt);
  CHECK(obs.missed_events() == w.rt.trace().dropped());
  CHECK(obs.processes().size() == 1);
  CHECK(!obs.processes()[0].alive);
}

TEST_CASE("Observer: the links a process died with come from the trace, however seldom it looks") {
  World w;
  Observer obs;
  Pid a, b, c;
  w.spawn([&](Ctx& ctx) -> Co<void> {
    ctx.trap_exit(true);
    a = ctx.spawn_link([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
    b = ctx.spawn_link([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
    c = ctx.spawn_link([](Ctx& c2) -> Co<void> {
      co_await c2.sleep(1);
      raise_message("boom");
    });
    ctx.unlink(b);
    co_await ctx.receive_any();  // c's {:EXIT, ...}
    co_await ctx.receive_any();  // and on, alive
  });
  w.run();  // all of it, the observer never looking in between
  obs.update(w.rt);
  const Pid shell{100, 0};
  REQUIRE(obs.find(c) != nullptr);
  CHECK_FALSE(obs.find(c)->alive);
  CHECK(obs.find(c)->last_links == std::vector<Pid>{shell});  // it died linked to the caller
  CHECK(obs.find(a)->last_links == std::vector<Pid>{shell});
  CHECK(obs.find(b)->last_links.empty());  // unlinked
  // the caller's links: a only (b unlinked, c died), as the runtime has them
  CHECK(obs.find(shell)->last_links == w.rt.find(shell)->links);
}
