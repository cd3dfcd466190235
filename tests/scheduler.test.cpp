// The scheduler: preemption by reductions, pumping with a budget, limits that
// stop a runaway process (and only it), determinism, the bounded trace.
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/work_clock.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;

namespace {
Term i(int64_t v) { return Term::integer(v); }

Co<void> spin(Ctx& c) {
  while (true) co_await c.reduce(1);
}
}  // namespace

TEST_SUITE("scheduler") {
  TEST_CASE("an infinite loop is preempted: another process still computes Fib.of(20)") {
    World w;
    Pid looper = w.spawn(spin);
    w.spawn([&](Ctx& c) -> Co<void> { w.note(co_await wl::fib_of(c, i(20))); });
    for (int k = 0; k < 1000 && w.seen.empty(); ++k) w.rt.pump(10'000);
    CHECK(w.seen == std::vector<std::string>{"6765"});
    CHECK(w.rt.alive(looper));
    CHECK(w.rt.find(looper)->reductions > 0);
  }

  TEST_CASE("one step runs at most one slice of 4000 reductions") {
    World w;
    Pid looper = w.spawn(spin);
    w.rt.step();
    uint64_t r1 = w.rt.find(looper)->reductions;
    CHECK(r1 >= 3999);
    CHECK(r1 <= 4001);
    w.rt.step();
    CHECK(w.rt.find(looper)->reductions >= 2 * r1 - 2);
  }

  TEST_CASE("pump(budget) stops after about that many reductions") {
    World w;
    w.spawn(spin);
    w.spawn(spin);
    uint64_t used = w.rt.pump(20'000);
    CHECK(used >= 20'000);
    CHECK(used < 20'000 + 4001);
  }

  TEST_CASE("a long Fib.of(30) lets a ping-pong pair exchange messages in between") {
    World w;
    int pongs_before_fib = 0;
    bool fib_done = false;
    w.spawn([&](Ctx& c) -> Co<void> {
      co_await wl::fib_of(c, i(30));
      fib_done = true;
    });
    Pid ponger = w.spawn([&](Ctx& c) -> Co<void> {
      while (true) {
        auto m = co_await c.receive_any();
        c.send((*m).pid(), Term::atom("pong"));
      }
    });
    w.spawn([&](Ctx& c) -> Co<void> {
      for (int k = 0; k < 50; ++k) {
        c.send(ponger, Term(c.self()));
        co_await c.receive_any();
        if (!fib_done) ++pongs_before_fib;
      }
    });
    w.run();
    CHECK(fib_done);
    CHECK(pongs_before_fib == 50);
  }

  TEST_CASE("Fib.of/1 is exact and matches the plain recursion") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      for (int n : {0, 1, 2, 10, 20, 25}) w.note(co_await wl::fib_of(c, i(n)));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"0", "1", "1", "55", "6765", "75025"});
    CHECK(wl::fib_plain(25) == 75025);
  }

  TEST_CASE("Fib.of/1 costs one reduction per call: Fib.of(25) makes 2*fib(26)-1 = 242,785 calls") {
    World w;
    Pid p = w.spawn([&](Ctx& c) -> Co<void> {
      w.note(co_await wl::fib_of(c, i(25)));
      co_await c.receive_any();  // one more reduction, then wait
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"75025"});
    CHECK(w.rt.find(p)->reductions == 242'785 + 1);
  }

  TEST_CASE("virtual time: Process.sleep(5000) costs nothing, and timers fire in order") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      co_await c.sleep(5000);
      w.note("a at " + std::to_string(c.now_ms()));
    });
    w.spawn([&](Ctx& c) -> Co<void> {
      co_await c.sleep(3000);
      w.note("b at " + std::to_string(c.now_ms()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"b at 3000", "a at 5000"});
  }

  TEST_CASE("run_for_ms advances virtual time only as far as asked") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      co_await c.sleep(100);
      w.note("woke");
    });
    w.rt.run_for_ms(50);
    CHECK(w.seen.empty());
    CHECK(w.rt.now_us() == 50'000);
    w.rt.run_for_ms(50);
    CHECK(w.seen == std::vector<std::string>{"woke"});
  }
}

TEST_SUITE("limits") {
  TEST_CASE(
      "Fib.of(-1) recurses forever, as in Elixir; the heap limit kills it with :killed and logs "
      "why") {
    RuntimeOptions o;
    o.max_heap_words = 200'000;
    World w(o);
    Pid runaway = w.spawn([&](Ctx& c) -> Co<void> { w.note(co_await wl::fib_of(c, i(-1))); });
    w.spawn([&](Ctx& c) -> Co<void> { w.note(co_await wl::fib_of(c, i(15))); });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"610"});
    CHECK(w.reason(runaway) == ":killed");
    bool logged = false;
    for (size_t k = 0; k < w.rt.trace().size(); ++k) {
      const Event& e = w.rt.trace()[k];
      if (e.kind == EventKind::log && e.pid == runaway)
        logged =
            std::string(e.data.binary()).find("maximum heap size reached") != std::string::npos;
    }
    CHECK(logged);
  }

  TEST_CASE(
      "Fib.of(2.0) never matches 0 or 1 and is stopped the same way; Fib.of(:a) raises "
      "ArithmeticError") {
    RuntimeOptions o;
    o.max_heap_words = 100'000;
    World w(o);
    Pid f = w.spawn([&](Ctx& c) -> Co<void> { co_await wl::fib_of(c, Term::floating(2.0)); });
    Pid at = w.spawn([&](Ctx& c) -> Co<void> { co_await wl::fib_of(c, Term::atom("a")); });
    w.run();
    CHECK(w.reason(f) == ":killed");
    CHECK(w.reason(at) ==
          "{%ArithmeticError{message: \"bad argument in arithmetic expression\"}, :stacktrace}");
  }

  TEST_CASE(
      "a mailbox flood kills the flooded process at the heap limit; the sender keeps running") {
    RuntimeOptions o;
    o.max_heap_words = 50'000;
    World w(o);
    Pid victim = w.spawn([](Ctx& c) -> Co<void> {
      co_await c.receive([](const Term& m) { return m.is_atom(Atom("never")); });
    });
    w.spawn([&](Ctx& c) -> Co<void> {
      for (int k = 0; k < 100'000; ++k) {
        c.send(victim, Term::tuple({Term::atom("flood"), i(k)}));
        co_await c.reduce(1);
      }
      w.note("sender done");
    });
    w.run();
    CHECK(w.reason(victim) == ":killed");
    CHECK(w.seen == std::vector<std::string>{"sender done"});
  }

  TEST_CASE("the process limit makes spawn raise SystemLimitError in the spawner only") {
    RuntimeOptions o;
    o.max_processes = 10;
    World w(o);
    Pid spawner = w.spawn([&](Ctx& c) -> Co<void> {
      for (int k = 0; k < 20; ++k) c.spawn([](Ctx& c2) -> Co<void> { co_await c2.sleep(10); });
      co_return;
    });
    w.run();
    CHECK(w.reason(spawner) ==
          "{%SystemLimitError{message: \"a system limit has been reached\"}, :stacktrace}");
    CHECK(w.rt.process_count() == 0);
    // once those have exited, spawning works again
    Pid later = w.spawn([&](Ctx&) -> Co<void> {
      w.note("ran");
      co_return;
    });
    CHECK(bool(later));
    w.run();
    CHECK(w.seen == std::vector<std::string>{"ran"});
  }

  TEST_CASE("Process.info/1 shows the mailbox growing, links and trap_exit") {
    World w;
    Pid p = w.spawn([](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      co_await c.receive([](const Term& m) { return m.is_atom(Atom("never")); });
    });
    w.run();
    w.rt.send(p, i(1));
    w.rt.send(p, i(2));
    w.run();
    std::string info = inspect(w.rt.info(p));
    CHECK(info.find("status: :waiting, message_queue_len: 2, links: [], dictionary: [], "
                    "trap_exit: true") != std::string::npos);
    CHECK(w.rt.info(Pid{999, 0}).is_atom(atoms::nil));
  }
}

TEST_SUITE("time") {
  TEST_CASE(
      "a WorkClock moves virtual time by the reductions used: a sleeper wakes beside a loop") {
    World w;
    WorkClock work(w.rt, 20'000);  // 1 ms per 20,000 reductions
    w.spawn(spin);
    int64_t woke_at = -1;
    w.spawn([&](Ctx& c) -> Co<void> {
      co_await c.sleep(2);
      woke_at = c.now_ms();
    });
    CHECK(w.rt.step());  // the loop: one slice of 4000 reductions = 200 us
    work.after_step();
    CHECK(w.rt.now_us() == 200);
    for (int k = 0; k < 100 && woke_at < 0; ++k) {
      w.rt.step();
      work.after_step();
    }
    // without the WorkClock the clock would stand still and the sleeper never wake
    CHECK(woke_at == 2);
  }

  TEST_CASE("the same run on a WorkClock gives the same times, whatever the machine") {
    auto run = [] {
      World w;
      WorkClock work(w.rt, 20'000);
      w.spawn([](Ctx& c) -> Co<void> {
        c.spawn(spin);
        co_await wl::fib_of(c, Term::integer(18));
        co_await c.sleep(1);
      });
      for (int k = 0; k < 400; ++k) {
        if (w.rt.step()) work.after_step();
      }
      return w.rt.trace().to_json_lines();
    };
    const std::string a = run();
    CHECK(a == run());
    CHECK(a.find("\"kind\":\"timer\"") != std::string::npos);
  }
}

TEST_SUITE("seed") {
  TEST_CASE("a process's seed comes from the run's seed and its pid: a replay draws the same") {
    RuntimeOptions o;
    o.seed = 42;
    World a(o), b(o);
    auto body = [](Ctx& c) -> Co<void> { co_await c.receive_any(); };
    const Pid p1 = a.spawn(body), p2 = a.spawn(body);
    const Pid q1 = b.spawn(body);
    CHECK(a.rt.seed() == 42);
    CHECK(p1 == q1);
    CHECK(a.rt.process_seed(p1) == b.rt.process_seed(q1));  // same run seed, same pid
    CHECK(a.rt.process_seed(p1) != a.rt.process_seed(p2));  // the next pid: unrelated
    // the low bits differ too (a generator seeded with a small range sees them)
    CHECK((a.rt.process_seed(p1) & 0xFFFF) != (a.rt.process_seed(p2) & 0xFFFF));
    o.seed = 43;
    World c(o);
    const Pid r1 = c.spawn(body);
    CHECK(r1 == p1);
    CHECK(c.rt.process_seed(r1) != a.rt.process_seed(p1));  // another run: other numbers
  }
}

TEST_SUITE("trace") {
  TEST_CASE("the same program gives the same trace, byte for byte") {
    auto run_once = [] {
      World w;
      w.spawn([](Ctx& c) -> Co<void> {
        c.trap_exit(true);
        Pid child = c.spawn_link([](Ctx& c2) -> Co<void> {
          co_await c2.sleep(10);
          raise_message("boom");
        });
        c.monitor(Term(child));
        co_await c.receive_any();
        co_await c.receive_any();
        co_await wl::fib_of(c, Term::integer(12));
      });
      w.run();
      return w.rt.trace().to_json_lines();
    };
    std::string first = run_once();
    CHECK(first == run_once());
    CHECK(first.find("\"kind\":\"exit_trapped\"") != std::string::npos);
    CHECK(first.find("\"kind\":\"down\"") != std::string::npos);
  }

  TEST_CASE("each event is stamped with the step that recorded it; the host's with the last") {
    World w;
    Pid a = w.spawn([](Ctx& c) -> Co<void> {
      Pid b = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.receive_any(); });
      c.send(b, Term::integer(1));
      co_return;
    });
    const Trace& tr = w.rt.trace();
    CHECK(w.rt.steps() == 0);
    CHECK(tr[0].step == 0);  // the host spawned `a` before any step
    REQUIRE(w.rt.step());    // 1: a spawns b, sends to it and returns
    CHECK(w.rt.steps() == 1);
    REQUIRE(tr.size() == 4);  // spawn a | spawn b, send, exit a
    for (size_t k = 1; k < tr.size(); ++k) CHECK(tr[k].step == 1);
    CHECK(tr[3].kind == EventKind::exit);
    CHECK(tr[3].pid == a);
    REQUIRE(w.rt.step());  // 2: b takes its message and returns
    CHECK(tr[4].kind == EventKind::receive);
    CHECK(tr[4].step == 2);
    CHECK_FALSE(w.rt.step());  // nothing can run: not a step
    CHECK(w.rt.steps() == 2);
    w.rt.send(a, Term::integer(2));  // the host, after step 2 (to a dead pid: a lost message)
    CHECK(tr[tr.size() - 1].kind == EventKind::send);
    CHECK(tr[tr.size() - 1].step == 2);
  }

  TEST_CASE("the trace is bounded and says how many events it dropped") {
    RuntimeOptions o;
    o.trace_capacity = 10;
    World w(o);
    w.spawn([](Ctx& c) -> Co<void> {
      for (int k = 0; k < 50; ++k) c.send(c.self(), Term::integer(k));
      co_return;
    });
    w.run();
    CHECK(w.rt.trace().size() == 10);
    CHECK(w.rt.trace().dropped() == w.rt.trace().total() - 10);
    CHECK(w.rt.trace()[9].kind == EventKind::exit);
  }
}
