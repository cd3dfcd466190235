#include "taskplay/lang/shell.hpp"

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/lang/vm.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {
constexpr std::string_view kBanner =
    "Interactive Elixir (1.14.0) - press Ctrl+C to exit (type h() ENTER for help)";
const Atom kWake("$shell_input");  // the message that wakes an idle shell process
}  // namespace

struct Shell::State {
  Runtime* rt = nullptr;
  Sink out;
  ShellOptions opts;
  Pid pid;
  uint32_t generation = 0;  // which shell process is the current one
  int counter = 1;
  std::string buffer;  // an incomplete expression, line by line
  std::vector<std::string> names;
  std::vector<Term> values;
  std::vector<Atom> required;     // require Logger, kept from one input to the next as in iex
  std::deque<std::string> queue;  // complete expressions waiting for the shell process
  bool idle = false;              // the shell process waits for input
  bool evaluating = false;
  bool dead = false;
  Term dead_reason;
  Pid dead_pid;
  uint64_t dead_seq = 0;  // the trace's length when the shell process died
  uint64_t log_seq = 0;   // trace events already looked at for log reports

  std::string prompt() const {
    return (buffer.empty() ? "iex(" : "...(") + std::to_string(counter) + ")> ";
  }
  void write(std::string_view s) {
    if (out) out(s);
  }
};

namespace {

// Notes the death of a shell process when its frame is torn down.
struct DeathGuard {
  std::shared_ptr<Shell::State> st;
  uint32_t generation;
  Ctx* ctx;
  ~DeathGuard() {
    if (st->generation != generation) return;
    const Process& p = ctx->process();
    st->dead = true;
    st->dead_reason = p.exit_pending ? p.exit_reason : Term(atoms::killed);
    st->dead_pid = p.pid;
    st->dead_seq = ctx->runtime().trace().total();
    st->idle = false;
    st->evaluating = false;
  }
};

// The stack trace as iex shows it: without the frames of the evaluated input
// itself (erl_eval's, which stand for funs typed at the prompt: vm.cpp), nor iex's own
// evaluator frames.
std::string shell_stacktrace(const Term& st) {
  std::vector<Term> kept;
  for (const Term* c = &st; c->is_cons(); c = &c->tail()) {
    const Term& e = c->head();
    if (e.is_tuple(4) &&
        (e[0].is_atom(Atom("elixir_compiler_0")) || e[0].is_atom(Atom("erl_eval"))))
      continue;
    kept.push_back(e);
  }
  return format_stacktrace(Term::list(kept));
}

// Compiles and runs one complete input, and returns what the shell prints for it. Its
// own coroutine rather than a block inside shell_body's loop: see "Loops, try and
// co_await" in coro.hpp (clang 14's -fwasm-exceptions loses the raise otherwise).
Co<std::string> evaluate(Ctx& ctx, std::shared_ptr<Shell::State> st, std::string source) {
  auto line_offset = static_cast<uint32_t>(st->counter - 1);
  std::string text;  // what to print
  bool raised = false;
  Raised err;
  try {
    CompileOptions o;
    o.file = "iex";
    o.shell = true;
    o.bindings = st->names;
    o.required = &st->required;
    const Unit* unit = compile_for(ctx.runtime(), source, o);
    Term r = co_await Vm::run(ctx, unit->main, st->values);
    // {value, {bindings...}}
    st->names = unit->bindings_out;
    auto items = r[1].tuple_items();
    st->values.assign(items.begin(), items.end());
    text = inspect_at(r[0], 80) + "\n";
    ++st->counter;
  } catch (const SyntaxError& e) {
    text = format_syntax_error(e, "iex", source, line_offset) + "\n\n";
  } catch (const CompileError& e) {
    text = format_compile_error(e, "iex", line_offset) + "\n\n";
  } catch (Raised& r) {
    if (ctx.process().exit_pending) throw;  // it is dying (Process.exit(self(), :kill))
    err = std::move(r);
    raised = true;
  }
  if (raised) {
    text = format_banner(err.kind, err.value, err.stacktrace, true) + "\n";
    std::string trace = shell_stacktrace(blame_stacktrace(err.value, err.stacktrace));
    text += trace.empty() ? "\n" : trace + "\n";
  }
  co_return text;
}

Body shell_body(std::shared_ptr<Shell::State> st, uint32_t generation) {
  return [st, generation](Ctx& ctx) -> Co<void> {
    DeathGuard guard{st, generation, &ctx};
    while (true) {
      while (st->queue.empty()) {
        st->idle = true;
        co_await ctx.receive([](const Term& m) { return m.is_tuple(1) && m[0].is_atom(kWake); });
        st->idle = false;
      }
      std::string source = std::move(st->queue.front());
      st->queue.pop_front();
      st->evaluating = true;
      std::string text = co_await evaluate(ctx, st, std::move(source));
      st->evaluating = false;
      st->write(text);
      if (st->queue.empty()) st->write(st->prompt());
    }
  };
}

}  // namespace

Shell::Shell(Runtime& rt, Sink out, ShellOptions opts) : rt_(rt), st_(std::make_shared<State>()) {
  st_->rt = &rt;
  st_->out = std::move(out);
  st_->opts = opts;
  st_->log_seq = rt.trace().total();
  lang::State& lang = state(rt);
  auto st = st_;
  lang.output = [st](Pid, std::string_view s) { st->write(s); };
  lang.error_output = [st](Pid, std::string_view s) { st->write(s); };
}

Shell::~Shell() {
  // the shell process may outlive this object (in the runtime): forget it
  st_->generation = UINT32_MAX;
  st_->out = nullptr;
}

void Shell::start() {
  if (st_->opts.banner) st_->write(std::string(kBanner) + "\n");
  spawn_shell();
  st_->write(st_->prompt());
}

void Shell::spawn_shell() {
  ++st_->generation;
  st_->idle = false;
  st_->pid = rt_.spawn(shell_body(st_, st_->generation));
}

Shell::Input Shell::input(std::string_view line) {
  State& s = *st_;
  if (s.opts.echo_input) s.write(std::string(line) + "\n");
  std::string candidate =
      s.buffer.empty() ? std::string(line) : s.buffer + "\n" + std::string(line);
  bool blank = candidate.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank && s.buffer.empty()) {
    if (!busy()) s.write(s.prompt());
    return Input::empty;
  }
  try {
    parse(candidate);
  } catch (const SyntaxError& e) {
    if (e.incomplete) {
      s.buffer = candidate;
      s.write(s.prompt());
      return Input::incomplete;
    }
    s.buffer.clear();
    s.write(format_syntax_error(e, "iex", candidate, static_cast<uint32_t>(s.counter - 1)) +
            "\n\n");
    if (!busy()) s.write(s.prompt());
    return Input::error;
  }
  s.buffer.clear();
  s.queue.push_back(std::move(candidate));
  if (s.idle) {
    s.idle = false;  // woken once
    rt_.send(s.pid, Term::tuple({Term(kWake)}));
  }
  return Input::queued;
}

void Shell::poll() {
  State& s = *st_;
  // Logger's reports of the trace events before `end`, in order, each once.
  auto print_logs = [&](uint64_t end) {
    const Trace& tr = rt_.trace();
    const uint64_t first = tr.total() - tr.size();
    if (s.opts.print_logs) {
      for (uint64_t seq = std::max(s.log_seq, first); seq < end && seq < tr.total(); ++seq) {
        const Event& e = tr[static_cast<size_t>(seq - first)];
        if (e.kind == EventKind::log && e.data.is_binary() && !lang::state(rt_).log_captured(seq))
          s.write(logger::console_text(e.level, e.data.binary()));
      }
    }
    s.log_seq = std::max(s.log_seq, end);
  };
  if (s.dead) {
    s.dead = false;
    // what was logged before the shell died comes first (a task's crash report, then the
    // shell's EXIT line), as in iex, even when both happened in one slice of the page
    print_logs(s.dead_seq);
    s.write("** (EXIT from " + inspect(Term(s.dead_pid)) +
            ") shell process exited with reason: " + format_exit(s.dead_reason) + "\n\n");
    if (s.opts.banner) s.write(std::string(kBanner) + "\n");
    s.counter = 1;
    s.buffer.clear();
    if (!s.opts.keep_bindings_on_restart) {
      s.names.clear();
      s.values.clear();
    }
    spawn_shell();
    if (s.queue.empty()) s.write(s.prompt());
  }
  print_logs(rt_.trace().total());
}

bool Shell::run_until_idle(uint64_t max_reductions, int64_t max_wait_ms) {
  uint64_t start = rt_.total_reductions();
  int64_t until = rt_.now_us() + max_wait_ms * 1000;
  WorkClock work(rt_);
  while (true) {
    poll();
    if (rt_.total_reductions() - start >= max_reductions) return false;
    if (rt_.step()) {
      work.after_step();
      continue;
    }
    poll();
    if (rt_.has_work()) continue;
    auto next = rt_.next_timer_us();
    if (!next || !rt_.clock().is_virtual()) return true;
    // while the shell evaluates, time goes on until it is done; after that,
    // only as far as max_wait_ms (a process may wait on a timer forever)
    if (!busy() && *next > until) return true;
    rt_.clock().advance_to(*next);
  }
}

Pid Shell::pid() const { return st_->pid; }
bool Shell::busy() const { return st_->evaluating || !st_->queue.empty(); }
int Shell::counter() const { return st_->counter; }
std::string Shell::prompt() const { return st_->prompt(); }

std::vector<std::pair<std::string, Term>> Shell::bindings() const {
  std::vector<std::pair<std::string, Term>> out;
  for (size_t i = 0; i < st_->names.size() && i < st_->values.size(); ++i)
    out.emplace_back(st_->names[i], st_->values[i]);
  return out;
}

}  // namespace taskplay::lang
