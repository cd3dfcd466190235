#pragma once
// Child specifications, as Elixir 1.14 writes them and OTP's supervisor
// checks them:
//
//   %{id: term, start: {module, function, args},
//     restart: :permanent | :transient | :temporary   (default :permanent),
//     shutdown: :brutal_kill | ms | :infinity          (default 5000; :infinity for supervisors),
//     type: :worker | :supervisor                       (default :worker),
//     modules: [module] | :dynamic}                     (default [module of start])
//
// A child may also be given as `{Module, arg}` (-> Module.child_spec(arg)) or
// a bare `Module` (-> Module.child_spec([])): normalize() calls the module's
// child_spec/1 through the module registry, so `{Task, fn}`, `{Agent, fn}`
// and modules defined in the shell all work.

#include <cstdint>
#include <optional>
#include <variant>

#include "taskplay/coro.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

class Ctx;

// When a supervisor restarts a child that exited.
enum class Restart : uint8_t {
  permanent,  // always
  transient,  // unless it exited :normal, :shutdown or {:shutdown, _}
  temporary,  // never (and it is forgotten once it exits)
};

enum class ChildType : uint8_t { worker, supervisor };

// How a supervisor stops a child: exit(child, :kill) at once, or
// exit(child, :shutdown) and a :kill after `ms` (or never, for :infinity).
struct Shutdown {
  enum class Kind : uint8_t { brutal_kill, timeout, infinity };
  Kind kind = Kind::timeout;
  int64_t ms = 5000;

  static Shutdown brutal_kill() { return {Kind::brutal_kill, 0}; }
  static Shutdown after(int64_t ms) { return {Kind::timeout, ms}; }
  static Shutdown infinity() { return {Kind::infinity, 0}; }
  Term term() const;  // :brutal_kill / 5000 / :infinity
  static std::optional<Shutdown> of(const Term& t);
};

// What a supervisor does with a child that exited with `reason` (OTP's
// do_restart): a :transient or :temporary child that stopped cleanly (:normal,
// :shutdown, {:shutdown, _}) is let go silently; otherwise the exit is
// reported, and the child restarted unless it is :temporary.
enum class AfterExit : uint8_t { let_go, report_and_let_go, report_and_restart };
AfterExit after_exit(Restart restart, const Term& reason);

Term restart_term(Restart r);
std::optional<Restart> restart_of(const Term& t);
Term child_type_term(ChildType t);

struct ChildSpec {
  Term id;
  Term start;  // {module, function, args}
  Restart restart = Restart::permanent;
  Shutdown shutdown;
  ChildType type = ChildType::worker;
  Term modules;  // [module] or :dynamic

  // OTP's #child{} record as Supervisor.start_child/2 shows it in an error:
  // {:child, pid, id, mfa, restart, false, shutdown, type, modules}
  Term record(const Term& pid) const;
};

namespace child_spec {

// Supervisor.child_spec(child, []) as Supervisor.init/2 does it for each
// child: a map (or an old 6-tuple) stays as is, {Module, arg} becomes Module.child_spec(arg), a
// bare Module becomes Module.child_spec([]). Raises ArgumentError with
// Elixir's messages for a module without child_spec/1 or anything else.
Co<Term> normalize(Ctx& ctx, Term child);

// Supervisor.child_spec/2: normalize, then override :id, :start, :restart,
// :shutdown, :type or :modules (another key raises ArgumentError). An old 6-tuple
// raises ArgumentError, as Elixir 1.14's does.
Co<Term> with_overrides(Ctx& ctx, Term child, Term overrides);

// An old tuple child spec (Supervisor.Spec's, deprecated but still taken by OTP's
// supervisor): {id, start, restart, shutdown, type, modules} as the map with those keys.
Term from_tuple(const Term& tuple);

// What OTP's supervisor checks (check_childspec) of a map or an old 6-tuple: the spec, or the error
// reason (:missing_id, :missing_start, {:invalid_mfa, x},
// {:invalid_restart_type, x}, {:invalid_child_type, x}, {:invalid_shutdown, x},
// {:invalid_modules, x}).
std::variant<ChildSpec, Term> validate(const Term& map);

}  // namespace child_spec

}  // namespace taskplay
