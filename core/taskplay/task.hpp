#pragma once
// Task, built the way Elixir 1.14 builds it (lib/elixir/lib/task.ex and
// task/supervised.ex), as processes on the runtime:
//
//   Task.async(fun): spawn_link a task process, monitor it with an alias
//   monitor, send it {owner, ref, ref}; the task runs fun and sends
//   {ref, result} to the alias, then exits :normal.
//   Task.await(task, timeout): a selective receive of {ref, result} or
//   {:DOWN, ref, ...}, with `after timeout`.
//
// So every behaviour in docs/semantics.md (the caller dying with the task's own
// reason because the link beats the :DOWN, late replies dropped after a
// timeout, ...) follows from the runtime's rules, not from special cases.
//
// A %Task{} is the term %Task{mfa: mfa, owner: pid, pid: pid, ref: ref}.

#include <functional>
#include <optional>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Modules;
}

namespace taskplay::task {

inline constexpr int64_t kDefaultTimeout = 5000;  // Task.await/2's default

// ---- what a task runs ------------------------------------------------------

// A task's job: apply(module, function, args). Task.async(fun) is
// apply(:erlang, :apply, [fun, []]), shown in %Task{} as {:erlang, :apply, 2}.
struct Job {
  Term module;
  Term function;
  Term args;         // a list
  Term mfa() const;  // {module, function, arity} as %Task{} shows it
};
Job job_of_fun(Term fun);
Job job_of_mfa(Term module, Term function, Term args);
// Runs `job` in the calling process. Keep `job` alive until the result is awaited.
// apply(fun, []) with something other than a fun of arity 0 raises (:badfun,
// :badarity) at once, before anything is awaited.
Co<Term> run_job(Ctx& ctx, const Job& job);

// The body of a task process (Task.Supervised). With `reply`, it first waits
// for {owner, ref, alias} from its owner and sends {ref, result} to the alias.
// A crash is logged as Logger does ("Task #PID<..> started from #PID<..>
// terminating") and the process exits with the job's reason; :normal,
// :shutdown and {:shutdown, _} exits are not logged.
// `spawner` is the process that spawns it (its "$ancestors" come from there); `callers` its
// "$callers" (nil: the spawner's, [spawner | spawner's callers]).
Body task_body(Ctx& spawner, Pid started_from, Job job, bool reply,
               Term callers = Term(atoms::nil));

// Owner side of an async task already spawned (by Task or Task.Supervisor):
// alias-monitor it, send {owner, ref, ref}, return the %Task{}.
Term attach(Ctx& ctx, Pid task_pid, const Job& job);

// ---- %Task{} -----------------------------------------------------------------

struct TaskFields {
  Pid pid;
  Ref ref;
  Pid owner;
  Term mfa;
};
Term make_task(const TaskFields& f);
std::optional<TaskFields> fields(const Term& task);  // nullopt if not a %Task{}

// ---- the API ---------------------------------------------------------------------

Term async(Ctx& ctx, Term fun);
Term async(Ctx& ctx, Term module, Term function, Term args);
Co<Term> await(Ctx& ctx, Term task, Term timeout = Term::integer(kDefaultTimeout));
Co<Term> await_many(Ctx& ctx, Term tasks, Term timeout = Term::integer(kDefaultTimeout));
Co<Term> yield(Ctx& ctx, Term task, Term timeout = Term::integer(kDefaultTimeout));
// opts: an integer timeout, or a keyword list [timeout:, limit:, on_timeout:]
Co<Term> yield_many(Ctx& ctx, Term tasks, Term opts = Term::integer(kDefaultTimeout));
// how: a timeout (default 5000), :infinity or :brutal_kill
Co<Term> shutdown(Ctx& ctx, Term task, Term how = Term::integer(kDefaultTimeout));
Term ignore(Ctx& ctx, Term task);
Term start(Ctx& ctx, Term fun);  // {:ok, pid}
Term start(Ctx& ctx, Term module, Term function, Term args);
Term start_link(Ctx& ctx, Term fun);  // {:ok, pid}
Term start_link(Ctx& ctx, Term module, Term function, Term args);
// Task.async_stream/3,5 (and Task.Supervisor's): a lazy stream, a fun of arity 2
// (#Function<../2 in Task.build_stream/3>) that runs one task per item of `enumerable` as
// it is enumerated (task_stream.cpp): at most `max_concurrency` at a time (default
// System.schedulers_online(), which is 1: taskplay has one scheduler), results {:ok, v} /
// {:exit, reason} in input order (or completion order with ordered: false); `timeout` per
// task (default 5000) with on_timeout :exit (the caller exits {:timeout, {Task.Supervised,
// :stream, [timeout]}}) or :kill_task ({:exit, :timeout}); halted early (Enum.take), it
// kills the tasks still running. `start` starts one task process for a job (Task:
// spawn_link; Task.Supervisor: a supervised child) and returns its pid.
using StartJob = std::function<Co<Pid>(Ctx&, const Job&)>;
Term stream(Term enumerable, std::function<Job(Term)> job_for, Term opts, StartJob start);
// For tests: if `t` is such a stream, run it to its end and return its list.
Co<std::optional<Term>> run_stream(Ctx& ctx, const Term& t);

// %{id: Task, restart: :temporary, start: {Task, :start_link, [arg]}}
Term child_spec(Term arg);

// The ArgumentError raised when `task` is used by a process that does not own it.
Term invalid_owner_error(const Term& task, Pid caller);

// Registers Task.* (async/1,3, await/1,2, ...) in the module registry, for
// apply/3, child specs ({Task, :start_link, [fun]}) and the shell.
void install(Modules& modules);

}  // namespace taskplay::task
