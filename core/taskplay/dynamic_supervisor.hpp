#pragma once
// DynamicSupervisor, built the way Elixir 1.14 builds it
// (lib/dynamic_supervisor.ex): a GenServer that traps exits and starts no
// child at first; start_child/2 applies the child spec's start MFA in the
// supervisor (so the child is linked to it) and keeps the child under its
// pid. The only strategy is :one_for_one; restarts follow the child's
// restart type (Agent children are :permanent, Task children :temporary)
// within max_restarts / max_seconds (3 in 5); past that every child is
// stopped and the supervisor exits with :shutdown. On exit it stops all its
// children at once (exit :shutdown to each, :kill after each one's
// shutdown timeout), not one by one as Supervisor does.
//
// Task.Supervisor (task_supervisor.hpp) is this same process with
// Task.Supervisor as its callback module: it also answers
// {:start_task, args, restart, shutdown} calls.

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::dynamic_supervisor {

// DynamicSupervisor.start_link(options): strategy: (only :one_for_one),
// max_restarts:, max_seconds:, max_children: (default :infinity),
// extra_arguments:, name:. {:ok, pid} | {:error, reason}.
Co<Term> start_link(Ctx& ctx, Term options);

// The process behind start_link/1 and Task.Supervisor.start_link/1.
// `module` names the callback module in reports ("#PID<0.111.0> (Task.Supervisor)");
// `task_defaults` is {restart, shutdown} for {:start_task, ...} calls, or nil.
Co<Term> start_link(Ctx& ctx, Atom module, Term options, Term task_defaults);

// DynamicSupervisor.start_link(module, init_arg, options): a module-based supervisor, whose
// flags are what module.init(init_arg) returns ({:ok, flags} from init/1 below, or :ignore).
Co<Term> start_link(Ctx& ctx, Term module, Term init_arg, Term options);
// DynamicSupervisor.init(options): {:ok, %{strategy:, intensity:, period:, max_children:,
// extra_arguments:}}
Term init_flags(const Term& options);

// {:ok, pid} | {:ok, pid, info} | :ignore | {:error, :max_children} | {:error, reason}.
// `child`: a child spec map, {Module, arg} or Module (child_spec.hpp).
Co<Term> start_child(Ctx& ctx, Term supervisor, Term child);
// :ok | {:error, :not_found}
Co<Term> terminate_child(Ctx& ctx, Term supervisor, Term pid);
// [{:undefined, pid | :restarting, :worker | :supervisor, modules}]
Co<Term> which_children(Ctx& ctx, Term supervisor);
// %{active: n, specs: n, supervisors: n, workers: n}
Co<Term> count_children(Ctx& ctx, Term supervisor);
Co<Term> stop(Ctx& ctx, Term supervisor, Term reason = Term::atom("normal"),
              Term timeout = Term::atom("infinity"));
// %{id: DynamicSupervisor (or the name), start: {DynamicSupervisor, :start_link, [options]}, type:
// :supervisor}
Term child_spec(Term options);

// Registers DynamicSupervisor.*.
void install(Modules& modules);

}  // namespace taskplay::dynamic_supervisor
