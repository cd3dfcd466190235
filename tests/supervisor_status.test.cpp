// What a supervisor shows observers (supervisor_status.hpp): the playground's
// Supervisor panel reads children, restart types and the restart intensity from it.
#include <doctest/doctest.h>

#include "supervisor_support.hpp"
#include "taskplay/supervisor.hpp"
#include "taskplay/supervisor_status.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("Supervisor status") {
  TEST_CASE(
      "a supervisor publishes its strategy, intensity, restarts and children with their restart "
      "types") {
    World w;
    define_worker(w);
    Term sup;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term children = list(worker_spec("a"), worker_spec("b", "restart", a("transient")));
      Term opts = kw("strategy", a("one_for_all"), "max_restarts", i(2), "max_seconds", i(7));
      sup = (co_await supervisor::start_link(c, children, opts))[1];
      co_await stay_alive(c);
    });
    w.run();
    const Process* p = w.rt.find(sup.pid());
    REQUIRE(p != nullptr);
    auto s = read_supervisor_status(p->status());
    REQUIRE(s.has_value());
    CHECK(s->strategy == Atom("one_for_all"));
    CHECK(s->max_restarts == 2);
    CHECK(s->max_seconds == 7);
    CHECK(s->restarts.empty());
    REQUIRE(s->children.size() == 2);
    CHECK(s->children[0].id == a("a"));
    CHECK(s->children[0].restart == Restart::permanent);
    CHECK(s->children[1].restart == Restart::transient);
    CHECK(s->children[0].pid.is_pid());

    // a crash: the restart is counted inside the window
    w.rt.send(s->children[0].pid.pid(), a("crash"));
    w.run();
    s = read_supervisor_status(w.rt.find(sup.pid())->status());
    REQUIRE(s.has_value());
    CHECK(s->restarts.size() == 1);
    CHECK(s->restarts_in_window(w.rt.now_us() / 1'000'000) == 1);
    CHECK(s->restarts_in_window(w.rt.now_us() / 1'000'000 + 8) == 0);
  }

  TEST_CASE("anything else is not a supervisor status") {
    CHECK_FALSE(read_supervisor_status(Term()).has_value());
    CHECK_FALSE(read_supervisor_status(Term::map({{a("strategy"), a("one_for_one")}})).has_value());
  }
}
