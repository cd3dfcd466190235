// System's clocks and counters, from the runtime: time is the runtime's clock (virtual in
// a run, so a recorded run replays the same values), never the host's wall clock.

#include "taskplay/lang/natives.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view S = "Elixir.System";

Term schedulers(Ctx&, Term*) { return Term::integer(1); }
Term monotonic_time(Ctx& c, Term*) { return Term::integer(c.runtime().now_us() * 1000); }
Term monotonic_time1(Ctx& c, Term* a) {
  int64_t us = c.runtime().now_us();
  if (a[0].is_atom(Atom("millisecond"))) return Term::integer(us / 1000);
  if (a[0].is_atom(Atom("microsecond"))) return Term::integer(us);
  if (a[0].is_atom(Atom("second"))) return Term::integer(us / 1000000);
  return Term::integer(us * 1000);
}

constexpr Native kTable[] = {
    {S, "schedulers_online", 0, schedulers, nullptr},
    {S, "monotonic_time", 0, monotonic_time, nullptr},
    {S, "monotonic_time", 1, monotonic_time1, nullptr},
};

}  // namespace

std::span<const Native> system_natives() { return kTable; }

}  // namespace taskplay::lang
