// Agent: every row of docs/semantics.md "Agent", observed on Elixir 1.14 / OTP 25.
// In exit reasons docs/semantics.md writes the agent's pid :agent and the fun
// :fun; here the real terms are there (the request carries the fun itself)
// and named() writes them the same way for the comparison.
#include <doctest/doctest.h>

#include "supervisor_support.hpp"
#include "taskplay/agent.hpp"
#include "taskplay/workloads.hpp"

using namespace taskplay;
using namespace taskplay::test;
namespace wl = taskplay::workloads;
using Lines = std::vector<std::string>;

namespace {

template <typename F>
Term fn1(F f) {
  return make_fun(1, [f](Ctx&, std::vector<Term> args) -> Co<Term> { co_return f(args[0]); });
}
Term identity() {
  return fn1([](const Term& s) { return s; });
}
Term raising(const char* message, Atom exception = atoms::RuntimeError) {
  return make_fun(1, [message, exception](Ctx&, std::vector<Term>) -> Co<Term> {
    raise(exception_struct(exception, message));
    co_return Term();
  });
}

}  // namespace

TEST_SUITE("Agent") {
  TEST_CASE("Agent.update/2, get/2, get_and_update/2, cast/2, the m/f/a forms and a named agent") {
    World w;
    // a module for the m/f/a forms: Counter.add(state, n) and Counter.value(state)
    w.rt.modules().define(Atom("Elixir.Counter"), Atom("add"), 2,
                          make_fun(2, [](Ctx&, std::vector<Term> args) -> Co<Term> {
                            co_return i(args[0].small_int() + args[1].small_int());
                          }));
    w.rt.modules().define(
        Atom("Elixir.Counter"), Atom("value"), 1,
        make_fun(1, [](Ctx&, std::vector<Term> args) -> Co<Term> { co_return args[0]; }));
    w.spawn([&](Ctx& c) -> Co<void> {
      Term agent = (co_await agent::start_link(c, wl::value_fun(Term())))[1];
      w.note(co_await agent::update(
          c, agent, fn1([](const Term& l) { return Term::cons(Term::string("eggs"), l); })));
      w.note(co_await agent::get(c, agent, identity()));
      w.note(co_await agent::get_and_update(c, agent, fn1([](const Term& l) {
                                              return tup(i(static_cast<int64_t>(l.list_length())),
                                                         Term::cons(Term::string("milk"), l));
                                            })));
      w.note(co_await agent::get(c, agent, identity()));
      Term zero = fn1([](const Term&) { return i(0); });
      w.note(co_await agent::cast(c, agent, zero));
      // m/f/a: Agent.update(agent, Counter, :add, [3]) then Agent.get(agent, Counter, :value, [])
      w.note(co_await agent::update(c, agent, tup(a("Elixir.Counter"), a("add"), list(i(3)))));
      w.note(co_await agent::get(c, agent, tup(a("Elixir.Counter"), a("value"), list())));
      // Agent.start_link(Counter, :add, [1, 1], name: Counter) and Agent.get(Counter, & &1)
      co_await agent::start_link(c, a("Elixir.Counter"), a("add"), list(i(1), i(1)),
                                 kw("name", a("Elixir.Counter")));
      w.note(co_await agent::get(c, a("Elixir.Counter"), identity()));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen ==
          Lines{":ok", "[\"eggs\"]", "1", "[\"milk\", \"eggs\"]", ":ok", ":ok", "3", "2"});
  }

  TEST_CASE(
      "Agent.get/3 with a 50 ms timeout on a busy agent exits {:timeout, {GenServer, :call, "
      "[agent, {:get, fun}, 50]}}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term agent = (co_await agent::start_link(c, wl::value_fun(i(0))))[1];
      Term slow = make_fun(1, [](Ctx& c2, std::vector<Term> args) -> Co<Term> {
        co_await c2.sleep(1000);
        co_return args[0];
      });
      co_await agent::cast(c, agent, slow);
      Term fun = identity();
      w.note(named(co_await exit_of([&] { return agent::get(c, agent, fun, i(50)); }), agent,
                   ":agent", fun, ":fun"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{:timeout, {GenServer, :call, [:agent, {:get, :fun}, 50]}}"});
  }

  TEST_CASE(
      "Agent.get/2 after Agent.stop/1, and on an unregistered name, exits {:noproc, {GenServer, "
      ":call, [agent, {:get, fun}, 5000]}}") {
    World w;
    Term agent;
    w.spawn([&](Ctx& c) -> Co<void> {
      agent = (co_await agent::start_link(c, wl::value_fun(i(0))))[1];
      w.note(co_await agent::stop(c, agent));
      Term fun = identity();
      w.note(named(co_await exit_of([&] { return agent::get(c, agent, fun); }), agent, ":agent",
                   fun, ":fun"));
      w.note(named(co_await exit_of([&] { return agent::get(c, a("Elixir.Counter"), fun); }), fun,
                   ":fun"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok", "{:noproc, {GenServer, :call, [:agent, {:get, :fun}, 5000]}}",
                          "{:noproc, {GenServer, :call, [Counter, {:get, :fun}, 5000]}}"});
    CHECK(w.reason(agent.pid()) == ":normal");
  }

  TEST_CASE("Agent.start/2 whose init raises returns {:error, {RuntimeError, \"init boom\"}}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      w.note(show(co_await agent::start(c, wl::raise_fun("init boom"))));
      w.note(std::to_string(c.process().mailbox.size()));
    });
    w.run();
    CHECK(w.seen == Lines{"{:error, {%RuntimeError{message: \"init boom\"}, :stacktrace}}", "0"});
  }

  TEST_CASE(
      "Agent.start_link/2 whose init raises, trapping caller: {:error, reason}, then {:EXIT, pid, "
      "reason}") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      w.note(show(co_await agent::start_link(c, wl::raise_fun("init boom"))));
      Term m = *co_await c.receive_any(0);
      w.note(named(show(m), m[1], "pid"));
    });
    w.run();
    CHECK(w.seen == Lines{"{:error, {%RuntimeError{message: \"init boom\"}, :stacktrace}}",
                          "{:EXIT, pid, {%RuntimeError{message: \"init boom\"}, :stacktrace}}"});
  }

  TEST_CASE(
      "Agent.start_link/2 whose init raises kills a non-trapping caller with {RuntimeError, \"init "
      "boom\"}") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      co_await agent::start_link(c, wl::raise_fun("init boom"));
      w.note("returned");
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == "{%RuntimeError{message: \"init boom\"}, :stacktrace}");
  }

  TEST_CASE(
      "Agent.update/2 whose fun raises, linked trapping caller: the call exits {reason, "
      "{GenServer, :call, ...}}, then {:EXIT, agent, reason}; the agent is dead") {
    World w;
    Term agent;
    w.spawn([&](Ctx& c) -> Co<void> {
      c.trap_exit(true);
      agent = (co_await agent::start_link(c, wl::value_fun(i(0))))[1];
      Term fun = raising("boom");
      w.note(named(co_await exit_of([&] { return agent::update(c, agent, fun); }), agent, ":agent",
                   fun, ":fun"));
      w.note(named(show(*co_await c.receive_any(0)), agent, ":agent"));
      w.note(c.runtime().alive(agent.pid()) ? "alive" : "dead");
    });
    w.run();
    CHECK(w.seen == Lines{"{{%RuntimeError{message: \"boom\"}, :stacktrace}, {GenServer, :call, "
                          "[:agent, {:update, :fun}, 5000]}}",
                          "{:EXIT, :agent, {%RuntimeError{message: \"boom\"}, :stacktrace}}",
                          "dead"});
  }

  TEST_CASE(
      "Agent.get/2 whose fun raises, unlinked agent: exit {{ArgumentError, \"bad\"}, {GenServer, "
      ":call, [agent, {:get, fun}, 5000]}}, logged as GenServer terminating") {
    World w;
    Term agent, fun = raising("bad", atoms::ArgumentError);
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      agent = (co_await agent::start(c, wl::value_fun(i(0))))[1];
      w.note(named(co_await exit_of([&] { return agent::get(c, agent, fun); }), agent, ":agent",
                   fun, ":fun"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{"{{%ArgumentError{message: \"bad\"}, :stacktrace}, {GenServer, :call, "
                          "[:agent, {:get, :fun}, 5000]}}"});
    CHECK(logs(w) ==
          Lines{"GenServer " + inspect(agent) +
                " terminating\n** (ArgumentError) bad\n"
                "    (elixir 1.14.0) lib/agent/server.ex:12: Agent.Server.handle_call/3\n"
                "    (stdlib 4.2) gen_server.erl:1149: :gen_server.try_handle_call/4\n"
                "    (stdlib 4.2) gen_server.erl:1178: :gen_server.handle_msg/6\n"
                "    (stdlib 4.2) proc_lib.erl:240: :proc_lib.init_p_do_apply/3\n"
                "Last message (from " +
                show(caller) + "): {:get, " + inspect(fun) + "}\nState: 0\nClient " + show(caller) +
                " is alive"});
  }

  TEST_CASE(
      "Agent.get_and_update/2 whose fun throws :t, or returns a non-tuple: exit "
      "{{:bad_return_value, value}, {GenServer, :call, ...}}") {
    World w;
    Term agent;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term thrower = make_fun(1, [](Ctx&, std::vector<Term>) -> Co<Term> {
        throw_value(a("t"));
        co_return Term();
      });
      Term not_a_tuple = fn1([](const Term&) { return a("not_a_tuple"); });
      std::vector<Term> funs = terms(thrower, not_a_tuple);
      for (const Term& fun : funs) {
        agent = (co_await agent::start(c, wl::value_fun(i(0))))[1];
        w.note(named(co_await exit_of([&] { return agent::get_and_update(c, agent, fun); }), agent,
                     ":agent", fun, ":fun"));
      }
    });
    w.run();
    CHECK(w.seen == Lines{"{{:bad_return_value, :t}, {GenServer, :call, [:agent, {:get_and_update, "
                          ":fun}, 5000]}}",
                          "{{:bad_return_value, :not_a_tuple}, {GenServer, :call, [:agent, "
                          "{:get_and_update, :fun}, 5000]}}"});
    Lines l = logs(w);
    REQUIRE(l.size() == 2);
    CHECK(l[0].find("** (stop) bad return value: :t\nLast message (from ") != std::string::npos);
  }

  TEST_CASE(
      "Agent.update/2 whose fun raises kills a linked non-trapping caller with {RuntimeError, "
      "\"boom\"}: the link beats the call's :DOWN") {
    World w;
    Pid caller = w.spawn([&](Ctx& c) -> Co<void> {
      Term agent = (co_await agent::start_link(c, wl::value_fun(i(0))))[1];
      w.note(co_await exit_of([&] { return agent::update(c, agent, raising("boom")); }));
    });
    w.run();
    CHECK(w.seen.empty());
    CHECK(w.reason(caller) == "{%RuntimeError{message: \"boom\"}, :stacktrace}");
  }

  TEST_CASE(
      "Agent.cast/2 whose fun raises returns :ok; the agent then dies with {RuntimeError, \"cast "
      "boom\"}") {
    World w;
    Term agent, fun = raising("cast boom");
    w.spawn([&](Ctx& c) -> Co<void> {
      agent = (co_await agent::start(c, wl::value_fun(i(0))))[1];
      w.note(co_await agent::cast(c, agent, fun));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok"});
    CHECK(w.reason(agent.pid()) == "{%RuntimeError{message: \"cast boom\"}, :stacktrace}");
    CHECK(logs(w) ==
          Lines{"GenServer " + inspect(agent) +
                " terminating\n** (RuntimeError) cast boom\n"
                "    (elixir 1.14.0) lib/agent/server.ex:27: Agent.Server.handle_cast/2\n"
                "    (stdlib 4.2) gen_server.erl:1123: :gen_server.try_dispatch/4\n"
                "    (stdlib 4.2) gen_server.erl:1200: :gen_server.handle_msg/6\n"
                "    (stdlib 4.2) proc_lib.erl:240: :proc_lib.init_p_do_apply/3\n"
                "Last message: "
                "{:\"$gen_cast\", {:cast, " +
                inspect(fun) + "}}\nState: 0"});
  }

  TEST_CASE(
      "Agent.stop/2 with :custom returns :ok and is logged; :shutdown is not; the name taken gives "
      "{:error, {:already_started, pid}}") {
    World w;
    Term a1, a2;
    w.spawn([&](Ctx& c) -> Co<void> {
      a1 = (co_await agent::start(c, wl::value_fun(i(0))))[1];
      w.note(co_await agent::stop(c, a1, a("custom")));
      a2 = (co_await agent::start(c, wl::value_fun(i(0))))[1];
      w.note(co_await agent::stop(c, a2, a("shutdown")));
      Term first =
          (co_await agent::start_link(c, wl::value_fun(i(0)), kw("name", a("Elixir.Counter"))))[1];
      Term again =
          co_await agent::start_link(c, wl::value_fun(i(0)), kw("name", a("Elixir.Counter")));
      w.note(named(show(again), first, "pid"));
      co_await stay_alive(c);
    });
    w.run();
    CHECK(w.seen == Lines{":ok", ":ok", "{:error, {:already_started, pid}}"});
    CHECK(w.reason(a1.pid()) == ":custom");
    CHECK(w.reason(a2.pid()) == ":shutdown");
    CHECK(logs(w) == Lines{"GenServer " + inspect(a1) +
                           " terminating\n** (stop) :custom\nLast message: []\nState: 0"});
  }

  TEST_CASE(
      "Agent.child_spec/1 is %{id: Agent, start: {Agent, :start_link, [arg]}}; {Agent, fun} under "
      "a Supervisor is :permanent") {
    World w;
    w.spawn([&](Ctx& c) -> Co<void> {
      Term fun = wl::value_fun(i(1));
      w.note(named(inspect(agent::child_spec(fun)), fun, "fun"));
      Term spec = co_await apply(c, Atom("Elixir.Agent"), Atom("child_spec"), terms(fun));
      w.note(spec == agent::child_spec(fun) ? "registered" : "differs");
    });
    w.run();
    CHECK(w.seen == Lines{"%{id: Agent, start: {Agent, :start_link, [fun]}}", "registered"});
  }
}
