#include "taskplay/gen_server.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/proc_lib.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/server_names.hpp"

namespace taskplay::gen {

namespace {
const Atom kGenCall("$gen_call"), kGenCast("$gen_cast");
const Atom kGenServer("Elixir.GenServer"), kSys("sys");
const Atom kCall("call"), kStopFn("stop");
const Atom kAlias("alias"), kSystem("system"), kTerminate("terminate");
const Atom kReply("reply"), kNoreply("noreply"), kStop("stop"), kIgnore("ignore");
const Atom kContinue("continue"), kHibernate("hibernate"), kCallingSelf("calling_self");
const Atom kGetState("get_state"), kReplaceState("replace_state");
const Atom kSuspend("suspend"), kResume("resume"), kChangeCode("change_code");
const Atom kGetStatus("get_status"), kDebug("debug"), kTrace("trace"), kLog("log");
const Atom kStatistics("statistics"), kIn("in"), kOut("out");

Term ok(Term v) { return Term::tuple({Term(atoms::ok), std::move(v)}); }
Term error(Term v) { return Term::tuple({Term(atoms::error), std::move(v)}); }
Term bad_return(Term v) { return Term::tuple({Term::atom("bad_return_value"), std::move(v)}); }
Term mfa(Atom m, Atom f, Term args) { return Term::tuple({Term(m), Term(f), std::move(args)}); }

// The reply tag of a call: [:alias | ref] (OTP 25 gen:call with an alias monitor).
Term reply_tag(Ref ref) { return Term::cons(Term(kAlias), Term(ref)); }
bool is_reply_to(const Term& m, Ref ref) {
  return m.is_tuple(2) && m[0].is_cons() && m[0].head().is_atom(kAlias) && m[0].tail().is_ref() &&
         m[0].tail().ref() == ref;
}

// gen:do_call: the request under `tag` to `pid`, then its reply or the :DOWN. The exit
// reason, when it fails, is the bare cause (:noproc, :timeout, the server's reason).
struct Answer {
  std::optional<Term> value;
  Term failure;
};
Co<Answer> do_call(Ctx& ctx, Pid pid, Atom tag, Term request, Term timeout) {
  Ref ref = ctx.monitor_alias(pid);
  ctx.send(pid, Term::tuple({Term(tag), Term::tuple({Term(ctx.self()), reply_tag(ref)}),
                             std::move(request)}));
  auto m = co_await ctx.receive(
      [ref](const Term& msg) { return is_reply_to(msg, ref) || is_down(msg, ref); },
      timeout_ms(timeout));
  if (!m) {
    ctx.demonitor(ref, true);
    co_return Answer{std::nullopt, Term(atoms::timeout)};
  }
  if (is_down(*m)) co_return Answer{std::nullopt, (*m)[4]};
  ctx.demonitor(ref, true);
  co_return Answer{(*m)[1], Term()};
}
}  // namespace

int64_t timeout_ms(const Term& timeout) {
  if (timeout.is_small_int()) return timeout.small_int();
  return kInfinity;
}

bool is_call(const Term& m) { return m.is_tuple(3) && m[0].is_atom(kGenCall); }
bool is_cast(const Term& m) { return m.is_tuple(2) && m[0].is_atom(kGenCast); }

// [SECTION] The client -----------------------------------------------------------------------

Co<Term> call(Ctx& ctx, Term server, Term request, Term timeout) {
  // each exit from GenServer.call/3's line in lib/gen_server.ex (1.14.0)
  auto fail = [&](Term why) {
    uint32_t line = why.is_atom(atoms::noproc) ? 1027 : why.is_atom(kCallingSelf) ? 1031 : 1038;
    exit_with(
        Term::tuple({why, mfa(kGenServer, kCall, Term::list({server, request, timeout}))}),
        stack_frame(Term(kGenServer), Term(kCall), Term::integer(3), "lib/gen_server.ex", line));
  };
  // {name, node} on another node: taskplay is one node, never connected to others
  if (server.is_tuple(2) && server[0].is_atom() && !server[0].is_atom(Atom("global")) &&
      server[1].is_atom() && !server[1].is_atom(atoms::nonode))
    fail(Term::tuple({Term::atom("nodedown"), server[1]}));
  AtOnce<std::optional<Pid>> lookup{names::whereis(ctx, server)};  // (no code runs but a :via)
  co_await lookup;
  std::optional<Pid> pid = lookup.co.await_resume();
  if (!pid || !*pid) fail(Term(atoms::noproc));
  if (*pid == ctx.self()) fail(Term(kCallingSelf));
  Answer a = co_await do_call(ctx, *pid, kGenCall, request, timeout);
  if (!a.value) fail(std::move(a.failure));
  co_return std::move(*a.value);
}

Co<void> cast(Ctx& ctx, Term server, Term request) {
  // (built first: g++ 12 miscompiles a braced list inside a co_await expression)
  Term message = Term::tuple({Term(kGenCast), std::move(request)});
  co_await names::send(ctx, std::move(server), std::move(message));
}

bool cast_now(Ctx& ctx, const Term& server, Term& request) {
  Term message = Term::tuple({Term(kGenCast), request});
  if (!names::send_now(ctx, server, message)) return false;
  request = Term();
  return true;
}

void reply(Ctx& ctx, const Term& from, Term reply) {
  // from = {caller, [:alias | ref]}: the reply goes to the alias, so it is dropped once the
  // caller gave up waiting
  if (!from.is_tuple(2)) return;
  const Term& tag = from[1];
  if (tag.is_cons() && tag.tail().is_ref()) {
    ctx.send_alias(tag.tail().ref(), Term::tuple({tag, std::move(reply)}));
  } else if (from[0].is_pid()) {
    ctx.send(from[0].pid(), Term::tuple({tag, std::move(reply)}));
  }
}

Co<Term> stop(Ctx& ctx, Term server, Term reason, Term timeout) {
  auto fail = [&](Term why) {
    Term frame =
        stack_frame(Term(kGenServer), Term(kStopFn), Term::integer(3), "lib/gen_server.ex", 985);
    if (why.is_atom(atoms::noproc))
      exit_with(Term::tuple({why, mfa(kGenServer, kStopFn, Term::list({server, reason, timeout}))}),
                frame);
    exit_with(Term::tuple(
        {std::move(why), mfa(kGenServer, kStopFn, Term::list({server, reason, timeout}))}));
  };
  std::optional<Pid> pid = co_await names::whereis(ctx, server);
  if (!pid || !*pid) fail(Term(atoms::noproc));
  if (*pid == ctx.self()) fail(Term(kCallingSelf));
  // proc_lib:stop: the system message, then the :DOWN
  Ref ref = ctx.monitor(Term(*pid));
  ctx.send(*pid, Term::tuple({Term(kSystem), Term::tuple({Term(ctx.self()), Term(ref)}),
                              Term::tuple({Term(kTerminate), reason})}));
  auto m = co_await ctx.receive([ref](const Term& msg) { return is_down(msg, ref); },
                                timeout_ms(timeout));
  if (!m) {
    ctx.demonitor(ref, true);
    fail(Term(atoms::timeout));
  }
  const Term& why = (*m)[4];
  if (why != reason) fail(why);
  co_return Term(atoms::ok);
}

// [SECTION] :sys ---------------------------------------------------------------------------

namespace {
// sys:send_system_msg: {:system, from, request} answered like a call; a failure exits with
// {cause, {:sys, what, args}}.
Co<Term> system_call(Ctx& ctx, Term server, Term request, Term what, Term args, Term timeout) {
  std::optional<Pid> pid = co_await names::whereis(ctx, server);
  if (!pid || !*pid)
    exit_with(Term::tuple({Term(atoms::noproc), Term::tuple({Term(kSys), what, args})}));
  Answer a = co_await do_call(ctx, *pid, kSystem, std::move(request), std::move(timeout));
  if (!a.value)
    exit_with(Term::tuple({std::move(a.failure), Term::tuple({Term(kSys), what, args})}));
  co_return std::move(*a.value);
}
}  // namespace

Co<Term> sys_request(Ctx& ctx, Term server, Term request, Term what, Term args, Term timeout) {
  co_return co_await system_call(ctx, std::move(server), std::move(request), std::move(what),
                                 std::move(args), std::move(timeout));
}

Co<Term> sys_get_state(Ctx& ctx, Term server, Term timeout, bool timeout_given) {
  Term args = timeout_given ? Term::list({server, timeout}) : Term::list({server});
  Term r =
      co_await system_call(ctx, server, Term(kGetState), Term(kGetState), std::move(args), timeout);
  if (r.is_tuple(2) && r[0].is_atom(atoms::error)) raise(r[1]);
  co_return r.is_tuple(2) ? r[1] : r;
}

Co<Term> sys_replace_state(Ctx& ctx, Term server, Term fun, Term timeout, bool timeout_given) {
  Term args = timeout_given ? Term::list({server, timeout}) : Term::list({server});
  Term request = Term::tuple({Term(kReplaceState), fun});
  Term r = co_await system_call(ctx, server, request, request, std::move(args), timeout);
  // a fun that failed in the server: {:callback_failed, {:gen_server, :system_replace_state},
  // {kind, reason}} raised in the caller
  if (r.is_tuple(2) && r[0].is_atom(atoms::error)) throw Raised{RaiseKind::error, r[1], Term()};
  co_return r.is_tuple(2) ? r[1] : r;
}

// [SECTION] The server ---------------------------------------------------------------------

Term Callbacks::status(const Term&) const { return Term(atoms::nil); }

Co<Term> Callbacks::code_change(Ctx&, Term, Term state, Term) { co_return ok(std::move(state)); }

namespace {

// How a callback ended, as gen_server's try_dispatch sees it: a value (a thrown value counts
// as the returned one), or an error or exit with its stack.
struct Outcome {
  Term value;
  std::optional<Raised> failed;
};

// (its own coroutine: no try around co_await in a loop, coro.hpp). The callback's coroutine is
// made first and passed by name: g++ 12 destroys a temporary of a co_await expression twice.
Co<Outcome> attempt(Co<Term> work) {
  Outcome o;
  try {
    o.value = co_await work;
  } catch (const Raised& r) {
    if (r.kind == RaiseKind::throw_)
      o.value = r.value;
    else
      o.failed = r;
  }
  co_return o;
}

// The same for a callback awaited AtOnce (coro.hpp), read from its finished coroutine.
Outcome outcome_of(Co<Term>& work) {
  Outcome o;
  if (std::optional<Raised> r = work.take_raised()) {
    if (r->kind == RaiseKind::throw_)
      o.value = std::move(r->value);
    else
      o.failed = std::move(r);
  } else {
    o.value = work.await_resume();
  }
  return o;
}

// Where OTP 25's gen_server calls each callback: the frames under the callback's own in the
// stack trace of what it raised (gen_server.erl's lines).
enum class Site { init, call, dispatch, cont, terminate, code_change };
Term frame(const char* module, const char* function, int arity, std::string_view file,
           uint32_t line) {
  return stack_frame(Term::atom(module), Term::atom(function), Term::integer(arity), file, line);
}
// (`debug`: the server runs with sys debug options, in gen_server's handle_msg/7)
Term with_frames(const Term& stacktrace, Site site, bool debug = false) {
  std::vector<Term> frames;
  for (const Term* c = &stacktrace; c->is_cons(); c = &c->tail()) frames.push_back(c->head());
  switch (site) {
    case Site::init:
      frames.push_back(frame("gen_server", "init_it", 2, "gen_server.erl", 851));
      frames.push_back(frame("gen_server", "init_it", 6, "gen_server.erl", 814));
      break;
    case Site::call:
      frames.push_back(frame("gen_server", "try_handle_call", 4, "gen_server.erl", 1149));
      frames.push_back(
          frame("gen_server", "handle_msg", debug ? 7 : 6, "gen_server.erl", debug ? 1204 : 1178));
      break;
    case Site::dispatch:
      frames.push_back(frame("gen_server", "try_dispatch", 4, "gen_server.erl", 1123));
      frames.push_back(
          frame("gen_server", "handle_msg", debug ? 7 : 6, "gen_server.erl", debug ? 1227 : 1200));
      break;
    case Site::cont:
      frames.push_back(frame("gen_server", "try_dispatch", 4, "gen_server.erl", 1123));
      frames.push_back(frame("gen_server", "loop", 7, "gen_server.erl", 865));
      break;
    case Site::code_change:
      frames.push_back(frame("gen_server", "system_code_change", 4, "gen_server.erl", 1288));
      frames.push_back(frame("sys", "do_change_code", 5, "sys.erl", 606));
      frames.push_back(frame("sys", "do_cmd", 6, "sys.erl", 498));
      frames.push_back(frame("sys", "handle_system_msg", 8, "sys.erl", 388));
      break;
    case Site::terminate:
      frames.push_back(frame("gen_server", "try_terminate", 3, "gen_server.erl", 1161));
      frames.push_back(frame("gen_server", "terminate", 10, "gen_server.erl", 1351));
      break;
  }
  frames.push_back(frame("proc_lib", "init_p_do_apply", 3, "proc_lib.erl", 240));
  if (frames.size() > 8) frames.resize(8);  // the BEAM's backtrace depth
  return Term::list(frames);
}

// What makes a server stop: an error or exit raised in a callback (with its stack), or a
// reason it returned ({:stop, reason, ...}, a bad return value, its parent's exit).
struct StopCause {
  RaiseKind kind = RaiseKind::exit;
  Term reason;
  Term stacktrace;  // [] when returned
  bool raised = false;
  // the reason terminate/2 and the exit see: {exception, stack} for an error
  Term exit_reason() const {
    // (an undefined function's error is the bare :undef, exit_reason_of)
    return kind == RaiseKind::error ? exit_reason_of(Raised{kind, reason, stacktrace}) : reason;
  }
};

StopCause returned(Term reason) {
  return StopCause{RaiseKind::exit, std::move(reason), Term(), false};
}

class Server final : public StatusSource {
 public:
  Server(Ctx& ctx, std::unique_ptr<Callbacks> cb, Term name, const Term& debug)
      : ctx_(ctx), cb_(std::move(cb)), name_(std::move(name)) {
    ctx_.process().status_source = this;
    for (const Term* d = &debug; d->is_cons(); d = &d->tail()) {
      const Term& o = d->head();
      if (o.is_atom(kTrace)) dbg_.trace = true;
      if (o.is_atom(kLog)) dbg_.log_max = 10;
      if (o.is_tuple(2) && o[0].is_atom(kLog) && o[1].is_small_int())
        dbg_.log_max = static_cast<size_t>(std::max<int64_t>(0, o[1].small_int()));
      if (o.is_atom(kStatistics)) start_statistics();
    }
  }
  ~Server() { ctx_.process().status_source = nullptr; }
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  Term status() const override { return cb_->status(state_); }
  std::optional<Term> server_state() const override { return cb_->sys_state(state_); }
  Atom server_module() const override { return cb_->module(); }

  Co<void> run(Term arg) {
    // gen's Parent: the starter when started linked (start_link), else the server itself
    // (start): only a linked starter's exit stops a trapping server, other exits go to
    // handle_info
    const Process& me = ctx_.process();
    if (me.parent && std::find(me.links.begin(), me.links.end(), me.parent) != me.links.end())
      parent_ = me.parent;
    // (each co_await on a line of its own: g++ 12 miscompiles one inside an if condition)
    std::optional<Pid> holder = co_await names::register_self(ctx_, name_);
    if (holder) {
      proc_lib::init_ack(ctx_, error(Term::tuple({Term::atom("already_started"), Term(*holder)})));
      co_return;
    }
    bool running = co_await init(std::move(arg));
    if (!running) co_return;
    while (true) {
      if (continue_) {
        Term c = std::move(*continue_);
        continue_.reset();
        Term last = Term::tuple({Term(kContinue), c});
        if (dbg_.on()) co_await debug_event(last);
        Co<Term> work = cb_->handle_continue(ctx_, c, state_);
        Outcome o = co_await attempt(std::move(work));
        co_await dispatch_result(std::move(o), Site::cont, last);
        continue;
      }
      if (suspended_) {
        // sys's suspend loop: system messages (and the parent's exit) only, no timeout
        Pid parent = parent_;
        auto m = co_await ctx_.receive([parent](const Term& msg) {
          return is_system(msg) || (parent && is_exit(msg, parent));
        });
        co_await handle_msg(std::move(*m));
        continue;
      }
      std::optional<Term> m = co_await ctx_.receive_any(timeout_);
      Term msg = m ? std::move(*m) : Term(atoms::timeout);
      if (dbg_.on() || is_system(msg) || (parent_ && is_exit(msg, parent_))) {
        co_await handle_msg(std::move(msg));
        continue;
      }
      // The common path, handle_msg's without its frames: the callback runs at once on this
      // stack (awaited only if it suspends), and a reply or noreply is settled by a plain
      // function; only a stop, a bad return or a raise goes on to call_result/dispatch_result.
      timeout_ = kInfinity;
      AtOnce<Term> work{is_call(msg)   ? cb_->handle_call(ctx_, msg[2], msg[1], state_)
                        : is_cast(msg) ? cb_->handle_cast(ctx_, msg[1], state_)
                                       : cb_->handle_info(ctx_, msg, state_)};
      co_await work;
      Outcome o = outcome_of(work.co);
      work.co.reset();
      if (!o.failed && settled(o.value, msg)) continue;
      if (is_call(msg)) {
        Term from = msg[1], request = msg[2];
        co_await call_result(std::move(o), from, request);
      } else {
        co_await dispatch_result(std::move(o), Site::dispatch, msg);
      }
    }
  }

 private:
  // [SECTION] init

  // gen_server's init_it: false when the server is not to run (the starter has its answer
  // and the process ends, :normal or with the reason).
  Co<bool> init(Term arg) {
    Co<Term> work = cb_->init(ctx_, std::move(arg));
    Outcome o = co_await attempt(std::move(work));
    if (o.failed) {
      co_await names::unregister(ctx_, name_);
      Raised r = *o.failed;
      if (cb_->frames()) r.stacktrace = with_frames(r.stacktrace, Site::init);
      Term reason = exit_reason_of(r);
      proc_lib::init_ack(ctx_, error(reason));
      exit_with(std::move(reason));  // (an exit: init failures are not logged)
    }
    const Term& ret = o.value;
    if (ret.is_tuple(2) && ret[0].is_atom(atoms::ok)) {
      state_ = ret[1];
    } else if (ret.is_tuple(3) && ret[0].is_atom(atoms::ok) && set_after(ret[2])) {
      state_ = ret[1];
    } else {
      co_await names::unregister(ctx_, name_);
      if (ret.is_atom(kIgnore)) {
        proc_lib::init_ack(ctx_, ret);
        co_return false;  // exits :normal
      }
      Term reason = ret.is_tuple(2) && ret[0].is_atom(kStop) ? ret[1] : bad_return(ret);
      proc_lib::init_ack(ctx_, error(reason));
      exit_with(std::move(reason));
    }
    proc_lib::init_ack(ctx_, ok(Term(ctx_.self())));
    co_return true;
  }

  // The last element of an {:ok | :reply | :noreply, ..., x} return: a timeout, :hibernate or
  // {:continue, c}. False for anything else.
  bool set_after(const Term& x) {
    if (x.is_atom(atoms::infinity) || x.is_atom(kHibernate)) {
      timeout_ = kInfinity;
      return true;
    }
    if (x.is_small_int() && x.small_int() >= 0) {
      timeout_ = x.small_int();
      return true;
    }
    if (x.is_tuple(2) && x[0].is_atom(kContinue)) {
      timeout_ = kInfinity;
      continue_ = x[1];
      return true;
    }
    return false;
  }

  // [SECTION] messages

  static bool is_system(const Term& m) { return m.is_tuple(3) && m[0].is_atom(kSystem); }

  Co<void> handle_msg(Term m) {
    // (a system message leaves the pending timeout as it was: gen_server's loop restarts it)
    if (!is_system(m)) timeout_ = kInfinity;
    if (!is_system(m) && dbg_.on()) {
      // (built first: g++ 12 miscompiles a braced list inside a co_await expression)
      Term event = Term::tuple({Term(kIn), m});
      co_await debug_event(std::move(event));
    }
    if (is_call(m)) {
      Term from = m[1], request = m[2];
      Co<Term> work = cb_->handle_call(ctx_, request, from, state_);
      Outcome o = co_await attempt(std::move(work));
      co_await call_result(std::move(o), from, request);
    } else if (is_cast(m)) {
      Co<Term> work = cb_->handle_cast(ctx_, m[1], state_);
      Outcome o = co_await attempt(std::move(work));
      co_await dispatch_result(std::move(o), Site::dispatch, m);
    } else if (is_system(m)) {
      co_await handle_system(m[1], m[2]);
    } else if (parent_ && is_exit(m, parent_)) {
      // the parent's exit, seen because the server traps exits: stop with its reason
      StopCause cause = returned(m[2]);
      co_await terminate(std::move(cause), m, std::nullopt);
    } else {
      Co<Term> work = cb_->handle_info(ctx_, m, state_);
      Outcome o = co_await attempt(std::move(work));
      co_await dispatch_result(std::move(o), Site::dispatch, m);
    }
  }

  // What a callback returned for `msg` (a call, a cast or another message), when it is one
  // of the shapes that keep the server running: the new state taken, the reply sent; false
  // for any other (call_result/dispatch_result then stop the server). Without debug options
  // only (their events are coroutines).
  bool settled(const Term& r, const Term& msg) {
    if (is_call(msg) && (r.is_tuple(3) || r.is_tuple(4)) && r[0].is_atom(kReply) &&
        (r.is_tuple(3) || set_after(r[3]))) {
      state_ = r[2];
      reply(ctx_, msg[1], r[1]);
      return true;
    }
    if (r.is_tuple(2) && r[0].is_atom(kNoreply)) {
      state_ = r[1];
      return true;
    }
    if (r.is_tuple(3) && r[0].is_atom(kNoreply) && set_after(r[2])) {
      state_ = r[1];
      return true;
    }
    return false;
  }

  // handle_call's return value
  Co<void> call_result(Outcome o, const Term& from, const Term& request) {
    Pid client = from.is_tuple(2) && from[0].is_pid() ? from[0].pid() : Pid{};
    if (o.failed) {
      StopCause cause = raised(*o.failed, Site::call);
      co_await terminate(std::move(cause), request, client);
    }
    const Term r = o.value;
    if (r.is_tuple(3) && r[0].is_atom(kReply)) {
      state_ = r[2];
      reply(ctx_, from, r[1]);
      if (dbg_.on()) co_await debug_out(from, r[1]);
    } else if (r.is_tuple(4) && r[0].is_atom(kReply) && set_after(r[3])) {
      state_ = r[2];
      reply(ctx_, from, r[1]);
      if (dbg_.on()) co_await debug_out(from, r[1]);
    } else if (r.is_tuple(2) && r[0].is_atom(kNoreply)) {
      state_ = r[1];
      if (dbg_.on()) co_await debug_noreply();
    } else if (r.is_tuple(3) && r[0].is_atom(kNoreply) && set_after(r[2])) {
      state_ = r[1];
      if (dbg_.on()) co_await debug_noreply();
    } else if (r.is_tuple(4) && r[0].is_atom(kStop)) {
      state_ = r[3];
      // terminate first, the reply after (gen_server's `try terminate(...) after reply`)
      StopCause cause = returned(r[1]);
      auto pending = std::make_pair(from, r[2]);
      co_await terminate(std::move(cause), request, client, std::move(pending));
    } else if (r.is_tuple(3) && r[0].is_atom(kStop)) {
      state_ = r[2];
      StopCause cause = returned(r[1]);
      co_await terminate(std::move(cause), request, client);
    } else {
      StopCause cause = returned(bad_return(r));
      co_await terminate(std::move(cause), request, client);
    }
  }

  // handle_cast, handle_info and handle_continue's return value
  Co<void> dispatch_result(Outcome o, Site site, const Term& last) {
    if (o.failed) {
      StopCause cause = raised(*o.failed, site);
      co_await terminate(std::move(cause), last, std::nullopt);
    }
    const Term r = o.value;
    if (r.is_tuple(2) && r[0].is_atom(kNoreply)) {
      state_ = r[1];
      if (dbg_.on()) co_await debug_noreply();
    } else if (r.is_tuple(3) && r[0].is_atom(kNoreply) && set_after(r[2])) {
      state_ = r[1];
      if (dbg_.on()) co_await debug_noreply();
    } else if (r.is_tuple(3) && r[0].is_atom(kStop)) {
      state_ = r[2];
      StopCause cause = returned(r[1]);
      co_await terminate(std::move(cause), last, std::nullopt);
    } else {
      StopCause cause = returned(bad_return(r));
      co_await terminate(std::move(cause), last, std::nullopt);
    }
  }

  StopCause raised(const Raised& r, Site site) {
    Term st = cb_->frames() ? with_frames(r.stacktrace, site, dbg_.on()) : r.stacktrace;
    return StopCause{r.kind, r.value, std::move(st), true};
  }

  // {:system, from, request}: :sys.get_state, :sys.replace_state, :sys.suspend,
  // :sys.resume, :sys.change_code, GenServer.stop
  Co<void> handle_system(const Term& from, const Term& request) {
    if (request.is_atom(kGetStatus)) {
      Term status = co_await get_status();
      reply(ctx_, from, status);
    } else if (request.is_tuple(2) && request[0].is_atom(kDebug)) {
      Term answer = co_await debug_request(request[1]);
      reply(ctx_, from, answer);
    } else if (request.is_atom(kGetState)) {
      reply(ctx_, from, ok(cb_->sys_state(state_)));
    } else if (request.is_atom(kSuspend) || request.is_atom(kResume)) {
      suspended_ = request.is_atom(kSuspend);
      reply(ctx_, from, Term(atoms::ok));
    } else if (request.is_tuple(4) && request[0].is_atom(kChangeCode) && suspended_) {
      reply(ctx_, from, co_await change_code(request[2], request[3]));
    } else if (request.is_tuple(2) && request[0].is_atom(kReplaceState)) {
      Co<Term> work = call_fun(request[1], cb_->sys_state(state_));
      Outcome o = co_await attempt(std::move(work));
      if (o.failed) {
        Atom kind = o.failed->kind == RaiseKind::error ? atoms::error : atoms::exit;
        reply(ctx_, from,
              error(Term::tuple(
                  {Term::atom("callback_failed"),
                   Term::tuple({Term::atom("gen_server"), Term::atom("system_replace_state")}),
                   Term::tuple({Term(kind), o.failed->value})})));
      } else {
        state_ = cb_->from_sys_state(o.value);
        reply(ctx_, from, ok(cb_->sys_state(state_)));
      }
    } else if (request.is_tuple(2) && request[0].is_atom(kTerminate)) {
      // sys:terminate / GenServer.stop: terminate/2 runs whatever the trap_exit flag; the
      // report names no last message ([])
      StopCause cause = returned(request[1]);
      co_await terminate(std::move(cause), Term(), std::nullopt);
    } else {
      // sys's answer to what it does not do (a code change while running is one)
      reply(ctx_, from, error(Term::tuple({Term::atom("unknown_system_msg"), request})));
    }
  }

  // sys's do_change_code over gen_server's system_code_change: `catch
  // Mod.code_change(old_vsn, state, extra)`; {:ok, new_state} is :ok, anything else
  // {:error, it}, a raise {:error, {:EXIT, reason}} as `catch` makes it.
  Co<Term> change_code(Term old_vsn, Term extra) {
    Co<Term> work = cb_->code_change(ctx_, std::move(old_vsn), state_, std::move(extra));
    Outcome o = co_await attempt(std::move(work));
    Term r = o.value;
    if (o.failed) {
      Raised raised = *o.failed;
      if (cb_->frames()) raised.stacktrace = with_frames(raised.stacktrace, Site::code_change);
      r = Term::tuple({Term::atom("EXIT"), exit_reason_of(raised)});
    }
    if (r.is_tuple(2) && r[0].is_atom(atoms::ok)) {
      state_ = r[1];
      co_return Term(atoms::ok);
    }
    co_return error(std::move(r));
  }

  Co<Term> call_fun(Term fun, Term arg) {
    if (!fun.is_fun() || fun.fun_obj()->arity() != 1)
      raise(Term::tuple({Term::atom("badfun"), fun}));
    std::vector<Term> args{std::move(arg)};
    co_return co_await fun.fun_obj()->call(ctx_, std::move(args));
  }

  // [SECTION] sys's debug options and status

  struct Debug {
    bool trace = false;
    std::optional<size_t> log_max;  // logging: the last n events
    std::deque<Term> log;           // oldest first
    bool statistics = false;
    int64_t start_ms = 0;
    uint64_t start_reductions = 0;
    int64_t in = 0, out = 0;
    bool on() const { return trace || log_max || statistics; }
  };

  void start_statistics() {
    dbg_.statistics = true;
    dbg_.start_ms = ctx_.now_ms();
    dbg_.start_reductions = ctx_.process().reductions;
    dbg_.in = dbg_.out = 0;
  }

  // The name gen_server prints events under: the registered name, or the pid.
  Term debug_name() const {
    if (name_.is_atom() && !name_.is_atom(atoms::nil)) return name_;
    if (name_.is_tuple(2)) return name_[1];  // {:global, name}
    if (name_.is_tuple(3)) return name_[2];  // {:via, module, name}
    return Term(ctx_.self());
  }

  // sys:handle_debug with gen_server's print_event
  Co<void> debug_event(Term event) {
    if (dbg_.statistics) {
      if (event.is_tuple() && event[0].is_atom(kIn)) ++dbg_.in;
      if (event.is_tuple() && event[0].is_atom(kOut)) ++dbg_.out;
    }
    if (dbg_.log_max) {
      dbg_.log.push_back(event);
      while (dbg_.log.size() > *dbg_.log_max) dbg_.log.pop_front();
    }
    if (dbg_.trace) co_await print_event(event);
  }
  Co<void> debug_out(const Term& from, const Term& reply_value) {
    Term event = Term::tuple({Term(kOut), reply_value, from, state_});
    co_await debug_event(std::move(event));
  }
  Co<void> debug_noreply() {
    Term event = Term::tuple({Term(kNoreply), state_});
    co_await debug_event(std::move(event));
  }

  Co<void> print_event(const Term& event) {
    std::string format;
    std::vector<Term> args{debug_name()};
    if (event.is_tuple(2) && event[0].is_atom(kIn)) {
      const Term& m = event[1];
      if (is_call(m) && m[1].is_tuple(2)) {
        format = "*DBG* ~tp got call ~tp from ~tw~n";
        args.push_back(m[2]);
        args.push_back(m[1][0]);
      } else if (is_cast(m)) {
        format = "*DBG* ~tp got cast ~tp~n";
        args.push_back(m[1]);
      } else {
        format = "*DBG* ~tp got ~tp~n";
        args.push_back(m);
      }
    } else if (event.is_tuple(4) && event[0].is_atom(kOut) && event[2].is_tuple(2)) {
      format = "*DBG* ~tp sent ~tp to ~tw, new state ~tp~n";
      args.push_back(event[1]);
      args.push_back(event[2][0]);
      args.push_back(event[3]);
    } else if (event.is_tuple(2) && event[0].is_atom(kNoreply)) {
      format = "*DBG* ~tp new state ~tp~n";
      args.push_back(event[1]);
    } else {
      format = "*DBG* ~tp dbg  ~tp~n";
      args.push_back(event);
    }
    std::vector<Term> io_args{Term::string(format), Term::list(args)};
    co_await apply(ctx_, Atom("io"), Atom("format"), std::move(io_args));
  }

  // {:debug, {:trace | :log | :statistics, flag}} and {:debug, :no_debug}: sys's answers
  Co<Term> debug_request(Term what) {
    if (what.is_atom(Atom("no_debug"))) {
      dbg_ = Debug{};
      co_return Term(atoms::ok);
    }
    if (!what.is_tuple(2)) co_return error(Term::atom("unknown_debug"));
    const Term& flag = what[1];
    if (what[0].is_atom(kTrace)) {
      dbg_.trace = flag.is_atom(atoms::true_);
      co_return Term(atoms::ok);
    }
    if (what[0].is_atom(kLog)) {
      if (flag.is_atom(Atom("get"))) {
        co_return ok(Term::list(std::vector<Term>(dbg_.log.begin(), dbg_.log.end())));
      }
      if (flag.is_atom(Atom("print"))) {
        std::vector<Term> events(dbg_.log.begin(), dbg_.log.end());
        for (const Term& e : events) co_await print_event(e);
        co_return Term(atoms::ok);
      }
      if (flag.is_atom(atoms::true_)) {
        if (!dbg_.log_max) dbg_.log_max = 10;
      } else if (flag.is_tuple(2) && flag[0].is_atom(atoms::true_) && flag[1].is_small_int()) {
        dbg_.log_max = static_cast<size_t>(std::max<int64_t>(0, flag[1].small_int()));
        while (dbg_.log.size() > *dbg_.log_max) dbg_.log.pop_front();
      } else {
        dbg_.log_max.reset();
        dbg_.log.clear();
      }
      co_return Term(atoms::ok);
    }
    if (what[0].is_atom(kStatistics)) {
      if (flag.is_atom(Atom("get"))) {
        if (!dbg_.statistics) co_return ok(Term::atom("no_statistics"));
        auto kv = [](const char* k, Term v) { return Term::tuple({Term::atom(k), std::move(v)}); };
        co_return ok(
            Term::list({kv("start_time", local_time(dbg_.start_ms)),
                        kv("current_time", local_time(ctx_.now_ms())),
                        kv("reductions", Term::integer(static_cast<int64_t>(
                                             ctx_.process().reductions - dbg_.start_reductions))),
                        kv("messages_in", Term::integer(dbg_.in)),
                        kv("messages_out", Term::integer(dbg_.out))}));
      }
      if (flag.is_atom(atoms::true_))
        start_statistics();
      else
        dbg_.statistics = false;
      co_return Term(atoms::ok);
    }
    co_return error(Term::atom("unknown_debug"));
  }

  // :erlang.localtime/0 at the run's time `ms` (its clock starts at 2026-01-01 00:00:00, as
  // System.system_time/0 says, docs/time.md), in UTC
  static Term local_time(int64_t ms) {
    int64_t secs = ms / 1000;
    int64_t day = secs / 86400;
    secs %= 86400;
    auto i = [](int64_t v) { return Term::integer(v); };
    // (days past 31 roll into February: a run that long is no playground's)
    int64_t month = 1 + (day >= 31 ? 1 : 0), mday = day >= 31 ? day - 30 : day + 1;
    return Term::tuple({Term::tuple({i(2026), i(month), i(mday)}),
                        Term::tuple({i(secs / 3600), i(secs / 60 % 60), i(secs % 60)})});
  }

  // :sys.get_status/1 as gen_server's format_status builds it
  Co<Term> get_status() {
    const Process& me = ctx_.process();
    Term parent_term = parent_ ? Term(parent_) : Term(ctx_.self());
    Term pdict = me.extras ? me.extras->dictionary.all() : Term();
    Term sys_state = Term::atom(suspended_ ? "suspended" : "running");
    std::vector<Term> debug;
    if (dbg_.statistics) debug.push_back(Term::tuple({Term(kStatistics), Term(atoms::true_)}));
    if (dbg_.log_max)
      debug.push_back(
          Term::tuple({Term(kLog), Term::integer(static_cast<int64_t>(*dbg_.log_max))}));
    if (dbg_.trace) debug.push_back(Term::tuple({Term(kTrace), Term(atoms::true_)}));
    Term dname = debug_name();
    std::string header = "Status for generic server ";
    if (dname.is_atom())
      header += dname.atom_value().name();
    else if (dname.is_pid())
      header += "<0." + std::to_string(dname.pid().number) + "." +
                std::to_string(dname.pid().serial) + ">";
    else
      header += inspect(dname);
    auto kv = [](const char* k, Term v) { return Term::tuple({Term::atom(k), std::move(v)}); };
    auto chars = [](std::string_view text) {
      std::vector<Term> cs;
      for (unsigned char ch : text) cs.push_back(Term::integer(ch));
      return Term::list(cs);
    };
    std::vector<Term> data{
        kv("header", chars(header)),
        kv("data",
           Term::list(
               {Term::tuple({chars("Status"), sys_state}),
                Term::tuple({chars("Parent"), parent_term}),
                Term::tuple({chars("Logged events"),
                             Term::list(std::vector<Term>(dbg_.log.begin(), dbg_.log.end()))})}))};
    Term state = cb_->sys_state(state_);
    std::optional<Term> specific = co_await cb_->format_status(ctx_, pdict, state);
    if (!specific) {
      data.push_back(kv("data", Term::list({Term::tuple({chars("State"), state})})));
    } else if (specific->is_list()) {
      for (const Term* e = &*specific; e->is_cons(); e = &e->tail()) data.push_back(e->head());
    } else {
      data.push_back(*specific);
    }
    co_return Term::tuple(
        {Term::atom("status"), Term(ctx_.self()),
         Term::tuple({Term::atom("module"), Term::atom("gen_server")}),
         Term::list({pdict, sys_state, parent_term, Term::list(debug), Term::list(data)})});
  }

  // [SECTION] terminate

  // gen_server's terminate: terminate/2 (if there is one) with the reason, then the report
  // when the stop is abnormal, the pending reply, and the exit. Never returns.
  Co<void> terminate(StopCause cause, Term last, std::optional<Pid> client,
                     std::optional<std::pair<Term, Term>> pending_reply = std::nullopt) {
    if (cb_->has_terminate(ctx_)) {
      Co<Term> work = cb_->terminate(ctx_, cause.exit_reason(), state_);
      Outcome t = co_await attempt(std::move(work));
      if (t.failed) cause = raised(*t.failed, Site::terminate);
    }
    if (cause.kind == RaiseKind::error || !is_clean_stop(cause.reason)) report(cause, last, client);
    if (pending_reply) {
      reply(ctx_, pending_reply->first, pending_reply->second);
      if (dbg_.on()) co_await debug_out(pending_reply->first, pending_reply->second);
    }
    // (always an exit here: the report above is the only one, as Logger shows a gen_server's)
    exit_with(cause.exit_reason());
  }

  void report(const StopCause& cause, const Term& last, std::optional<Pid> client) {
    logger::GenServerReport r;
    r.name = names::report_name(name_, ctx_.self());
    r.reason = cause.exit_reason();
    r.stacktrace = cause.raised ? cause.stacktrace : Term();
    r.exception = cause.kind == RaiseKind::error;
    r.last_message = last;
    if (client && *client) {
      r.client = *client;
      r.client_alive = ctx_.runtime().alive(*client);
      // gen_server's client_stacktrace: where the caller waits, read from its process
      if (const Process* p = r.client_alive ? ctx_.runtime().find(*client) : nullptr)
        if (p->code_source) r.client_stacktrace = p->code_source->current_stacktrace(false);
    }
    r.state = cb_->reported_state(state_);
    ctx_.runtime().log(ctx_.self(), logger::gen_server_terminating(r));
  }

  Ctx& ctx_;
  std::unique_ptr<Callbacks> cb_;
  Term name_;
  Term state_;
  int64_t timeout_ = kInfinity;
  std::optional<Term> continue_;
  bool suspended_ = false;  // :sys.suspend/1 until :sys.resume/1
  Pid parent_;              // gen's Parent (run() sets it): whose exit stops the server
  Debug dbg_;
};

}  // namespace

Co<void> serve(Ctx& ctx, std::unique_ptr<Callbacks> callbacks, Term name, Term arg, Term debug) {
  Server server(ctx, std::move(callbacks), std::move(name), debug);
  co_await server.run(std::move(arg));
}

Term debug_opt(const Term& options) {
  const Term* given = options.is_list() ? keyword_get(options, Atom("debug")) : nullptr;
  return given ? *given : Term();
}

Term spawn_opt(const Term& options) {
  const Term* given = options.is_list() ? keyword_get(options, Atom("spawn_opt")) : nullptr;
  return given ? *given : Term();
}

Co<Term> start(Ctx& ctx, std::function<std::unique_ptr<Callbacks>()> make, Term arg, Term name,
               bool link, Atom label, proc_lib::StartOptions options) {
  // GenServer.start_link's check, which Agent, Supervisor and DynamicSupervisor go through
  if (!names::valid(name))
    raise(argument_error(
        "expected :name option to be one of the following:\n\n  * nil\n  * atom\n  * {:global, "
        "term}\n  * {:via, module, term}\n\nGot: " +
        inspect(name) + "\n"));
  // gen:start looks the name up first: a taken name spawns nothing
  if (!name.is_atom(atoms::nil)) {
    std::optional<Pid> holder = co_await names::whereis(ctx, name);
    if (holder && *holder)
      co_return error(Term::tuple({Term::atom("already_started"), Term(*holder)}));
  }
  // (named first: g++ 12 destroys a lambda's captures twice inside co_await)
  Term debug = options.debug;
  Body body = [make = std::move(make), arg, name, debug](Ctx& c) {
    return serve(c, make(), name, arg, debug);
  };
  co_return co_await proc_lib::start(ctx, std::move(body), link, label, std::move(options));
}

Term supervisor_format_status(const Term& state, Atom module) {
  auto chars = [](std::string_view text) {
    std::vector<Term> cs;
    for (unsigned char ch : text) cs.push_back(Term::integer(ch));
    return Term::list(cs);
  };
  return Term::list(
      {Term::tuple({Term::atom("data"), Term::list({Term::tuple({chars("State"), state})})}),
       Term::tuple({Term::atom("supervisor"),
                    Term::list({Term::tuple({chars("Callback"), Term(module)})})})});
}

}  // namespace taskplay::gen
