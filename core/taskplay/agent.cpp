#include "taskplay/agent.hpp"

#include <optional>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/gen_server.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::agent {

namespace {

const Atom kAgent("Elixir.Agent"), kAgentServer("Elixir.Agent.Server");
const Atom kGet("get"), kUpdate("update"), kGetAndUpdate("get_and_update"), kCast("cast");
const Atom kReply("reply"), kNoreply("noreply"), kStop("stop"), kName("name");
const Atom kInit("init"), kHandleCall("handle_call"), kHandleCast("handle_cast");

Term ok(Term v) { return Term::tuple({Term(atoms::ok), std::move(v)}); }
Term bad_return(Term v) { return Term::tuple({Term::atom("bad_return_value"), std::move(v)}); }

// Agent.Server's run/2: fun.(extra...) or apply(m, f, extra ++ a).
Co<Term> run(Ctx& ctx, Term fun, std::vector<Term> extra) {
  if (fun.is_fun()) {
    if (fun.fun_obj()->arity() != extra.size())
      raise(Term::tuple({Term::atom("badarity"), Term::tuple({fun, Term::list(extra)})}));
    co_return co_await fun.fun_obj()->call(ctx, std::move(extra));
  }
  if (fun.is_tuple(3) && fun[0].is_atom() && fun[1].is_atom() && fun[2].is_list()) {
    for (Term& a : fun[2].list_items()) extra.push_back(std::move(a));
    co_return co_await apply(ctx, fun[0].atom_value(), fun[1].atom_value(), std::move(extra));
  }
  raise(Term::tuple({Term::atom("badfun"), fun}));
}

// A frame of Elixir 1.14's lib/agent/server.ex, where Agent.Server runs the fun.
Term server_frame(Atom function, int arity, uint32_t line) {
  return stack_frame(Term(kAgentServer), Term(function), Term::integer(arity),
                     "lib/agent/server.ex", line);
}

// run/2 from the Agent.Server callback `function`: an error the fun raises gets that
// callback's frame under the fun's own, as on the BEAM (run/2 is a tail call: no frame).
Co<Term> run_from(Ctx& ctx, Term fun, std::vector<Term> extra, Atom function, int arity,
                  uint32_t line) {
  std::optional<Raised> failed;
  Term value;
  try {
    value = co_await run(ctx, std::move(fun), std::move(extra));
  } catch (const Raised& r) {
    failed = r;
  }
  if (failed) {
    if (failed->kind != RaiseKind::throw_)
      failed->stacktrace = Term::list(failed->stacktrace.list_items(),
                                      Term::list({server_frame(function, arity, line)}));
    throw std::move(*failed);
  }
  co_return value;
}

// No clause of Agent.Server's callback matches (it has no catch-all clause).
[[noreturn]] void no_clause(Atom function, std::vector<Term> args, uint32_t line) {
  throw Raised{RaiseKind::error, Term(atoms::function_clause),
               Term::list({stack_frame(Term(kAgentServer), Term(function), Term::list(args),
                                       "lib/agent/server.ex", line)})};
}

// Agent.Server's get_initial_call/1: what the agent's "$initial_call" says it runs, the fun's
// {module, name, 0} (as Function.info/2 names it) or {m, f, length(a)}; nil when unknown.
Term initial_call(const Term& fun) {
  if (fun.is_tuple(3) && fun[2].is_list())
    return Term::tuple(
        {fun[0], fun[1], Term::integer(static_cast<int64_t>(fun[2].list_items().size()))});
  return proc_lib::fun_initial_call(fun);
}

// [SECTION] Agent.Server, a GenServer's callbacks ----------------------------------------------

class Server final : public gen::Callbacks {
 public:
  Atom module() const override { return kAgentServer; }

  Co<Term> init(Ctx& ctx, Term fun) override {
    Term call = initial_call(fun);
    if (!call.is_atom(atoms::nil)) proc_lib::put(ctx, Term::atom("$initial_call"), std::move(call));
    co_return ok(co_await run_from(ctx, std::move(fun), {}, kInit, 1, 8));
  }

  Co<Term> handle_call(Ctx& ctx, Term request, Term from, Term state) override {
    if (request.is_tuple(2) && request[0].is_atom(kGet)) {
      std::vector<Term> extra{state};
      Term v = co_await run_from(ctx, request[1], std::move(extra), kHandleCall, 3, 12);
      co_return Term::tuple({Term(kReply), std::move(v), std::move(state)});
    }
    if (request.is_tuple(2) && request[0].is_atom(kGetAndUpdate)) {
      std::vector<Term> extra{state};
      Term v = co_await run_from(ctx, request[1], std::move(extra), kHandleCall, 3, 16);
      if (v.is_tuple(2)) co_return Term::tuple({Term(kReply), v[0], v[1]});
      co_return Term::tuple({Term(kStop), bad_return(std::move(v)), std::move(state)});
    }
    if (request.is_tuple(2) && request[0].is_atom(kUpdate)) {
      std::vector<Term> extra{state};
      Term v = co_await run_from(ctx, request[1], std::move(extra), kHandleCall, 3, 23);
      co_return Term::tuple({Term(kReply), Term(atoms::ok), std::move(v)});
    }
    no_clause(kHandleCall, {request, from, state}, 11);
  }

  Co<Term> handle_cast(Ctx& ctx, Term request, Term state) override {
    if (request.is_tuple(2) && request[0].is_atom(kCast)) {
      std::vector<Term> extra{state};
      Term v = co_await run_from(ctx, request[1], std::move(extra), kHandleCast, 2, 27);
      co_return Term::tuple({Term(kNoreply), std::move(v)});
    }
    no_clause(kHandleCast, {request, state}, 26);
  }

  // Agent.Server.code_change(_old, state, fun): {:ok, run(fun, [state])}
  Co<Term> code_change(Ctx& ctx, Term, Term state, Term fun) override {
    std::vector<Term> extra{std::move(state)};
    co_return ok(
        co_await run_from(ctx, std::move(fun), std::move(extra), Atom("code_change"), 3, 31));
  }

  // use GenServer's defaults
  Co<Term> handle_info(Ctx& ctx, Term message, Term state) override {
    logger::log_unexpected_info(ctx, kAgentServer, message);
    co_return Term::tuple({Term(kNoreply), std::move(state)});
  }
  Co<Term> handle_continue(Ctx&, Term c, Term) override {
    raise(undefined_function_error(kAgentServer, Atom("handle_continue"), 2, true),
          Term::list({Term::tuple(
              {Term(kAgentServer), Term::atom("handle_continue"), Term::list({c}), Term()})}));
  }
  Co<Term> terminate(Ctx&, Term, Term) override { co_return Term(atoms::ok); }
};

Co<Term> start_agent(Ctx& ctx, Term init_fun, const Term& options, bool link) {
  const Term* name = keyword_get(options, kName);
  Term n = name ? *name : Term(atoms::nil);
  // (named first: g++ 12 destroys a temporary of a co_await expression twice)
  std::function<std::unique_ptr<gen::Callbacks>()> make = [] { return std::make_unique<Server>(); };
  proc_lib::StartOptions start{Term::tuple({Term(kAgentServer), Term(kInit), Term::integer(1)}),
                               gen::spawn_opt(options), gen::debug_opt(options)};
  co_return co_await gen::start(ctx, std::move(make), std::move(init_fun), std::move(n), link,
                                kAgent, std::move(start));
}

Term mfa(Term m, Term f, Term a) { return Term::tuple({std::move(m), std::move(f), std::move(a)}); }

Co<Term> call(Ctx& ctx, Term agent, Atom kind, Term fun, Term timeout) {
  Term request = Term::tuple({Term(kind), std::move(fun)});
  co_return co_await gen::call(ctx, std::move(agent), std::move(request), std::move(timeout));
}

}  // namespace

// [SECTION] The API ---------------------------------------------------------------------------

Co<Term> start_link(Ctx& ctx, Term fun, Term options) {
  co_return co_await start_agent(ctx, std::move(fun), options, true);
}
Co<Term> start_link(Ctx& ctx, Term module, Term function, Term args, Term options) {
  co_return co_await start_agent(ctx, mfa(module, function, args), options, true);
}
Co<Term> start(Ctx& ctx, Term fun, Term options) {
  co_return co_await start_agent(ctx, std::move(fun), options, false);
}
Co<Term> start(Ctx& ctx, Term module, Term function, Term args, Term options) {
  co_return co_await start_agent(ctx, mfa(module, function, args), options, false);
}

Co<Term> get(Ctx& ctx, Term agent, Term fun, Term timeout) {
  co_return co_await call(ctx, std::move(agent), kGet, std::move(fun), std::move(timeout));
}
Co<Term> update(Ctx& ctx, Term agent, Term fun, Term timeout) {
  co_return co_await call(ctx, std::move(agent), kUpdate, std::move(fun), std::move(timeout));
}
Co<Term> get_and_update(Ctx& ctx, Term agent, Term fun, Term timeout) {
  co_return co_await call(ctx, std::move(agent), kGetAndUpdate, std::move(fun), std::move(timeout));
}
Co<Term> cast(Ctx& ctx, Term agent, Term fun) {
  // (built first: g++ 12 miscompiles a braced list inside a co_await expression)
  Term request = Term::tuple({Term(kCast), std::move(fun)});
  if (!gen::cast_now(ctx, agent, request))
    co_await gen::cast(ctx, std::move(agent), std::move(request));
  co_return Term(atoms::ok);
}
Co<Term> stop(Ctx& ctx, Term agent, Term reason, Term timeout) {
  co_return co_await gen::stop(ctx, std::move(agent), std::move(reason), std::move(timeout));
}

Term child_spec(Term arg) {
  return Term::map({{Term::atom("id"), Term(kAgent)},
                    {Term::atom("start"), Term::tuple({Term(kAgent), Term::atom("start_link"),
                                                       Term::list({std::move(arg)})})}});
}

// [SECTION] Registry --------------------------------------------------------------------------

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](const char* name, uint32_t arity, auto f) {
    m.define(kAgent, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  def("start_link", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0]); });
  def("start_link", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0], a[1]); });
  def("start_link", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0], a[1], a[2]); });
  def("start_link", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0], a[1], a[2], a[3]); });
  def("start", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0]); });
  def("start", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1]); });
  def("start", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], a[2]); });
  def("start", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], a[2], a[3]); });
  // get/update/get_and_update: (agent, fun), (agent, fun, timeout),
  // (agent, m, f, a), (agent, m, f, a, timeout)
  // Elixir 1.14's guards: the fun forms take a fun of arity 1 (else FunctionClauseError in
  // Agent.name/3, the 2-argument form being its default), and the timeout is GenServer.call's
  // (:infinity or an integer >= 0, else FunctionClauseError in GenServer.call/3).
  auto guard = [](const char* name, Atom kind, const Args& a, const Term& timeout) {
    if (!a[1].is_fun() || a[1].fun_obj()->arity() != 1)
      raise_function_clause(kAgent, Atom(name), {a[0], a[1], timeout});
    if (!timeout.is_atom(atoms::infinity) && !(timeout.is_small_int() && timeout.small_int() >= 0))
      raise_function_clause(Atom("Elixir.GenServer"), Atom("call"),
                            {a[0], Term::tuple({Term(kind), a[1]}), timeout});
  };
  auto calls = [&](const char* name, Atom kind) {
    def(name, 2, [=](Ctx& c, Args a) -> Co<Term> {
      const Term timeout = Term::integer(kDefaultTimeout);
      guard(name, kind, a, timeout);
      co_return co_await call(c, a[0], kind, a[1], timeout);
    });
    def(name, 3, [=](Ctx& c, Args a) -> Co<Term> {
      guard(name, kind, a, a[2]);
      co_return co_await call(c, a[0], kind, a[1], a[2]);
    });
    def(name, 4, [kind](Ctx& c, Args a) -> Co<Term> {
      co_return co_await call(c, a[0], kind, mfa(a[1], a[2], a[3]), Term::integer(kDefaultTimeout));
    });
    def(name, 5, [kind](Ctx& c, Args a) -> Co<Term> {
      co_return co_await call(c, a[0], kind, mfa(a[1], a[2], a[3]), a[4]);
    });
  };
  calls("get", kGet);
  calls("update", kUpdate);
  calls("get_and_update", kGetAndUpdate);
  def("cast", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await cast(c, a[0], a[1]); });
  def("cast", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await cast(c, a[0], mfa(a[1], a[2], a[3])); });
  def("stop", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0]); });
  def("stop", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1]); });
  def("stop", 3, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1], a[2]); });
  def("child_spec", 1, [](Ctx&, Args a) -> Co<Term> { co_return child_spec(a[0]); });
}

}  // namespace taskplay::agent
