#pragma once
// Running a program of the language: `elixir FILE.exs` on the runtime.
//
//   lang::State& st = lang::state(rt);
//   st.output = [](Pid, std::string_view s) { std::cout << s; };
//   auto r = lang::run_script(rt, source, "tasks1.exs");
//   // r.status: 0, or 1 when the script's process died abnormally;
//   // r.error: what elixir prints on stderr then ("** (RuntimeError) boom ...")
//
// The script runs as one process (its "main"); as with `elixir`, the run ends
// when that process ends, whatever other processes are doing. Time is the
// runtime's clock: on a virtual clock, sleeps take no real time.

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "taskplay/errors.hpp"
#include "taskplay/lang/bytecode.hpp"
#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/lexer.hpp"
#include "taskplay/process.hpp"
#include "taskplay/work_clock.hpp"

namespace taskplay {
class Runtime;
}

namespace taskplay::lang {

// How a process running compiled code ended, filled in as it ends (by its
// body, or when the runtime tears it down after an exit signal).
struct ProcessEnd {
  bool ended = false;
  bool raised = false;  // the code raised/threw/exited and nobody caught it
  Raised error;         // ...with this
  Term reason;          // its exit reason
};

// Compiles `source` for `rt` (the unit lives as long as the runtime).
// Throws SyntaxError or CompileError.
const Unit* compile_for(Runtime& rt, std::string_view source, const CompileOptions& opts);
// The same for a syntax tree (Code.eval_quoted/2). Throws CompileError.
const Unit* compile_tree(Runtime& rt, const Node& tree, const CompileOptions& opts);

// A process body running `unit`'s main; `end` (optional) learns how it ended.
Body program_body(const Unit* unit, std::shared_ptr<ProcessEnd> end = nullptr);

// `** (SyntaxError) x.exs:2:1: syntax error before: "3"` with the caret
// block, as Elixir prints it. `line_offset` is added to the error's line
// (the shell numbers lines across inputs).
std::string format_syntax_error(const SyntaxError& e, std::string_view file,
                                std::string_view source, uint32_t line_offset = 0);
std::string format_compile_error(const CompileError& e, std::string_view file,
                                 uint32_t line_offset = 0);

struct ScriptResult {
  int status = 0;     // 0 when the script's process ended normally
  std::string error;  // what `elixir` prints on stderr when it did not
  Pid main;
  Term reason;           // the main process's exit reason
  bool finished = true;  // false: stopped at max_reductions, or every process waits forever
};

// Runs programs on one runtime, each as its own main process to that process's end, as
// `elixir a.exs` does (run, then run_at_exit) and `taskplay test` (several files, then
// ExUnit). A runner's reduction budget counts from its construction.
class ScriptRunner {
 public:
  explicit ScriptRunner(Runtime& rt, uint64_t max_reductions = UINT64_MAX,
                        std::function<void()> after_step = {});
  // `docs`: compiled as a project's lib/ file (its modules keep their docs, for doctest)
  ScriptResult run(std::string_view source, const std::string& file, bool docs = false,
                   const std::string& application = {});
  // System.at_exit/1's funs, newest first, each in a process of its own, given the status.
  void run_at_exit(ScriptResult& result);

  // The same a slice at a time (the race explorer in the page): start() compiles the
  // program and spawns its process; advance() runs about `reductions` reductions (at least
  // one step) and says whether the program is over, and with `at_exit` its at_exit funs
  // too, as run_script runs them. result() is final then.
  void start(std::string_view source, const std::string& file, bool at_exit = false,
             bool docs = false, const std::string& application = {});
  bool advance(uint64_t reductions);
  const ScriptResult& result() const { return result_; }

 private:
  // stuck: waits forever, or max_reductions hit; halted: a process called System.halt/1
  enum class Wait { gone, stuck, budget, halted };
  Wait run_until_gone(Pid pid, uint64_t budget);
  bool next_at_exit();  // spawns the next at_exit fun: false when there is none to run
  Runtime& rt_;
  uint64_t start_;
  uint64_t max_;
  std::function<void()> after_step_;
  WorkClock work_;
  ScriptResult result_;
  Pid waiting_;  // the process advance() runs to its end: the program's, or an at_exit fun's
  std::shared_ptr<ProcessEnd> end_;
  bool at_exit_ = false;     // go on with the at_exit funs after the program
  bool in_at_exit_ = false;  // waiting_ is an at_exit fun's process
  bool over_ = true;
};

// Runs `source` as `elixir file` would. Output goes to lang::state(rt).output.
// `after_step` (optional) runs after each unit of work (the CLI prints log
// reports as they happen).
ScriptResult run_script(Runtime& rt, std::string_view source, const std::string& file,
                        uint64_t max_reductions = UINT64_MAX,
                        const std::function<void()>& after_step = {});

}  // namespace taskplay::lang
