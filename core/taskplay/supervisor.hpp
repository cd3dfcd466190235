#pragma once
// Supervisor, built the way Elixir 1.14 (lib/supervisor.ex) and OTP 25's
// supervisor module build it: a process that traps exits, starts its
// children in order (each child spec's `start: {M, F, A}` is applied in the
// supervisor, so the children are linked to it), and on {:EXIT, child,
// reason} restarts according to the child's restart type and the strategy.
// Calls use the GenServer protocol (gen_server.hpp) with :infinity timeouts.
//
//   :one_for_one   only the child that exited is restarted
//   :one_for_all   the others are stopped (newest first), then all start again in order
//   :rest_for_one  the children started after it are stopped (newest first),
//                  then it and they start again in order
//
// More than max_restarts restarts (default 3) within max_seconds (default 5)
// stop every child (newest first, reason :shutdown) and the supervisor
// exits with :shutdown. Stopping a child: exit(child, :shutdown) and a
// :kill after its shutdown timeout; :brutal_kill kills at once. Every
// restart is a trace event (EventKind::restart: pid = supervisor, other =
// the new child, data = the child's id); supervisor reports are logged as
// Logger prints them (logger.hpp).

#include <cstdint>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

class Modules;

enum class Strategy : uint8_t { one_for_one, one_for_all, rest_for_one };

namespace supervisor {

// Supervisor.init(children, options): {:ok, {%{intensity:, period:, strategy:}, [child specs]}},
// the child specs normalized (child_spec.hpp). Raises ArgumentError without :strategy.
Co<Term> init(Ctx& ctx, Term children, Term options);

// Supervisor.start_link(children, options): options strategy:, max_restarts:,
// max_seconds:, name:. {:ok, pid}, or {:error, {:shutdown, {:failed_to_start_child, id, reason}}}
// when a child fails to start (the supervisor exits with that reason too).
Co<Term> start_link(Ctx& ctx, Term children, Term options);
// Supervisor.start_link(module, init_arg, options): module.init(init_arg) runs
// in the new supervisor and returns what Supervisor.init/2 returns.
Co<Term> start_link(Ctx& ctx, Term module, Term init_arg, Term options);

// [{id, pid | :undefined | :restarting, :worker | :supervisor, modules}], newest first.
Co<Term> which_children(Ctx& ctx, Term supervisor);
// %{active: n, specs: n, supervisors: n, workers: n}
Co<Term> count_children(Ctx& ctx, Term supervisor);
// :ok (the child's pid becomes :undefined; a temporary child is forgotten) | {:error, :not_found}
Co<Term> terminate_child(Ctx& ctx, Term supervisor, Term id_or_pid);
// {:ok, pid} | {:error, :running | :restarting | :not_found} | {:error, reason}
Co<Term> restart_child(Ctx& ctx, Term supervisor, Term id);
// :ok | {:error, :running | :restarting | :not_found}
Co<Term> delete_child(Ctx& ctx, Term supervisor, Term id);
// {:ok, pid} | {:error, {:already_started, pid}} | {:error, :already_present} | {:error, {reason,
// child}}
Co<Term> start_child(Ctx& ctx, Term supervisor, Term child);
// Supervisor.stop(sup, reason \\ :normal, timeout \\ :infinity): :ok; the
// children stop newest first with :shutdown, the supervisor exits with `reason`.
Co<Term> stop(Ctx& ctx, Term supervisor, Term reason = Term::atom("normal"),
              Term timeout = Term::atom("infinity"));
// Supervisor.child_spec(child, overrides)
Co<Term> child_spec(Ctx& ctx, Term child, Term overrides);

// Registers Supervisor.* and Supervisor.Default.init/1.
void install(Modules& modules);

}  // namespace supervisor
}  // namespace taskplay
