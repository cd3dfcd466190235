#pragma once
// The shell: an iex-like session in which the person acts as a process.
//
// Typed lines are parsed here (like IEx.Server), evaluated by the *shell
// process* (like iex's evaluator), and the transcript goes to a sink:
//
//   iex(1)> x = Task.async(fn -> Fib.of(20) end)
//   %Task{...}
//   iex(2)> Task.await(x)
//   6765
//
// Results print as inspect shows them; errors as iex prints them
// (`** (RuntimeError) boom`), and the same shell process goes on. When the
// shell process itself dies (a linked task crashed, Process.exit(self(),
// :kill)), the shell prints
//   ** (EXIT from #PID<0.110.0>) shell process exited with reason: ...
// and starts a new shell process with a new pid, as iex does. Elixir 1.14's
// iex starts that new shell with no variables and the counter back at 1
// (checked against iex 1.14.0); keep_bindings_on_restart changes that.
//
// The host drives the runtime: after pumping it, call poll() so a dead
// shell is noticed and replaced, and log events (crash reports) reach the
// transcript. run_until_idle() does both for tests and the CLI.

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/lang/bytecode.hpp"
#include "taskplay/term.hpp"

namespace taskplay {
class Runtime;
}

namespace taskplay::lang {

struct ShellOptions {
  bool echo_input = true;  // write each typed line after its prompt (a terminal echoes by itself)
  bool banner = true;      // "Interactive Elixir (1.14.0) - press Ctrl+C to exit ..."
  bool print_logs = true;  // crash reports (the runtime's log events) go to the transcript
  bool keep_bindings_on_restart = false;  // iex 1.14 starts a replaced shell with none
};

class Shell {
 public:
  using Sink = std::function<void(std::string_view)>;
  Shell(Runtime& rt, Sink out, ShellOptions opts = {});
  ~Shell();
  Shell(const Shell&) = delete;
  Shell& operator=(const Shell&) = delete;

  // Prints the banner, starts the shell process, prints the first prompt.
  void start();

  enum class Input : uint8_t {
    queued,      // a complete expression: the shell process will evaluate it
    incomplete,  // the expression goes on: the prompt is now ...(n)>
    error,       // a syntax or compile error, printed; the shell waits for a new expression
    empty,       // a blank line
  };
  // One typed line (without its newline).
  Input input(std::string_view line);

  // After the host has run the runtime: replaces a dead shell process and
  // copies new crash reports into the transcript.
  void poll();
  // Runs the runtime until the shell waits for input and nothing else can
  // run for `max_wait_ms` of virtual time (or `max_reductions` are spent).
  // Returns false if it stopped because of the reduction bound.
  bool run_until_idle(uint64_t max_reductions = 50'000'000, int64_t max_wait_ms = 60'000);

  Pid pid() const;
  bool busy() const;           // evaluating (or about to)
  int counter() const;         // n in iex(n)>
  std::string prompt() const;  // "iex(3)> " or "...(3)> " while an expression is incomplete
  // The variables the shell knows, name -> value.
  std::vector<std::pair<std::string, Term>> bindings() const;

  struct State;  // shared with the shell process (shell.cpp)

 private:
  void spawn_shell();
  Runtime& rt_;
  std::shared_ptr<State> st_;
};

}  // namespace taskplay::lang
