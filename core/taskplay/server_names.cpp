#include "taskplay/server_names.hpp"

#include <map>
#include <optional>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::names {

namespace {

const Atom kGlobal("global"), kVia("via"), kYes("yes");
const Atom kRegisterName("register_name"), kUnregisterName("unregister_name"),
    kWhereisName("whereis_name"), kSend("send");

struct ByTerm {
  bool operator()(const Term& a, const Term& b) const { return compare_exact(a, b) < 0; }
};
// {:global, term} names of one runtime. A name whose holder died is free again (OTP's
// global monitors its holders; looking at liveness on each use does the same here).
struct GlobalNames {
  std::map<Term, Pid, ByTerm> holders;
};

bool is_global(const Term& n) { return n.is_tuple(2) && n[0].is_atom(kGlobal); }
bool is_via(const Term& n) { return n.is_tuple(3) && n[0].is_atom(kVia) && n[1].is_atom(); }
bool is_on_node(const Term& n) { return n.is_tuple(2) && n[0].is_atom() && n[1].is_atom(); }

std::optional<Pid> global_holder(Ctx& ctx, const Term& key) {
  auto& table = ctx.runtime().extension<GlobalNames>().holders;
  auto it = table.find(key);
  if (it == table.end()) return std::nullopt;
  const Process* p = ctx.runtime().find(it->second);
  if (!p || p->exit_pending) {
    table.erase(it);
    return std::nullopt;
  }
  return it->second;
}

// module.function(args...) of a {:via, module, term} name. (Arguments as a vector made
// before the co_await: g++ 12 rejects a braced list inside a coroutine's co_await expression.)
Co<Term> via(Ctx& ctx, const Term& name, Atom function, std::vector<Term> args) {
  return apply(ctx, name[1].atom_value(), function, std::move(args));
}
std::vector<Term> args_of(Term a) { return std::vector<Term>{std::move(a)}; }
std::vector<Term> args_of(Term a, Term b) { return std::vector<Term>{std::move(a), std::move(b)}; }

}  // namespace

bool valid(const Term& name) { return name.is_atom() || is_global(name) || is_via(name); }

std::optional<Pid> whereis_local(Ctx& ctx, const Term& server) {
  Pid p;
  if (server.is_pid()) return server.pid();
  if (server.is_atom()) {
    p = ctx.whereis(server.atom_value());
  } else if (is_global(server)) {
    return global_holder(ctx, server[1]);
  } else if (is_on_node(server) && server[1].is_atom(atoms::nonode)) {
    p = ctx.whereis(server[0].atom_value());
  }
  if (!p) return std::nullopt;
  return p;
}

Co<std::optional<Pid>> whereis(Ctx& ctx, Term server) {
  if (is_via(server)) {
    Term pid = co_await via(ctx, server, kWhereisName, args_of(server[2]));
    if (pid.is_pid()) co_return pid.pid();
    co_return std::nullopt;
  }
  co_return whereis_local(ctx, server);
}

Co<std::optional<Pid>> register_self(Ctx& ctx, Term name) {
  if (name.is_atom(atoms::nil)) co_return std::nullopt;
  if (name.is_atom()) {
    Pid holder = ctx.whereis(name.atom_value());
    if (holder || !ctx.runtime().register_name(&ctx.process(), name.atom_value())) co_return holder;
    co_return std::nullopt;
  }
  if (is_global(name)) {
    if (auto holder = global_holder(ctx, name[1])) co_return *holder;
    ctx.runtime().extension<GlobalNames>().holders[name[1]] = ctx.self();
    co_return std::nullopt;
  }
  // {:via, module, term}: module.register_name(term, pid) answers :yes or :no
  Term answer = co_await via(ctx, name, kRegisterName, args_of(name[2], Term(ctx.self())));
  if (answer.is_atom(kYes)) co_return std::nullopt;
  Term holder = co_await via(ctx, name, kWhereisName, args_of(name[2]));
  co_return holder.is_pid() ? holder.pid() : Pid{};
}

Co<void> unregister(Ctx& ctx, Term name) {
  if (name.is_atom(atoms::nil)) co_return;
  if (name.is_atom()) {
    if (ctx.whereis(name.atom_value()) == ctx.self()) ctx.runtime().unregister_name(&ctx.process());
  } else if (is_global(name)) {
    auto& table = ctx.runtime().extension<GlobalNames>().holders;
    auto it = table.find(name[1]);
    if (it != table.end() && it->second == ctx.self()) table.erase(it);
  } else if (is_via(name)) {
    co_await via(ctx, name, kUnregisterName, args_of(name[2]));
  }
}

namespace {
Co<void> send_via(Ctx& ctx, Term server, Term message) {
  co_await via(ctx, server, kSend, args_of(server[2], std::move(message)));
}
}  // namespace

bool send_now(Ctx& ctx, const Term& server, Term& message) {
  if (is_via(server)) return false;
  if (auto pid = whereis_local(ctx, server)) ctx.send(*pid, std::move(message));
  return true;
}

Co<void> send(Ctx& ctx, Term server, Term message) {
  if (send_now(ctx, server, message)) co_return;
  // GenServer.cast: `try mod.send(name, msg) catch _, _ -> :ok`
  try {
    co_await send_via(ctx, std::move(server), std::move(message));
  } catch (const Raised&) {
  }
}

Term report_name(const Term& name, Pid self) {
  if (name.is_atom(atoms::nil) || !valid(name)) return Term(self);
  // gen_server's name/1: {:global, name} and {:via, module, name} report as name
  if (name.is_tuple(2)) return name[1];
  if (name.is_tuple(3)) return name[2];
  return name;
}

// [SECTION] :global, the module ------------------------------------------------------------

void install_global(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](const char* name, uint32_t arity, auto f) {
    m.define(kGlobal, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  // :yes, or :no when the name is taken (by a live process) or the pid is not a pid
  def("register_name", 2, [](Ctx& c, Args a) -> Co<Term> {
    if (!a[1].is_pid() || global_holder(c, a[0])) co_return Term(Atom("no"));
    c.runtime().extension<GlobalNames>().holders[a[0]] = a[1].pid();
    co_return Term(kYes);
  });
  // :yes, the name now held by the pid whoever held it (a non-pid: :no)
  def("re_register_name", 2, [](Ctx& c, Args a) -> Co<Term> {
    if (!a[1].is_pid()) co_return Term(Atom("no"));
    c.runtime().extension<GlobalNames>().holders[a[0]] = a[1].pid();
    co_return Term(kYes);
  });
  def("unregister_name", 1, [](Ctx& c, Args a) -> Co<Term> {
    c.runtime().extension<GlobalNames>().holders.erase(a[0]);
    co_return Term(atoms::ok);
  });
  def("whereis_name", 1, [](Ctx& c, Args a) -> Co<Term> {
    auto pid = global_holder(c, a[0]);
    co_return pid ? Term(*pid) : Term(atoms::undefined);
  });
  // the names of live holders (the BEAM lists its table's hash order; here the terms' order)
  def("registered_names", 0, [](Ctx& c, Args) -> Co<Term> {
    std::vector<Term> names;
    for (const auto& [name, pid] : c.runtime().extension<GlobalNames>().holders) {
      const Process* p = c.runtime().find(pid);
      if (p && !p->exit_pending) names.push_back(name);
    }
    co_return Term::list(names);
  });
  // the pid it sent to; nobody by that name exits {:badarg, {name, message}}
  def("send", 2, [](Ctx& c, Args a) -> Co<Term> {
    auto pid = global_holder(c, a[0]);
    if (!pid) exit_with(Term::tuple({Term::atom("badarg"), Term::tuple({a[0], a[1]})}));
    c.send(*pid, a[1]);
    co_return Term(*pid);
  });
}

}  // namespace taskplay::names
