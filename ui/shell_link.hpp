#pragma once
// The shell, as the playground's panels see it: lang::Shell (core/taskplay/lang/shell.hpp,
// the iex-like session the CLI's `taskplay repl` also runs) with its transcript cut into
// lines the console can colour, and the lines the person gave it waiting their turn.
//
// Everything the UI does to the runtime goes through submit(): typed lines, the panels'
// buttons, presets and share links are all lines of Elixir here. The shell is given the
// next line only once it has finished the last expression, so its transcript reads as
// an iex session does: each input after its prompt, then what it printed.
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {
class Runtime;
namespace lang {
class Shell;
}
}  // namespace taskplay

namespace taskplay::ui {

struct ConsoleLine {
  enum class Kind : uint8_t {
    input,   // an input line after its prompt
    output,  // what was printed: results (inspect) and IO.puts
    error,   // ** (RuntimeError) boom, ** (EXIT from ...) ... and the lines under them
    log,     // Logger's error reports ([error] Task #PID<...> ... terminating)
    note,    // the banner
  };
  Kind kind;
  std::string prompt;  // for input: "iex(3)> " or "...(3)> "
  std::string text;
};

class ShellLink {
 public:
  explicit ShellLink(Runtime& rt);
  ~ShellLink();
  ShellLink(const ShellLink&) = delete;
  ShellLink& operator=(const ShellLink&) = delete;

  // One line as typed (or one line of a preset); it waits its turn.
  void submit(std::string_view line);

  // After the scheduler ran: replaces a shell that died (lang::Shell::poll), takes
  // Logger's reports, and hands the shell waiting lines while it is not busy.
  void update();

  Pid pid() const;
  // Every shell process so far, oldest first (the graph draws the dead ones faded).
  const std::vector<Pid>& shells() const { return shells_; }
  bool busy() const;                       // evaluating an expression
  std::string_view current_input() const;  // the expression being evaluated, if busy
  const std::deque<std::string>& queued() const { return queue_; }
  std::string prompt() const;
  const std::vector<ConsoleLine>& transcript() const { return transcript_; }
  std::vector<std::pair<std::string, Term>> bindings() const;
  // Counts shell deaths (0 for the first shell).
  uint32_t generation() const { return static_cast<uint32_t>(shells_.size()) - 1; }

 private:
  void write(std::string_view text);
  void append_lines(std::string_view text);
  void add_line(std::string_view line);

  std::unique_ptr<lang::Shell> shell_;
  std::deque<std::string> queue_;
  std::string current_;  // the last complete expression handed over
  std::string fed_;      // the lines of an expression handed over so far
  std::string pending_;  // transcript text after the last newline (a prompt, usually)
  std::vector<ConsoleLine> transcript_;
  std::vector<Pid> shells_;
  bool in_error_ = false;
  bool echoing_ = false;  // inside lang::Shell::input: what it writes is the echo
};

}  // namespace taskplay::ui
