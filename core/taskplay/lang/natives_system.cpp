// System's and :erlang's clocks and counters, from the runtime: time is the runtime's
// clock (virtual in a run, so a recorded run replays the same values), never the host's
// wall clock. Native time units are nanoseconds, as on the BEAM on Linux. Also the
// environment's variables under System's and :os's functions (prelude_system.cpp).

#include <unistd.h>

#include <cstdlib>

#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view S = "Elixir.System";
constexpr std::string_view E = "erlang";

// System.system_time/0 at the runtime's time zero: 2026-01-01T00:00:00Z. A run is a
// recording, so its wall clock is the runtime's too.
constexpr int64_t kSystemTimeOriginNs = 1767225600LL * 1000000000LL;

[[noreturn]] void bad_unit(const char* fun, const Term& unit) { bif_badarg(E, fun, {unit}); }

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

Term schedulers(Ctx& c, Term*) { return Term::integer(c.runtime().options().schedulers_online); }
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

// The environment (System.get_env/put_env, :os.getenv): the host's, as `elixir` sees it
// (the page's is the fixed one Emscripten gives). :taskplay.getenv(name): a string or nil.
Term getenv(Ctx&, Term* a) {
  const char* v = std::getenv(std::string(a[0].binary()).c_str());
  return v ? Term::string(v) : Term(atoms::nil);
}
Term putenv(Ctx&, Term* a) {
  setenv(std::string(a[0].binary()).c_str(), std::string(a[1].binary()).c_str(), 1);
  return Term(atoms::true_);
}
Term unsetenv(Ctx&, Term* a) {
  ::unsetenv(std::string(a[0].binary()).c_str());
  return Term(atoms::true_);
}
// every NAME=value of the environment, as strings
Term environment(Ctx&, Term*) {
  std::vector<Term> out;
  for (char** e = environ; e && *e; ++e) out.push_back(Term::string(*e));
  return Term::list(out);
}
// File.cwd!/0: the folder `taskplay run` was started in ("/" in the page)
Term cwd(Ctx& c, Term*) {
  const std::string& d = state(c.runtime()).cwd;
  return Term::string(d.empty() ? "/" : d);
}
// :os.type/0: the BEAM taskplay stands for runs on Linux
Term os_type(Ctx&, Term*) { return Term::tuple({Term::atom("unix"), Term::atom("linux")}); }

constexpr Native kTable[] = {
    {"taskplay", "getenv", 1, getenv, nullptr},
    {"taskplay", "putenv", 2, putenv, nullptr},
    {"taskplay", "unsetenv", 1, unsetenv, nullptr},
    {"taskplay", "environment", 0, environment, nullptr},
    {"taskplay", "cwd", 0, cwd, nullptr},
    {"os", "type", 0, os_type, nullptr},
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
    {"os", "system_time", 0, system_time0, nullptr},
    {"os", "system_time", 1, system_time1, nullptr},
    {E, "unique_integer", 0, unique_integer0, nullptr},
    {E, "unique_integer", 1, unique_integer1, nullptr},
    {E, "self", 0, self, nullptr, true},
    {E, "make_ref", 0, make_ref, nullptr},
};

}  // namespace

std::span<const Native> system_natives() { return kTable; }

}  // namespace taskplay::lang
