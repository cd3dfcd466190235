#include "taskplay/task.hpp"

#include <algorithm>
#include <unordered_map>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::task {

namespace {

const Atom kTask("Elixir.Task");
const Atom kErlang("erlang");
const Atom kApply("apply");
const Atom kMfa("mfa");
const Atom kOwner("owner");
const Atom kPid("pid");
const Atom kRef("ref");

Term exit_mfa(const char* function, std::initializer_list<Term> args) {
  return Term::tuple({Term(kTask), Term::atom(function), Term::list(args)});
}

bool is_reply(const Term& m, Ref ref) {
  return m.is_tuple(2) && m[0].is_ref() && m[0].ref() == ref;
}

// The reason a task's :DOWN gives await and await_many: :noconnection (the task's node went
// away) is {:nodedown, node} of the monitored process ({name, node} or a pid of this node).
Term reason_of(const Term& reason, const Term& proc) {
  if (!reason.is_atom(Atom("noconnection"))) return reason;
  Term node = proc.is_tuple(2) ? proc[1] : Term(atoms::nonode);
  return Term::tuple({Term::atom("nodedown"), node});
}
Term down_reason(const Term& down) { return reason_of(down[4], down[3]); }
bool is_noconnection(const Term& down) { return down[4].is_atom(Atom("noconnection")); }

TaskFields owned(Ctx& ctx, const Term& task) {
  auto f = fields(task);
  if (!f) raise(argument_error("expected a %Task{}, got: " + inspect(task)));
  if (f->owner != ctx.self()) raise(invalid_owner_error(task, ctx.self()));
  return *f;
}

// How a Logger crash report names the job: "#Function<...>" / "&Fib.of/1".
// A task of a fun of no arguments shows the fun; any other (a stream's {:erlang, :apply,
// [fun, [element]]} too) its MFA as a capture, as Task.Supervised's report does
bool plain_fun(const Job& job) {
  if (!job.module.is_atom(kErlang) || !job.function.is_atom(kApply)) return false;
  auto items = job.args.list_items();
  return items.size() == 2 && items[1].is_nil();
}
std::string describe_function(const Job& job) {
  if (plain_fun(job)) return inspect(job.args.list_items()[0]);
  return "&" + inspect(job.module) + "." + job.function.atom_value().name() + "/" +
         std::to_string(job.args.list_length());
}
std::string describe_args(const Job& job) {
  if (plain_fun(job)) return "[]";
  return inspect(job.args);
}

int64_t ms_of(const Term& timeout) {
  return timeout.is_small_int() ? timeout.small_int() : kInfinity;
}

}  // namespace

// [SECTION] Jobs ------------------------------------------------------------------------

Term Job::mfa() const {
  if (module.is_atom(kErlang) && function.is_atom(kApply)) {
    // the same term for every Task.async(fun): made once
    static const Term erlang_apply_2 = Term::tuple({module, function, Term::integer(2)});
    return erlang_apply_2;
  }
  return Term::tuple({module, function, Term::integer(static_cast<int64_t>(args.list_length()))});
}

Job job_of_fun(Term fun) {
  // [fun, []]: the tail [[]] is the same term for every fun, made once
  static const Term no_args = Term::list({Term()});
  return Job{Term(kErlang), Term(kApply), Term::cons(std::move(fun), no_args)};
}

Job job_of_mfa(Term module, Term function, Term args) {
  return Job{std::move(module), std::move(function), std::move(args)};
}

namespace {
Co<Term> run_job_general(Ctx& ctx, const Job& job) {
  if (job.module.is_atom(kErlang) && job.function.is_atom(kApply)) {
    auto items = job.args.list_items();
    Term fun = items.at(0);
    std::vector<Term> args = items.at(1).list_items();
    if (!fun.is_fun()) raise(Term::tuple({Term::atom("badfun"), fun}));
    if (fun.fun_obj()->arity() != args.size())
      raise(Term::tuple({Term::atom("badarity"), Term::tuple({fun, Term::list(args)})}));
    co_return co_await fun.fun_obj()->call(ctx, std::move(args));
  }
  if (!job.module.is_atom() || !job.function.is_atom()) raise(Term(atoms::badarg));
  co_return co_await apply(ctx, job.module.atom_value(), job.function.atom_value(),
                           job.args.list_items());
}
}  // namespace

Co<Term> run_job(Ctx& ctx, const Job& job) {
  // apply(fun, []), what Task.async(fun) runs: the fun's own coroutine, with no
  // argument lists copied out of the job and no frame of ours around it. What it
  // raises (:badfun, :badarity) it raises as run_job_general would, when called.
  const Term& a = job.args;
  if (job.module.is_atom(kErlang) && job.function.is_atom(kApply) && a.is_cons() &&
      a.tail().is_cons() && a.tail().head().is_nil() && a.tail().tail().is_nil()) {
    const Term& fun = a.head();
    if (!fun.is_fun()) raise(Term::tuple({Term::atom("badfun"), fun}));
    if (fun.fun_obj()->arity() != 0)
      raise(Term::tuple({Term::atom("badarity"), Term::tuple({fun, Term()})}));
    return fun.fun_obj()->call(ctx, {});
  }
  return run_job_general(ctx, job);
}

namespace {
// A stack trace as the BEAM has it when a task's code raises: the task's own frames, then
// the frames of the code that runs it (Elixir 1.14's lib/task/supervised.ex, OTP 25's
// proc_lib.erl; Task.Supervised.reply/4 only for a task that replies), cut to the BEAM's
// depth of 8 frames from the top.
Term with_task_frames(const Term& stacktrace, bool reply) {
  auto frame = [](const char* module, const char* function, int arity, std::string_view file,
                  uint32_t line) {
    return stack_frame(Term::atom(module), Term::atom(function), Term::integer(arity), file, line);
  };
  std::vector<Term> frames;
  for (const Term* c = &stacktrace; c->is_cons(); c = &c->tail()) frames.push_back(c->head());
  frames.push_back(frame("Elixir.Task.Supervised", "invoke_mfa", 2, "lib/task/supervised.ex", 89));
  if (reply)
    frames.push_back(frame("Elixir.Task.Supervised", "reply", 4, "lib/task/supervised.ex", 34));
  frames.push_back(frame("proc_lib", "init_p_do_apply", 3, "proc_lib.erl", 240));
  if (frames.size() > 8) frames.resize(8);
  return Term::list(frames);
}

const Atom kAncestorsKey("$ancestors"), kInitialCallKey("$initial_call"), kCallersKey("$callers");

// Task.Supervised's get_initial_call/1: a fun's {module, name, 0} (as Function.info/2 names
// it), else {m, f, arity}.
Term initial_call_of(const Job& job) {
  if (job.module.is_atom(kErlang) && job.function.is_atom(kApply) && job.args.is_cons()) {
    Term call = proc_lib::fun_initial_call(job.args.head());
    if (!call.is_atom(atoms::nil)) return call;
  }
  return job.mfa();
}

// A task process's coroutine: its arguments live in its frame. Its dictionary is filled as
// on the BEAM: proc_lib's "$ancestors" and "$initial_call" (Task.Supervised.reply/2 or
// noreply/3) at the spawn, then Task.Supervised's own "$initial_call" (the job's) and
// "$callers" once it has its job (a replying task: once its owner's message came).
Co<void> task_main(Ctx& ctx, Pid started_from, Job job, bool reply, Term ancestors, Term callers) {
  static const Term reply_2 =
      Term::tuple({Term::atom("Elixir.Task.Supervised"), Term::atom("reply"), Term::integer(2)});
  static const Term noreply_3 =
      Term::tuple({Term::atom("Elixir.Task.Supervised"), Term::atom("noreply"), Term::integer(3)});
  proc_lib::put(ctx, Term(kAncestorsKey), std::move(ancestors));
  proc_lib::put(ctx, Term(kInitialCallKey), reply ? reply_2 : noreply_3);
  Term ref;
  if (reply) {
    // {owner, ref, alias} from the owner (Task.Supervised.reply/4)
    auto m = co_await ctx.receive([started_from](const Term& msg) {
      return msg.is_tuple(3) && msg[0].is_pid() && msg[0].pid() == started_from;
    });
    ref = (*m)[1];
  }
  proc_lib::put(ctx, Term(kInitialCallKey), initial_call_of(job));
  proc_lib::put(ctx, Term(kCallersKey), std::move(callers));
  Term result;
  try {
    result = co_await run_job(ctx, job);
  } catch (const Raised& r) {
    // exit(:normal), exit(:shutdown): no report
    if (r.kind == RaiseKind::exit && is_clean_stop(r.value)) exit_with(r.value);
    Raised raised = r;
    raised.stacktrace = with_task_frames(r.stacktrace, reply);
    Term reason = exit_reason_of(raised);
    // (an exit's reason has no stack trace, but Logger's report shows where it happened)
    // the owner by its registered name, as Task.Supervised's get_owner/1 names it
    Term from(started_from);
    if (const Process* o = ctx.runtime().find(started_from); o && o->name != atoms::nil)
      from = Term(o->name);
    std::string report = "Task " + inspect(Term(ctx.self())) + " started from " + inspect(from) +
                         " terminating\n" + format_crash_reason(reason) + "\n" +
                         logger::format_stacktrace(raised.stacktrace);
    ctx.runtime().log(ctx.self(), report + "\nFunction: " + describe_function(job) +
                                      "\n    Args: " + describe_args(job));
    // Task.Supervised exits with the reason (so no second report is logged)
    exit_with(reason);
  }
  if (reply) ctx.send_alias(ref.ref(), Term::tuple({ref, std::move(result)}));
}

Term attach_mfa(Ctx& ctx, Pid task_pid, Term mfa) {
  Ref ref = ctx.monitor_alias(task_pid);
  ctx.send(task_pid, Term::tuple({Term(ctx.self()), Term(ref), Term(ref)}));
  return make_task({task_pid, ref, ctx.self(), std::move(mfa)});
}

// Task.async's spawn_link of a task process running `job`.
Pid spawn_async(Ctx& ctx, Job job) {
  Pid owner = ctx.self();
  Term ancestors = proc_lib::ancestors_of_child(ctx);
  Term callers = proc_lib::callers_of_child(ctx);
  return ctx.spawn_link_made(
      [&](Ctx& c) {
        return task_main(c, owner, std::move(job), true, std::move(ancestors), std::move(callers));
      },
      kTask);
}
}  // namespace

Body task_body(Ctx& spawner, Pid started_from, Job job, bool reply, Term callers) {
  Term ancestors = proc_lib::ancestors_of_child(spawner);
  if (callers.is_atom(atoms::nil)) callers = proc_lib::callers_of_child(spawner);
  return [started_from, job = std::move(job), reply, ancestors, callers](Ctx& ctx) {
    return task_main(ctx, started_from, job, reply, ancestors, callers);
  };
}

Term attach(Ctx& ctx, Pid task_pid, const Job& job) { return attach_mfa(ctx, task_pid, job.mfa()); }

// [SECTION] %Task{} ---------------------------------------------------------------------

Term make_task(const TaskFields& f) {
  // What make_struct(kTask, ...) makes, built in key order (atoms order by their text:
  // __struct__ < mfa < owner < pid < ref), with no sort.
  std::vector<std::pair<Term, Term>> pairs;
  pairs.reserve(5);
  pairs.emplace_back(Term(atoms::__struct__), Term(kTask));
  pairs.emplace_back(Term(kMfa), f.mfa);
  pairs.emplace_back(Term(kOwner), Term(f.owner));
  pairs.emplace_back(Term(kPid), f.pid ? Term(f.pid) : Term(atoms::nil));  // nil: completed/1
  pairs.emplace_back(Term(kRef), Term(f.ref));
  return Term::map_sorted(std::move(pairs));
}

std::optional<TaskFields> fields(const Term& task) {
  if (!task.is_map()) return std::nullopt;
  // A %Task{} as make_task builds it (every one Task makes): the fields where make_task
  // put them. Anything else (a map the user built, a struct with more keys) is looked
  // up key by key below, with the same result.
  const auto& ps = task.map_pairs();
  if (ps.size() == 5 && ps[0].first.is_atom(atoms::__struct__) && ps[0].second.is_atom(kTask) &&
      ps[1].first.is_atom(kMfa) && ps[2].first.is_atom(kOwner) && ps[3].first.is_atom(kPid) &&
      ps[4].first.is_atom(kRef)) {
    const Term& owner = ps[2].second;
    const Term& pid = ps[3].second;
    const Term& ref = ps[4].second;
    if (!(pid.is_pid() || pid.is_atom(atoms::nil)) || !ref.is_ref() || !owner.is_pid())
      return std::nullopt;
    return TaskFields{pid.is_pid() ? pid.pid() : Pid{}, ref.ref(), owner.pid(), ps[1].second};
  }
  if (task.struct_name() != kTask) return std::nullopt;
  const Term* pid = task.map_get(Term(kPid));
  const Term* ref = task.map_get(Term(kRef));
  const Term* owner = task.map_get(Term(kOwner));
  const Term* mfa = task.map_get(Term(kMfa));
  if (!pid || !ref || !owner || !(pid->is_pid() || pid->is_atom(atoms::nil)) || !ref->is_ref() ||
      !owner->is_pid())
    return std::nullopt;
  return TaskFields{pid->is_pid() ? pid->pid() : Pid{}, ref->ref(), owner->pid(),
                    mfa ? *mfa : Term()};
}

Term invalid_owner_error(const Term& task, Pid caller) {
  return argument_error("task " + inspect(task) +
                        " must be queried from the owner but was queried from " +
                        inspect(Term(caller)));
}

// [SECTION] async / await ------------------------------------------------------------------

Term async(Ctx& ctx, Term fun) {
  Job job = job_of_fun(std::move(fun));
  Term mfa = job.mfa();
  Pid pid = spawn_async(ctx, std::move(job));
  return attach_mfa(ctx, pid, std::move(mfa));
}

Term async(Ctx& ctx, Term module, Term function, Term args) {
  Job job = job_of_mfa(std::move(module), std::move(function), std::move(args));
  Term mfa = job.mfa();
  Pid pid = spawn_async(ctx, std::move(job));
  return attach_mfa(ctx, pid, std::move(mfa));
}

// Task.await/2's frame at its exit's line in lib/task.ex (1.14.0)
Term await_frame(uint32_t line) {
  return stack_frame(Term::atom("Elixir.Task"), Term::atom("await"), Term::integer(2),
                     "lib/task.ex", line);
}

Co<Term> await(Ctx& ctx, Term task, Term timeout) {
  TaskFields f = owned(ctx, task);
  Ref ref = f.ref;
  auto m = co_await ctx.receive(
      [ref](const Term& msg) { return is_reply(msg, ref) || is_down(msg, ref); }, ms_of(timeout));
  if (!m) {
    // the task keeps running; its late reply will be dropped (alias gone)
    ctx.demonitor(ref, true);
    exit_with(Term::tuple({Term(atoms::timeout), exit_mfa("await", {task, timeout})}),
              await_frame(830));
  }
  if (is_reply(*m, ref)) {
    ctx.demonitor(ref, true);
    co_return (*m)[1];
  }
  exit_with(Term::tuple({down_reason(*m), exit_mfa("await", {task, timeout})}), await_frame(826));
}

Co<Term> await_many(Ctx& ctx, Term tasks, Term timeout) {
  std::vector<Term> list = tasks.list_items();
  std::vector<TaskFields> fs;
  for (const Term& t : list) fs.push_back(owned(ctx, t));
  std::unordered_map<uint64_t, size_t> pending;  // ref -> index
  for (size_t i = 0; i < fs.size(); ++i) pending[fs[i].ref.number] = i;
  std::vector<Term> replies(fs.size());
  int64_t deadline = timeout.is_small_int() ? ctx.now_ms() + timeout.small_int() : kInfinity;
  auto demonitor_pending = [&] {
    for (const auto& kv : pending) ctx.demonitor(fs[kv.second].ref, true);
  };
  while (!pending.empty()) {
    int64_t left =
        deadline == kInfinity ? kInfinity : std::max<int64_t>(0, deadline - ctx.now_ms());
    auto m = co_await ctx.receive(
        [&pending](const Term& msg) {
          if (msg.is_tuple(2) && msg[0].is_ref()) return pending.count(msg[0].ref().number) > 0;
          return is_down(msg) && msg[1].is_ref() && pending.count(msg[1].ref().number) > 0;
        },
        left);
    if (!m) {
      demonitor_pending();
      exit_with(Term::tuple({Term(atoms::timeout), exit_mfa("await_many", {tasks, timeout})}));
    }
    if (m->is_tuple(5)) {
      demonitor_pending();
      exit_with(Term::tuple({down_reason(*m), exit_mfa("await_many", {tasks, timeout})}));
    }
    size_t idx = pending[(*m)[0].ref().number];
    ctx.demonitor(fs[idx].ref, true);
    pending.erase(fs[idx].ref.number);
    replies[idx] = (*m)[1];
  }
  co_return Term::list(replies);
}

// [SECTION] yield / shutdown / ignore -------------------------------------------------------

Co<Term> yield(Ctx& ctx, Term task, Term timeout) {
  TaskFields f = owned(ctx, task);
  Ref ref = f.ref;
  auto m = co_await ctx.receive(
      [ref](const Term& msg) { return is_reply(msg, ref) || is_down(msg, ref); }, ms_of(timeout));
  if (!m) co_return Term(atoms::nil);
  if (is_reply(*m, ref)) {
    ctx.demonitor(ref, true);
    co_return Term::tuple({Term(atoms::ok), (*m)[1]});
  }
  if (is_noconnection(*m))
    exit_with(Term::tuple({down_reason(*m), exit_mfa("yield", {task, timeout})}));
  co_return Term::tuple({Term(atoms::exit), (*m)[4]});
}

Co<Term> yield_many(Ctx& ctx, Term tasks, Term opts) {
  // yield_many(tasks, timeout) as in 1.14; the keyword form
  // [timeout:, limit:, on_timeout:] is Elixir 1.15's.
  Term timeout = Term::integer(kDefaultTimeout);
  Term on_timeout = Term::atom("nothing");
  std::vector<Term> list = tasks.list_items();
  size_t limit = list.size();
  if (opts.is_list()) {
    if (const Term* t = keyword_get(opts, atoms::timeout)) timeout = *t;
    if (const Term* o = keyword_get(opts, Atom("on_timeout"))) on_timeout = *o;
    if (const Term* l = keyword_get(opts, Atom("limit")); l && l->is_small_int())
      limit = static_cast<size_t>(std::max<int64_t>(0, l->small_int()));
  } else {
    timeout = opts;
  }
  std::vector<TaskFields> fs;
  for (const Term& t : list) fs.push_back(owned(ctx, t));
  std::unordered_map<uint64_t, size_t> pending;
  for (size_t i = 0; i < fs.size(); ++i) pending[fs[i].ref.number] = i;
  std::vector<Term> results(fs.size(), Term(atoms::nil));
  size_t done = 0;
  int64_t deadline = timeout.is_small_int() ? ctx.now_ms() + timeout.small_int() : kInfinity;
  while (!pending.empty() && done < limit) {
    int64_t left =
        deadline == kInfinity ? kInfinity : std::max<int64_t>(0, deadline - ctx.now_ms());
    auto m = co_await ctx.receive(
        [&pending](const Term& msg) {
          if (msg.is_tuple(2) && msg[0].is_ref()) return pending.count(msg[0].ref().number) > 0;
          return is_down(msg) && msg[1].is_ref() && pending.count(msg[1].ref().number) > 0;
        },
        left);
    if (!m) break;
    if (m->is_tuple(5)) {
      if (is_noconnection(*m))
        exit_with(Term::tuple({down_reason(*m), exit_mfa("yield_many", {tasks, opts})}));
      size_t idx = pending[(*m)[1].ref().number];
      pending.erase((*m)[1].ref().number);
      results[idx] = Term::tuple({Term(atoms::exit), (*m)[4]});
    } else {
      size_t idx = pending[(*m)[0].ref().number];
      pending.erase((*m)[0].ref().number);
      ctx.demonitor(fs[idx].ref, true);
      results[idx] = Term::tuple({Term(atoms::ok), (*m)[1]});
    }
    ++done;
  }
  std::vector<Term> out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (results[i].is_atom(atoms::nil) && pending.count(fs[i].ref.number)) {
      if (on_timeout.is_atom(Atom("ignore")))
        results[i] = ignore(ctx, list[i]);
      else if (on_timeout.is_atom(Atom("kill_task")))
        results[i] = co_await shutdown(ctx, list[i], Term::atom("brutal_kill"));
    }
    out.push_back(Term::tuple({list[i], results[i]}));
  }
  co_return Term::list(out);
}

namespace {
// Task.shutdown's wait for the task's end (mon: a fresh monitor; ref: the task's). A task
// gone with :noconnection exits the caller with {{:nodedown, node}, mfa}.
Co<Term> shutdown_receive(Ctx& ctx, const TaskFields& f, Ref mon, Atom type, int64_t timeout,
                          Term mfa) {
  const Atom brutal("brutal_kill"), timeout_kill("timeout_kill");
  auto flush_reply = [&]() -> std::optional<Term> {
    for (auto** link = ctx.process().mailbox.head_link(); *link; link = &(*link)->next) {
      if (is_reply((*link)->message, f.ref)) {
        ctx.runtime().note_receive(&ctx.process(), **link);
        Term m = ctx.process().mailbox.take(link);
        return Term::tuple({Term(atoms::ok), m[1]});
      }
    }
    return std::nullopt;
  };
  while (true) {
    auto m = co_await ctx.receive([mon](const Term& msg) { return is_down(msg, mon); }, timeout);
    if (!m) {
      // the task did not stop in time: kill it
      ctx.exit(f.pid, Term(atoms::kill));
      type = timeout_kill;
      timeout = kInfinity;
      continue;
    }
    const Term& reason = (*m)[4];
    if ((reason.is_atom(atoms::shutdown) && type != brutal) ||
        (reason.is_atom(atoms::killed) && type == brutal)) {
      ctx.demonitor(f.ref, true);
      auto r = flush_reply();
      co_return r ? *r : Term(atoms::nil);
    }
    if (reason.is_atom(atoms::noproc)) {
      // already dead before we asked: report how it ended, from its :DOWN
      Term result;
      bool found = false;
      for (auto** link = ctx.process().mailbox.head_link(); *link; link = &(*link)->next) {
        const Term& d = (*link)->message;
        if (is_down(d, f.ref)) {
          const Term& why = d[4];
          if ((why.is_atom(atoms::shutdown) && type != brutal) ||
              (why.is_atom(atoms::killed) && type == brutal))
            result = Term(atoms::nil);
          else
            result = Term::tuple({Term(atoms::exit), why});
          ctx.runtime().note_receive(&ctx.process(), **link);
          ctx.process().mailbox.take(link);
          found = true;
          break;
        }
      }
      if (!found) {
        ctx.demonitor(f.ref, true);
        result = Term::tuple({Term(atoms::exit), Term(atoms::noproc)});
      }
      auto r = flush_reply();
      if (r) co_return *r;
      if (result.is_tuple(2) && result[1].is_atom(Atom("noconnection")))
        exit_with(Term::tuple({reason_of(result[1], (*m)[3]), mfa}));
      co_return result;
    }
    ctx.demonitor(f.ref, true);
    auto r = flush_reply();
    if (r) co_return *r;
    if (is_noconnection(*m)) exit_with(Term::tuple({down_reason(*m), mfa}));
    co_return Term::tuple({Term(atoms::exit), reason});
  }
}
}  // namespace

Co<Term> shutdown(Ctx& ctx, Term task, Term how) {
  // %Task{pid: nil} (Task.completed/1's) comes first in Elixir's clauses
  if (task.is_map() && task.struct_name() == kTask) {
    const Term* pid = task.map_get(Term(kPid));
    if (pid && pid->is_atom(atoms::nil))
      raise(argument_error("task " + inspect(task) + " does not have an associated task process"));
  }
  TaskFields f = owned(ctx, task);
  // The owner stops the task without being hit by its exit through the link
  // (observed in 1.14: no {:EXIT, task, :shutdown} reaches a trapping owner).
  ctx.unlink(f.pid);
  Ref mon = ctx.monitor(Term(f.pid));
  Term mfa = exit_mfa("shutdown", {task, how});
  if (how.is_atom(Atom("brutal_kill"))) {
    ctx.exit(f.pid, Term(atoms::kill));
    co_return co_await shutdown_receive(ctx, f, mon, Atom("brutal_kill"), kInfinity,
                                        std::move(mfa));
  }
  ctx.exit(f.pid, Term(atoms::shutdown));
  co_return co_await shutdown_receive(ctx, f, mon, atoms::shutdown, ms_of(how), std::move(mfa));
}

Term ignore(Ctx& ctx, Term task) {
  TaskFields f = owned(ctx, task);
  auto& box = ctx.process().mailbox;
  for (auto** link = box.head_link(); *link; link = &(*link)->next) {
    const Term& m = (*link)->message;
    if (is_reply(m, f.ref)) {
      Term reply = m[1];
      ctx.runtime().note_receive(&ctx.process(), **link);
      box.take(link);
      ctx.unlink(f.pid);
      ctx.demonitor(f.ref, true);
      return Term::tuple({Term(atoms::ok), reply});
    }
    if (is_down(m, f.ref)) {
      if (is_noconnection(m)) exit_with(Term::tuple({down_reason(m), exit_mfa("ignore", {task})}));
      Term reason = m[4];
      ctx.runtime().note_receive(&ctx.process(), **link);
      box.take(link);
      ctx.unlink(f.pid);
      return Term::tuple({Term(atoms::exit), reason});
    }
  }
  ctx.unlink(f.pid);
  ctx.demonitor(f.ref, true);
  return Term(atoms::nil);
}

// [SECTION] start / start_link / child_spec ----------------------------------------------

Term start(Ctx& ctx, Term fun) {
  Pid pid = ctx.spawn(task_body(ctx, ctx.self(), job_of_fun(std::move(fun)), false), kTask);
  return Term::tuple({Term(atoms::ok), Term(pid)});
}
Term start(Ctx& ctx, Term module, Term function, Term args) {
  Pid pid = ctx.spawn(task_body(ctx, ctx.self(), job_of_mfa(module, function, args), false), kTask);
  return Term::tuple({Term(atoms::ok), Term(pid)});
}
Term start_link(Ctx& ctx, Term fun) {
  Pid pid = ctx.spawn_link(task_body(ctx, ctx.self(), job_of_fun(std::move(fun)), false), kTask);
  return Term::tuple({Term(atoms::ok), Term(pid)});
}
Term start_link(Ctx& ctx, Term module, Term function, Term args) {
  Pid pid =
      ctx.spawn_link(task_body(ctx, ctx.self(), job_of_mfa(module, function, args), false), kTask);
  return Term::tuple({Term(atoms::ok), Term(pid)});
}

Term child_spec(Term arg) {
  return Term::map({{Term::atom("id"), Term(kTask)},
                    {Term::atom("restart"), Term::atom("temporary")},
                    {Term::atom("start"),
                     Term::tuple({Term(kTask), Term::atom("start_link"), Term::list({arg})})}});
}

// [SECTION] Registry ------------------------------------------------------------------------

void install_async_stream(Modules& m);

void install(Modules& m) {
  install_async_stream(m);
  auto def = [&](const char* name, uint32_t arity, auto f) {
    m.define(kTask, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  using Args = std::vector<Term>;
  // Elixir 1.14's guards (lib/task.ex): a fun of arity 0 for async/start/start_link, a
  // %Task{} and is_timeout (:infinity or an integer >= 0) for await/yield and the _many
  // forms, a timeout or :brutal_kill for shutdown. A miss is Task's FunctionClauseError
  // (await/1 is await/2 with its default, as on the BEAM).
  auto timeout = [](const Term& t) {
    return t.is_atom(atoms::infinity) || (t.is_small_int() && t.small_int() >= 0);
  };
  auto task_ok = [](const Term& t) { return fields(t).has_value(); };
  auto fun0 = [](const Term& f) { return f.is_fun() && f.fun_obj()->arity() == 0; };
  auto no = [](const char* f, std::initializer_list<Term> args) {
    raise_function_clause(kTask, Atom(f), args);
  };
  const Term deflt = Term::integer(kDefaultTimeout);
  def("async", 1, [=](Ctx& c, Args a) -> Co<Term> {
    if (!fun0(a[0])) no("async", {a[0]});
    co_return async(c, a[0]);
  });
  def("async", 3, [](Ctx& c, Args a) -> Co<Term> { co_return async(c, a[0], a[1], a[2]); });
  // Task.completed(result): a %Task{pid: nil} whose reply is already in the caller's mailbox
  def("completed", 1, [](Ctx& c, Args a) -> Co<Term> {
    Ref ref = c.runtime().make_ref();
    c.send(c.self(), Term::tuple({Term(ref), a[0]}));
    co_return make_task({Pid{}, ref, c.self(),
                         Term::tuple({Term(kTask), Term::atom("completed"), Term::integer(1)})});
  });
  def("await", 1, [=](Ctx& c, Args a) -> Co<Term> {
    if (!task_ok(a[0])) no("await", {a[0], deflt});
    co_return co_await await(c, a[0]);
  });
  def("await", 2, [=](Ctx& c, Args a) -> Co<Term> {
    if (!task_ok(a[0]) || !timeout(a[1])) no("await", {a[0], a[1]});
    co_return co_await await(c, a[0], a[1]);
  });
  def("await_many", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await await_many(c, a[0]); });
  def("await_many", 2, [=](Ctx& c, Args a) -> Co<Term> {
    if (!timeout(a[1])) no("await_many", {a[0], a[1]});
    co_return co_await await_many(c, a[0], a[1]);
  });
  def("yield", 1, [=](Ctx& c, Args a) -> Co<Term> {
    if (!task_ok(a[0])) no("yield", {a[0], deflt});
    co_return co_await yield(c, a[0]);
  });
  def("yield", 2, [=](Ctx& c, Args a) -> Co<Term> {
    if (!task_ok(a[0]) || !timeout(a[1])) no("yield", {a[0], a[1]});
    co_return co_await yield(c, a[0], a[1]);
  });
  def("yield_many", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await yield_many(c, a[0]); });
  def("yield_many", 2, [=](Ctx& c, Args a) -> Co<Term> {
    if (!timeout(a[1])) no("yield_many", {a[0], a[1]});
    co_return co_await yield_many(c, a[0], a[1]);
  });
  def("shutdown", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await shutdown(c, a[0]); });
  def("shutdown", 2, [=](Ctx& c, Args a) -> Co<Term> {
    if (!timeout(a[1]) && !a[1].is_atom(Atom("brutal_kill"))) no("shutdown", {a[0], a[1]});
    co_return co_await shutdown(c, a[0], a[1]);
  });
  def("ignore", 1, [](Ctx& c, Args a) -> Co<Term> { co_return ignore(c, a[0]); });
  def("start", 1, [=](Ctx& c, Args a) -> Co<Term> {
    if (!fun0(a[0])) no("start", {a[0]});
    co_return start(c, a[0]);
  });
  def("start", 3, [](Ctx& c, Args a) -> Co<Term> { co_return start(c, a[0], a[1], a[2]); });
  def("start_link", 1, [=](Ctx& c, Args a) -> Co<Term> {
    if (!fun0(a[0])) no("start_link", {a[0]});
    co_return start_link(c, a[0]);
  });
  def("start_link", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return start_link(c, a[0], a[1], a[2]); });
  def("child_spec", 1, [](Ctx&, Args a) -> Co<Term> { co_return child_spec(a[0]); });
}

}  // namespace taskplay::task
