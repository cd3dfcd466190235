// Task.async_stream's stream (and Task.Supervisor's): a lazy enumerable, as in Elixir 1.14.
//
// The stream is a fun of arity 2 that speaks Enumerable's reduce protocol: called with a
// tagged accumulator ({:cont, acc}, {:halt, acc}, {:suspend, acc}) and a reducer, it pulls
// its input one item at a time (Enumerable.reduce with a reducer that suspends after each
// item), starts at most `max_concurrency` tasks at once, hands each result to the reducer
// ({:ok, value} or {:exit, reason}, in input order or, with ordered: false, as the tasks
// finish) and answers {:done, acc}, {:halted, acc} or {:suspended, acc, continuation}. So
// Enum.take/2 stops it early: the tasks still running are killed (and unlinked, their
// messages dropped) and the input is halted, which runs its own after-effects
// (Stream.transform's last fun). Each enumeration is a run of its own (Enum.zip/2 of a
// stream with itself runs two).
//
// The tasks are linked to the caller and monitored through an alias, as Task.async's are; a
// task's reply or its :DOWN is its result. Elixir runs a helper process between the caller
// and the tasks: the results, exit reasons, the caller's links after the stream and what
// reaches its mailbox are the same here.

#include <deque>
#include <exception>
#include <map>
#include <memory>

#include "taskplay/enumerable.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/task.hpp"

namespace taskplay::task {

namespace {

const Atom kCont("cont");
const Atom kHalt("halt");
const Atom kSuspend("suspend");
const Atom kSuspended("suspended");
const Atom kDone("done");
const Atom kHalted("halted");

struct Options {
  size_t max_concurrency = 1;  // System.schedulers_online() (RuntimeOptions)
  bool ordered = true;
  Term timeout = Term::integer(kDefaultTimeout);
  bool kill_on_timeout = false;  // on_timeout: :kill_task (default :exit)
  bool zip_input = false;        // zip_input_on_exit: an exit as {:exit, {input, reason}}
};

Options options_of(const Term& opts, const RuntimeOptions& runtime) {
  Options o;
  o.max_concurrency = runtime.schedulers_online;
  if (const Term* m = keyword_get(opts, Atom("max_concurrency"))) {
    if (!m->is_small_int() || m->small_int() <= 0)
      raise(argument_error(":max_concurrency must be an integer greater than zero"));
    o.max_concurrency = static_cast<size_t>(m->small_int());
  }
  if (const Term* z = keyword_get(opts, Atom("zip_input_on_exit"))) o.zip_input = z->truthy();
  if (const Term* d = keyword_get(opts, Atom("ordered"))) o.ordered = d->truthy();
  if (const Term* t = keyword_get(opts, atoms::timeout)) o.timeout = *t;
  if (const Term* k = keyword_get(opts, Atom("on_timeout")))
    o.kill_on_timeout = k->is_atom(Atom("kill_task"));
  return o;
}

struct Running {
  size_t position;
  TaskFields task;
  int64_t deadline_ms;
  Term input;  // kept for zip_input_on_exit
};

// One enumeration of the stream.
struct Run {
  Term enumerable;
  std::function<Job(Term)> job_for;
  StartJob start;
  Options opts;
  Term reducer;
  // the input: a list walked in place, or Enumerable.reduce's continuation
  std::optional<std::vector<Term>> list;
  size_t list_pos = 0;
  Term next = Term(atoms::nil);  // the continuation; nil before the first pull
  bool input_done = false;
  std::vector<Running> running;
  std::map<size_t, Term> finished;  // ordered: results waiting for their turn
  std::deque<Term> ready;           // ordered: false: results in the order they came
  size_t spawned = 0;
  size_t delivered = 0;
};
using RunPtr = std::shared_ptr<Run>;

Term tagged(Atom tag, Term acc) { return Term::tuple({Term(tag), std::move(acc)}); }

bool is_reply(const Term& m, Ref ref) {
  return m.is_tuple(2) && m[0].is_ref() && m[0].ref() == ref;
}

// Takes every message `drop` accepts out of the caller's mailbox, at once.
template <typename Pred>
void drop_messages(Ctx& ctx, Pred drop) {
  auto& box = ctx.process().mailbox;
  for (auto** link = box.head_link(); *link;) {
    if (drop((*link)->message)) {
      ctx.runtime().note_receive(&ctx.process(), **link);
      box.take(link);
    } else {
      link = &(*link)->next;
    }
  }
}

// Kills the tasks still running, without an exit signal or a message of theirs left for
// the caller (Elixir's stream_close).
void close(Ctx& ctx, Run& run) {
  if (run.running.empty()) return;
  for (const auto& r : run.running) {
    ctx.unlink(r.task.pid);
    ctx.demonitor(r.task.ref, true);
    ctx.exit(r.task.pid, Term(atoms::kill));
  }
  auto running = std::move(run.running);
  run.running.clear();
  drop_messages(ctx, [&running](const Term& m) {
    for (const auto& r : running)
      if (is_reply(m, r.task.ref) || is_exit(m, r.task.pid)) return true;
    return false;
  });
}

// Halts the input (its after-effects run), when it was started and has not ended.
Co<void> halt_input(Ctx& ctx, Run& run) {
  if (run.input_done || !run.next.is_fun()) co_return;
  Term next = run.next;
  run.next = Term(atoms::nil);
  run.input_done = true;
  std::vector<Term> args{tagged(kHalt, Term())};
  co_await next.fun_obj()->call(ctx, std::move(args));
}

// Runs `work` (the input's next step, a task's start, the reducer); if it raises, the
// stream is closed first (with the input halted when `halt` says so), then it raises on.
Co<Term> guarded(Ctx& ctx, Run& run, Co<Term> work, bool halt) {
  std::exception_ptr error;
  try {
    co_return co_await std::move(work);
  } catch (...) {
    error = std::current_exception();
  }
  close(ctx, run);
  if (halt) co_await halt_input(ctx, run);
  std::rethrow_exception(error);
}

// The input's next step: {:suspended, [x], continuation}, {:done | :halted, [x]} or
// {_, []} when it has ended.
Co<Term> input_step(Ctx& ctx, Run& run) {
  std::vector<Term> args{tagged(kCont, Term())};
  if (run.next.is_fun()) co_return co_await run.next.fun_obj()->call(ctx, std::move(args));
  // fn x, acc -> {:suspend, [x | acc]} end
  Term suspend = make_fun(2, [](Ctx&, std::vector<Term> a) -> Co<Term> {
    co_return tagged(kSuspend, Term::cons(a[0], a[1]));
  });
  args = {run.enumerable, std::move(args[0]), std::move(suspend)};
  co_return co_await apply(ctx, Atom("Elixir.Enumerable"), Atom("reduce"), std::move(args));
}

Co<Term> start_task(Ctx& ctx, Run& run, Term input) {
  Job job = run.job_for(input);
  Pid pid = co_await run.start(ctx, job);
  Term task = attach(ctx, pid, job);
  const Term& t = run.opts.timeout;
  int64_t deadline = t.is_small_int() ? ctx.now_ms() + t.small_int() : kInfinity;
  run.running.push_back({run.spawned++, *fields(task), deadline,
                         run.opts.zip_input ? std::move(input) : Term(atoms::nil)});
  co_return Term(atoms::ok);
}

// Takes the next item of the input and starts its task.
Co<void> pull(Ctx& ctx, Run& run) {
  std::optional<Term> item;
  if (run.list) {
    if (run.list_pos < run.list->size()) item = (*run.list)[run.list_pos++];
    if (run.list_pos >= run.list->size()) run.input_done = true;
  } else {
    Term step = co_await guarded(ctx, run, input_step(ctx, run), false);
    if (step.is_tuple(3) && step[0].is_atom(kSuspended)) {
      run.next = step[2];
    } else {
      run.next = Term(atoms::nil);
      run.input_done = true;
    }
    if (step.is_tuple() && step.tuple_size() >= 2 && step[1].is_cons()) item = step[1].head();
  }
  if (item) co_await guarded(ctx, run, start_task(ctx, run, std::move(*item)), true);
}

void finish(Run& run, size_t k, Term result) {
  if (run.opts.ordered)
    run.finished.emplace(run.running[k].position, std::move(result));
  else
    run.ready.push_back(std::move(result));
  run.running.erase(run.running.begin() + static_cast<long>(k));
}

Term exited(const Run& run, const Running& r, Term reason) {
  if (run.opts.zip_input) reason = Term::tuple({r.input, std::move(reason)});
  return Term::tuple({Term(atoms::exit), std::move(reason)});
}

// Waits for a task's reply, a task's :DOWN or the earliest deadline.
Co<void> wait(Ctx& ctx, Run& run) {
  int64_t deadline = kInfinity;
  for (const auto& r : run.running)
    if (r.deadline_ms != kInfinity)
      deadline = deadline == kInfinity ? r.deadline_ms : std::min(deadline, r.deadline_ms);
  int64_t wait = deadline == kInfinity ? kInfinity : std::max<int64_t>(0, deadline - ctx.now_ms());
  auto m = co_await ctx.receive(
      [&run](const Term& msg) {
        for (const auto& r : run.running)
          if (is_reply(msg, r.task.ref) || is_down(msg, r.task.ref)) return true;
        return false;
      },
      wait);
  auto& running = run.running;
  if (!m) {
    // the earliest task ran out of time
    size_t k = 0;
    while (running[k].deadline_ms == kInfinity) ++k;
    for (size_t j = k + 1; j < running.size(); ++j)
      if (running[j].deadline_ms != kInfinity && running[j].deadline_ms < running[k].deadline_ms)
        k = j;
    if (!run.opts.kill_on_timeout) {
      close(ctx, run);
      exit_with(Term::tuple({Term(atoms::timeout),
                             Term::tuple({Term::atom("Elixir.Task.Supervised"),
                                          Term::atom("stream"), Term::list({run.opts.timeout})})}));
    }
    Pid pid = running[k].task.pid;
    Ref ref = running[k].task.ref;
    ctx.unlink(pid);
    ctx.demonitor(ref, true);
    ctx.exit(pid, Term(atoms::kill));
    drop_messages(ctx,
                  [pid, ref](const Term& msg) { return is_reply(msg, ref) || is_exit(msg, pid); });
    finish(run, k, exited(run, running[k], Term(atoms::timeout)));
    co_return;
  }
  for (size_t k = 0; k < running.size(); ++k) {
    Pid pid = running[k].task.pid;
    if (is_reply(*m, running[k].task.ref)) {
      // the task ends :normal now: no {:EXIT, task, :normal} for a caller that traps exits
      ctx.unlink(pid);
      ctx.demonitor(running[k].task.ref, true);
      finish(run, k, Term::tuple({Term(atoms::ok), (*m)[1]}));
    } else if (is_down(*m, running[k].task.ref)) {
      // a caller that traps exits never sees a stream task's {:EXIT, ...}
      ctx.unlink(pid);
      finish(run, k, exited(run, running[k], (*m)[4]));
    } else {
      continue;
    }
    drop_messages(ctx, [pid](const Term& msg) { return is_exit(msg, pid); });
    co_return;
  }
}

// The next result the reducer may have, in its turn.
std::optional<Term> deliverable(Run& run) {
  if (run.opts.ordered) {
    auto it = run.finished.find(run.delivered);
    if (it == run.finished.end()) return std::nullopt;
    Term r = std::move(it->second);
    run.finished.erase(it);
    return r;
  }
  if (run.ready.empty()) return std::nullopt;
  Term r = std::move(run.ready.front());
  run.ready.pop_front();
  return r;
}

Co<Term> call_reducer(Ctx& ctx, Term reducer, Term item, Term acc) {
  std::vector<Term> args{std::move(item), std::move(acc)};
  co_return co_await reducer.fun_obj()->call(ctx, std::move(args));
}

Co<Term> reduce(Ctx& ctx, RunPtr run, Term acc);

class Continuation final : public FunObj {
 public:
  explicit Continuation(RunPtr run) : run_(std::move(run)) {}
  uint32_t arity() const override { return 1; }
  Co<Term> call(Ctx& ctx, std::vector<Term> args) override {
    return reduce(ctx, run_, std::move(args.at(0)));
  }

 private:
  RunPtr run_;
};

Co<Term> reduce(Ctx& ctx, RunPtr run, Term acc) {
  while (true) {
    if (!acc.is_tuple(2) || !acc[0].is_atom()) raise(Term::tuple({Term::atom("case_clause"), acc}));
    Term value = acc[1];
    if (acc[0].is_atom(kHalt)) {
      close(ctx, *run);
      co_await halt_input(ctx, *run);
      co_return tagged(kHalted, std::move(value));
    }
    if (acc[0].is_atom(kSuspend))
      co_return Term::tuple({Term(kSuspended), std::move(value), Term::fun(new Continuation(run))});
    std::optional<Term> item = deliverable(*run);
    if (item) {
      ++run->delivered;
      Co<Term> step = call_reducer(ctx, run->reducer, std::move(*item), value);
      acc = co_await guarded(ctx, *run, std::move(step), true);
      continue;
    }
    if (run->input_done && run->running.empty()) co_return tagged(kDone, std::move(value));
    if (!run->input_done && run->running.size() < run->opts.max_concurrency)
      co_await pull(ctx, *run);
    else
      co_await wait(ctx, *run);
  }
}

// The fun Task.async_stream returns.
class StreamFun final : public FunObj {
 public:
  StreamFun(Term enumerable, std::function<Job(Term)> job_for, Term opts, StartJob start)
      : enumerable_(std::move(enumerable)),
        job_for_(std::move(job_for)),
        opts_(std::move(opts)),
        start_(std::move(start)) {}
  uint32_t arity() const override { return 2; }
  Co<Term> call(Ctx& ctx, std::vector<Term> args) override {
    auto run = std::make_shared<Run>();
    run->enumerable = enumerable_;
    run->job_for = job_for_;
    run->start = start_;
    run->opts = options_of(opts_, ctx.runtime().options());
    run->reducer = args.at(1);
    run->list = enum_to_list(enumerable_);
    if (run->list && run->list->empty()) run->input_done = true;
    return reduce(ctx, std::move(run), std::move(args.at(0)));
  }
  // Elixir 1.14's name for the fun Task.build_stream/3 returns, the same for every stream (its
  // index and module hash in task.ex), not a count of funs made so far: that would also print
  // differently when a run is replayed in the same page.
  std::string inspect() const override { return "#Function<3.106504518/2 in Task.build_stream/3>"; }

 private:
  Term enumerable_;
  std::function<Job(Term)> job_for_;
  Term opts_;
  StartJob start_;
};

Pid spawn_linked_task(Ctx& ctx, const Job& job) {
  return ctx.spawn_link(task_body(ctx, ctx.self(), job, true), Atom("Elixir.Task"));
}

}  // namespace

Term stream(Term enumerable, std::function<Job(Term)> job_for, Term opts, StartJob start) {
  return Term::fun(
      new StreamFun(std::move(enumerable), std::move(job_for), std::move(opts), std::move(start)));
}

Co<std::optional<Term>> run_stream(Ctx& ctx, const Term& t) {
  if (!t.is_fun() || !dynamic_cast<StreamFun*>(t.fun_obj())) co_return std::nullopt;
  Term keep = t;
  Term collect = make_fun(2, [](Ctx&, std::vector<Term> a) -> Co<Term> {
    co_return tagged(kCont, Term::cons(a[0], a[1]));
  });
  std::vector<Term> args{tagged(kCont, Term()), collect};
  Term r = co_await keep.fun_obj()->call(ctx, std::move(args));
  auto items = r[1].list_items();
  std::reverse(items.begin(), items.end());
  co_return Term::list(items);
}

void install_async_stream(Modules& m) {
  using Args = std::vector<Term>;
  StartJob start = [](Ctx& c, const Job& job) -> Co<Pid> { co_return spawn_linked_task(c, job); };
  auto fun_job = [](Term fun) {
    return [fun](Term x) {
      return Job{Term::atom("erlang"), Term::atom("apply"), Term::list({fun, Term::list({x})})};
    };
  };
  auto mfa_job = [](Term mod, Term f, Term args) {
    return [mod, f, args](Term x) { return Job{mod, f, Term::cons(x, args)}; };
  };
  const Atom task("Elixir.Task"), name("async_stream");
  m.define(task, name, 2, make_fun(2, [=](Ctx&, Args a) -> Co<Term> {
             co_return stream(a[0], fun_job(a[1]), Term(), start);
           }));
  m.define(task, name, 3, make_fun(3, [=](Ctx&, Args a) -> Co<Term> {
             co_return stream(a[0], fun_job(a[1]), a[2], start);
           }));
  m.define(task, name, 4, make_fun(4, [=](Ctx&, Args a) -> Co<Term> {
             co_return stream(a[0], mfa_job(a[1], a[2], a[3]), Term(), start);
           }));
  m.define(task, name, 5, make_fun(5, [=](Ctx&, Args a) -> Co<Term> {
             co_return stream(a[0], mfa_job(a[1], a[2], a[3]), a[4], start);
           }));
}

}  // namespace taskplay::task
