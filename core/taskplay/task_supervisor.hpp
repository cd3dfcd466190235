#pragma once
// Task.Supervisor, as Elixir 1.14 builds it (lib/task/supervisor.ex): a
// DynamicSupervisor (dynamic_supervisor.hpp) whose callback module is
// Task.Supervisor. Each task is started by the supervisor as
// Task.Supervised.start_link(owner, callers, mfa), so it is the
// supervisor's child (linked to it, :temporary unless told otherwise) while
// the Logger report still says "started from" the caller.
//
//   start_child   a task nobody awaits; not linked to the caller
//   async         like Task.async: the caller links to the task and
//                 alias-monitors it (task::attach), so a crash kills a
//                 non-trapping caller; the supervisor stays alive
//   async_nolink  the same without the link: a crash reaches the caller only
//                 as the :DOWN that await/yield report
//   async_stream(_nolink)  Task.async_stream's lazy stream, tasks started by
//                 the supervisor
//
// One difference from 1.14 that only shows in a failed call's exit reason:
// 1.14 sends an async task its {m, f, a} after it starts; here the
// {:start_task, ...} request carries it (Task.Supervised.start_link/4).

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::task_supervisor {

// Task.Supervisor.start_link(options): restart: and shutdown: (defaults
// :temporary, 5000) for its tasks, max_children:, max_restarts:, max_seconds:, name:.
Co<Term> start_link(Ctx& ctx, Term options = Term());

// {:ok, pid}; options restart:, shutdown:.
Co<Term> start_child(Ctx& ctx, Term supervisor, Term fun, Term options = Term());
Co<Term> start_child(Ctx& ctx, Term supervisor, Term module, Term function, Term args,
                     Term options = Term());

// %Task{}; raises RuntimeError when the supervisor has max_children tasks.
Co<Term> async(Ctx& ctx, Term supervisor, Term fun, Term options = Term());
Co<Term> async(Ctx& ctx, Term supervisor, Term module, Term function, Term args,
               Term options = Term());
Co<Term> async_nolink(Ctx& ctx, Term supervisor, Term fun, Term options = Term());
Co<Term> async_nolink(Ctx& ctx, Term supervisor, Term module, Term function, Term args,
                      Term options = Term());

// Task.Supervisor.async_stream(sup, enumerable, fun, options) and the m/f/a
// form: a lazy stream (task::stream) like Task.async_stream's, whose
// tasks the supervisor starts; enumerating it gives [{:ok, v} | {:exit, r}].
// async_stream links the caller to each task (a crash kills a non-trapping
// caller); async_stream_nolink does not (a crash is an {:exit, reason} item).
// Options as Task.async_stream's (max_concurrency, ordered, timeout,
// on_timeout), plus shutdown.
Term async_stream(Term supervisor, Term enumerable, Term fun, Term options = Term());
Term async_stream(Term supervisor, Term enumerable, Term module, Term function, Term args,
                  Term options = Term());
Term async_stream_nolink(Term supervisor, Term enumerable, Term fun, Term options = Term());
Term async_stream_nolink(Term supervisor, Term enumerable, Term module, Term function, Term args,
                         Term options = Term());

// The pids of the running tasks.
Co<Term> children(Ctx& ctx, Term supervisor);
// :ok | {:error, :not_found}
Co<Term> terminate_child(Ctx& ctx, Term supervisor, Term pid);
// %{id: Task.Supervisor (or the name), start: {Task.Supervisor, :start_link, [options]}, type:
// :supervisor}
Term child_spec(Term options);

// Registers Task.Supervisor.* and Task.Supervised.start_link/3,4.
void install(Modules& modules);

}  // namespace taskplay::task_supervisor
