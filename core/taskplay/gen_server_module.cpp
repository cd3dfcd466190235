#include "taskplay/gen_server_module.hpp"

#include <memory>
#include <string>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/gen_server.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/server_names.hpp"

namespace taskplay::gen_server_module {

namespace {

const Atom kGenServer("Elixir.GenServer"), kSys("sys");
const Atom kInit("init"), kHandleCall("handle_call"), kHandleCast("handle_cast"),
    kHandleInfo("handle_info"), kHandleContinue("handle_continue"), kTerminate("terminate");
const Atom kName("name"), kGlobal("global"), kVia("via");

// A GenServer whose callbacks are `module`'s functions, applied in the server process.
class ModuleCallbacks final : public gen::Callbacks {
 public:
  explicit ModuleCallbacks(Atom module) : module_(module) {}
  Atom module() const override { return module_; }
  Co<Term> init(Ctx& ctx, Term arg) override { return call(ctx, kInit, {std::move(arg)}); }
  Co<Term> handle_call(Ctx& ctx, Term request, Term from, Term state) override {
    return call(ctx, kHandleCall, {std::move(request), std::move(from), std::move(state)});
  }
  Co<Term> handle_cast(Ctx& ctx, Term request, Term state) override {
    return call(ctx, kHandleCast, {std::move(request), std::move(state)});
  }
  Co<Term> handle_info(Ctx& ctx, Term message, Term state) override {
    return call(ctx, kHandleInfo, {std::move(message), std::move(state)});
  }
  Co<Term> handle_continue(Ctx& ctx, Term c, Term state) override {
    return call(ctx, kHandleContinue, {std::move(c), std::move(state)});
  }
  Co<Term> terminate(Ctx& ctx, Term reason, Term state) override {
    return call(ctx, kTerminate, {std::move(reason), std::move(state)});
  }
  Co<Term> code_change(Ctx& ctx, Term old_vsn, Term state, Term extra) override {
    return call(ctx, Atom("code_change"), {std::move(old_vsn), std::move(state), std::move(extra)});
  }
  Co<std::optional<Term>> format_status(Ctx& ctx, Term pdict, Term state) override {
    if (!ctx.runtime().modules().find(module_, Atom("format_status"), 2)) co_return std::nullopt;
    // (arguments built first: g++ 12 miscompiles a braced list inside a co_await expression)
    std::vector<Term> args{Term(Atom("normal")), Term::list({std::move(pdict), std::move(state)})};
    Co<Term> work = call(ctx, Atom("format_status"), std::move(args));
    Term r = co_await std::move(work);
    co_return r;
  }
  bool has_terminate(Ctx& ctx) const override {
    return ctx.runtime().modules().find(module_, kTerminate, 2) != nullptr;
  }

 private:
  // module.function(args...): the coroutine apply/3 makes (these are no coroutines of their own)
  Co<Term> call(Ctx& ctx, Atom function, std::vector<Term> args) {
    return apply(ctx, module_, function, std::move(args));
  }
  Atom module_;
};

// No clause of GenServer.function/arity matches these arguments (Elixir's guards).
[[noreturn]] void no_clause(const char* function, std::initializer_list<Term> args) {
  raise_function_clause(kGenServer, Atom(function), args);
}

// GenServer.start/start_link(module, init_arg, options)
Co<Term> start(Ctx& ctx, Term module, Term arg, Term options, bool link) {
  if (!module.is_atom() || !options.is_list())
    no_clause(link ? "start_link" : "start", {module, arg, options});
  const Term* given = keyword_get(options, kName);
  Term name = given ? *given : Term(atoms::nil);
  Atom m = module.atom_value();
  // (named first: g++ 12 destroys a temporary of a co_await expression twice)
  std::function<std::unique_ptr<gen::Callbacks>()> make = [m] {
    return std::make_unique<ModuleCallbacks>(m);
  };
  // gen_server's initial call: {module, :init, 1}
  proc_lib::StartOptions start{Term::tuple({module, Term(kInit), Term::integer(1)}),
                               gen::spawn_opt(options), gen::debug_opt(options)};
  co_return co_await gen::start(ctx, std::move(make), std::move(arg), std::move(name), link, m,
                                std::move(start));
}

bool valid_timeout(const Term& t) {
  return (t.is_integer() && compare(t, Term::integer(0)) >= 0) || t.is_atom(atoms::infinity);
}

// GenServer.cast/2's clauses: {:global, name}, {:via, mod, name}, {name, node}, an atom or a pid
bool castable(const Term& s) {
  return s.is_atom() || s.is_pid() || (s.is_tuple(2) && s[0].is_atom(kGlobal)) ||
         (s.is_tuple(3) && s[0].is_atom(kVia)) ||
         (s.is_tuple(2) && s[0].is_atom() && s[1].is_atom());
}

Co<Term> whereis(Ctx& ctx, Term server) {
  if (server.is_tuple(2) && server[0].is_atom() && server[1].is_atom() &&
      !server[0].is_atom(kGlobal) && !server[1].is_atom(atoms::nonode))
    co_return server;  // {name, other_node}: the address itself
  if (!castable(server)) no_clause("whereis", {server});
  auto pid = co_await names::whereis(ctx, server);
  co_return pid&&* pid ? Term(*pid) : Term(atoms::nil);
}

// GenServer.abcast(nodes, name, request): a cast to `name` on each node; only this node is
// there (the others are down, as for a node that never connected).
Term abcast(Ctx& ctx, const Term& nodes, const Term& name, const Term& request) {
  if (!nodes.is_list() || !name.is_atom()) no_clause("abcast", {nodes, name, request});
  for (const Term& node : nodes.list_items()) {
    if (!node.is_atom(atoms::nonode)) continue;
    Pid pid = ctx.whereis(name.atom_value());
    if (pid) ctx.send(pid, Term::tuple({Term::atom("$gen_cast"), request}));
  }
  return Term::atom("abcast");
}

// One call of a multi_call: the reply, or nullopt when the call exits (the node is "bad").
Co<std::optional<Term>> try_call(Ctx& ctx, Term name, Term request, Term timeout) {
  std::optional<Term> reply;
  try {
    reply = co_await gen::call(ctx, std::move(name), std::move(request), std::move(timeout));
  } catch (const Raised& r) {
    if (r.kind != RaiseKind::exit) throw;
  }
  co_return reply;
}

// :gen_server.multi_call(nodes, name, request, timeout): {[{node, reply}], bad_nodes}; a
// node is bad when it is another node, or has no `name`, or its server exits during the call.
Co<Term> multi_call(Ctx& ctx, Term nodes, Term name, Term request, Term timeout) {
  if (!nodes.is_list() || !name.is_atom() || !valid_timeout(timeout))
    throw Raised{RaiseKind::error, Term(atoms::function_clause),
                 Term::list({Term::tuple({Term::atom("gen_server"), Term::atom("multi_call"),
                                          Term::list({nodes, name, request, timeout}), Term()})})};
  std::vector<Term> replies, bad;
  for (const Term& node : nodes.list_items()) {
    std::optional<Term> reply;
    if (node.is_atom(atoms::nonode) && ctx.whereis(name.atom_value()))
      reply = co_await try_call(ctx, name, request, timeout);
    if (reply)
      replies.push_back(Term::tuple({node, std::move(*reply)}));
    else
      bad.push_back(node);
  }
  co_return Term::tuple({Term::list(replies), Term::list(bad)});
}

}  // namespace

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](Atom module, const char* name, uint32_t arity, auto f) {
    m.define(module, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  const Atom G = kGenServer;
  def(G, "start_link", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], Term(), true); });
  def(G, "start_link", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], a[2], true); });
  def(G, "start", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], Term(), false); });
  def(G, "start", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start(c, a[0], a[1], a[2], false); });
  def(G, "call", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::call(c, a[0], a[1], Term::integer(5000));
  });
  def(G, "call", 3, [](Ctx& c, Args a) -> Co<Term> {
    if (!valid_timeout(a[2])) no_clause("call", {a[0], a[1], a[2]});
    co_return co_await gen::call(c, a[0], a[1], a[2]);
  });
  def(G, "cast", 2, [](Ctx& c, Args a) -> Co<Term> {
    if (!castable(a[0])) no_clause("cast", {a[0], a[1]});
    if (!gen::cast_now(c, a[0], a[1])) co_await gen::cast(c, a[0], a[1]);
    co_return Term(atoms::ok);
  });
  def(G, "reply", 2, [](Ctx& c, Args a) -> Co<Term> {
    // :gen.reply({to, tag}, reply)
    if (!a[0].is_tuple(2))
      throw Raised{RaiseKind::error, Term(atoms::function_clause),
                   Term::list({Term::tuple({Term::atom("gen"), Term::atom("reply"),
                                            Term::list({a[0], a[1]}), Term()})})};
    gen::reply(c, a[0], a[1]);
    co_return Term(atoms::ok);
  });
  def(G, "stop", 1, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::stop(c, a[0], Term(atoms::normal), Term(atoms::infinity));
  });
  def(G, "stop", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::stop(c, a[0], a[1], Term(atoms::infinity));
  });
  def(G, "stop", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await gen::stop(c, a[0], a[1], a[2]); });
  def(G, "whereis", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await whereis(c, a[0]); });
  // the nodes default to [node() | Node.list()]: this node alone
  def(G, "abcast", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return abcast(c, Term::list({Term(atoms::nonode)}), a[0], a[1]);
  });
  def(G, "abcast", 3, [](Ctx& c, Args a) -> Co<Term> { co_return abcast(c, a[0], a[1], a[2]); });
  def(G, "multi_call", 2, [](Ctx& c, Args a) -> Co<Term> {
    Term nodes = Term::list({Term(atoms::nonode)});
    co_return co_await multi_call(c, nodes, a[0], a[1], Term(atoms::infinity));
  });
  def(G, "multi_call", 3, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await multi_call(c, a[0], a[1], a[2], Term(atoms::infinity));
  });
  def(G, "multi_call", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await multi_call(c, a[0], a[1], a[2], a[3]); });

  def(kSys, "get_state", 1, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::sys_get_state(c, a[0], Term::integer(5000), false);
  });
  def(kSys, "get_state", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::sys_get_state(c, a[0], a[1], true);
  });
  def(kSys, "replace_state", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::sys_replace_state(c, a[0], a[1], Term::integer(5000), false);
  });
  def(kSys, "replace_state", 3, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await gen::sys_replace_state(c, a[0], a[1], a[2], true);
  });
  // :sys.suspend/resume(name[, timeout]), :sys.change_code(name, module, old_vsn, extra[,
  // timeout]): sys's default timeout is 5000. (Arguments named first: g++ 12 rejects a braced
  // list inside a co_await expression.)
  auto sys_def = [&](Atom request) {
    def(kSys, request.name().c_str(), 1, [request](Ctx& c, Args a) -> Co<Term> {
      Term args = Term::list(a);
      co_return co_await gen::sys_request(c, a[0], Term(request), Term(request), args,
                                          Term::integer(5000));
    });
    def(kSys, request.name().c_str(), 2, [request](Ctx& c, Args a) -> Co<Term> {
      Term args = Term::list(a);
      co_return co_await gen::sys_request(c, a[0], Term(request), Term(request), args, a[1]);
    });
  };
  // :sys.get_status/1,2, :sys.trace/2,3, :sys.log/2,3, :sys.statistics/2,3,
  // :sys.no_debug/1,2: the request as OTP 25's sys sends it
  def(kSys, "get_status", 1, [](Ctx& c, Args a) -> Co<Term> {
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], Term::atom("get_status"), Term::atom("get_status"),
                                        args, Term::integer(5000));
  });
  def(kSys, "get_status", 2, [](Ctx& c, Args a) -> Co<Term> {
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], Term::atom("get_status"), Term::atom("get_status"),
                                        args, a[1]);
  });
  auto debug_def = [&](const char* what) {
    Atom w(what);
    def(kSys, what, 2, [w](Ctx& c, Args a) -> Co<Term> {
      Term request = Term::tuple({Term::atom("debug"), Term::tuple({Term(w), a[1]})});
      Term args = Term::list(a);
      co_return co_await gen::sys_request(c, a[0], request, Term(w), args, Term::integer(5000));
    });
    def(kSys, what, 3, [w](Ctx& c, Args a) -> Co<Term> {
      Term request = Term::tuple({Term::atom("debug"), Term::tuple({Term(w), a[1]})});
      Term args = Term::list(a);
      co_return co_await gen::sys_request(c, a[0], request, Term(w), args, a[2]);
    });
  };
  debug_def("trace");
  debug_def("log");
  debug_def("statistics");
  def(kSys, "no_debug", 1, [](Ctx& c, Args a) -> Co<Term> {
    Term request = Term::tuple({Term::atom("debug"), Term::atom("no_debug")});
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], request, Term::atom("no_debug"), args,
                                        Term::integer(5000));
  });
  def(kSys, "no_debug", 2, [](Ctx& c, Args a) -> Co<Term> {
    Term request = Term::tuple({Term::atom("debug"), Term::atom("no_debug")});
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], request, Term::atom("no_debug"), args, a[1]);
  });
  sys_def(Atom("suspend"));
  sys_def(Atom("resume"));
  def(kSys, "change_code", 4, [](Ctx& c, Args a) -> Co<Term> {
    Term request = Term::tuple({Term::atom("change_code"), a[1], a[2], a[3]});
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], request, Term::atom("change_code"), args,
                                        Term::integer(5000));
  });
  def(kSys, "change_code", 5, [](Ctx& c, Args a) -> Co<Term> {
    Term request = Term::tuple({Term::atom("change_code"), a[1], a[2], a[3]});
    Term args = Term::list(a);
    co_return co_await gen::sys_request(c, a[0], request, Term::atom("change_code"), args, a[4]);
  });
}

}  // namespace taskplay::gen_server_module
