#include "taskplay/supervisor.hpp"

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
#include "taskplay/restart_intensity.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/server_names.hpp"
#include "taskplay/supervisor_status.hpp"

namespace taskplay::supervisor {

namespace {

const Atom kSupervisor("Elixir.Supervisor");
const Atom kDefault("Elixir.Supervisor.Default");
const Atom kInit("init");
const Atom kStrategy("strategy"), kMaxRestarts("max_restarts"), kMaxSeconds("max_seconds"),
    kName("name"), kIntensity("intensity"), kPeriod("period");
const Atom kOneForOne("one_for_one"), kOneForAll("one_for_all"), kRestForOne("rest_for_one");
const Atom kRestarting("restarting"), kIgnore("ignore");
const Atom kGenCast("$gen_cast"), kTryAgain("try_again_restart");
const Atom kWhichChildren("which_children"), kCountChildren("count_children"),
    kTerminateChild("terminate_child"), kRestartChild("restart_child"),
    kDeleteChild("delete_child"), kStartChild("start_child");
const Atom kSpecs("specs"), kActive("active"), kSupervisors("supervisors"), kWorkers("workers");

Term ok(Term v) { return Term::tuple({Term(atoms::ok), std::move(v)}); }
Term error(Term v) { return Term::tuple({Term(atoms::error), std::move(v)}); }
Term tag(const char* t, Term v) { return Term::tuple({Term::atom(t), std::move(v)}); }

// What starting a child gave (OTP's do_start_child_i).
struct Started {
  Term pid;    // the child's pid, or :undefined for :ignore
  Term reply;  // what start_child/restart_child reply: {:ok, pid} / {:ok, pid, info} / {:ok,
               // :undefined}
  std::optional<Term> error;  // the reason, when it failed
};

// Where OTP 25's supervisor starts a child: the frames under the start function's own in
// the stack trace of what it raised (supervisor.erl's and gen_server.erl's lines).
enum class Site { init, start_child, restart_child, restart };
Term frame(const char* module, const char* function, int arity, std::string_view file,
           uint32_t line) {
  return stack_frame(Term::atom(module), Term::atom(function), Term::integer(arity), file, line);
}
Term with_frames(const Term& stacktrace, Site site) {
  if (site == Site::restart) return stacktrace;
  std::vector<Term> frames;
  for (const Term* c = &stacktrace; c->is_cons(); c = &c->tail()) frames.push_back(c->head());
  frames.push_back(frame("supervisor", "do_start_child_i", 3, "supervisor.erl", 414));
  frames.push_back(frame("supervisor", "do_start_child", 2, "supervisor.erl", 400));
  if (site == Site::init) {
    frames.push_back(frame("supervisor", "-start_children/2-fun-0-", 3, "supervisor.erl", 384));
    frames.push_back(frame("supervisor", "children_map", 4, "supervisor.erl", 1250));
    frames.push_back(frame("supervisor", "init_children", 2, "supervisor.erl", 350));
    frames.push_back(frame("gen_server", "init_it", 2, "gen_server.erl", 851));
    frames.push_back(frame("gen_server", "init_it", 6, "gen_server.erl", 814));
  } else {
    if (site == Site::start_child)
      frames.push_back(frame("supervisor", "handle_start_child", 2, "supervisor.erl", 706));
    frames.push_back(frame("supervisor", "handle_call", 3, "supervisor.erl",
                           site == Site::start_child ? 455 : 482));
    frames.push_back(frame("gen_server", "try_handle_call", 4, "gen_server.erl", 1149));
    frames.push_back(frame("gen_server", "handle_msg", 6, "gen_server.erl", 1178));
  }
  frames.push_back(frame("proc_lib", "init_p_do_apply", 3, "proc_lib.erl", 240));
  if (frames.size() > 8) frames.resize(8);  // the BEAM's backtrace depth
  return Term::list(frames);
}

// apply(M, F, A) in the supervisor, as `catch apply(M, F, A)`: a raise or an
// exit becomes {:EXIT, reason}, a throw is taken as the returned value.
Co<Started> start_mfa(Ctx& ctx, Term mfa, Site site) {
  Term r;
  std::optional<Raised> failed;
  try {
    r = co_await apply(ctx, mfa[0].atom_value(), mfa[1].atom_value(), mfa[2].list_items());
  } catch (const Raised& e) {
    failed = e;
    failed->stacktrace = with_frames(failed->stacktrace, site);
  }
  if (failed) {
    if (failed->kind != RaiseKind::throw_)
      co_return Started{Term(atoms::undefined), Term(), tag("EXIT", exit_reason_of(*failed))};
    r = failed->value;
  }
  if ((r.is_tuple(2) || r.is_tuple(3)) && r[0].is_atom(atoms::ok) && r[1].is_pid())
    co_return Started{r[1], r, std::nullopt};
  if (r.is_atom(Atom("ignore")))
    co_return Started{Term(atoms::undefined), ok(Term(atoms::undefined)), std::nullopt};
  if (r.is_tuple(2) && r[0].is_atom(atoms::error)) co_return Started{Term(), Term(), r[1]};
  co_return Started{Term(), Term(), r};
}

struct Child {
  ChildSpec spec;
  Term pid;  // a pid, :undefined, or :restarting
};

Term count_children_reply(const std::vector<Child>& children) {
  int64_t active = 0, supervisors = 0, workers = 0;
  for (const Child& c : children) {
    if (c.pid.is_pid()) ++active;
    (c.spec.type == ChildType::supervisor ? supervisors : workers)++;
  }
  return Term::list(
      {Term::tuple({Term(kSpecs), Term::integer(static_cast<int64_t>(children.size()))}),
       Term::tuple({Term(kActive), Term::integer(active)}),
       Term::tuple({Term(kSupervisors), Term::integer(supervisors)}),
       Term::tuple({Term(kWorkers), Term::integer(workers)})});
}

// [SECTION] The supervisor process -------------------------------------------------------

class Server final : public gen::Callbacks {
 public:
  Server(Atom module, Term name) : module_(module), name_(std::move(name)) {}

  Atom module() const override { return module_; }
  bool frames() const override { return false; }
  std::optional<Term> reported_state(const Term&) const override { return std::nullopt; }

  Co<Term> init(Ctx& ctx, Term init_arg) override {
    ctx_ = &ctx;
    init_arg_ = init_arg;
    ctx.trap_exit(true);
    bool started = co_await start(std::move(init_arg));
    if (!started) co_return Term(kIgnore);
    co_return ok(Term(atoms::nil));
  }

  Co<Term> handle_call(Ctx&, Term request, Term, Term state) override {
    Term answer = co_await this->answer(request);
    co_return Term::tuple({Term::atom("reply"), std::move(answer), std::move(state)});
  }

  // OTP's try_again_restart: a restart that failed to start, tried again
  Co<Term> handle_cast(Ctx&, Term request, Term state) override {
    if (request.is_tuple(2) && request[0].is_atom(kTryAgain)) {
      auto i = find(request[1]);
      if (i && children_[*i].pid.is_atom(kRestarting)) co_await restart(*i);
    }
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  // {:EXIT, child, reason}: restart as the child's restart type and the strategy say
  // (the parent's exit never comes here: the loop stops the supervisor)
  Co<Term> handle_info(Ctx& ctx, Term message, Term state) override {
    if (is_exit(message)) {
      co_await handle_exit(message);
    } else {
      ctx.runtime().log(ctx.self(), "Supervisor received unexpected message: " + inspect(message));
    }
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  Co<Term> handle_continue(Ctx&, Term, Term state) override {
    co_return Term::tuple({Term::atom("noreply"), std::move(state)});
  }

  // Every child stops, newest first, before the supervisor exits.
  Co<Term> terminate(Ctx&, Term, Term) override {
    co_await terminate_children(0);
    co_return Term(atoms::ok);
  }

  // :sys.get_state/1 and get_status/1's State: OTP's #state{} record, {:state, name,
  // strategy, {ids newest first, %{id => #child{}}}, :undefined, intensity, period, restarts
  // (newest first), 0, :never, module, init argument}
  Co<std::optional<Term>> format_status(Ctx&, Term, Term state) override {
    co_return gen::supervisor_format_status(state, module_);
  }

  Term sys_state(const Term&) const override {
    static const Atom names[] = {kOneForOne, kOneForAll, kRestForOne};
    Term name = Term::tuple({Term(ctx_->self()), Term(module_)});
    if (name_.is_atom() && !name_.is_atom(atoms::nil))
      name = Term::tuple({Term::atom("local"), name_});
    else if (name_.is_tuple())
      name = name_;
    std::vector<Term> ids;
    std::vector<std::pair<Term, Term>> records;
    for (auto c = children_.rbegin(); c != children_.rend(); ++c) {
      ids.push_back(c->spec.id);
      records.emplace_back(c->spec.id, c->spec.record(c->pid));
    }
    std::vector<Term> restarts;
    for (auto r = intensity_.restarts.rbegin(); r != intensity_.restarts.rend(); ++r)
      restarts.push_back(Term::integer(*r));
    return Term::tuple({Term::atom("state"), name, Term(names[static_cast<int>(strategy_)]),
                        Term::tuple({Term::list(ids), Term::map(std::move(records))}),
                        Term(atoms::undefined), Term::integer(intensity_.max_restarts),
                        Term::integer(intensity_.max_seconds), Term::list(restarts),
                        Term::integer(0), Term::atom("never"), Term(module_), init_arg_});
  }

  // For observers (supervisor_status.hpp), when they ask.
  Term status(const Term&) const override {
    static const Atom names[] = {kOneForOne, kOneForAll, kRestForOne};
    std::vector<SupervisorChildStatus> kids;
    for (const Child& c : children_)
      kids.push_back({c.spec.id, c.pid, c.spec.restart, c.spec.type});
    return supervisor_status_term(names[static_cast<int>(strategy_)], intensity_, kids);
  }

 private:
  // [SECTION] init

  // Fails the start: gen_server acks {:error, reason}, and the supervisor exits with it.
  [[noreturn]] void fail_init(Term reason) { exit_with(std::move(reason)); }

  // The module's init/1 (Supervisor.Default's for start_link/2), the flags, the children
  // started in order; false for :ignore.
  Co<bool> start(Term init_arg) {
    Term init = init_arg;
    if (module_ != kDefault) {
      std::optional<Raised> failed;
      try {
        std::vector<Term> args{init_arg};
        init = co_await apply(*ctx_, module_, kInit, std::move(args));
      } catch (const Raised& e) {
        failed = e;
      }
      if (failed) {
        if (failed->kind != RaiseKind::throw_) fail_init(exit_reason_of(*failed));
        init = failed->value;
      }
    }
    if (init.is_atom(Atom("ignore"))) co_return false;
    if (!(init.is_tuple(2) && init[0].is_atom(atoms::ok) && init[1].is_tuple(2) &&
          init[1][1].is_list()))
      fail_init(tag("bad_return", Term::tuple({Term(module_), Term(kInit), init})));
    if (auto bad = set_flags(init[1][0])) fail_init(tag("supervisor_data", *bad));
    std::vector<Term> maps = init[1][1].list_items();
    for (const Term& map : maps) {
      auto spec = child_spec::validate(map);
      if (auto* why = std::get_if<Term>(&spec)) fail_init(tag("start_spec", *why));
      ChildSpec& s = std::get<ChildSpec>(spec);
      if (find(s.id)) fail_init(tag("start_spec", tag("duplicate_child_name", s.id)));
      children_.push_back(Child{std::move(s), Term(atoms::undefined)});
    }
    // Start the children in order; the first failure stops the ones started.
    for (size_t i = 0; i < children_.size();) {
      Started r = co_await start_mfa(*ctx_, children_[i].spec.start, Site::init);
      if (r.error) {
        report(logger::SupervisorContext::start_error, *r.error, children_[i],
               Term(atoms::undefined));
        Term id = children_[i].spec.id;
        children_.resize(i);
        co_await terminate_children(0);
        fail_init(
            tag("shutdown", Term::tuple({Term::atom("failed_to_start_child"), id, *r.error})));
      }
      if (r.pid.is_atom(atoms::undefined) && children_[i].spec.restart == Restart::temporary) {
        children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      children_[i].pid = r.pid;
      ++i;
    }
    co_return true;
  }

  // The flags map %{strategy:, intensity:, period:}; the error, if any.
  std::optional<Term> set_flags(const Term& flags) {
    const Term* s = flags.is_map() ? flags.map_get(Term(kStrategy)) : nullptr;
    if (!s) return tag("invalid_strategy", Term(atoms::nil));
    if (s->is_atom(kOneForOne))
      strategy_ = Strategy::one_for_one;
    else if (s->is_atom(kOneForAll))
      strategy_ = Strategy::one_for_all;
    else if (s->is_atom(kRestForOne))
      strategy_ = Strategy::rest_for_one;
    else
      return tag("invalid_strategy", *s);
    if (const Term* i = flags.map_get(Term(kIntensity))) {
      if (!i->is_small_int() || i->small_int() < 0) return tag("invalid_intensity", *i);
      intensity_.max_restarts = i->small_int();
    }
    if (const Term* p = flags.map_get(Term(kPeriod))) {
      if (!p->is_small_int() || p->small_int() <= 0) return tag("invalid_period", *p);
      intensity_.max_seconds = p->small_int();
    }
    return std::nullopt;
  }

  // [SECTION] children

  std::optional<size_t> find(const Term& id) const {
    for (size_t i = 0; i < children_.size(); ++i)
      if (children_[i].spec.id == id) return i;
    return std::nullopt;
  }
  std::optional<size_t> find_pid(Pid pid) const {
    for (size_t i = 0; i < children_.size(); ++i)
      if (children_[i].pid.is_pid() && children_[i].pid.pid() == pid) return i;
    return std::nullopt;
  }

  // A child that is no longer running: forgotten if temporary, else kept with pid :undefined.
  void del_child(size_t i) {
    if (children_[i].spec.restart == Restart::temporary)
      children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(i));
    else
      children_[i].pid = Term(atoms::undefined);
  }

  void report(logger::SupervisorContext context, const Term& reason, const Child& c, Term pid) {
    logger::SupervisorReport r{logger::supervisor_name(name_, ctx_->self(), module_),
                               context,
                               reason,
                               std::move(pid),
                               c.spec.id,
                               c.spec.start,
                               restart_term(c.spec.restart),
                               c.spec.shutdown.term(),
                               child_type_term(c.spec.type)};
    ctx_->runtime().log(ctx_->self(), logger::supervisor_report(r));
  }

  void trace_restart(Pid child, const Term& id) {
    Runtime& rt = ctx_->runtime();
    rt.trace().record(rt.now_us(), EventKind::restart, ctx_->self(), child, id);
  }

  // Stop child i (OTP's shutdown/2): exit(child, :shutdown) and wait for its
  // :DOWN, killing it after its shutdown timeout; :brutal_kill kills at once.
  // An unexpected reason is reported ("shut down abnormally"). Its pid
  // becomes :undefined.
  Co<void> shutdown_child(size_t i) {
    if (!children_[i].pid.is_pid()) {
      children_[i].pid = Term(atoms::undefined);
      co_return;
    }
    Pid pid = children_[i].pid.pid();
    const Shutdown how = children_[i].spec.shutdown;
    Ref mon = ctx_->monitor(Term(pid));
    auto down_of = [mon](const Term& m) { return is_down(m, mon); };
    ctx_->exit(pid, Term(how.kind == Shutdown::Kind::brutal_kill ? atoms::kill : atoms::shutdown));
    int64_t wait = how.kind == Shutdown::Kind::timeout ? how.ms : kInfinity;
    auto down = co_await ctx_->receive(down_of, wait);
    bool killed_after_timeout = false;
    if (!down) {
      ctx_->exit(pid, Term(atoms::kill));
      down = co_await ctx_->receive(down_of);
      killed_after_timeout = true;
    }
    // unlink_flush: the {:EXIT, child, reason} (already here: links go before
    // monitors) has the reason to report.
    Term reason = (*down)[4];
    ctx_->unlink(pid);
    auto exit_msg = co_await ctx_->receive([pid](const Term& m) { return is_exit(m, pid); }, 0);
    if (exit_msg) reason = (*exit_msg)[2];
    const bool permanent = children_[i].spec.restart == Restart::permanent;
    bool expected;
    if (how.kind == Shutdown::Kind::brutal_kill)
      expected = reason.is_atom(atoms::killed) || (!permanent && is_clean_stop(reason));
    else
      expected = reason.is_atom(atoms::shutdown) || (!permanent && (is_clean_stop(reason)));
    (void)killed_after_timeout;
    if (!expected)
      report(logger::SupervisorContext::shutdown_error, reason, children_[i], Term(pid));
    children_[i].pid = Term(atoms::undefined);
  }

  // Stop children_[from..], newest first; temporary ones are forgotten.
  Co<void> terminate_children(size_t from) {
    for (size_t i = children_.size(); i-- > from;) {
      co_await shutdown_child(i);
      if (children_[i].spec.restart == Restart::temporary)
        children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  // [SECTION] restarts

  Co<void> handle_exit(const Term& m) {
    Pid from = m[1].pid();
    const Term& reason = m[2];
    auto found = find_pid(from);
    if (!found) co_return;
    size_t i = *found;
    children_[i].pid = Term(atoms::undefined);
    const AfterExit then = after_exit(children_[i].spec.restart, reason);
    if (then != AfterExit::let_go)
      report(logger::SupervisorContext::child_terminated, reason, children_[i], Term(from));
    if (then == AfterExit::report_and_restart)
      co_await restart(i);
    else
      del_child(i);
  }

  Co<void> restart(size_t i) {
    if (!intensity_.add(ctx_->now_ms() / 1000)) {
      report(logger::SupervisorContext::shutdown, Term::atom("reached_max_restart_intensity"),
             children_[i], Term(atoms::undefined));
      del_child(i);
      // gen_server stops the supervisor: its terminate/2 stops the other children
      exit_with(Term(atoms::shutdown));
    }
    Term id = children_[i].spec.id;
    std::optional<Term> failed_id;
    switch (strategy_) {
      case Strategy::one_for_one: {
        Started r = co_await start_mfa(*ctx_, children_[i].spec.start, Site::restart);
        if (r.error) {
          report(logger::SupervisorContext::start_error, *r.error, children_[i],
                 Term(atoms::undefined));
          children_[i].pid = Term(kRestarting);
          failed_id = id;
        } else {
          children_[i].pid = r.pid;
          if (r.pid.is_pid()) trace_restart(r.pid.pid(), id);
        }
        break;
      }
      case Strategy::one_for_all:
        children_[i].pid = Term(atoms::undefined);
        co_await terminate_children(0);
        failed_id = co_await start_children(0);
        break;
      case Strategy::rest_for_one:
        children_[i].pid = Term(atoms::undefined);
        co_await terminate_children(i);
        failed_id = co_await start_children(*find(id));
        break;
    }
    // OTP's try_again_restart: a restart that failed to start is tried again,
    // through the restart intensity, from the supervisor's mailbox.
    if (failed_id)
      ctx_->send(ctx_->self(),
                 Term::tuple({Term(kGenCast), Term::tuple({Term(kTryAgain), *failed_id})}));
  }

  // Start children_[from..] in order (after one_for_all / rest_for_one
  // stopped them). Stops at the first that fails, marks it :restarting and
  // returns its id.
  Co<std::optional<Term>> start_children(size_t from) {
    for (size_t j = from; j < children_.size();) {
      Started r = co_await start_mfa(*ctx_, children_[j].spec.start, Site::restart);
      if (r.error) {
        report(logger::SupervisorContext::start_error, *r.error, children_[j],
               Term(atoms::undefined));
        children_[j].pid = Term(kRestarting);
        co_return children_[j].spec.id;
      }
      if (r.pid.is_atom(atoms::undefined) && children_[j].spec.restart == Restart::temporary) {
        children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(j));
        continue;
      }
      children_[j].pid = r.pid;
      if (r.pid.is_pid()) trace_restart(r.pid.pid(), children_[j].spec.id);
      ++j;
    }
    co_return std::nullopt;
  }

  // [SECTION] calls

  Co<Term> answer(const Term& request) {
    if (request.is_atom(kWhichChildren)) {
      std::vector<Term> out;
      for (size_t i = children_.size(); i-- > 0;) {
        const Child& c = children_[i];
        out.push_back(
            Term::tuple({c.spec.id, c.pid, child_type_term(c.spec.type), c.spec.modules}));
      }
      co_return Term::list(out);
    }
    if (request.is_atom(kCountChildren)) co_return count_children_reply(children_);
    if (!request.is_tuple(2)) co_return error(Term::atom("unknown_call"));
    const Term& arg = request[1];
    if (request[0].is_atom(kTerminateChild)) {
      auto i = arg.is_pid() ? find_pid(arg.pid()) : find(arg);
      if (!i) co_return error(Term::atom("not_found"));
      co_await shutdown_child(*i);
      del_child(*i);
      co_return Term(atoms::ok);
    }
    if (request[0].is_atom(kRestartChild)) {
      auto i = find(arg);
      if (!i) co_return error(Term::atom("not_found"));
      if (children_[*i].pid.is_pid()) co_return error(Term::atom("running"));
      if (children_[*i].pid.is_atom(kRestarting)) co_return error(Term(kRestarting));
      Started r = co_await start_mfa(*ctx_, children_[*i].spec.start, Site::restart_child);
      if (r.error) co_return error(*r.error);
      children_[*i].pid = r.pid;
      if (r.pid.is_pid()) trace_restart(r.pid.pid(), arg);
      co_return r.reply;
    }
    if (request[0].is_atom(kDeleteChild)) {
      auto i = find(arg);
      if (!i) co_return error(Term::atom("not_found"));
      if (children_[*i].pid.is_pid()) co_return error(Term::atom("running"));
      if (children_[*i].pid.is_atom(kRestarting)) co_return error(Term(kRestarting));
      children_.erase(children_.begin() + static_cast<std::ptrdiff_t>(*i));
      co_return Term(atoms::ok);
    }
    if (request[0].is_atom(kStartChild)) {
      auto spec = child_spec::validate(arg);
      if (auto* why = std::get_if<Term>(&spec)) co_return error(*why);
      ChildSpec& s = std::get<ChildSpec>(spec);
      if (auto i = find(s.id)) {
        if (children_[*i].pid.is_pid()) co_return error(tag("already_started", children_[*i].pid));
        co_return error(Term::atom("already_present"));
      }
      Started r = co_await start_mfa(*ctx_, s.start, Site::start_child);
      if (r.error) co_return error(Term::tuple({*r.error, s.record(Term(atoms::undefined))}));
      if (r.pid.is_pid() || s.restart != Restart::temporary)
        children_.push_back(Child{std::move(s), r.pid});
      co_return r.reply;
    }
    co_return error(Term::atom("unknown_call"));
  }

  Ctx* ctx_ = nullptr;  // the supervisor's own, from init on
  Atom module_;
  Term name_;
  Term init_arg_;
  Strategy strategy_ = Strategy::one_for_one;
  RestartIntensity intensity_;
  std::vector<Child> children_;  // in start order (which_children shows them newest first)
};

Co<Term> start(Ctx& ctx, Atom module, Term init_arg, Term options) {
  const Term* name = keyword_get(options, kName);
  Term n = name ? *name : Term(atoms::nil);
  // (named first: g++ 12 destroys a temporary of a co_await expression twice)
  std::function<std::unique_ptr<gen::Callbacks>()> make = [module, n] {
    return std::make_unique<Server>(module, n);
  };
  // OTP's supervisor, a gen_server: its initial call is {:supervisor, module, 1}. (Elixir's
  // Supervisor.start_link/3 calls :supervisor.start_link/2,3, which takes no spawn_opt.)
  proc_lib::StartOptions start{
      Term::tuple({Term::atom("supervisor"), Term(module), Term::integer(1)}), Term(), Term()};
  co_return co_await gen::start(ctx, std::move(make), std::move(init_arg), n, true, kSupervisor,
                                std::move(start));
}

Co<Term> call(Ctx& ctx, const Term& sup, Term request) {
  co_return co_await gen::call(ctx, sup, std::move(request), Term(atoms::infinity));
}

}  // namespace

// [SECTION] The API ---------------------------------------------------------------------------

Co<Term> init(Ctx& ctx, Term children, Term options) {
  const Term* strategy = keyword_get(options, kStrategy);
  if (!strategy || strategy->is_atom(atoms::nil))
    raise(argument_error("expected :strategy option to be given"));
  const Term* max_restarts = keyword_get(options, kMaxRestarts);
  const Term* max_seconds = keyword_get(options, kMaxSeconds);
  Term flags = Term::map({{Term(kStrategy), *strategy},
                          {Term(kIntensity), max_restarts ? *max_restarts : Term::integer(3)},
                          {Term(kPeriod), max_seconds ? *max_seconds : Term::integer(5)}});
  std::vector<Term> specs;
  std::vector<Term> given = children.list_items();
  for (Term& child : given) specs.push_back(co_await child_spec::normalize(ctx, child));
  co_return ok(Term::tuple({flags, Term::list(specs)}));
}

Co<Term> start_link(Ctx& ctx, Term children, Term options) {
  Term init_arg = co_await init(ctx, std::move(children), options);
  co_return co_await start(ctx, kDefault, std::move(init_arg), options);
}

Co<Term> start_link(Ctx& ctx, Term module, Term init_arg, Term options) {
  if (!module.is_atom()) raise(argument_error("expected a module, got: " + inspect(module)));
  co_return co_await start(ctx, module.atom_value(), std::move(init_arg), std::move(options));
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

Co<Term> terminate_child(Ctx& ctx, Term sup, Term id) {
  Term request = Term::tuple({Term(kTerminateChild), std::move(id)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> restart_child(Ctx& ctx, Term sup, Term id) {
  Term request = Term::tuple({Term(kRestartChild), std::move(id)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> delete_child(Ctx& ctx, Term sup, Term id) {
  Term request = Term::tuple({Term(kDeleteChild), std::move(id)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> start_child(Ctx& ctx, Term sup, Term child) {
  Term spec = co_await child_spec::normalize(ctx, std::move(child));
  Term request = Term::tuple({Term(kStartChild), std::move(spec)});
  co_return co_await call(ctx, sup, std::move(request));
}

Co<Term> stop(Ctx& ctx, Term sup, Term reason, Term timeout) {
  co_return co_await gen::stop(ctx, std::move(sup), std::move(reason), std::move(timeout));
}

Co<Term> child_spec(Ctx& ctx, Term child, Term overrides) {
  co_return co_await child_spec::with_overrides(ctx, std::move(child), std::move(overrides));
}

// [SECTION] Registry --------------------------------------------------------------------------

void install(Modules& m) {
  using Args = std::vector<Term>;
  auto def = [&](Atom module, const char* name, uint32_t arity, auto f) {
    m.define(module, Atom(name), arity, make_fun(arity, std::move(f)));
  };
  const Atom S = kSupervisor;
  def(S, "init", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await init(c, a[0], a[1]); });
  // start_link(children, options) when is_list(children); else start_link(module, init_arg)
  def(S, "start_link", 2, [](Ctx& c, Args a) -> Co<Term> {
    if (a[0].is_list()) co_return co_await start_link(c, a[0], a[1]);
    co_return co_await start_link(c, a[0], a[1], Term());
  });
  def(S, "start_link", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_link(c, a[0], a[1], a[2]); });
  def(S, "which_children", 1,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await which_children(c, a[0]); });
  def(S, "count_children", 1,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await count_children(c, a[0]); });
  def(S, "terminate_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await terminate_child(c, a[0], a[1]); });
  def(S, "restart_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await restart_child(c, a[0], a[1]); });
  def(S, "delete_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await delete_child(c, a[0], a[1]); });
  def(S, "start_child", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await start_child(c, a[0], a[1]); });
  def(S, "stop", 1, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0]); });
  def(S, "stop", 2, [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1]); });
  def(S, "stop", 3,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await stop(c, a[0], a[1], a[2]); });
  def(S, "child_spec", 2,
      [](Ctx& c, Args a) -> Co<Term> { co_return co_await child_spec(c, a[0], a[1]); });
  // :supervisor.get_callback_module/1: the module whose init/1 gave the supervisor its
  // children (Supervisor.Default for start_link/2 and DynamicSupervisor.start_link/1), as
  // OTP 25 reads it from the supervisor's status
  def(Atom("supervisor"), "get_callback_module", 1, [](Ctx& c, Args a) -> Co<Term> {
    std::optional<Pid> pid = co_await names::whereis(c, a[0]);
    const Process* p = pid && *pid ? c.runtime().find(*pid) : nullptr;
    if (!p || p->exit_pending || !p->status_source)
      exit_with(Term::tuple(
          {Term(atoms::noproc),
           Term::tuple({Term::atom("sys"), Term::atom("get_status"), Term::list({a[0]})})}));
    co_return Term(p->status_source->server_module());
  });
  // Supervisor.Default, the callback module of start_link/2: init(arg) is arg.
  def(kDefault, "init", 1, [](Ctx&, Args a) -> Co<Term> { co_return a[0]; });
}

}  // namespace taskplay::supervisor
