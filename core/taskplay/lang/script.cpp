#include "taskplay/lang/script.hpp"

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/lang/vm.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

const Unit* compile_for(Runtime& rt, std::string_view source, const CompileOptions& opts) {
  NodeP tree = parse(source);
  State& st = state(rt);
  if (!opts.shell) st.sources[opts.file] = std::string(source);
  return compile_tree(rt, *tree, opts);
}

namespace {
template <typename Run>
Co<void> noting_end(Ctx& ctx, std::shared_ptr<ProcessEnd> end, Run run);

// CompileOptions::run_macro: the macro runs in a process of its own, the runtime stepped
// until it ends (the compilation waits for it, as Elixir's waits for a macro). Not from
// inside a process (the shell, Code.eval_string): the runtime cannot step from there.
Term run_macro_now(Runtime& rt, const std::vector<const ModuleDef*>& modules, const Proto* fn,
                   std::vector<Term> args, uint32_t line, const std::string& macro,
                   std::string* printed) {
  if (rt.current())
    throw CompileError("the macro " + macro +
                           " cannot be expanded here (taskplay expands macros when a script "
                           "compiles)",
                       line);
  State& st = state(rt);
  for (const ModuleDef* m : modules) st.define_module(rt, *m);
  auto end = std::make_shared<ProcessEnd>();
  auto value = std::make_shared<Term>();
  Pid pid = rt.spawn([fn, args, end, value](Ctx& ctx) -> Co<void> {
    return noting_end(ctx, end, [fn, args, value](Ctx& c) -> Co<Term> {
      Term v = co_await Vm::run(c, fn, args);
      *value = v;
      co_return v;
    });
  });
  uint64_t capture = 0;
  if (printed) {  // its stdout (and its children's) kept for the compiler
    capture = ++st.last_capture;
    st.captures.push_back(State::Capture{capture, pid, false, {}, {}});
  }
  while (rt.alive(pid)) {
    if (rt.step()) continue;
    auto next = rt.next_timer_us();
    if (!next || !rt.clock().is_virtual()) break;
    rt.clock().advance_to(*next);
  }
  if (printed) {
    auto c = std::find_if(st.captures.begin(), st.captures.end(),
                          [capture](const State::Capture& x) { return x.id == capture; });
    if (c != st.captures.end()) {
      *printed += c->text;
      st.captures.erase(c);
    }
    // a macro that fails has its say before its error
    if (!end->ended || end->raised || !end->reason.is_atom(atoms::normal)) {
      st.write(Pid{}, *printed, false);
      printed->clear();
    }
  }
  if (!end->ended) throw CompileError("the macro " + macro + " never returned", line);
  if (end->raised) {
    // "** (RuntimeError) boom": the kind and the message
    std::string banner =
        format_banner(end->error.kind, end->error.value, end->error.stacktrace, true);
    std::string kind = "RuntimeError";
    std::string message = banner;
    if (banner.rfind("** (", 0) == 0 && banner.find(") ") != std::string::npos) {
      size_t close = banner.find(") ");
      kind = banner.substr(4, close - 4);
      message = banner.substr(close + 2);
    }
    throw CompileError(message, line, kind, "    expanding macro: " + macro + "\n");
  }
  if (!end->reason.is_atom(atoms::normal))
    throw CompileError("the macro " + macro + " exited: " + inspect(end->reason), line);
  return *value;
}
}  // namespace

const Unit* compile_tree(Runtime& rt, const Node& tree, const CompileOptions& opts) {
  State& st = state(rt);
  CompileOptions o = opts;
  if (!o.documented) o.documented = [&st](Atom m) { return st.documented(m); };
  if (!o.run_macro)
    o.run_macro = [&rt](const std::vector<const ModuleDef*>& modules, const Proto* fn,
                        std::vector<Term> args, uint32_t line, const std::string& macro,
                        std::string* printed) {
      return run_macro_now(rt, modules, fn, std::move(args), line, macro, printed);
    };
  return st.adopt(compile(tree, o));
}

namespace {
// Notes how the process ended when its frame is destroyed: after a normal
// return, an uncaught error, or a teardown by an exit signal (then the frame
// dies with the process and the runtime has set its exit reason).
struct EndGuard {
  std::shared_ptr<ProcessEnd> end;
  Ctx* ctx;
  ~EndGuard() {
    if (!end || end->ended) return;
    end->ended = true;
    const Process& p = ctx->process();
    end->reason = p.exit_pending ? p.exit_reason : Term(atoms::killed);
  }
};
}  // namespace

namespace {
// A process body that runs `run` (a coroutine returning a term) and notes in `end` how it
// ended: normally, or with an error nobody caught (then the process exits with the error's
// reason as an exit, so the runtime does not log it a second time: the script's runner
// prints it, as elixir does).
template <typename Run>
Co<void> noting_end(Ctx& ctx, std::shared_ptr<ProcessEnd> end, Run run) {
  EndGuard guard{end, &ctx};
  bool failed = false;
  Raised err;
  try {
    co_await run(ctx);
  } catch (Raised& r) {
    err = std::move(r);
    failed = true;
  }
  if (failed) {
    if (end && !ctx.process().exit_pending) {
      end->ended = true;
      end->raised = true;
      end->error = err;
      end->reason = exit_reason_of(err);
    }
    exit_with(exit_reason_of(err));
  }
  if (end) {
    end->ended = true;
    end->reason = Term(atoms::normal);
  }
}
}  // namespace

Body program_body(const Unit* unit, std::shared_ptr<ProcessEnd> end) {
  return [unit, end](Ctx& ctx) -> Co<void> {
    // what `elixir x.exs`'s compiler leaves in the script's process dictionary (Process.get/0
    // shows it): the checker's entry (no checker process here) and the module binaries (none)
    ProcessDictionary& d = ctx.process().extra().dictionary;
    // (put in this order, the BEAM's listing order follows)
    d.put(Term(atoms::elixir_module_binaries), Term());
    d.put(Term(atoms::elixir_checker_info), Term::tuple({Term(ctx.self()), Term(atoms::nil)}));
    // what Process.info shows it linked to (the checker's server) and monitored by
    ctx.process().extra().outside_link = Pid{97, 0};
    ctx.process().extra().outside_monitor = Pid{9, 0};
    return noting_end(ctx, end, [unit](Ctx& c) { return Vm::run(c, unit->main, {}); });
  };
}

std::string format_syntax_error(const SyntaxError& e, std::string_view file,
                                std::string_view source, uint32_t line_offset) {
  uint32_t line = e.line + line_offset;
  const bool missing_terminator = e.message.rfind("missing terminator", 0) == 0;
  std::string kind =
      e.incomplete && (missing_terminator || e.message == "syntax error: expression is incomplete")
          ? "TokenMissingError"
          : "SyntaxError";
  std::string s = "** (" + kind + ") " + std::string(file) + ":" + std::to_string(line) + ":" +
                  std::to_string(e.col) + ": " + e.message;
  // the offending line with a caret under the column
  size_t start = 0;
  for (uint32_t l = 1; l < e.line && start != std::string_view::npos; ++l) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start != std::string_view::npos && start < source.size() && e.snippet &&
      !missing_terminator) {
    size_t end = source.find('\n', start);
    std::string_view text = source.substr(start, end == std::string_view::npos ? end : end - start);
    std::string num = std::to_string(line);
    if (num.size() < 3) num.insert(0, 3 - num.size(), ' ');  // Elixir right-aligns it in 3 columns
    s += "\n    |\n" + num + " | " + std::string(text) + "\n    | " +
         std::string(e.col > 0 ? e.col - 1 : 0, ' ') + "^";
  }
  return s;
}

std::string format_compile_error(const CompileError& e, std::string_view file,
                                 uint32_t line_offset) {
  if (!e.kind.empty())
    return "** (" + e.kind + ") " + e.message + "\n" + e.frames + "    " + std::string(file) + ":" +
           std::to_string(e.line + line_offset) + ": " + (e.where.empty() ? "(file)" : e.where);
  std::string at = std::string(file) + ":" + std::to_string(e.line + line_offset);
  if (!e.frames.empty())  // a CompileError raised while expanding something at the top level
    return "** (CompileError) " + at + ": " + e.message + "\n" + e.frames + "    " + at +
           ": (file)";
  return "** (CompileError) " + at + ": " + e.message;
}

// The status and stderr text of a process's end, as `elixir` reports its script's.
void settle(ScriptResult& result, const ProcessEnd& end) {
  const Term& r = end.reason;
  if (r.is_atom(atoms::normal)) return;
  result.status = 1;
  // Kernel.CLI's exec_fun/2: an exit the script raised itself with {:shutdown, n} gives the
  // status n, quietly; with :shutdown or {:shutdown, other}, 0. An exit signal that killed
  // it (a linked process's) is printed whatever its reason, with status 1.
  if (end.raised && end.error.kind == RaiseKind::exit) {
    const Term& v = end.error.value;
    if (v.is_tuple(2) && v[0].is_atom(atoms::shutdown) && v[1].is_small_int()) {
      result.status = static_cast<int>(v[1].small_int());
      return;
    }
    if (v.is_atom(atoms::shutdown) || (v.is_tuple(2) && v[0].is_atom(atoms::shutdown))) {
      result.status = 0;
      return;
    }
  }
  if (end.raised) {
    result.error = format_banner(end.error.kind, end.error.value, end.error.stacktrace, true);
    std::string st = format_stacktrace(
        blame_stacktrace(end.error.value, prune_script_stacktrace(end.error.stacktrace)));
    if (!st.empty()) result.error += "\n" + st;
    result.error += "\n";
    return;
  }
  result.error = "** (EXIT from " + inspect(Term(result.main)) + ") " + format_exit(r) + "\n\n";
}

ScriptRunner::ScriptRunner(Runtime& rt, uint64_t max_reductions, std::function<void()> after_step)
    : rt_(rt),
      start_(rt.total_reductions()),
      max_(max_reductions),
      after_step_(std::move(after_step)),
      work_(rt) {}

ScriptRunner::Wait ScriptRunner::run_until_gone(Pid pid, uint64_t budget) {
  const uint64_t from = rt_.total_reductions();
  while (rt_.alive(pid)) {
    if (rt_.total_reductions() - start_ >= max_) return Wait::stuck;
    if (rt_.total_reductions() - from >= budget) return Wait::budget;
    if (rt_.step()) {
      work_.after_step();
      if (after_step_) after_step_();
      if (state(rt_).halt_status >= 0) return Wait::halted;
      continue;
    }
    auto next = rt_.next_timer_us();
    if (!next || !rt_.clock().is_virtual()) return Wait::stuck;  // everyone waits forever
    rt_.clock().advance_to(*next);
  }
  return Wait::gone;
}

ScriptResult ScriptRunner::run(std::string_view source, const std::string& file, bool docs,
                               const std::string& application) {
  start(source, file, false, docs, application);
  while (!advance(UINT64_MAX)) {
  }
  return result_;
}

void ScriptRunner::run_at_exit(ScriptResult& result) {
  result_ = result;
  over_ = !next_at_exit();
  while (!advance(UINT64_MAX)) {
  }
  result = result_;
}

void ScriptRunner::start(std::string_view source, const std::string& file, bool at_exit, bool docs,
                         const std::string& application) {
  result_ = ScriptResult{};
  at_exit_ = at_exit;
  in_at_exit_ = false;
  over_ = true;
  const Unit* unit;
  try {
    CompileOptions o;
    o.file = file;
    o.docs = docs;
    o.application = application;
    unit = compile_for(rt_, source, o);
  } catch (const SyntaxError& e) {
    result_.status = 1;
    result_.error = format_syntax_error(e, file, source) + "\n";
    return;
  } catch (const CompileError& e) {
    result_.status = 1;
    result_.error = format_compile_error(e, file) + "\n";
    return;
  }
  end_ = std::make_shared<ProcessEnd>();
  result_.main = waiting_ = rt_.spawn(program_body(unit, end_));
  over_ = false;
}

bool ScriptRunner::next_at_exit() {
  // each fun, newest first, in a process of its own, with the status; a fun that exits with
  // {:shutdown, n} sets the status to n (ExUnit's failures give 2)
  State& st = state(rt_);
  if (!result_.finished || st.at_exit.empty()) return false;
  Term fun = st.at_exit.back();
  st.at_exit.pop_back();
  end_ = std::make_shared<ProcessEnd>();
  int status = result_.status;
  std::shared_ptr<ProcessEnd> fend = end_;
  waiting_ = rt_.spawn([fun, fend, status](Ctx& c) -> Co<void> {
    return noting_end(c, fend, [fun, status](Ctx& c2) -> Co<Term> {
      std::vector<Term> args{Term::integer(status)};
      co_return co_await call_fun(c2, fun, std::move(args));
    });
  });
  in_at_exit_ = true;
  return true;
}

bool ScriptRunner::advance(uint64_t reductions) {
  while (!over_) {
    const uint64_t from = rt_.total_reductions();
    Wait w = run_until_gone(waiting_, reductions);
    if (w == Wait::budget) return false;
    if (w == Wait::halted) {  // System.halt/1: its status, nothing more runs
      result_.status = state(rt_).halt_status;
      result_.finished = true;
      over_ = true;
      break;
    }
    const uint64_t spent = rt_.total_reductions() - from;
    reductions -= std::min(reductions, spent);
    result_.finished = w == Wait::gone;
    if (!end_->ended) {
      if (!in_at_exit_) result_.status = 1;
      over_ = true;
      break;
    }
    if (!in_at_exit_) {
      result_.reason = end_->reason;
      settle(result_, *end_);
      over_ = !(at_exit_ && next_at_exit());
    } else {
      ScriptResult at;
      settle(at, *end_);
      if (at.status != 0) {
        result_.status = at.status;
        result_.error += at.error;
      }
      over_ = !next_at_exit();
    }
    if (!over_ && reductions == 0) return false;
  }
  return true;
}

ScriptResult run_script(Runtime& rt, std::string_view source, const std::string& file,
                        uint64_t max_reductions, const std::function<void()>& after_step) {
  ScriptRunner runner(rt, max_reductions, after_step);
  runner.start(source, file, true);
  while (!runner.advance(UINT64_MAX)) {
  }
  return runner.result();
}

}  // namespace taskplay::lang
