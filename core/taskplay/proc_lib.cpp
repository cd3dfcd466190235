#include "taskplay/proc_lib.hpp"

#include "taskplay/messages.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::proc_lib {

namespace {
const Atom kAck("ack");

bool is_ack_from(const Term& m, Pid pid) {
  return m.is_tuple(3) && m[0].is_atom(kAck) && m[1].is_pid() && m[1].pid() == pid;
}
}  // namespace

Co<Term> start(Ctx& ctx, Body body, bool link, Atom label) {
  if (link) {
    Pid pid = ctx.spawn_link(std::move(body), label);
    auto m = co_await ctx.receive(
        [pid](const Term& msg) { return is_ack_from(msg, pid) || is_exit(msg, pid); });
    if (is_ack_from(*m, pid)) co_return (*m)[2];
    co_return Term::tuple({Term(atoms::error), (*m)[2]});
  }
  Pid pid = ctx.spawn(std::move(body), label);
  Ref ref = ctx.monitor(Term(pid));
  auto m = co_await ctx.receive(
      [pid, ref](const Term& msg) { return is_ack_from(msg, pid) || is_down(msg, ref); });
  ctx.demonitor(ref, true);
  if (is_ack_from(*m, pid)) co_return (*m)[2];
  co_return Term::tuple({Term(atoms::error), (*m)[4]});
}

void init_ack(Ctx& ctx, Term result) {
  Pid parent = ctx.process().parent;
  if (parent) ctx.send(parent, Term::tuple({Term(kAck), Term(ctx.self()), std::move(result)}));
}

}  // namespace taskplay::proc_lib
