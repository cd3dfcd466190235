// taskplay: the playground's language and runtime on a terminal.
//
//   taskplay run FILE.exs [--trace OUT.jsonl]   run a script as `elixir FILE.exs` would
//   taskplay repl [--trace OUT.jsonl]           the shell (iex-like) on stdin/stdout
//
// Time is the runtime's virtual clock: a script's Process.sleep takes no real
// time, and every run is deterministic. Output of the processes goes to
// stdout; error reports (Logger's) and a crashed script's error to stderr.
// The exit status is 0, or non-zero when the script's process ended
// abnormally (as with `elixir`).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "taskplay/lang/script.hpp"
#include "taskplay/lang/shell.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/version.hpp"

namespace {

using namespace taskplay;

int usage(int status) {
  std::fprintf(status ? stderr : stdout,
               "usage: taskplay run FILE.exs [--trace OUT.jsonl]\n"
               "       taskplay repl [--trace OUT.jsonl]\n"
               "       taskplay --version\n");
  return status;
}

RuntimeOptions cli_options() {
  RuntimeOptions o;
  o.trace_capacity = 1'000'000;  // a whole run, for --trace
  return o;
}

// Writes Logger's reports (the runtime's log events) to stderr as they appear.
struct LogPrinter {
  const Runtime& rt;
  uint64_t seen = 0;
  void operator()() {
    const Trace& tr = rt.trace();
    uint64_t first = tr.total() - tr.size();
    for (size_t i = seen > first ? seen - first : 0; i < tr.size(); ++i) {
      const Event& e = tr[i];
      if (e.kind == EventKind::log && e.data.is_binary())
        std::fprintf(stderr, "\n[error] %.*s\n", static_cast<int>(e.data.binary().size()),
                     e.data.binary().data());
    }
    seen = tr.total();
  }
};

bool write_trace(const Runtime& rt, const std::string& path) {
  if (path.empty()) return true;
  std::ofstream f(path);
  f << rt.trace().to_json_lines();
  if (!f) {
    std::fprintf(stderr, "taskplay: cannot write the trace to %s\n", path.c_str());
    return false;
  }
  return true;
}

int run(const std::string& file, const std::string& trace) {
  std::ifstream in(file);
  if (!in) {
    std::fprintf(stderr, "** (Code.LoadError) could not load %s. Reason: enoent\n", file.c_str());
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  Runtime rt(cli_options());
  lang::State& st = lang::state(rt);
  st.output = [](Pid, std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  st.error_output = [](Pid, std::string_view s) { std::fwrite(s.data(), 1, s.size(), stderr); };
  st.cwd = std::filesystem::current_path().string();  // ExUnit's :file tags are absolute
  LogPrinter logs{rt};
  // the path as given, as `elixir` names the file in stack traces and in #Function<...>
  auto r = lang::run_script(rt, ss.str(), file, UINT64_MAX, [&] { logs(); });
  logs();
  std::fflush(stdout);
  if (!r.error.empty()) std::fputs(r.error.c_str(), stderr);
  if (!r.finished && r.error.empty())
    std::fprintf(stderr,
                 "** (taskplay) every process waits for a message that cannot come: the script "
                 "would wait forever\n");
  if (!write_trace(rt, trace)) return 1;
  return r.finished ? r.status : 1;
}

int repl(const std::string& trace) {
  Runtime rt(cli_options());
  lang::ShellOptions o;
  o.echo_input = false;  // the terminal shows what is typed
  lang::Shell shell(
      rt,
      [](std::string_view s) {
        std::fwrite(s.data(), 1, s.size(), stdout);
        std::fflush(stdout);
      },
      o);
  shell.start();
  std::string line;
  while (std::getline(std::cin, line)) {
    shell.input(line);
    shell.run_until_idle();
  }
  std::fputs("\n", stdout);
  return write_trace(rt, trace) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd, file, trace;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--trace" && i + 1 < argc) {
      trace = argv[++i];
    } else if (a == "--version") {
      std::printf("taskplay %s (%s)\n", taskplay::version, taskplay::git_revision);
      return 0;
    } else if (a == "-h" || a == "--help") {
      return usage(0);
    } else if (cmd.empty()) {
      cmd = a;
    } else if (file.empty()) {
      file = a;
    } else {
      return usage(2);
    }
  }
  if (cmd == "run" && !file.empty()) return run(file, trace);
  if (cmd == "repl" && file.empty()) return repl(trace);
  return usage(2);
}
