#include "taskplay/proc_lib.hpp"

#include "taskplay/errors.hpp"
#include "taskplay/gen_server.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::proc_lib {

namespace {
const Atom kAck("ack");
const Atom kSystem("system");
const Atom kTerminate("terminate");
const Atom kGenServer("Elixir.GenServer");
const Atom kStop("stop");

bool is_ack_from(const Term& m, Pid pid) {
  return m.is_tuple(3) && m[0].is_atom(kAck) && m[1].is_pid() && m[1].pid() == pid;
}
}  // namespace

Pid whereis(Ctx& ctx, const Term& server) {
  if (server.is_pid()) return server.pid();
  if (server.is_atom()) return ctx.whereis(server.atom_value());
  return Pid{};
}

Co<Term> start(Ctx& ctx, Body body, bool link, Atom label) {
  if (link) {
    Pid pid = ctx.spawn_link(std::move(body), label);
    auto m = co_await ctx.receive([pid](const Term& msg) {
      return is_ack_from(msg, pid) || (msg.is_tuple(3) && msg[0].is_atom(atoms::EXIT) &&
                                       msg[1].is_pid() && msg[1].pid() == pid);
    });
    if (is_ack_from(*m, pid)) co_return (*m)[2];
    co_return Term::tuple({Term(atoms::error), (*m)[2]});
  }
  Pid pid = ctx.spawn(std::move(body), label);
  Ref ref = ctx.monitor(Term(pid));
  auto m = co_await ctx.receive([pid, ref](const Term& msg) {
    return is_ack_from(msg, pid) || (msg.is_tuple(5) && msg[0].is_atom(atoms::DOWN) &&
                                     msg[1].is_ref() && msg[1].ref() == ref);
  });
  ctx.demonitor(ref, true);
  if (is_ack_from(*m, pid)) co_return (*m)[2];
  co_return Term::tuple({Term(atoms::error), (*m)[4]});
}

void init_ack(Ctx& ctx, Term result) {
  Pid parent = ctx.process().parent;
  if (parent) ctx.send(parent, Term::tuple({Term(kAck), Term(ctx.self()), std::move(result)}));
}

bool register_name(Ctx& ctx, const Term& name) {
  if (!name.is_atom() || name.is_atom(atoms::nil)) return true;
  Pid holder = ctx.whereis(name.atom_value());
  if (holder || !ctx.runtime().register_name(&ctx.process(), name.atom_value())) {
    init_ack(ctx, Term::tuple({Term(atoms::error),
                               Term::tuple({Term::atom("already_started"), Term(holder)})}));
    return false;
  }
  return true;
}

Co<Term> stop(Ctx& ctx, Term server, Term reason, Term timeout) {
  auto fail = [&](Term why) {
    exit_with(Term::tuple({std::move(why), Term::tuple({Term(kGenServer), Term(kStop),
                                                        Term::list({server, reason, timeout})})}));
  };
  Pid pid = whereis(ctx, server);
  if (!pid) fail(Term(atoms::noproc));
  if (pid == ctx.self()) fail(Term::atom("calling_self"));
  Ref ref = ctx.monitor(Term(pid));
  ctx.send(pid, Term::tuple({Term(kSystem), Term::tuple({Term(ctx.self()), Term(ref)}),
                             Term::tuple({Term(kTerminate), reason})}));
  auto m = co_await ctx.receive(
      [ref](const Term& msg) {
        return msg.is_tuple(5) && msg[0].is_atom(atoms::DOWN) && msg[1].is_ref() &&
               msg[1].ref() == ref;
      },
      gen::timeout_ms(timeout));
  if (!m) {
    ctx.demonitor(ref, true);
    fail(Term(atoms::timeout));
  }
  const Term& why = (*m)[4];
  if (why == reason) co_return Term(atoms::ok);
  fail(why);
  co_return Term();
}

std::optional<Term> terminate_request(const Term& m) {
  if (m.is_tuple(3) && m[0].is_atom(kSystem) && m[2].is_tuple(2) && m[2][0].is_atom(kTerminate))
    return m[2][1];
  return std::nullopt;
}

}  // namespace taskplay::proc_lib
