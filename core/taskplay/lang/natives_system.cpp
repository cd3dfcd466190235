// System's and :erlang's clocks and counters, from the runtime: time is the runtime's
// clock (virtual in a run, so a recorded run replays the same values), never the host's
// wall clock. Native time units are nanoseconds, as on the BEAM on Linux.

#include "taskplay/lang/natives.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view S = "Elixir.System";
constexpr std::string_view E = "erlang";

// System.system_time/0 at the runtime's time zero: 2026-01-01T00:00:00Z. A run is a
// recording, so its wall clock is the runtime's too.
constexpr int64_t kSystemTimeOriginNs = 1767225600LL * 1000000000LL;

[[noreturn]] void bad_unit(const char* fun, const Term& unit) {
  throw Raised{RaiseKind::error, Term(atoms::badarg),
               Term::list({Term::tuple(
                   {Term::atom("erlang"), Term::atom(fun), Term::list({unit}), Term()})})};
}

// nanoseconds in `unit` (:second, :millisecond, ... or parts per second), rounded down
Term in_unit(int64_t ns, const Term& unit, const char* fun) {
  int64_t per_second = 0;
  if (unit.is_atom(Atom("second")) || unit.is_atom(Atom("seconds")))
    per_second = 1;
  else if (unit.is_atom(Atom("millisecond")) || unit.is_atom(Atom("milli_seconds")))
    per_second = 1000;
  else if (unit.is_atom(Atom("microsecond")) || unit.is_atom(Atom("micro_seconds")))
    per_second = 1000000;
  else if (unit.is_atom(Atom("nanosecond")) || unit.is_atom(Atom("nano_seconds")) ||
           unit.is_atom(Atom("native")) || unit.is_atom(Atom("perf_counter")))
    per_second = 1000000000;
  else if (unit.is_small_int() && unit.small_int() > 0)
    per_second = unit.small_int();
  else
    bad_unit(fun, unit);
  // floor division, as the BEAM converts a negative time: whole seconds, then the rest
  constexpr int64_t kBillion = 1000000000;
  int64_t seconds = ns / kBillion, rest = ns % kBillion;
  if (rest < 0) {
    --seconds;
    rest += kBillion;
  }
  return Term::integer(seconds * per_second + rest * per_second / kBillion);
}

int64_t monotonic_ns(Ctx& c) { return c.runtime().now_us() * 1000; }
int64_t system_ns(Ctx& c) { return kSystemTimeOriginNs + monotonic_ns(c); }

Term schedulers(Ctx&, Term*) { return Term::integer(1); }
Term monotonic_time0(Ctx& c, Term*) { return Term::integer(monotonic_ns(c)); }
Term monotonic_time1(Ctx& c, Term* a) { return in_unit(monotonic_ns(c), a[0], "monotonic_time"); }
Term system_time0(Ctx& c, Term*) { return Term::integer(system_ns(c)); }
Term system_time1(Ctx& c, Term* a) { return in_unit(system_ns(c), a[0], "system_time"); }

// unique_integer/0,1: two counters per runtime, as the BEAM's: the monotonic one counts
// 0, 1, 2, ...; the other gives 2, 18, 34, ... (what a fresh elixir prints on this
// machine). :positive adds 1; otherwise the values start at -2^59.
struct UniqueCounters {
  int64_t monotonic = 0;
  int64_t other = 0;
};
Term unique_integer(Ctx& c, const Term& modifiers, const char* fun) {
  bool positive = false, monotonic = false;
  const Term* m = &modifiers;
  for (; m->is_cons(); m = &m->tail()) {
    if (m->head().is_atom(Atom("positive")))
      positive = true;
    else if (m->head().is_atom(Atom("monotonic")))
      monotonic = true;
    else
      bad_unit(fun, modifiers);
  }
  if (!m->is_nil()) bad_unit(fun, modifiers);
  auto& n = c.runtime().extension<UniqueCounters>();
  int64_t raw = monotonic ? n.monotonic++ : 2 + 16 * n.other++;
  return Term::integer(positive ? raw + 1 : raw - (int64_t{1} << 59));
}
Term unique_integer0(Ctx& c, Term*) { return unique_integer(c, Term(), "unique_integer"); }
Term unique_integer1(Ctx& c, Term* a) { return unique_integer(c, a[0], "unique_integer"); }
// The versions taskplay answers as: Elixir 1.14.0 on OTP 25 (docs/language.md)
Term otp_release(Ctx&, Term*) { return Term::string("25"); }
Term elixir_version(Ctx&, Term*) { return Term::string("1.14.0"); }
Term self(Ctx& c, Term*) { return Term(c.self()); }
Term make_ref(Ctx& c, Term*) { return Term(c.runtime().make_ref()); }

constexpr Native kTable[] = {
    {S, "schedulers_online", 0, schedulers, nullptr},
    {S, "monotonic_time", 0, monotonic_time0, nullptr},
    {S, "monotonic_time", 1, monotonic_time1, nullptr},
    {S, "system_time", 0, system_time0, nullptr},
    {S, "system_time", 1, system_time1, nullptr},
    {S, "os_time", 0, system_time0, nullptr},
    {S, "os_time", 1, system_time1, nullptr},
    {S, "unique_integer", 0, unique_integer0, nullptr},
    {S, "unique_integer", 1, unique_integer1, nullptr},
    {S, "otp_release", 0, otp_release, nullptr},
    {S, "version", 0, elixir_version, nullptr},
    {E, "monotonic_time", 0, monotonic_time0, nullptr},
    {E, "monotonic_time", 1, monotonic_time1, nullptr},
    {E, "system_time", 0, system_time0, nullptr},
    {E, "system_time", 1, system_time1, nullptr},
    {E, "unique_integer", 0, unique_integer0, nullptr},
    {E, "unique_integer", 1, unique_integer1, nullptr},
    {E, "self", 0, self, nullptr, true},
    {E, "make_ref", 0, make_ref, nullptr},
};

}  // namespace

std::span<const Native> system_natives() { return kTable; }

}  // namespace taskplay::lang
