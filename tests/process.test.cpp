// Plain processes: every row of docs/semantics.md "Plain processes", as observed
// on Elixir 1.14 / OTP 25. Stack traces are written :stacktrace (see show()).
#include <doctest/doctest.h>

#include "support.hpp"
#include "taskplay/runtime.hpp"

using namespace taskplay;
using namespace taskplay::test;

namespace {
Term a(const char* s) { return Term::atom(s); }
Term i(int64_t v) { return Term::integer(v); }
Term tup(std::initializer_list<Term> t) { return Term::tuple(t); }

// A body that waits forever (an idle process).
Co<void> idle(Ctx& ctx) {
  while (true) co_await ctx.receive_any();
}
}  // namespace

TEST_SUITE("receive") {
  TEST_CASE("receive/1 is selective: {:c, 3} first, a guard takes 4, the rest in send order") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Pid me = c.self();
      c.send(me, tup({a("a"), i(1)}));
      c.send(me, tup({a("b"), i(2)}));
      c.send(me, tup({a("c"), i(3)}));
      c.send(me, i(4));
      c.send(me, a("unmatched"));
      auto m1 = co_await c.receive(
          [](const Term& m) { return m.is_tuple(2) && m[0].is_atom(Atom("c")); });
      w.note(*m1);
      auto m2 =
          co_await c.receive([](const Term& m) { return m.is_integer() && m.small_int() > 3; });
      w.note(*m2);
      auto tuple2 = [](const Term& m) { return m.is_tuple(2); };
      w.note(*co_await c.receive(tuple2));
      w.note(*co_await c.receive(tuple2));
      auto none = co_await c.receive(tuple2, 0);  // after 0 -> the after branch
      w.note(none ? "matched" : "after");
      w.note(Term::integer(static_cast<int64_t>(c.process().mailbox.size())));
      w.note(*co_await c.receive_any());  // the unmatched message stayed
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:c, 3}", "4", "{:a, 1}", "{:b, 2}", "after", "1",
                                             ":unmatched"});
  }

  TEST_CASE("receive/1 `after 0` on an empty mailbox takes the after branch at once") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      auto m = co_await c.receive_any(0);
      w.note(m ? "message" : "after");
      w.note(Term::integer(c.now_ms()));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"after", "0"});
  }

  TEST_CASE("receive/1 `after 50` fires at 50 ms of virtual time, and a message before it wins") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      auto m = co_await c.receive_any(50);
      w.note(m ? "message" : "after " + std::to_string(c.now_ms()));
      Pid me = c.self();
      c.spawn([me](Ctx& c2) -> Co<void> {
        co_await c2.sleep(10);
        c2.send(me, Term::atom("hi"));
      });
      auto m2 = co_await c.receive_any(50);
      w.note(m2 ? inspect(*m2) + " at " + std::to_string(c.now_ms()) : "after");
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"after 50", ":hi at 60"});
  }

  TEST_CASE("send/2 keeps one sender's messages in order") {
    World w;
    Pid receiver = w.spawn([&](Ctx& c) -> Co<void> {
      for (int k = 0; k < 5; ++k) w.note(*co_await c.receive_any());
    });
    w.spawn([&, receiver](Ctx& c) -> Co<void> {
      for (int k = 1; k <= 5; ++k) c.send(receiver, i(k));
      co_return;
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"1", "2", "3", "4", "5"});
  }
}

TEST_SUITE("spawn_link") {
  TEST_CASE("spawn_link/1: the child raises, a non-trapping parent dies with the child's reason") {
    World w;
    Pid child;
    Pid parent = w.spawn([&](Ctx& c) -> Co<void> {
      child = c.spawn_link([](Ctx&) -> Co<void> {
        raise_message("boom");
        co_return;
      });
      co_await c.receive_any();
      w.note("parent survived");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(child) == "{%RuntimeError{message: \"boom\"}, :stacktrace}");
    CHECK(w.reason(parent) == "{%RuntimeError{message: \"boom\"}, :stacktrace}");
  }

  TEST_CASE("spawn_link/1 with a trapping parent: {:EXIT, child, reason} for each way to end") {
    struct Case {
      const char* name;
      std::function<void()> end;
      const char* expected;
    };
    std::vector<Case> cases = {
        {"raise", [] { raise_message("boom"); }, "{%RuntimeError{message: \"boom\"}, :stacktrace}"},
        {"throw", [] { throw_value(Term::atom("ball")); }, "{{:nocatch, :ball}, :stacktrace}"},
        {"exit(:bye)", [] { exit_with(Term::atom("bye")); }, ":bye"},
        {"exit(:normal)", [] { exit_with(Term::atom("normal")); }, ":normal"},
        {"return", [] {}, ":normal"},
    };
    for (auto& cs : cases) {
      CAPTURE(cs.name);
      World w;
      w.spawn([&](Ctx& c) -> Co<void> {
        c.trap_exit(true);
        Pid child = c.spawn_link([&](Ctx&) -> Co<void> {
          cs.end();
          co_return;
        });
        auto m = co_await c.receive_any();
        CHECK((*m)[1] == Term(child));
        w.note(show((*m)[2]));
        w.note(show((*m)[0]));
      });
      w.run();
      REQUIRE(w.seen.size() == 2);
      CHECK(w.seen[0] == cs.expected);
      CHECK(w.seen[1] == ":EXIT");
    }
  }
}

TEST_SUITE("monitor") {
  TEST_CASE("Process.monitor/1: {:DOWN, ref, :process, pid, reason} with each reason") {
    struct Case {
      const char* name;
      std::function<void()> end;
      const char* expected;
    };
    std::vector<Case> cases = {
        {"normal", [] {}, ":normal"},
        {"raise", [] { raise_message("boom"); }, "{%RuntimeError{message: \"boom\"}, :stacktrace}"},
        {"Map.fetch!",
         [] {
           raise(Term::tuple({a("badkey"), a("k")}));
         },
         "{{:badkey, :k}, :stacktrace}"},
        {"Keyword.fetch!",
         [] {
           raise(make_struct(atoms::KeyError, {{Term(atoms::__exception__), Term(atoms::true_)},
                                               {Term(atoms::key), a("k")},
                                               {Term(atoms::term), Term()},
                                               {Term(atoms::message), Term(atoms::nil)}}));
         },
         "{%KeyError{key: :k, term: [], message: nil}, :stacktrace}"},
        {"1/0", [] { raise(a("badarith")); }, "{:badarith, :stacktrace}"},
        {"no clause", [] { raise(a("function_clause")); }, "{:function_clause, :stacktrace}"},
    };
    for (auto& cs : cases) {
      CAPTURE(cs.name);
      World w;
      w.spawn([&](Ctx& c) -> Co<void> {
        auto [pid, ref] = c.spawn_monitor([&](Ctx& c2) -> Co<void> {
          co_await c2.sleep(1);
          cs.end();
        });
        auto m = co_await c.receive_any();
        REQUIRE(m->is_tuple(5));
        CHECK((*m)[0] == a("DOWN"));
        CHECK((*m)[1] == Term(ref));
        CHECK((*m)[2] == a("process"));
        CHECK((*m)[3] == Term(pid));
        w.note(show((*m)[4]));
      });
      w.run();
      REQUIRE(w.seen.size() == 1);
      CHECK(w.seen[0] == cs.expected);
    }
  }

  TEST_CASE("Process.monitor/1 of a dead pid: an immediate {:DOWN, ref, :process, pid, :noproc}") {
    World w;
    Pid dead = w.spawn([](Ctx&) -> Co<void> { co_return; });
    w.run();
    w.spawn([&](Ctx& c) -> Co<void> {
      Ref ref = c.monitor(Term(dead));
      auto m = co_await c.receive_any(0);
      REQUIRE(m);
      CHECK(*m == Term::tuple({a("DOWN"), Term(ref), a("process"), Term(dead), a("noproc")}));
      w.note(show(*m));
    });
    w.run();
    CHECK(w.seen.size() == 1);
  }

  TEST_CASE("Process.monitor/1 of a name: {name, node()} is the DOWN object") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Ref r1 = c.monitor(a("nobody"));
      auto m = co_await c.receive_any(0);
      CHECK(*m == Term::tuple({a("DOWN"), Term(r1), a("process"),
                               Term::tuple({a("nobody"), a("nonode@nohost")}), a("noproc")}));
      Pid named = c.spawn([](Ctx& c2) -> Co<void> {
        c2.register_name(Atom("worker"));
        co_await c2.receive_any();
      });
      co_await c.sleep(1);
      CHECK(c.whereis(Atom("worker")) == named);
      Ref r2 = c.monitor(a("worker"));
      c.send(a("worker"), a("stop"));
      auto d = co_await c.receive_any();
      CHECK(*d == Term::tuple({a("DOWN"), Term(r2), a("process"),
                               Term::tuple({a("worker"), a("nonode@nohost")}), a("normal")}));
      w.note(inspect((*d)[3]));
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:worker, :nonode@nohost}"});
  }

  TEST_CASE("Process.demonitor/2 with [:flush]: no DOWN; two monitors give two distinct DOWNs") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Pid t1 = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.sleep(5); });
      Ref r = c.monitor(Term(t1));
      co_await c.sleep(10);  // t1 is dead; its DOWN is in the mailbox
      c.demonitor(r, true);
      auto none = co_await c.receive_any(0);
      w.note(none ? "DOWN seen" : "no DOWN");
      Pid t2 = c.spawn([](Ctx& c2) -> Co<void> { co_await c2.sleep(5); });
      Ref ra = c.monitor(Term(t2));
      Ref rb = c.monitor(Term(t2));
      CHECK(!(ra == rb));
      auto d1 = co_await c.receive_any();
      auto d2 = co_await c.receive_any();
      CHECK((*d1)[1] == Term(ra));
      CHECK((*d2)[1] == Term(rb));
      w.note("two DOWNs");
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"no DOWN", "two DOWNs"});
  }
}

TEST_SUITE("Process.exit/2") {
  TEST_CASE(
      "Process.exit/2 to a non-trapping process: :kill -> :killed, :custom, :normal ignored") {
    World w;
    Pid k = w.spawn(idle), c1 = w.spawn(idle), n = w.spawn(idle);
    w.spawn([&](Ctx& c) -> Co<void> {
      c.exit(k, a("kill"));
      c.exit(c1, a("custom"));
      c.exit(n, a("normal"));
      co_return;
    });
    w.run();
    CHECK(w.reason(k) == ":killed");
    CHECK(w.reason(c1) == ":custom");
    CHECK(w.reason(n) == "alive");
    CHECK(w.rt.alive(n));
  }

  TEST_CASE("Process.exit/2 to a trapping process: {:EXIT, sender, r}; :kill is untrappable") {
    World w;
    Pid trapper = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      while (true) w.note(show(*co_await c.receive_any()));
    });
    Pid sender = w.spawn([&](Ctx& c) -> Co<void> {
      co_await c.sleep(1);
      c.exit(trapper, a("normal"));
      c.exit(trapper, a("custom"));
      c.exit(trapper, a("shutdown"));
      co_await c.sleep(1);
      c.exit(trapper, a("kill"));
    });
    w.run();
    std::string s = show(sender);
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, " + s + ", :normal}",
                                             "{:EXIT, " + s + ", :custom}",
                                             "{:EXIT, " + s + ", :shutdown}"});
    CHECK(w.reason(trapper) == ":killed");
  }

  TEST_CASE("Process.flag(:trap_exit, true) returns the old value") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      w.note(Term::boolean(c.trap_exit(true)));
      w.note(Term::boolean(c.trap_exit(true)));
      co_return;
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"false", "true"});
  }

  TEST_CASE(
      "Process.exit(self(), :normal) kills a non-trapping process; a trapping one gets a message") {
    World w;
    Pid plain = w.spawn([&](Ctx& c) -> Co<void> {
      c.exit(c.self(), a("normal"));
      w.note("still running");
      co_return;
    });
    Pid trapping = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      c.exit(c.self(), a("normal"));
      w.note(*co_await c.receive_any());
    });
    w.run();
    CHECK(w.reason(plain) == ":normal");
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, " + show(trapping) + ", :normal}"});
  }

  TEST_CASE("link partner of a process killed with Process.exit(p, :kill) gets :killed") {
    World w;
    Pid victim;
    Pid partner = w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      victim = c.spawn_link(idle);
      co_await c.sleep(1);
      c.exit(victim, a("kill"));
      w.note(*co_await c.receive_any());
    });
    Pid plain_partner;
    w.spawn([&](Ctx& c) -> Co<void> {
      Pid v2 = c.spawn(idle);
      plain_partner = c.spawn([v2](Ctx& c2) -> Co<void> {
        c2.link(v2);
        co_await c2.receive_any();
      });
      co_await c.sleep(1);
      c.exit(v2, a("kill"));
    });
    w.run();
    (void)partner;
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, " + show(victim) + ", :killed}"});
    CHECK(w.reason(plain_partner) == ":killed");
  }

  TEST_CASE("link partner of a process that called exit(:kill) gets a trappable :kill") {
    World w;
    Pid p;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      p = c.spawn_link([](Ctx& c2) -> Co<void> {
        co_await c2.sleep(1);
        exit_with(Term::atom("kill"));
      });
      w.note(*co_await c.receive_any());
    });
    Pid plain = w.spawn([&](Ctx& c) -> Co<void> {
      c.spawn_link([](Ctx& c2) -> Co<void> {
        co_await c2.sleep(1);
        exit_with(Term::atom("kill"));
      });
      co_await c.receive_any();
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, " + show(p) + ", :kill}"});
    CHECK(w.reason(p) == ":kill");
    CHECK(w.reason(plain) == ":kill");
  }
}

TEST_SUITE("Process.link/1") {
  TEST_CASE("Process.link/1 to a dead pid: raises ErlangError :noproc when not trapping") {
    World w;
    Pid dead = w.spawn([](Ctx&) -> Co<void> { co_return; });
    w.run();
    w.spawn([&](Ctx& c) -> Co<void> {
      try {
        c.link(dead);
        w.note("linked");
      } catch (const Raised& r) {
        w.note(inspect(r.value));
      }
      co_return;
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"%ErlangError{original: :noproc, reason: nil}"});
  }

  TEST_CASE("Process.link/1 to a dead pid when trapping: returns, then {:EXIT, dead, :noproc}") {
    World w;
    Pid dead = w.spawn([](Ctx&) -> Co<void> { co_return; });
    w.run();
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      c.link(dead);
      w.note(*co_await c.receive_any());
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"{:EXIT, " + show(dead) + ", :noproc}"});
  }

  TEST_CASE("Process.unlink/1 before the child dies: no :EXIT arrives") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      Pid child = c.spawn_link([](Ctx& c2) -> Co<void> {
        co_await c2.sleep(5);
        raise_message("boom");
      });
      c.unlink(child);
      auto m = co_await c.receive_any(50);
      w.note(m ? show(*m) : "no message");
    });
    w.run();
    CHECK(w.seen == std::vector<std::string>{"no message"});
  }
}
