#pragma once
// The language's state in one runtime: which function each Module.fun/arity
// id calls (compiled code, a native, or nothing yet), the compiled units
// (kept for the runtime's lifetime: frames and closures point into them),
// and the output device that IO.puts writes to.

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/lang/bytecode.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay {
class Runtime;
}

namespace taskplay::lang {

struct Entry {
  enum class Kind : uint8_t { none, code, sync, async };
  Kind kind = Kind::none;
  bool is_private = false;
  const Proto* proto = nullptr;
  SyncFn sync = nullptr;
  AsyncFn async = nullptr;
};

class State {
 public:
  // Where IO.puts and friends write (pid of the writer, text). By default
  // text is kept in `captured` (tests read it).
  std::function<void(Pid, std::string_view)> output;
  // IO.gets/IO.read on :stdio read the host's standard input (the CLI sets it); otherwise
  // there is none: every read is :eof (the page, the desktop app, the test suite).
  bool reads_stdin = false;
  // IO.puts(:stderr, ...) and IO.warn; by default the same as `output`.
  std::function<void(Pid, std::string_view)> error_output;
  std::string captured;

  // System.at_exit/1's funs, in the order given (run_script runs the newest first).
  std::vector<Term> at_exit;
  // System.halt/1's status once a process called it: the run stops there, at_exit funs and
  // all (ScriptRunner); -1 before.
  int halt_status = -1;
  // The source text of each compiled script, by file name: ExUnit's `code:` line.
  std::map<std::string, std::string, std::less<>> sources;
  // The directory script names are relative to (taskplay run's working directory, given by
  // the host): ExUnit's :file tag is absolute and its locations relative to it.
  std::string cwd;
  // ExUnit's per-test bookkeeping (on_exit callbacks by {ExUnit.OnExit, pid}).
  std::vector<std::pair<Term, Term>> ex_unit_store;
  // ExUnit.CaptureIO: output captured instead of written. A capture of stdout takes what
  // its process and the processes it spawned write (they share its group leader on the
  // BEAM); a capture of stderr takes everybody's (stderr is one named device).
  struct Capture {
    uint64_t id;
    Pid pid;
    bool on_stderr;
    std::string text;
    std::string input;  // what IO.gets/IO.read read in it (capture_io's :input), from `at`
    size_t at = 0;
    bool prompt = true;  // IO.gets's prompt is captured (:capture_prompt)
  };
  // The stdout capture that `from` (or the process that spawned it, and so on) reads its
  // input from, or nullptr.
  Capture* input_capture(Pid from);
  std::vector<Capture> captures;
  uint64_t last_capture = 0;
  // Values a module's body computed when it was defined, by {module, key} atom ids:
  // computed attributes (`@x Enum.sum(...)`), a struct's defaults (:__struct__) and its
  // @enforce_keys (:__enforce__) (natives_struct.cpp).
  std::map<std::pair<uint32_t, uint32_t>, Term> module_values;
  // ExUnit.CaptureLog: the log events (trace seqs) from `from` up to `to` are captured:
  // capture_log returns them and the console (the CLI's stderr, the shell) skips them, as
  // Elixir 1.14's console does not print a captured log. `to` is open while the capture
  // runs; a stopped capture stays, for a printer that has not yet reached its events.
  struct LogCapture {
    uint64_t id;
    uint64_t from;
    uint64_t to = UINT64_MAX;
  };
  std::vector<LogCapture> log_captures;
  bool log_captured(uint64_t seq) const {
    for (const LogCapture& c : log_captures)
      if (seq >= c.from && seq < c.to) return true;
    return false;
  }
  // Set by install(): the runtime, for the captures' parent chains.
  Runtime* runtime = nullptr;

  // The entry for a function id, or nullptr.
  const Entry* entry(uint32_t id) const { return id < entries_.size() ? &entries_[id] : nullptr; }
  // Defines (or redefines) a module's functions, here and in the runtime's
  // Modules registry (for apply/3 and the library's M-F-A forms).
  void define_module(Runtime& rt, const ModuleDef& m);
  bool module_defined(Atom module) const;
  // The module's definition if it was compiled with docs (a project's lib/), else null.
  const ModuleDef* documented(Atom module) const;
  // Keeps a compiled unit alive for the runtime's lifetime.
  const Unit* adopt(std::unique_ptr<Unit> unit);

  void install(Runtime& rt);  // natives, the prelude, the library (once)
  bool installed() const { return installed_; }
  void write(Pid from, std::string_view text, bool to_stderr = false);

 private:
  Entry& slot(uint32_t id);
  std::vector<Entry> entries_;
  std::vector<std::unique_ptr<Unit>> units_;
  std::vector<uint32_t> modules_;  // atom ids of modules defined by code
  std::map<uint32_t, const ModuleDef*> documented_;
  bool installed_ = false;
};

// The state of `rt`, installed on first use.
State& state(Runtime& rt);

// Kernel.function_exported?/3: a public function of compiled code, a native or the
// runtime's library. Elixir's macros are not functions (Kernel.is_nil/1, Kernel.then/2,
// Integer.is_even/1), even where taskplay calls them as such.
bool function_exported(Runtime& rt, Atom module, Atom function, uint32_t arity);
// Is module.function/arity one of Elixir's macros (Kernel.if/2, Integer.is_even/1)?
bool elixir_macro(Atom module, Atom function, uint32_t arity);

}  // namespace taskplay::lang
