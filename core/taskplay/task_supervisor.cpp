#include "taskplay/task_supervisor.hpp"

#include "taskplay/dynamic_supervisor.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/gen_server.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/task.hpp"

namespace taskplay::task_supervisor {

namespace {

const Atom kTaskSupervisor("Elixir.Task.Supervisor");
const Atom kTaskSupervised("Elixir.Task.Supervised");
const Atom kErlang("erlang"), kApply("apply");
const Atom kRestart("restart"), kShutdown("shutdown"), kName("name");
const Atom kStartTask("start_task"), kMonitor("monitor");

Term opt(const Term& options, Atom key) {
  const Term* v = keyword_get(options, key);
  return v ? *v : Term(atoms::nil);
}

// get_owner(self()): {node, pid_or_name, pid}
Term owner(Ctx& ctx) {
  return Term::tuple({Term(atoms::nonode), Term(ctx.self()), Term(ctx.self())});
}
Term callers(Ctx& ctx) { return proc_lib::callers_of_child(ctx); }
Term fun_mfa(Term fun) {
  return Term::tuple({Term(kErlang), Term(kApply), Term::list({std::move(fun), Term()})});
}

Co<Term> start_task(Ctx& ctx, const Term& sup, Term args, Term restart, Term shutdown) {
  Term request =
      Term::tuple({Term(kStartTask), std::move(args), std::move(restart), std::move(shutdown)});
  co_return co_await gen::call(ctx, sup, std::move(request), Term(atoms::infinity));
}

Co<Term> start_child_mfa(Ctx& ctx, Term sup, Term mfa, Term options) {
  Term args = Term::list({owner(ctx), callers(ctx), std::move(mfa)});
  co_return co_await start_task(ctx, sup, std::move(args), opt(options, kRestart),
                                opt(options, kShutdown));
}

// Starts a task that will reply to its owner (Task.Supervised.start_link/4)
// and links the caller to it for async / async_stream.
Co<Pid> start_replying_task(Ctx& ctx, Term sup, bool link, Term mfa, Term options) {
  Term start_args = Term::list({owner(ctx), callers(ctx), Term(kMonitor), std::move(mfa)});
  Term r = co_await start_task(ctx, sup, std::move(start_args), Term::atom("temporary"),
                               opt(options, kShutdown));
  if (r.is_tuple(2) && r[0].is_atom(atoms::ok) && r[1].is_pid()) {
    Pid pid = r[1].pid();
    if (link) ctx.link(pid);
    co_return pid;
  }
  if (r.is_tuple(2) && r[1].is_atom(Atom("max_children")))
    raise(runtime_error(
        "reached the maximum number of tasks for this task supervisor. The maximum number of "
        "tasks that are allowed to run at the same time under this supervisor can be configured "
        "with the :max_children option passed to Task.Supervisor.start_link/1"));
  raise(Term::tuple({Term::atom("badmatch"), r}));
}

Co<Term> async_mfa(Ctx& ctx, Term sup, bool link, Term module, Term function, Term args,
                   Term options) {
  Term mfa = Term::tuple({module, function, args});
  Pid pid =
      co_await start_replying_task(ctx, std::move(sup), link, std::move(mfa), std::move(options));
  co_return task::attach(ctx, pid, task::job_of_mfa(module, function, args));
}

// async_stream's jobs: fun.(x) is :erlang.apply(fun, [x]); {m, f, a} is apply(m, f, [x | a]).
std::function<task::Job(Term)> fun_jobs(Term fun) {
  return [fun](Term x) {
    return task::job_of_mfa(Term(kErlang), Term(kApply),
                            Term::list({fun, Term::list({std::move(x)})}));
  };
}
std::function<task::Job(Term)> mfa_jobs(Term module, Term function, Term args) {
  return [module, function, args](Term x) {
    return task::job_of_mfa(module, function, Term::cons(std::move(x), args));
  };
}

// The lazy stream of Task.Supervisor.async_stream(_nolink): Task.async_stream's, with each
// task started by the supervisor.
Term build_stream(Term sup, bool link, Term enumerable, std::function<task::Job(Term)> jobs,
                  Term options) {
  task::StartJob start = [sup, link, options](Ctx& c, const task::Job& job) -> Co<Pid> {
    Term mfa = Term::tuple({job.module, job.function, job.args});
    co_return co_await start_replying_task(c, sup, link, std::move(mfa), options);
  };
  return task::stream(std::move(enumerable), std::move(jobs), options, std::move(start));
}

}  // namespace

Co<Term> start_link(Ctx& ctx, Term options) {
  Term restart = opt(options, kRestart);
  Term shutdown = opt(options, kShutdown);
  Term defaults = Term::tuple({restart.truthy() ? restart : Term::atom("temporary"),
                               shutdown.truthy() ? shutdown : Term::integer(5000)});
  co_return co_await dynamic_supervisor::start_link(ctx, kTaskSupervisor, std::move(options),
                                                    std::move(defaults));
}

Co<Term> start_child(Ctx& ctx, Term sup, Term fun, Term options) {
  co_return co_await start_child_mfa(ctx, std::move(sup), fun_mfa(std::move(fun)),
                                     std::move(options));
}

Co<Term> start_child(Ctx& ctx, Term sup, Term module, Term function, Term args, Term options) {
  Term mfa = Term::tuple({module, function, args});
  co_return co_await start_child_mfa(ctx, std::move(sup), std::move(mfa), std::move(options));
}

Co<Term> async(Ctx& ctx, Term sup, Term fun, Term options) {
  Term args = Term::list({std::move(fun), Term()});
  co_return co_await async_mfa(ctx, std::move(sup), true, Term(kErlang), Term(kApply),
                               std::move(args), std::move(options));
}

Co<Term> async(Ctx& ctx, Term sup, Term module, Term function, Term args, Term options) {
  co_return co_await async_mfa(ctx, std::move(sup), true, std::move(module), std::move(function),
                               std::move(args), std::move(options));
}

Co<Term> async_nolink(Ctx& ctx, Term sup, Term fun, Term options) {
  Term args = Term::list({std::move(fun), Term()});
  co_return co_await async_mfa(ctx, std::move(sup), false, Term(kErlang), Term(kApply),
                               std::move(args), std::move(options));
}

Co<Term> async_nolink(Ctx& ctx, Term sup, Term module, Term function, Term args, Term options) {
  co_return co_await async_mfa(ctx, std::move(sup), false, std::move(module), std::move(function),
                               std::move(args), std::move(options));
}

Term async_stream(Term sup, Term enumerable, Term fun, Term options) {
  return build_stream(std::move(sup), true, std::move(enumerable), fun_jobs(std::move(fun)),
                      std::move(options));
}
Term async_stream(Term sup, Term enumerable, Term module, Term function, Term args, Term options) {
  return build_stream(std::move(sup), true, std::move(enumerable),
                      mfa_jobs(std::move(module), std::move(function), std::move(args)),
                      std::move(options));
}
Term async_stream_nolink(Term sup, Term enumerable, Term fun, Term options) {
  return build_stream(std::move(sup), false, std::move(enumerable), fun_jobs(std::move(fun)),
                      std::move(options));
}
Term async_stream_nolink(Term sup, Term enumerable, Term module, Term function, Term args,
                         Term options) {
  return build_stream(std::move(sup), false, std::move(enumerable),
                      mfa_jobs(std::move(module), std::move(function), std::move(args)),
                      std::move(options));
}

Co<Term> children(Ctx& ctx, Term sup) {
  Term all = co_await dynamic_supervisor::which_children(ctx, std::move(sup));
  std::vector<Term> pids;
  for (const Term& c : all.list_items())
    if (c[1].is_pid()) pids.push_back(c[1]);
  co_return Term::list(pids);
}

Co<Term> terminate_child(Ctx& ctx, Term sup, Term pid) {
  co_return co_await dynamic_supervisor::terminate_child(ctx, std::move(sup), std::move(pid));
}

Term child_spec(Term options) {
  const Term* name = keyword_get(options, kName);
  return Term::map(
      {{Term::atom("id"), name ? *name : Term(kTaskSupervisor)},
       {Term::atom("start"),
        Term::tuple({Term(kTaskSupervisor), Term::atom("start_link"), Term::list({options})})},
       {Term::atom("type"), Term::atom("supervisor")}});
}

// [SECTION] Registry --------------------------------------------------------------------------

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](Atom module, const char* name, uint32_t arity, auto f) {
    m.define(module, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  const Atom TS = kTaskSupervisor;
  def(TS, "start_link", 0, [](Ctx& c, Args) -> Co<Term> { co_return co_await start_link(c); });
  def(TS, "start_link", 1,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0]); });
  def(TS, "start_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_child(c, a[0], a[1]); });
  def(TS, "start_child", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_child(c, a[0], a[1], a[2]); });
  // start_child(supervisor, module, fun, args, options \\ []) when is_atom(fun) and
  // is_list(args) (the defaults' clause calls start_child/5, whose guard fails)
  auto mfa_guard = [](const Term& sup, const Term& mod, const Term& fun, const Term& args,
                      const Term& opts) {
    if (!fun.is_atom() || !args.is_list())
      raise_function_clause(kTaskSupervisor, Atom("start_child"), {sup, mod, fun, args, opts});
  };
  def(TS, "start_child", 4, [mfa_guard](Ctx& c, Args a) -> Co<Term> {
    mfa_guard(a[0], a[1], a[2], a[3], Term());
    co_return co_await start_child(c, a[0], a[1], a[2], a[3]);
  });
  def(TS, "start_child", 5, [mfa_guard](Ctx& c, Args a) -> Co<Term> {
    mfa_guard(a[0], a[1], a[2], a[3], a[4]);
    co_return co_await start_child(c, a[0], a[1], a[2], a[3], a[4]);
  });
  def(TS, "async", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await async(c, a[0], a[1]); });
  def(TS, "async", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await async(c, a[0], a[1], a[2]); });
  def(TS, "async", 4,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await async(c, a[0], a[1], a[2], a[3]); });
  def(TS, "async", 5, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await async(c, a[0], a[1], a[2], a[3], a[4]);
  });
  def(TS, "async_nolink", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await async_nolink(c, a[0], a[1]); });
  def(TS, "async_nolink", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await async_nolink(c, a[0], a[1], a[2]); });
  def(TS, "async_nolink", 4, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await async_nolink(c, a[0], a[1], a[2], a[3]);
  });
  def(TS, "async_nolink", 5, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await async_nolink(c, a[0], a[1], a[2], a[3], a[4]);
  });
  def(TS, "async_stream", 3,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream(a[0], a[1], a[2]); });
  def(TS, "async_stream", 4,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream(a[0], a[1], a[2], a[3]); });
  def(TS, "async_stream", 5,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream(a[0], a[1], a[2], a[3], a[4]); });
  def(TS, "async_stream", 6,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream(a[0], a[1], a[2], a[3], a[4], a[5]); });
  def(TS, "async_stream_nolink", 3,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream_nolink(a[0], a[1], a[2]); });
  def(TS, "async_stream_nolink", 4,
      [](Ctx&, Args a) -> Co<Term> { co_return async_stream_nolink(a[0], a[1], a[2], a[3]); });
  def(TS, "async_stream_nolink", 5, [](Ctx&, Args a) -> Co<Term> {
    co_return async_stream_nolink(a[0], a[1], a[2], a[3], a[4]);
  });
  def(TS, "async_stream_nolink", 6, [](Ctx&, Args a) -> Co<Term> {
    co_return async_stream_nolink(a[0], a[1], a[2], a[3], a[4], a[5]);
  });
  def(TS, "children", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await children(c, a[0]); });
  def(TS, "terminate_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await terminate_child(c, a[0], a[1]); });
  def(TS, "child_spec", 1, [](Ctx&, Args a) -> Co<Term> { co_return child_spec(a[0]); });

  // The task processes: Task.Supervised.start_link(owner, callers, mfa) for
  // start_child, and (owner, callers, :monitor, mfa) for async, whose task
  // waits for its owner's {owner, ref, alias} and replies {ref, result}.
  auto task_of = [](Ctx& c, const Term& owner_t, const Term& callers, const Term& mfa,
                    bool reply) -> Term {
    Pid owner_pid = owner_t.is_tuple(3) && owner_t[2].is_pid() ? owner_t[2].pid() : c.self();
    Term given = callers.is_list() ? callers : Term(atoms::nil);
    Pid pid = c.spawn_link(
        task::task_body(c, owner_pid, task::job_of_mfa(mfa[0], mfa[1], mfa[2]), reply, given),
        Atom("Elixir.Task"));
    return Term::tuple({Term(atoms::ok), Term(pid)});
  };
  def(kTaskSupervised, "start_link", 3,
      [task_of](Ctx& c, Args a) -> Co<Term> { co_return task_of(c, a[0], a[1], a[2], false); });
  def(kTaskSupervised, "start_link", 4,
      [task_of](Ctx& c, Args a) -> Co<Term> { co_return task_of(c, a[0], a[1], a[3], true); });
}

}  // namespace taskplay::task_supervisor
