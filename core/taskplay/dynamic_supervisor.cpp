#include "taskplay/dynamic_supervisor.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "taskplay/child_spec.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/gen_server.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/restart_intensity.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/supervisor_status.hpp"

namespace taskplay::dynamic_supervisor {

namespace {

const Atom kDynamicSupervisor("Elixir.DynamicSupervisor");
const Atom kDefault("Elixir.Supervisor.Default");
const Atom kStrategy("strategy"), kMaxRestarts("max_restarts"), kMaxSeconds("max_seconds"),
    kMaxChildren("max_children"), kExtraArguments("extra_arguments"), kName("name");
const Atom kOneForOne("one_for_one");
const Atom kRestarting("restarting"), kGenRestart("$gen_restart");
const Atom kWhichChildren("which_children"), kCountChildren("count_children"),
    kTerminateChild("terminate_child"), kStartChild("start_child"), kStartTask("start_task");
const Atom kSpecs("specs"), kActive("active"), kSupervisors("supervisors"), kWorkers("workers");
const Atom kTaskSupervised("Elixir.Task.Supervised");

Term ok(Term v) { return Term::tuple({Term(atoms::ok), std::move(v)}); }
Term error(Term v) { return Term::tuple({Term(atoms::error), std::move(v)}); }
Term tag(const char* t, Term v) { return Term::tuple({Term::atom(t), std::move(v)}); }

Term opt(const Term& options, Atom key, Term fallback) {
  const Term* v = keyword_get(options, key);
  return v ? *v : fallback;
}

// A child as DynamicSupervisor keeps it: {mfa, restart, shutdown, type, modules}.
struct Child {
  Pid pid;  // while restarting: the pid it had
  Term mfa;
  Restart restart = Restart::permanent;
  Shutdown shutdown;
  ChildType type = ChildType::worker;
  Term modules;
  bool restarting = false;
};

// The 5-tuple a start_child call carries, from a child spec map or an old 6-tuple, checked as
// DynamicSupervisor's validate_child does (start, restart, shutdown, type, modules in turn);
// or the error.
std::variant<Term, Term> child_tuple(const Term& child) {
  using Result = std::variant<Term, Term>;
  auto fail = [](Term why) { return Result(std::in_place_index<1>, std::move(why)); };
  Term start, restart, shutdown, type, modules;
  if (child.is_tuple(6)) {
    start = child[1], restart = child[2], shutdown = child[3], type = child[4];
    modules = child[5];
  } else {
    const Term* s = child.is_map() && child.map_get(Term::atom("id"))
                        ? child.map_get(Term::atom("start"))
                        : nullptr;
    if (!s || !s->is_tuple(3)) return fail(tag("invalid_child_spec", child));
    auto get = [&](const char* key, Term fallback) {
      const Term* v = child.map_get(Term::atom(key));
      return v ? *v : fallback;
    };
    start = *s;
    restart = get("restart", Term::atom("permanent"));
    type = get("type", Term::atom("worker"));
    modules = get("modules", Term::list({start[0]}));
    shutdown = get("shutdown",
                   type.is_atom(Atom("supervisor")) ? Term(atoms::infinity) : Term::integer(5000));
  }
  if (!(start.is_tuple(3) && start[0].is_atom() && start[1].is_atom() && start[2].is_list()))
    return fail(tag("invalid_mfa", start));
  if (!restart_of(restart)) return fail(tag("invalid_restart_type", restart));
  if (!Shutdown::of(shutdown)) return fail(tag("invalid_shutdown", shutdown));
  if (!(type.is_atom(Atom("worker")) || type.is_atom(Atom("supervisor"))))
    return fail(tag("invalid_child_type", type));
  bool atoms_only = modules.is_list();
  if (atoms_only)
    for (const Term& m : modules.list_items()) atoms_only = atoms_only && m.is_atom();
  if (!modules.is_atom(Atom("dynamic")) && !atoms_only)
    return fail(tag("invalid_modules", modules));
  return Result(std::in_place_index<0>, Term::tuple({start, restart, shutdown, type, modules}));
}

// The frames under a start function's own when DynamicSupervisor.start_child/2 calls it
// (lib/dynamic_supervisor.ex's and gen_server.erl's lines); a restart keeps its own.
Term with_start_child_frames(const Term& stacktrace) {
  auto frame = [](const char* module, const char* function, int arity, std::string_view file,
                  uint32_t line) {
    return stack_frame(Term::atom(module), Term::atom(function), Term::integer(arity), file, line);
  };
  std::vector<Term> frames;
  for (const Term* c = &stacktrace; c->is_cons(); c = &c->tail()) frames.push_back(c->head());
  frames.push_back(
      frame("Elixir.DynamicSupervisor", "start_child", 3, "lib/dynamic_supervisor.ex", 745));
  frames.push_back(
      frame("Elixir.DynamicSupervisor", "handle_start_child", 2, "lib/dynamic_supervisor.ex", 731));
  frames.push_back(frame("gen_server", "try_handle_call", 4, "gen_server.erl", 1149));
  frames.push_back(frame("gen_server", "handle_msg", 6, "gen_server.erl", 1178));
  frames.push_back(frame("proc_lib", "init_p_do_apply", 3, "proc_lib.erl", 240));
  if (frames.size() > 8) frames.resize(8);  // the BEAM's backtrace depth
  return Term::list(frames);
}

// apply(M, F, A) as DynamicSupervisor's start_child/3 does.
Co<Term> start_mfa(Ctx& ctx, Term m, Term f, std::vector<Term> args, bool start_child) {
  Term r;
  std::optional<Raised> failed;
  try {
    r = co_await apply(ctx, m.atom_value(), f.atom_value(), std::move(args));
  } catch (const Raised& e) {
    failed = e;
    if (start_child) failed->stacktrace = with_start_child_frames(failed->stacktrace);
  }
  if (failed) co_return error(exit_reason_of(*failed));
  if ((r.is_tuple(2) || r.is_tuple(3)) && r[0].is_atom(atoms::ok) && r[1].is_pid()) co_return r;
  if (r.is_atom(Atom("ignore"))) co_return r;
  if (r.is_tuple(2) && r[0].is_atom(atoms::error)) co_return r;
  co_return error(r);
}

}  // namespace

// DynamicSupervisor.init/1: {:ok, flags}, the options with their defaults, unchecked (the
// supervisor checks them when it starts, as Elixir's does).
Term init_flags(const Term& options) {
  return ok(
      Term::map({{Term::atom("strategy"), opt(options, kStrategy, Term(kOneForOne))},
                 {Term::atom("intensity"), opt(options, kMaxRestarts, Term::integer(3))},
                 {Term::atom("period"), opt(options, kMaxSeconds, Term::integer(5))},
                 {Term::atom("max_children"), opt(options, kMaxChildren, Term(atoms::infinity))},
                 {Term::atom("extra_arguments"), opt(options, kExtraArguments, Term())}}));
}

namespace {

// [SECTION] The supervisor process --------------------------------------------------------

class Server final : public gen::Callbacks {
 public:
  Server(Atom module, Term name, Term task_defaults, bool module_based = false)
      : module_(module),
        name_(std::move(name)),
        task_defaults_(std::move(task_defaults)),
        module_based_(module_based) {}

  Atom module() const override { return module_; }
  bool frames() const override { return false; }
  std::optional<Term> reported_state(const Term&) const override { return std::nullopt; }

  // start_link/1 (and Task.Supervisor) give the options; a module-based supervisor's
  // flags come from its init/1, as DynamicSupervisor's own init/1 asks for them:
  // {:ok, flags} (a map), :ignore, or anything else as {:bad_return, {mod, :init, other}}.
  Co<Term> init(Ctx& ctx, Term arg) override {
    ctx_ = &ctx;
    ctx.trap_exit(true);
    // DynamicSupervisor.init/1 says it is a supervisor, as OTP's are; Task.Supervisor's
    // init/1 keeps its task defaults in the dictionary under its own name
    proc_lib::put(ctx, Term::atom("$initial_call"),
                  Term::tuple({Term::atom("supervisor"), Term(module_), Term::integer(1)}));
    if (task_defaults_.is_tuple(2)) proc_lib::put(ctx, Term(module_), task_defaults_);
    Term flags;
    if (module_based_) {
      args_ = arg;
      // (named first: g++ 12 destroys a temporary of a co_await expression twice)
      std::vector<Term> args{std::move(arg)};
      Term r = co_await apply(ctx, module_, Atom("init"), std::move(args));
      if (r.is_atom(Atom("ignore"))) co_return r;
      if (!(r.is_tuple(2) && r[0].is_atom(atoms::ok) && r[1].is_map()))
        co_return Term::tuple(
            {Term::atom("stop"),
             tag("bad_return", Term::tuple({Term(module_), Term::atom("init"), r}))});
      flags = r[1];
    } else {
      // start_link/1: Supervisor.Default's init/1 is given DynamicSupervisor.init(options)
      args_ = init_flags(arg);
      flags = args_[1];
    }
    if (auto bad = set_flags(flags))
      co_return Term::tuple({Term::atom("stop"), tag("supervisor_data", *bad)});
    co_return ok(Term(atoms::nil));
  }

  Co<Term> handle_call(Ctx&, Term request, Term, Term state) override {
    Term answer = co_await this->answer(request);
    co_return Term::tuple({Term::atom("reply"), std::move(answer), std::move(state)});
  }

  Co<Term> handle_cast(Ctx&, Term, Term state) override {
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  // {:EXIT, child, reason} (the parent's never comes here: the loop stops the supervisor);
  // {:"$gen_restart", pid}: a restart that failed to start, tried again
  Co<Term> handle_info(Ctx& ctx, Term m, Term state) override {
    if (is_exit(m)) {
      co_await handle_exit(m[1].pid(), m[2]);
    } else if (m.is_tuple(2) && m[0].is_atom(kGenRestart) && m[1].is_pid()) {
      auto i = find(m[1].pid());
      if (i && children_[*i].restarting) co_await restart(*i);
    } else {
      ctx.runtime().log(ctx.self(), "DynamicSupervisor received unexpected message: " + inspect(m));
    }
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  Co<Term> handle_continue(Ctx&, Term, Term state) override {
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  // Every child stops (all at once, as Elixir's terminate_children/2) before it exits.
  Co<Term> terminate(Ctx&, Term, Term) override {
    co_await terminate_children(in_pid_order());
    children_.clear();
    co_return Term(atoms::ok);
  }

  // DynamicSupervisor.code_change/3: init/1 again with the arguments it had, and its flags
  // taken ({:error, {:supervisor_data, why}} when refused); :ignore keeps everything; any
  // other return is the answer.
  Co<Term> code_change(Ctx& ctx, Term, Term state, Term) override {
    std::vector<Term> args{args_};
    Term r = co_await apply(ctx, module_, Atom("init"), std::move(args));
    if (r.is_tuple(2) && r[0].is_atom(atoms::ok) && r[1].is_map()) {
      if (auto bad = set_flags(r[1])) co_return error(tag("supervisor_data", *bad));
      co_return ok(std::move(state));
    }
    if (r.is_atom(Atom("ignore"))) co_return ok(std::move(state));
    co_return r;
  }

  // :sys.get_state/1: the %DynamicSupervisor{} Elixir keeps (children by pid, restarts
  // newest first, in seconds of the runtime's clock).
  Co<std::optional<Term>> format_status(Ctx&, Term, Term state) override {
    co_return gen::supervisor_format_status(state, module_);
  }

  Term sys_state(const Term&) const override {
    std::vector<std::pair<Term, Term>> kids;
    for (const Child& c : children_) {
      Term child = Term::tuple(
          {c.mfa, restart_term(c.restart), c.shutdown.term(), child_type_term(c.type), c.modules});
      if (c.restarting) child = Term::tuple({Term(kRestarting), child});
      kids.emplace_back(Term(c.pid), std::move(child));
    }
    std::vector<Term> restarts;
    for (auto it = intensity_.restarts.rbegin(); it != intensity_.restarts.rend(); ++it)
      restarts.push_back(Term::integer(*it));
    Term name = name_.is_atom(atoms::nil) ? Term::tuple({Term(ctx_->self()), Term(module_)})
                : name_.is_atom()         ? Term::tuple({Term::atom("local"), name_})
                                          : name_;
    return Term::map({{Term(atoms::__struct__), Term(kDynamicSupervisor)},
                      {Term::atom("args"), args_},
                      {Term::atom("extra_arguments"), extra_arguments_},
                      {Term::atom("mod"), Term(module_)},
                      {Term::atom("name"), name},
                      {Term::atom("strategy"), Term(kOneForOne)},
                      {Term::atom("max_children"), max_children_},
                      {Term::atom("max_restarts"), Term::integer(intensity_.max_restarts)},
                      {Term::atom("max_seconds"), Term::integer(intensity_.max_seconds)},
                      {Term::atom("children"), Term::map(std::move(kids))},
                      {Term::atom("restarts"), Term::list(restarts)}});
  }
  // :sys.replace_state/2: the fields of the struct a fun returned that the supervisor acts
  // on (args, mod, max_children, max_restarts, max_seconds, extra_arguments); its children
  // stay what the supervisor knows them to be.
  Term from_sys_state(Term given) override {
    if (!given.is_map()) return Term(atoms::nil);
    auto field = [&](const char* key) { return given.map_get(Term::atom(key)); };
    if (const Term* v = field("args")) args_ = *v;
    if (const Term* v = field("mod"); v && v->is_atom()) module_ = v->atom_value();
    if (const Term* v = field("max_children")) max_children_ = *v;
    if (const Term* v = field("extra_arguments"); v && v->is_list()) extra_arguments_ = *v;
    if (const Term* v = field("max_restarts"); v && v->is_small_int())
      intensity_.max_restarts = v->small_int();
    if (const Term* v = field("max_seconds"); v && v->is_small_int())
      intensity_.max_seconds = v->small_int();
    return Term(atoms::nil);
  }

  // For observers (supervisor_status.hpp), when they ask.
  // DynamicSupervisor children have no ids (which_children shows :undefined).
  Term status(const Term&) const override {
    std::vector<SupervisorChildStatus> kids;
    for (const Child& c : children_)
      kids.push_back({Term(atoms::undefined), c.restarting ? Term(kRestarting) : Term(c.pid),
                      c.restart, c.type});
    return supervisor_status_term(kOneForOne, intensity_, kids);
  }

 private:
  // The flags map as DynamicSupervisor's init/2 reads it (its defaults: intensity 1, period
  // 5, which init/1's 3 and 5 override).
  std::optional<Term> set_flags(const Term& flags) {
    auto get = [&](const char* key, Term fallback) {
      const Term* v = flags.map_get(Term::atom(key));
      return v ? *v : fallback;
    };
    Term strategy = get("strategy", Term(kOneForOne));
    if (!strategy.is_atom(kOneForOne)) return tag("invalid_strategy", strategy);
    Term restarts = get("intensity", Term::integer(1));
    if (!restarts.is_small_int() || restarts.small_int() < 0)
      return tag("invalid_intensity", restarts);
    Term seconds = get("period", Term::integer(5));
    if (!seconds.is_small_int() || seconds.small_int() <= 0) return tag("invalid_period", seconds);
    Term max_children = get("max_children", Term(atoms::infinity));
    if (!(max_children.is_atom(atoms::infinity) ||
          (max_children.is_small_int() && max_children.small_int() >= 0)))
      return tag("invalid_max_children", max_children);
    Term extra_arguments = get("extra_arguments", Term());
    if (!extra_arguments.is_list()) return tag("invalid_extra_arguments", extra_arguments);
    // (all checked: a refused change, :sys.change_code's, leaves the supervisor as it was)
    max_children_ = max_children;
    extra_arguments_ = extra_arguments;
    intensity_.max_restarts = restarts.small_int();
    intensity_.max_seconds = seconds.small_int();
    return std::nullopt;
  }

  std::optional<size_t> find(Pid pid) const {
    for (size_t i = 0; i < children_.size(); ++i)
      if (children_[i].pid == pid) return i;
    return std::nullopt;
  }
  void erase(size_t i) { children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(i)); }

  // Children in the order Elixir's map of pids lists them (by pid).
  std::vector<size_t> in_pid_order() const {
    std::vector<size_t> order(children_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return compare(Term(children_[a].pid), Term(children_[b].pid)) < 0;
    });
    return order;
  }

  std::vector<Term> args_with_extra(const Term& args) const {
    std::vector<Term> all = extra_arguments_.list_items();
    for (Term& a : args.list_items()) all.push_back(std::move(a));
    return all;
  }

  void report(logger::SupervisorContext context, const Term& reason, const Child& c, Term pid) {
    Term args = c.mfa[2].is_list() ? Term::list(args_with_extra(c.mfa[2])) : c.mfa[2];
    logger::SupervisorReport r{logger::supervisor_name(name_, ctx_->self(), module_),
                               context,
                               reason,
                               std::move(pid),
                               Term(atoms::undefined),
                               Term::tuple({c.mfa[0], c.mfa[1], args}),
                               restart_term(c.restart),
                               c.shutdown.term(),
                               child_type_term(c.type)};
    ctx_->runtime().log(ctx_->self(), logger::supervisor_report(r));
  }

  // [SECTION] stopping children

  // Stop the given children all at once (Elixir's terminate_children/2):
  // monitor each, send :shutdown (or :kill for :brutal_kill), kill those
  // still alive when their shutdown time is up, and report unexpected reasons.
  Co<void> terminate_children(std::vector<size_t> which) {
    struct Waiting {
      size_t child;
      Ref mon;
      int64_t deadline_ms;  // kInfinity: no kill timer
    };
    std::vector<Waiting> waiting;
    std::map<size_t, Term> errors;  // child -> unexpected reason
    auto expected = [&](const Child& c, const Term& reason) {
      if (c.shutdown.kind == Shutdown::Kind::brutal_kill) return reason.is_atom(atoms::killed);
      return reason.is_atom(atoms::shutdown) ||
             (reason.is_tuple(2) && reason[0].is_atom(atoms::shutdown)) ||
             (reason.is_atom(atoms::normal) && c.restart != Restart::permanent);
    };
    for (size_t i : which) {
      const Child& c = children_[i];
      if (c.restarting) continue;
      Ref mon = ctx_->monitor(Term(c.pid));
      ctx_->unlink(c.pid);
      Pid pid = c.pid;
      auto exit_msg = co_await ctx_->receive([pid](const Term& m) { return is_exit(m, pid); }, 0);
      if (exit_msg) {
        // it had already exited: wait for its :DOWN, report how it ended
        co_await ctx_->receive([mon](const Term& m) { return is_down(m, mon); });
        const Term& reason = (*exit_msg)[2];
        if (!(reason.is_atom(atoms::normal) && c.restart != Restart::permanent)) errors[i] = reason;
        continue;
      }
      int64_t deadline = kInfinity;
      switch (c.shutdown.kind) {
        case Shutdown::Kind::brutal_kill:
          ctx_->exit(pid, Term(atoms::kill));
          break;
        case Shutdown::Kind::infinity:
          ctx_->exit(pid, Term(atoms::shutdown));
          break;
        case Shutdown::Kind::timeout:
          ctx_->exit(pid, Term(atoms::shutdown));
          deadline = ctx_->now_ms() + c.shutdown.ms;
          break;
      }
      waiting.push_back({i, mon, deadline});
    }
    while (!waiting.empty()) {
      int64_t next = kInfinity;
      for (const auto& w : waiting)
        if (w.deadline_ms != kInfinity && (next == kInfinity || w.deadline_ms < next))
          next = w.deadline_ms;
      int64_t timeout = next == kInfinity ? kInfinity : std::max<int64_t>(1, next - ctx_->now_ms());
      auto m = co_await ctx_->receive(
          [&waiting](const Term& msg) {
            if (!is_down(msg)) return false;
            for (const auto& w : waiting)
              if (w.mon == msg[1].ref()) return true;
            return false;
          },
          timeout);
      if (!m) {
        for (auto& w : waiting) {
          if (w.deadline_ms != kInfinity && w.deadline_ms <= ctx_->now_ms()) {
            ctx_->exit(children_[w.child].pid, Term(atoms::kill));
            w.deadline_ms = kInfinity;
          }
        }
        continue;
      }
      auto it = std::find_if(waiting.begin(), waiting.end(),
                             [&](const Waiting& w) { return w.mon == (*m)[1].ref(); });
      const Term& reason = (*m)[4];
      if (!expected(children_[it->child], reason)) errors[it->child] = reason;
      waiting.erase(it);
    }
    for (const auto& [i, reason] : errors)
      report(logger::SupervisorContext::shutdown_error, reason, children_[i],
             Term(children_[i].pid));
  }

  // [SECTION] restarts

  Co<void> handle_exit(Pid pid, const Term& reason) {
    auto found = find(pid);
    if (!found) co_return;
    size_t i = *found;
    const AfterExit then = after_exit(children_[i].restart, reason);
    if (then != AfterExit::let_go)
      report(logger::SupervisorContext::child_terminated, reason, children_[i], Term(pid));
    if (then == AfterExit::report_and_restart)
      co_await restart(i);
    else
      erase(i);
  }

  Co<void> restart(size_t i) {
    if (!intensity_.add(ctx_->now_ms() / 1000)) {
      report(logger::SupervisorContext::shutdown, Term::atom("reached_max_restart_intensity"),
             children_[i], Term(children_[i].pid));
      erase(i);
      // gen_server stops the supervisor: its terminate/2 stops the other children
      exit_with(Term(atoms::shutdown));
    }
    Child c = children_[i];
    Term r = co_await start_mfa(*ctx_, c.mfa[0], c.mfa[1], args_with_extra(c.mfa[2]), false);
    i = *find(c.pid);
    if (r.is_tuple() && r[0].is_atom(atoms::ok)) {
      children_[i].pid = r[1].pid();
      children_[i].restarting = false;
      Runtime& rt = ctx_->runtime();
      rt.trace().record(rt.now_us(), EventKind::restart, ctx_->self(), r[1].pid(),
                        Term(atoms::undefined));
    } else if (r.is_atom(Atom("ignore"))) {
      erase(i);
    } else {
      report(logger::SupervisorContext::start_error, r[1], c, tag("restarting", Term(c.pid)));
      children_[i].restarting = true;
      ctx_->send(ctx_->self(), Term::tuple({Term(kGenRestart), Term(c.pid)}));
    }
  }

  // [SECTION] calls

  Co<Term> answer(const Term& request) {
    if (request.is_atom(kWhichChildren)) {
      std::vector<Term> out;
      for (size_t i : in_pid_order()) {
        const Child& c = children_[i];
        out.push_back(
            Term::tuple({Term(atoms::undefined), c.restarting ? Term(kRestarting) : Term(c.pid),
                         child_type_term(c.type), c.modules}));
      }
      co_return Term::list(out);
    }
    if (request.is_atom(kCountChildren)) {
      int64_t active = 0, supervisors = 0, workers = 0;
      for (const Child& c : children_) {
        if (!c.restarting) ++active;
        (c.type == ChildType::supervisor ? supervisors : workers)++;
      }
      co_return Term::list(
          {Term::tuple({Term(kSpecs), Term::integer(static_cast<int64_t>(children_.size()))}),
           Term::tuple({Term(kActive), Term::integer(active)}),
           Term::tuple({Term(kSupervisors), Term::integer(supervisors)}),
           Term::tuple({Term(kWorkers), Term::integer(workers)})});
    }
    if (request.is_tuple(2) && request[0].is_atom(kTerminateChild)) {
      auto i = request[1].is_pid() ? find(request[1].pid()) : std::nullopt;
      if (!i) co_return error(Term::atom("not_found"));
      co_await terminate_children(std::vector<size_t>(1, *i));
      erase(*i);
      co_return Term(atoms::ok);
    }
    if (request.is_tuple(2) && request[0].is_atom(kStartChild))
      co_return co_await start_child(request[1]);
    if (request.is_tuple(4) && request[0].is_atom(kStartTask) && task_defaults_.is_tuple(2)) {
      Term restart = request[2].truthy() ? request[2] : task_defaults_[0];
      Term shutdown = request[3].truthy() ? request[3] : task_defaults_[1];
      Term child = Term::tuple(
          {Term::tuple({Term(kTaskSupervised), Term::atom("start_link"), request[1]}), restart,
           shutdown, Term::atom("worker"), Term::list({Term(kTaskSupervised)})});
      co_return co_await start_child(std::move(child));
    }
    co_return error(Term::atom("unknown_call"));
  }

  // {mfa, restart, shutdown, type, modules}
  Co<Term> start_child(Term child) {
    if (max_children_.is_small_int() &&
        static_cast<int64_t>(children_.size()) >= max_children_.small_int())
      co_return error(Term::atom("max_children"));
    const Term& mfa = child[0];
    Term r = co_await start_mfa(*ctx_, mfa[0], mfa[1], args_with_extra(mfa[2]), true);
    if (r.is_tuple() && r[0].is_atom(atoms::ok)) {
      Child c;
      c.pid = r[1].pid();
      c.restart = restart_of(child[1]).value_or(Restart::permanent);
      // a temporary child is never restarted, so its arguments are not kept
      c.mfa = c.restart == Restart::temporary
                  ? Term::tuple({mfa[0], mfa[1], Term(atoms::undefined)})
                  : mfa;
      c.shutdown = Shutdown::of(child[2]).value_or(Shutdown::after(5000));
      c.type = child[3].is_atom(Atom("supervisor")) ? ChildType::supervisor : ChildType::worker;
      c.modules = child[4];
      children_.push_back(std::move(c));
    }
    co_return r;
  }

  Ctx* ctx_ = nullptr;  // the supervisor's own, from init on
  Atom module_;
  Term name_;
  Term task_defaults_;
  Term max_children_ = Term(atoms::infinity);
  Term extra_arguments_;
  bool module_based_ = false;  // start_link/2,3: the flags come from module_.init/1
  Term args_;                  // what module_.init/1 is given (at start, at a code change)
  RestartIntensity intensity_;
  std::vector<Child> children_;
};

Co<Term> call(Ctx& ctx, const Term& sup, Term request) {
  co_return co_await gen::call(ctx, sup, std::move(request), Term(atoms::infinity));
}

// A DynamicSupervisor is a gen_server of module DynamicSupervisor: {DynamicSupervisor, :init, 1}
// until its init/1 runs.
proc_lib::StartOptions initial_options(Term spawn_opt) {
  return {Term::tuple({Term(kDynamicSupervisor), Term::atom("init"), Term::integer(1)}),
          std::move(spawn_opt), Term()};
}

}  // namespace

// [SECTION] The API ---------------------------------------------------------------------------

Co<Term> start_link(Ctx& ctx, Atom module, Term options, Term task_defaults) {
  Term name = opt(options, kName, Term(atoms::nil));
  // labelled DynamicSupervisor, or Task.Supervisor for a task supervisor
  Atom label = task_defaults.is_tuple(2) ? module : kDynamicSupervisor;
  // (named first: g++ 12 destroys a temporary of a co_await expression twice)
  std::function<std::unique_ptr<gen::Callbacks>()> make = [module, name, task_defaults] {
    return std::make_unique<Server>(module, name, task_defaults);
  };
  Term spawn_opt = gen::spawn_opt(options);
  co_return co_await gen::start(ctx, std::move(make), std::move(options), name, true, label,
                                initial_options(std::move(spawn_opt)));
}

Co<Term> start_link(Ctx& ctx, Term options) {
  co_return co_await start_link(ctx, kDefault, std::move(options), Term(atoms::nil));
}

Co<Term> start_link(Ctx& ctx, Term module, Term init_arg, Term options) {
  if (!module.is_atom()) raise(argument_error("expected a module, got: " + inspect(module)));
  Term name = opt(options, kName, Term(atoms::nil));
  Atom m = module.atom_value();
  std::function<std::unique_ptr<gen::Callbacks>()> make = [m, name] {
    return std::make_unique<Server>(m, name, Term(atoms::nil), true);
  };
  co_return co_await gen::start(ctx, std::move(make), std::move(init_arg), name, true,
                                kDynamicSupervisor, initial_options(gen::spawn_opt(options)));
}

Co<Term> start_child(Ctx& ctx, Term sup, Term child) {
  Term spec = co_await child_spec::normalize(ctx, std::move(child));
  auto tuple = child_tuple(spec);
  if (tuple.index() == 1) co_return error(std::get<1>(tuple));
  Term request = Term::tuple({Term(kStartChild), std::get<0>(tuple)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> terminate_child(Ctx& ctx, Term sup, Term pid) {
  Term request = Term::tuple({Term(kTerminateChild), std::move(pid)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> which_children(Ctx& ctx, Term sup) {
  co_return co_await call(ctx, sup, Term(kWhichChildren));
}

Co<Term> count_children(Ctx& ctx, Term sup) {
  Term counts = co_await call(ctx, sup, Term(kCountChildren));
  std::vector<std::pair<Term, Term>> pairs;
  for (const Term& kv : counts.list_items()) pairs.emplace_back(kv[0], kv[1]);
  co_return Term::map(std::move(pairs));
}

Co<Term> stop(Ctx& ctx, Term sup, Term reason, Term timeout) {
  co_return co_await gen::stop(ctx, std::move(sup), std::move(reason), std::move(timeout));
}

Term child_spec(Term options) {
  Term id = opt(options, kName, Term(kDynamicSupervisor));
  return Term::map(
      {{Term::atom("id"), id},
       {Term::atom("start"),
        Term::tuple({Term(kDynamicSupervisor), Term::atom("start_link"), Term::list({options})})},
       {Term::atom("type"), Term::atom("supervisor")}});
}

// [SECTION] Registry --------------------------------------------------------------------------

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](const char* name, uint32_t arity, auto f) {
    m.define(kDynamicSupervisor, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  def("start_link", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0]); });
  def("start_link", 2, [](Ctx& c, Args a) -> Co<Term> {
    co_return co_await start_link(c, a[0], a[1], Term::list({}));
  });
  def("start_link", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0], a[1], a[2]); });
  def("init", 1, [](Ctx&, Args a) -> Co<Term> { co_return init_flags(a[0]); });
  def("start_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_child(c, a[0], a[1]); });
  def("terminate_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await terminate_child(c, a[0], a[1]); });
  def("which_children", 1,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await which_children(c, a[0]); });
  def("count_children", 1,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await count_children(c, a[0]); });
  def("stop", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0]); });
  def("stop", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1]); });
  def("stop", 3, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1], a[2]); });
  def("child_spec", 1, [](Ctx&, Args a) -> Co<Term> { co_return child_spec(a[0]); });
}

}  // namespace taskplay::dynamic_supervisor
