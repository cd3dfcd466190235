#include "taskplay/lang/vm.hpp"

#include <type_traits>

#include <algorithm>
#include <typeinfo>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/library_frames.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/prelude.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr uint32_t kHeapStep = 4096;  // report stack growth in steps of this many registers
constexpr size_t kMaxStacktrace = 8;  // the BEAM's default backtrace depth

[[noreturn]] void raise_error(Term value, Term stacktrace = Term()) {
  throw Raised{RaiseKind::error, std::move(value), std::move(stacktrace)};
}

}  // namespace

// [SECTION] Construction and the run loop --------------------------------------------------

Vm::Vm(Ctx& ctx)
    : ctx_(ctx),
      st_(state(ctx.runtime())),
      budget_(&ctx.runtime().budget()),
      proc_(&ctx.process()),
      outer_code_(ctx.process().code_source) {
  ctx.process().code_source = this;
  heap_hi_ = kHeapStep;
}

Vm::~Vm() {
  ctx_.process().code_source = outer_code_;
  if (reported_ != 0) ctx_.grow_heap(-reported_);
}

void Vm::ensure(uint32_t top) {
  if (top <= stack_.size()) return;
  stack_.resize(std::max<size_t>(top + 16, stack_.size() * 2));
}

void Vm::report_heap() {
  // two words per register and per frame record
  auto words = static_cast<int64_t>(top_) * 2 + static_cast<int64_t>(frames_.size()) * 2;
  if (words < static_cast<int64_t>(kHeapStep) * 2) words = 0;
  if (words != reported_) {
    ctx_.grow_heap(words - reported_);
    reported_ = words;
  }
  heap_hi_ = top_ + kHeapStep;
  heap_lo_ = top_ > 2 * kHeapStep ? top_ - 2 * kHeapStep : 0;
}

void Vm::clear_above(uint32_t top) {
  for (uint32_t i = top; i < stack_.size() && i < top_; ++i) stack_[i] = Term();
}

void Vm::start(const Proto* proto, std::vector<Term> args, const std::vector<Term>* captures) {
  // room for the first frame's registers and no more: an idle process keeps this (issue 16)
  stack_.resize(proto->nregs + 1);  // (push_frame keeps top_ < size as well)
  for (size_t i = 0; i < args.size(); ++i) stack_[i] = std::move(args[i]);
  if (captures)
    for (size_t i = 0; i < captures->size(); ++i) stack_[proto->capture_to[i]] = (*captures)[i];
  frames_.push_back({proto, 0, 0});
  top_ = proto->nregs;
  script_ = proto->module == Atom("elixir_compiler_0") && proto->name == Atom("__FILE__") &&
            !proto->anonymous && !typed_at_prompt(*proto);
}

// The VM lives in this coroutine's frame: a process running a fun has this one frame
// (and its registers) and no other, which keeps an idle process small (issue 16).
template <typename R>
Co<R> Vm::execute(Ctx& ctx, const Proto* proto, std::vector<Term> args,
                  const std::vector<Term>* captures) {
  Vm vm(ctx);
  vm.start(proto, std::move(args), captures);
  while (true) {
    switch (vm.exec_until_stop()) {
      case Stop::done:
        if constexpr (std::is_void_v<R>)
          co_return;
        else
          co_return std::move(vm.result_);
      case Stop::yield:
        // a budget check runs again when the process resumes (a native's wait does not)
        if (!std::exchange(vm.bif_wait_, false)) vm.ctx_.runtime().yield_redoes_reduction();
        co_await vm.ctx_.reduce(0);
        break;
      case Stop::receive:
        // (no locals here: each would be in every waiting process's frame)
        if (co_await vm.ctx_.receive([&vm](const Term& msg) { return vm.match_message(msg); },
                                     vm.receive_timeout()))
          vm.frames_.back().pc = vm.match_pc_;
        else
          vm.frames_.back().pc = vm.frames_.back().proto->code[vm.recv_pc_ + 1].t;  // `after`
        break;
      case Stop::call_native:
        if (co_await vm.call_native()) {
          if constexpr (std::is_void_v<R>)
            co_return;
          else
            co_return std::move(vm.result_);
        }
        break;
      case Stop::cont:
      case Stop::matched:
      case Stop::no_match:
        break;  // only in match_message
    }
  }
}

Co<Term> Vm::run(Ctx& ctx, const Proto* proto, std::vector<Term> args,
                 const std::vector<Term>* captures) {
  return execute<Term>(ctx, proto, std::move(args), captures);
}

Co<void> Vm::run_body(Ctx& ctx, const Proto* proto, const std::vector<Term>* captures) {
  return execute<void>(ctx, proto, {}, captures);
}

// The pending receive's `after`, in milliseconds (kInfinity without one).
int64_t Vm::receive_timeout() const {
  const Frame& f = frames_.back();
  const Ins& rcv = f.proto->code[recv_pc_];
  if (rcv.b != kNoReg) {
    const Term& t = stack_[f.base + rcv.b];
    if (t.is_small_int()) return t.small_int();
  }
  return kInfinity;
}

Vm::Stop Vm::exec_until_stop() {
  while (true) {
    bool raised = false;
    Raised err;
    Stop s = exec_protected(raised, err);
    if (!raised) return s;
    if (!unwind(err)) throw std::move(err);  // not rescued: it leaves the VM
  }
}

// Awaits the coroutine native (or foreign fun) exec() stopped at and puts its value where
// the call wanted it; true when that was the VM's last return. Its own coroutine, so that
// what only a native call needs is not kept in every process's frame, and so that the try
// around the co_await is in no loop (see "Loops, try and co_await" in coro.hpp: clang 14's
// -fwasm-exceptions loses the raise otherwise).
Co<bool> Vm::call_native() {
  Term fun = std::move(pending_fun_);
  AsyncFn async = std::exchange(pending_async_, nullptr);
  std::vector<Term> args = std::move(pending_args_);
  pending_args_.clear();
  bool failed = false;
  Raised err;
  Term r;
  try {
    if (async)
      r = co_await async(ctx_, std::move(args));
    else
      r = co_await fun.fun_obj()->call(ctx_, std::move(args));
  } catch (Raised& x) {
    err = std::move(x);
    failed = true;
  }
  native_mfa_ = 0;
  if (failed) {
    // the frame shows the call's own line (its pc is past the call); a tail call's caller
    // has no frame left on the BEAM
    if (!frames_.empty() && frames_.back().pc > 0) --frames_.back().pc;
    tail_caller_gone_ = pending_tail_;
    if (!unwind(err)) throw std::move(err);
    co_return false;
  }
  if (pending_tail_) co_return leave(std::move(r));
  stack_[frames_.back().base + pending_dst_] = std::move(r);
  co_return false;
}

Vm::Stop Vm::exec_protected(bool& raised, Raised& error) {
  try {
    return exec();
  } catch (Raised& r) {
    error = std::move(r);
    raised = true;
    return Stop::done;
  }
}

// [SECTION] Errors
// ---------------------------------------------------------------------------------

namespace {
// A frame of erl_eval, which runs what is typed in iex: the BEAM shows it where a fun
// typed at the prompt sits in a stack trace. Where that fun itself raised, threw or
// exited, erl_eval.do_apply/7 (line 742; a failed match: erl_eval.expr/6, line 496);
// where it called on, do_apply/7 at line 744. (Measured with iex 1.14.0 on OTP 25; a
// call in the middle of a fun's body also shows erl_eval.exprs/6, left out here.)
Term erl_eval_frame(bool top, const Term& error) {
  const bool badmatch = top && error.is_tuple(2) && error[0].is_atom(Atom("badmatch"));
  if (badmatch)
    return stack_frame(Term::atom("erl_eval"), Term::atom("expr"), Term::integer(6), "erl_eval.erl",
                       496);
  return stack_frame(Term::atom("erl_eval"), Term::atom("do_apply"), Term::integer(7),
                     "erl_eval.erl", top ? 742 : 744);
}

// A function's name in a stack trace: anonymous fns are "-of/1-fun-0-", as the BEAM names them.
Term frame_name(const Proto& p) {
  if (!p.anonymous) return Term(p.name);
  return Term::atom("-" + p.name.name() + "/" + std::to_string(p.fun_arity) + "-fun-" +
                    std::to_string(p.index) + "-");
}
// The arity a frame shows: an anonymous fn's is the BEAM's function it is lifted to,
// which takes the variables it captures after its own arguments (fn -> map end: /1).
uint32_t frame_arity(const Proto& p) {
  return p.anonymous ? p.arity + static_cast<uint32_t>(p.capture_from.size()) : p.fun_arity;
}
// The frame of function p at `line`, under the frames `inner`; a prelude function that
// stands for an Elixir function the BEAM names otherwise shows the BEAM's frame
Term code_frame(const Proto& p, uint32_t line, const std::vector<Term>& inner) {
  if (!p.anonymous && p.unit && p.unit->file == kPreludeFile)
    if (const LibraryFrame* lf = library_frame(p.module, p.name, p.fun_arity)) {
      Term name = Term::atom(lf->name);
      bool recursion = !inner.empty() && inner.back().is_tuple(4) &&
                       inner.back()[0] == Term(p.module) && inner.back()[1] == name;
      return stack_frame(Term(p.module), name, Term::integer(lf->arity), lf->file,
                         recursion ? lf->recursion_line : lf->call_line);
    }
  return stack_frame(Term(p.module), frame_name(p), Term::integer(frame_arity(p)), p.source_file(),
                     line);
}
}  // namespace

Term Vm::current_function() const {
  if (native_mfa_) {  // waiting in Process.sleep/1, Task.await/2, ...
    const Mfa m = mfa_of(native_mfa_);
    return Term::tuple({Term(m.module), Term(m.function), Term::integer(m.arity)});
  }
  if (frames_.empty()) return Term(atoms::nil);
  const Proto* p = frames_.back().proto;
  return Term::tuple({Term(p->module), frame_name(*p), Term::integer(frame_arity(*p))});
}

Term Vm::current_stacktrace(bool self) const {
  std::vector<Term> entries;
  auto lib = [&](const char* m, const char* f, int arity, const char* file, uint32_t line) {
    entries.push_back(stack_frame(Term::atom(m), Term::atom(f), Term::integer(arity), file, line));
  };
  if (self) {
    lib("Elixir.Process", "info", 2, "lib/process.ex", 773);
  } else if (native_mfa_) {
    // the frames the BEAM shows for the library function being waited in (measured with
    // Elixir 1.14.0 on OTP 25); Agent's functions tail-call GenServer.call/3
    const Mfa m = mfa_of(native_mfa_);
    const std::string& mod = m.module.name();
    const std::string& fun = m.function.name();
    if (mod == "Elixir.GenServer" && fun == "call") {
      lib("gen", "do_call", 4, "gen.erl", 256);
      lib("Elixir.GenServer", "call", 3, "lib/gen_server.ex", 1035);
    } else if (mod == "Elixir.Agent" && fun != "start" && fun != "start_link" && fun != "cast") {
      lib("gen", "do_call", 4, "gen.erl", 256);
      lib("Elixir.GenServer", "call", 3, "lib/gen_server.ex", 1035);
    } else if (mod == "Elixir.Process" && fun == "sleep") {
      lib("Elixir.Process", "sleep", 1, "lib/process.ex", 250);
    } else if (mod == "timer" && fun == "sleep") {
      lib("timer", "sleep", 1, "timer.erl", 219);
    } else if (mod == "Elixir.Task" && fun == "await") {
      lib("Elixir.Task", "await", 2, "lib/task.ex", 815);
    } else {
      entries.push_back(
          Term::tuple({Term(m.module), Term(m.function), Term::integer(m.arity), Term()}));
    }
  }
  const bool in_library = !entries.empty();
  for (size_t i = frames_.size(); i-- > 0 && entries.size() < kMaxStacktrace;) {
    const bool top = i + 1 == frames_.size();
    // a library function called in tail position has replaced its caller's frame
    if (top && in_library && pending_tail_ && !self) continue;
    const Frame& f = frames_[i];
    const Proto* p = f.proto;
    if (typed_at_prompt(*p)) {
      entries.push_back(erl_eval_frame(false, Term()));
      continue;
    }
    if (p->module == Atom("Elixir.ExUnit.Runner")) {
      // a test's process: ExUnit 1.14's runner (lib/ex_unit/runner.ex) ran the test
      lib("Elixir.ExUnit.Runner", "exec_test", 1, "lib/ex_unit/runner.ex", 512);
      lib("timer", "tc", 1, "timer.erl", 235);
      lib("Elixir.ExUnit.Runner", "-spawn_test_monitor/4-fun-1-", 4, "lib/ex_unit/runner.ex", 463);
      break;
    }
    uint32_t pc = top && !in_library ? f.pc : (f.pc > 0 ? f.pc - 1 : 0);
    uint32_t line = pc < p->code.size() ? p->code[pc].line : p->line;
    entries.push_back(code_frame(*p, line, entries));
  }
  if (script_)
    for (const Term& f : script_base_frames()) {
      if (entries.size() >= kMaxStacktrace) break;
      entries.push_back(f);
    }
  if (entries.size() > kMaxStacktrace) entries.resize(kMaxStacktrace);
  return Term::list(entries);
}

Term Vm::stacktrace(const Term& prefix, const Term& error) const {
  std::vector<Term> entries;
  for (const Term* c = &prefix; c->is_cons(); c = &c->tail()) {
    const Term& e = c->head();
    // a BIF's frame carries its error info: [error_info: %{module: :erl_erts_errors}]
    if (e.is_tuple(4) && e[0].is_atom(Atom("erlang")) && e[2].is_list() && e[3].is_nil()) {
      Term info = Term::map({{Term::atom("module"), Term::atom("erl_erts_errors")}});
      entries.push_back(Term::tuple(
          {e[0], e[1], e[2], Term::list({Term::tuple({Term::atom("error_info"), info})})}));
      continue;
    }
    entries.push_back(e);
  }
  // a prefix naming the function running now, with its arguments (a FunctionClauseError),
  // stands for that frame; a BIF's or a library call's (:erlang, :ets, :maps) comes on top
  bool skip_top = !entries.empty() && entries.front().is_tuple(4) && entries.front()[2].is_list() &&
                  !frames_.empty() && entries.front()[0] == Term(frames_.back().proto->module) &&
                  entries.front()[1] == frame_name(*frames_.back().proto);
  if (std::exchange(tail_caller_gone_, false)) skip_top = true;
  for (size_t i = frames_.size(); i-- > 0 && entries.size() < kMaxStacktrace;) {
    if (skip_top && i + 1 == frames_.size()) continue;  // the prefix stands for this frame
    const Frame& f = frames_[i];
    const Proto* p = f.proto;
    // the BEAM keeps one of consecutive frames returning to the same place: a recursion
    // (`h + sum(t)`) shows the frame that called the failing code and one of its callers
    if (i + 2 < frames_.size() && frames_[i + 1].proto == p && frames_[i + 1].pc == f.pc) continue;
    if (typed_at_prompt(*p)) {
      entries.push_back(erl_eval_frame(entries.empty(), error));
      continue;
    }
    uint32_t pc = i + 1 == frames_.size() ? f.pc : (f.pc > 0 ? f.pc - 1 : 0);
    uint32_t line = pc < p->code.size() ? p->code[pc].line : p->line;
    entries.push_back(code_frame(*p, line, entries));
  }
  // under a script's body (its (file) frame, gone when its last expression made a tail
  // call), the frames of `elixir x.exs` that ran it
  if (script_)
    for (const Term& f : script_base_frames()) {
      if (entries.size() >= kMaxStacktrace) break;
      entries.push_back(f);
    }
  return Term::list(entries);
}

bool Vm::unwind(Raised& r) {
  bool keep = take_reraise_mark() || reraising_;
  bool error_info = take_raise1_mark();
  if (!keep) r.stacktrace = stacktrace(r.stacktrace, r.value);
  if (error_info && !keep && r.stacktrace.is_cons() && r.stacktrace.head().is_tuple(4)) {
    // Kernel.raise/1 raises with error_info: %{module: Exception}, which the BEAM keeps in
    // the raising frame's location: [file: 'x.exs', line: 2, error_info: %{module: Exception}]
    const Term& top = r.stacktrace.head();
    Term info = Term::tuple({Term::atom("error_info"),
                             Term::map({{Term::atom("module"), Term::atom("Elixir.Exception")}})});
    Term location = Term::list(top[3].list_items(), Term::list({info}));
    r.stacktrace = Term::cons(Term::tuple({top[0], top[1], top[2], location}), r.stacktrace.tail());
  }
  reraising_ = false;
  if (handlers_.empty()) return false;
  Handler h = handlers_.back();
  handlers_.pop_back();
  uint32_t old_top = top_;
  frames_.resize(h.frame + 1);
  Frame& f = frames_.back();
  top_ = f.base + f.proto->nregs;
  for (uint32_t i = top_; i < old_top && i < stack_.size(); ++i) stack_[i] = Term();
  f.pc = h.pc;
  if (!h.guard) {
    Term* regs = stack_.data() + f.base;
    Atom kind = r.kind == RaiseKind::error    ? atoms::error
                : r.kind == RaiseKind::throw_ ? atoms::throw_
                                              : atoms::exit;
    regs[h.reg] = Term(kind);
    regs[h.reg + 1] = std::move(r.value);
    regs[h.reg + 2] = std::move(r.stacktrace);
  }
  if (top_ < heap_lo_) report_heap();
  return true;
}

void Vm::function_clause(const Proto* p, const Term* args) {
  Term entry =
      stack_frame(Term(p->module), frame_name(*p),
                  Term::list(std::span<const Term>(args, p->arity)), p->source_file(), p->line);
  raise_error(Term(atoms::function_clause), Term::list({entry}));
}

// [SECTION] Receive
// ----------------------------------------------------------------------------------

bool Vm::match_message(const Term& msg) {
  Frame& f = frames_.back();
  const Ins& rcv = f.proto->code[recv_pc_];
  stack_[f.base + rcv.a] = msg;
  uint32_t saved = f.pc;
  size_t nh = handlers_.size();
  frames_.back().pc = rcv.t;
  bool matched = false;
  while (true) {
    bool raised = false;
    Raised err;
    Stop s = exec_protected(raised, err);
    if (!raised) {
      matched = s == Stop::matched;
      break;
    }
    // only a guard's own handler may take an error here
    if (handlers_.size() > nh && handlers_.back().guard) {
      reraising_ = true;  // no stack trace needed
      unwind(err);
      continue;
    }
    break;
  }
  handlers_.resize(nh);
  frames_.back().pc = saved;
  return matched;
}

}  // namespace taskplay::lang
