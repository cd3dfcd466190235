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

const Atom kAgent("Elixir.Agent");
const Atom kGet("get"), kUpdate("update"), kGetAndUpdate("get_and_update"), kCast("cast");
const Atom kReply("reply"), kNoreply("noreply"), kStop("stop"), kName("name");
const Atom kGenCast("$gen_cast");

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

// How a callback ended, as gen_server sees it: a value, a thrown value
// (gen_server takes it as the callback's return value), or an exit reason.
struct Outcome {
  Term value;
  bool thrown = false;
  std::optional<Term> reason;
};

Co<Outcome> attempt(Ctx& ctx, Term fun, std::vector<Term> extra) {
  std::optional<Raised> failed;
  Outcome o;
  try {
    o.value = co_await run(ctx, std::move(fun), std::move(extra));
  } catch (const Raised& e) {
    failed = e;
  }
  if (failed) {
    if (failed->kind == RaiseKind::throw_) {
      o.value = failed->value;
      o.thrown = true;
    } else {
      o.reason = exit_reason_of(*failed);
    }
  }
  co_return o;
}

// [SECTION] The agent process --------------------------------------------------------------

class Server {
 public:
  Server(Ctx& ctx, Term name) : ctx_(ctx), name_(std::move(name)) {}

  Co<void> run(Term init_fun) {
    if (!proc_lib::register_name(ctx_, name_)) co_return;
    Outcome o = co_await attempt(ctx_, std::move(init_fun), std::vector<Term>());
    if (o.reason) fail_init(*o.reason);
    // Agent.Server.init returns {:ok, fun.()}; a throw replaces that return value
    Term ret = o.thrown ? o.value : ok(o.value);
    if (ret.is_atom(Atom("ignore"))) {
      proc_lib::init_ack(ctx_, ret);
      co_return;
    }
    if (ret.is_tuple(2) && ret[0].is_atom(kStop)) fail_init(ret[1]);
    if (!(ret.is_tuple(2) && ret[0].is_atom(atoms::ok))) fail_init(bad_return(ret));
    state_ = ret[1];
    proc_lib::init_ack(ctx_, ok(Term(ctx_.self())));
    while (true) {
      Term m = *co_await ctx_.receive_any();
      if (gen::is_call(m)) {
        co_await handle_call(m[1], m[2]);
      } else if (gen::is_cast(m)) {
        co_await handle_cast(m);
      } else if (auto reason = proc_lib::terminate_request(m)) {
        terminate(*reason, Term(), std::nullopt);
      } else {
        ctx_.runtime().log(ctx_.self(),
                           "Agent.Server " + inspect(self_name()) +
                               " received unexpected message in handle_info/2: " + inspect(m));
      }
    }
  }

 private:
  Term self_name() const { return name_.is_atom(atoms::nil) ? Term(ctx_.self()) : name_; }

  [[noreturn]] void fail_init(Term reason) {
    proc_lib::init_ack(ctx_, Term::tuple({Term(atoms::error), reason}));
    exit_with(std::move(reason));
  }

  // gen_server's terminate: log unless the reason is a clean stop, then exit.
  [[noreturn]] void terminate(Term reason, Term last_message, std::optional<Pid> client) {
    logger::GenServerReport r;
    r.name = self_name();
    r.reason = reason;
    r.last_message = std::move(last_message);
    r.client = client;
    r.client_alive = client && ctx_.runtime().alive(*client);
    r.state = state_;
    logger::log_terminate(ctx_.runtime(), ctx_.self(), r);
    exit_with(std::move(reason));
  }

  Co<void> handle_call(Term from, Term request) {
    Pid client = from[0].pid();
    Term ret;
    if (request.is_tuple(2) && (request[0].is_atom(kGet) || request[0].is_atom(kUpdate) ||
                                request[0].is_atom(kGetAndUpdate))) {
      std::vector<Term> extra{state_};
      Outcome o = co_await attempt(ctx_, request[1], std::move(extra));
      if (o.reason) terminate(*o.reason, request, client);
      if (o.thrown)
        ret = o.value;
      else if (request[0].is_atom(kGet))
        ret = Term::tuple({Term(kReply), o.value, state_});
      else if (request[0].is_atom(kUpdate))
        ret = Term::tuple({Term(kReply), Term(atoms::ok), o.value});
      else if (o.value.is_tuple(2))
        ret = Term::tuple({Term(kReply), o.value[0], o.value[1]});
      else
        ret = Term::tuple({Term(kStop), bad_return(o.value), state_});
    } else {
      // GenServer's default handle_call/3
      ret = Term::tuple({Term(kStop), Term::tuple({Term::atom("bad_call"), request}), state_});
    }
    if (ret.is_tuple(3) && ret[0].is_atom(kReply)) {
      state_ = ret[2];
      gen::reply(ctx_, from, ret[1]);
    } else if (ret.is_tuple(2) && ret[0].is_atom(kNoreply)) {
      state_ = ret[1];
    } else if (ret.is_tuple(3) && ret[0].is_atom(kStop)) {
      state_ = ret[2];
      terminate(ret[1], request, client);
    } else if (ret.is_tuple(4) && ret[0].is_atom(kStop)) {
      state_ = ret[3];
      gen::reply(ctx_, from, ret[2]);
      terminate(ret[1], request, client);
    } else {
      terminate(bad_return(ret), request, client);
    }
  }

  Co<void> handle_cast(Term message) {
    const Term& request = message[1];
    Term ret;
    if (request.is_tuple(2) && request[0].is_atom(kCast)) {
      std::vector<Term> extra{state_};
      Outcome o = co_await attempt(ctx_, request[1], std::move(extra));
      if (o.reason) terminate(*o.reason, message, std::nullopt);
      ret = o.thrown ? o.value : Term::tuple({Term(kNoreply), o.value});
    } else {
      ret = Term::tuple({Term(kStop), Term::tuple({Term::atom("bad_cast"), request}), state_});
    }
    if (ret.is_tuple(2) && ret[0].is_atom(kNoreply)) {
      state_ = ret[1];
    } else if (ret.is_tuple(3) && ret[0].is_atom(kStop)) {
      state_ = ret[2];
      terminate(ret[1], message, std::nullopt);
    } else {
      terminate(bad_return(ret), message, std::nullopt);
    }
  }

  Ctx& ctx_;
  Term name_;
  Term state_;
};

Co<void> run_agent(Ctx& ctx, Term init_fun, Term name) {
  Server server(ctx, std::move(name));
  co_await server.run(std::move(init_fun));
}

Co<Term> start_agent(Ctx& ctx, Term init_fun, const Term& options, bool link) {
  const Term* name = keyword_get(options, kName);
  Term n = name ? *name : Term(atoms::nil);
  // (named first: g++ 12 destroys a lambda's captures twice inside co_await)
  Body body = [init_fun, n](Ctx& c) { return run_agent(c, init_fun, n); };
  co_return co_await proc_lib::start(ctx, std::move(body), link, kAgent);
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
Term cast(Ctx& ctx, Term agent, Term fun) {
  gen::cast(ctx, agent, Term::tuple({Term(kCast), std::move(fun)}));
  return Term(atoms::ok);
}
Co<Term> stop(Ctx& ctx, Term agent, Term reason, Term timeout) {
  co_return co_await proc_lib::stop(ctx, std::move(agent), std::move(reason), std::move(timeout));
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
  auto calls = [&](const char* name, Atom kind) {
    def(name, 2, [kind](Ctx& c, Args a) -> Co<Term> {
      co_return co_await call(c, a[0], kind, a[1], Term::integer(kDefaultTimeout));
    });
    def(name, 3,
        [kind](Ctx& c, Args a) -> Co<Term> { co_return co_await call(c, a[0], kind, a[1], a[2]); });
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
  def("cast", 2, [](Ctx& c, Args a) -> Co<Term> { co_return cast(c, a[0], a[1]); });
  def("cast", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return cast(c, a[0], mfa(a[1], a[2], a[3])); });
  def("stop", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0]); });
  def("stop", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1]); });
  def("stop", 3, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1], a[2]); });
  def("child_spec", 1, [](Ctx&, Args a) -> Co<Term> { co_return child_spec(a[0]); });
}

}  // namespace taskplay::agent
