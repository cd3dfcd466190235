#include "taskplay/gen_server.hpp"

#include "taskplay/errors.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::gen {

namespace {
const Atom kGenCall("$gen_call");
const Atom kGenCast("$gen_cast");
const Atom kGenServer("Elixir.GenServer");
const Atom kCall("call");

Term call_mfa(const Term& server, const Term& request, const Term& timeout) {
  return Term::tuple({Term(kGenServer), Term(kCall), Term::list({server, request, timeout})});
}
}  // namespace

int64_t timeout_ms(const Term& timeout) {
  if (timeout.is_small_int()) return timeout.small_int();
  return kInfinity;
}

bool is_call(const Term& m) { return m.is_tuple(3) && m[0].is_atom(kGenCall); }
bool is_cast(const Term& m) { return m.is_tuple(2) && m[0].is_atom(kGenCast); }

Co<Term> call(Ctx& ctx, Term server, Term request, Term timeout) {
  Pid pid = server.is_pid()    ? server.pid()
            : server.is_atom() ? ctx.whereis(server.atom_value())
                               : Pid{};
  if (!pid) exit_with(Term::tuple({Term(atoms::noproc), call_mfa(server, request, timeout)}));
  Ref ref = ctx.monitor_alias(pid);
  ctx.send(pid, Term::tuple({Term(kGenCall), Term::tuple({Term(ctx.self()), Term(ref)}), request}));
  auto m = co_await ctx.receive(
      [ref](const Term& msg) {
        return (msg.is_tuple(2) && msg[0].is_ref() && msg[0].ref() == ref) ||
               (msg.is_tuple(5) && msg[0].is_atom(atoms::DOWN) && msg[1].is_ref() &&
                msg[1].ref() == ref);
      },
      timeout_ms(timeout));
  if (!m) {
    ctx.demonitor(ref, true);
    exit_with(Term::tuple({Term(atoms::timeout), call_mfa(server, request, timeout)}));
  }
  if (m->is_tuple(2)) {
    ctx.demonitor(ref, true);
    co_return (*m)[1];
  }
  exit_with(Term::tuple({(*m)[4], call_mfa(server, request, timeout)}));
}

void cast(Ctx& ctx, const Term& server, Term request) {
  Pid pid = server.is_pid()    ? server.pid()
            : server.is_atom() ? ctx.whereis(server.atom_value())
                               : Pid{};
  if (pid) ctx.send(pid, Term::tuple({Term(kGenCast), std::move(request)}));
}

void reply(Ctx& ctx, const Term& from, Term reply) {
  // from = {caller, alias ref}
  ctx.send_alias(from[1].ref(), Term::tuple({from[1], std::move(reply)}));
}

}  // namespace taskplay::gen
