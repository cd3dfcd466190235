// taskplay: the playground's language and runtime on a terminal.
//
//   taskplay run FILE.exs [--trace OUT.jsonl] [--schedule TOKEN]
//                                               run a script as `elixir FILE.exs` would
//                                               (under a schedule the explorer gave)
//   taskplay explore FILE.exs [--max-schedules N] [--preemptions K]
//                                               the other endings its races allow
//   taskplay test [PATH...] [options]           run *_test.exs files as `mix test` does
//   taskplay repl [--trace OUT.jsonl]           the shell (iex-like) on stdin/stdout
//
// Time is the runtime's virtual clock: a script's Process.sleep takes no real
// time, and every run is deterministic. Output of the processes goes to
// stdout; error reports (Logger's) and a crashed script's error to stderr.
// The exit status is 0, or non-zero when the script's process ended
// abnormally (as with `elixir`).

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "taskplay/inspect.hpp"
#include "taskplay/json.hpp"
#include "taskplay/lang/explore.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/shell.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/version.hpp"

namespace {

using namespace taskplay;

int usage(int status) {
  std::fprintf(status ? stderr : stdout,
               "usage: taskplay run FILE.exs [--trace OUT.jsonl] [--schedule TOKEN]\n"
               "       taskplay explore FILE.exs [--max-schedules N] [--preemptions K] [--outputs]\n"
               "       taskplay test [PATH...] [--seed N] [--only TAG] [--include TAG]\n"
               "                     [--exclude TAG] [--trace]   (PATH: a file, FILE:LINE or a\n"
               "                     folder of *_test.exs; default test/)\n"
               "       taskplay repl [--trace OUT.jsonl]\n"
               "       taskplay --version\n"
               "Each takes --max-processes N (1024 to 134217727; default 262144), the\n"
               "most processes alive at once, as elixir --erl \"+P N\".\n");
  return status;
}

// --max-processes N: the most processes alive at once, as `elixir --erl "+P N"` (the
// BEAM's default and taskplay's: 262,144; the book's chain of a million needs more).
uint32_t g_max_processes = RuntimeOptions{}.max_processes;

RuntimeOptions cli_options() {
  RuntimeOptions o;
  o.trace_capacity = 1'000'000;  // a whole run, for --trace
  o.max_processes = g_max_processes;
  // as `elixir` here: System.schedulers_online/0 is the machine's core count
  o.schedulers_online = std::clamp(std::thread::hardware_concurrency(), 1u, 1024u);
  return o;
}

// Writes Logger's reports (the runtime's log events) to stderr as they appear.
// (A log that ExUnit.CaptureLog took is not printed, nor a supervisor's SASL report, which
// Elixir's console leaves out.)
struct LogPrinter {
  Runtime& rt;
  uint64_t seen = 0;
  bool logs_captured(uint64_t seq) { return lang::state(rt).log_captured(seq); }
  void operator()() {
    const Trace& tr = rt.trace();
    uint64_t first = tr.total() - tr.size();
    for (size_t i = seen > first ? seen - first : 0; i < tr.size(); ++i) {
      const Event& e = tr[i];
      if (e.kind == EventKind::log && e.data.is_binary() && !logs_captured(e.seq) &&
          !logger::is_supervisor_report(e.data.binary()))
        write_stderr(logger::console_text(e.level, e.data.binary()));
    }
    seen = tr.total();
  }
  // stderr after what stdout holds so far, so both read in the order of the run when they
  // go to one file or pipe (`2>&1`), as elixir's unbuffered console does
  static void write_stderr(std::string_view s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  }
};

// The program's console: IO to stdout, errors and Logger's reports to stderr. A report is
// written before the next line of output, where it happened in the run.
void attach_console(lang::State& st, LogPrinter& logs) {
  st.reads_stdin = true;
  st.output = [&logs](Pid, std::string_view s) {
    logs();
    std::fwrite(s.data(), 1, s.size(), stdout);
  };
  st.error_output = [&logs](Pid, std::string_view s) {
    logs();
    LogPrinter::write_stderr(s);
  };
}

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

bool load(const std::string& file, std::string& source) {
  std::ifstream in(file);
  if (!in) {
    std::fprintf(stderr, "** (Code.LoadError) could not load %s. Reason: enoent\n", file.c_str());
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  source = ss.str();
  return true;
}

// A schedule the explorer printed, or nothing: say why and stop.
std::optional<lang::Schedule> schedule_arg(const std::string& token) {
  auto s = lang::Schedule::parse(token);
  if (!s)
    std::fprintf(stderr,
                 "taskplay: %s is not a schedule token (taskplay explore prints them: v1, "
                 "v1.3-2t, ...)\n",
                 token.c_str());
  return s;
}

int run(const std::string& file, const std::string& trace, const std::string& schedule_token) {
  std::string source;
  if (!load(file, source)) return 1;
  std::optional<lang::Schedule> schedule;
  if (!schedule_token.empty() && !(schedule = schedule_arg(schedule_token))) return 2;
  RuntimeOptions opts = cli_options();
  // a schedule the explorer found ran on its one scheduler (explore.cpp): replay it so
  if (schedule) opts.schedulers_online = 1;
  Runtime rt(std::move(opts));
  lang::ScheduleFollower follower(schedule ? *schedule : lang::Schedule{});
  if (schedule) follower.attach(rt);
  lang::State& st = lang::state(rt);
  st.cwd = std::filesystem::current_path().string();  // ExUnit's :file tags are absolute
  LogPrinter logs{rt};
  attach_console(st, logs);
  // the path as given, as `elixir` names the file in stack traces and in #Function<...>
  auto r = lang::run_script(rt, source, file, UINT64_MAX, [&] { logs(); });
  logs();
  std::fflush(stdout);
  if (schedule && !follower.misfit().empty())
    std::fprintf(stderr, "taskplay: the schedule does not fit this program: %s\n",
                 follower.misfit().c_str());
  if (!r.error.empty()) std::fputs(r.error.c_str(), stderr);
  if (!r.finished && r.error.empty())
    std::fprintf(stderr,
                 "** (taskplay) every process waits for a message that cannot come: the script "
                 "would wait forever\n");
  if (!write_trace(rt, trace)) return 1;
  return r.finished ? r.status : 1;
}

// [SECTION] taskplay explore
int explore(const std::string& file, const lang::ExploreOptions& opts, bool outputs) {
  std::string source;
  if (!load(file, source)) return 1;
  lang::Exploration e = lang::explore(source, file, opts);
  if (outputs && e.error.empty()) {
    // one line each, as JSON strings: what scripts/race-check compares with the BEAM's
    for (const std::string& o : lang::distinct_outputs(e))
      std::printf("%s\n", json::quoted(o).c_str());
    return 0;
  }
  std::fputs(lang::describe(e, file).c_str(), e.error.empty() ? stdout : stderr);
  return e.error.empty() ? 0 : 1;
}

bool count_arg(const char* s, uint32_t& into) {
  std::string_view v(s);
  if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string_view::npos)
    return false;
  into = static_cast<uint32_t>(std::stoul(std::string(v)));
  return true;
}

// --max-processes N within the bounds the BEAM gives +P.
bool max_processes_arg(const char* s) {
  uint32_t n = 0;
  if (!count_arg(s, n) || n < 1024 || n > 134'217'727) return false;
  g_max_processes = n;
  return true;
}

// [SECTION] taskplay test: as `mix test` runs a project's tests
struct TestOptions {
  std::vector<std::string> paths;
  std::string seed;
  std::vector<std::string> only, include, exclude;
  bool trace = false;
};

// A tag given on the command line as Elixir source: `slow` -> :slow, `key:value` ->
// {:key, "value"} (mix test passes values as strings).
std::string tag_source(const std::string& tag) {
  size_t colon = tag.find(':');
  auto atom = [](const std::string& a) { return inspect(Term(Atom(a))); };
  if (colon == std::string::npos) return atom(tag);
  return "{" + atom(tag.substr(0, colon)) + ", " + inspect(Term::string(tag.substr(colon + 1))) +
         "}";
}

std::string tags_source(const std::vector<std::string>& tags) {
  std::string s = "[";
  for (size_t i = 0; i < tags.size(); ++i) s += (i ? ", " : "") + tag_source(tags[i]);
  return s + "]";
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int test(TestOptions opts) {
  namespace fs = std::filesystem;
  if (opts.paths.empty()) opts.paths.push_back("test");
  std::vector<std::string> files;
  std::string helper;
  for (std::string p : opts.paths) {
    // FILE:LINE runs the test (or describe) at that line, as mix test does
    size_t colon = p.rfind(':');
    if (colon != std::string::npos && colon + 1 < p.size() &&
        p.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
      opts.only.push_back("line:" + p.substr(colon + 1));
      p = p.substr(0, colon);
    }
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::recursive_directory_iterator(p, ec)) {
        std::string name = e.path().filename().string();
        if (e.is_regular_file() && name.size() > 9 &&
            name.compare(name.size() - 9, 9, "_test.exs") == 0)
          found.push_back(e.path().lexically_normal().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
      if (helper.empty() && fs::exists(fs::path(p) / "test_helper.exs"))
        helper = (fs::path(p) / "test_helper.exs").lexically_normal().string();
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
      fs::path h = fs::path(p).parent_path() / "test_helper.exs";
      if (helper.empty() && fs::exists(h)) helper = h.lexically_normal().string();
    } else {
      std::fprintf(stderr, "Paths given to \"taskplay test\" did not match any directory/file: %s\n",
                   p.c_str());
      return 1;
    }
  }
  Runtime rt(cli_options());
  lang::State& st = lang::state(rt);
  st.cwd = fs::current_path().string();
  LogPrinter logs{rt};
  attach_console(st, logs);
  lang::ScriptRunner runner(rt, UINT64_MAX, [&] { logs(); });
  // the application of the project's modules, as mix.exs names it ("app 0.1.0")
  std::string app;
  std::string mix;
  if (read_file("mix.exs", mix)) {
    auto field = [&](const std::string& key, char open, char close) {
      size_t k = mix.find(key);
      if (k == std::string::npos) return std::string();
      size_t a = mix.find(open, k + key.size());
      size_t b = a == std::string::npos ? a : mix.find_first_of(close == ':' ? ", \n]" : "\"", a + 1);
      return b == std::string::npos ? std::string() : mix.substr(a + 1, b - a - 1);
    };
    std::string name = field("app:", ':', ':'), vsn = field("version:", '"', '"');
    if (!name.empty() && !vsn.empty()) app = name + " " + vsn;
  }
  auto step = [&](const std::string& source, const std::string& file, bool docs = false) {
    auto r = runner.run(source, file, docs, docs ? app : std::string());
    logs();
    std::fflush(stdout);
    if (!r.error.empty()) std::fputs(r.error.c_str(), stderr);
    return r;
  };
  // mix test runs ExUnit itself, after every file is loaded: no autorun
  step("ExUnit.configure(autorun: false)", "taskplay test");
  std::string source;
  // the project's lib/ first, compiled as mix compiles it: with docs (doctest reads them)
  std::vector<std::string> libs;
  std::error_code ec;
  if (fs::is_directory("lib", ec))
    for (const auto& e : fs::recursive_directory_iterator("lib", ec))
      if (e.is_regular_file() && e.path().extension() == ".ex")
        libs.push_back(e.path().lexically_normal().string());
  std::sort(libs.begin(), libs.end());
  for (const auto& f : libs)
    if (!read_file(f, source) || step(source, f, true).status != 0) return 1;
  if (!helper.empty() && read_file(helper, source)) {
    if (step(source, helper).status != 0) return 1;
  } else {
    step("ExUnit.start(autorun: false)", "taskplay test");
  }
  for (const auto& f : files) {
    if (!read_file(f, source)) {
      std::fprintf(stderr, "** (Code.LoadError) could not load %s. Reason: enoent\n", f.c_str());
      return 1;
    }
    if (step(source, f).status != 0) return 1;
  }
  std::string config;
  if (!opts.seed.empty()) config += "seed: " + opts.seed + ", ";
  if (opts.trace) config += "trace: true, ";
  std::vector<std::string> include = opts.include;
  include.insert(include.end(), opts.only.begin(), opts.only.end());
  std::string driver = "config = ExUnit.configuration()\n";
  if (!opts.only.empty()) opts.exclude.push_back("test");
  driver += "ExUnit.configure(" + config + "include: Keyword.get(config, :include, []) ++ " +
            tags_source(include) + ", exclude: Keyword.get(config, :exclude, []) ++ " +
            tags_source(opts.exclude) + ")\n";
  driver += "%{failures: failures} = ExUnit.run()\n"
            "if failures > 0, do: exit({:shutdown, Keyword.fetch!(ExUnit.configuration(), "
            ":exit_status)})\n";
  auto r = step(driver, "taskplay test");
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

int taskplay_main(int argc, char** argv) {
  std::string cmd, file, trace;
  if (argc > 1 && std::string_view(argv[1]) == "test") {
    TestOptions t;
    for (int i = 2; i < argc; ++i) {
      std::string_view a = argv[i];
      auto value = [&](std::string& into) {
        if (i + 1 >= argc) return false;
        into = argv[++i];
        return true;
      };
      std::string v;
      if (a == "--trace") {
        t.trace = true;
      } else if (a == "--max-processes" && value(v)) {
        if (!max_processes_arg(v.c_str())) return usage(2);
      } else if (a == "--seed" && value(t.seed)) {
      } else if (a == "--only" && value(v)) {
        t.only.push_back(v);
      } else if (a == "--include" && value(v)) {
        t.include.push_back(v);
      } else if (a == "--exclude" && value(v)) {
        t.exclude.push_back(v);
      } else if (a == "-h" || a == "--help") {
        return usage(0);
      } else if (!a.empty() && a[0] != '-') {
        t.paths.emplace_back(a);
      } else {
        return usage(2);
      }
    }
    if (!t.seed.empty() && t.seed.find_first_not_of("0123456789") != std::string::npos)
      return usage(2);
    return test(std::move(t));
  }
  std::string schedule;
  lang::ExploreOptions explore_opts;
  bool outputs = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--trace" && i + 1 < argc) {
      trace = argv[++i];
    } else if (a == "--max-processes" && i + 1 < argc) {
      if (!max_processes_arg(argv[++i])) return usage(2);
    } else if (a == "--outputs") {
      outputs = true;
    } else if (a == "--schedule" && i + 1 < argc) {
      schedule = argv[++i];
    } else if (a == "--max-schedules" && i + 1 < argc) {
      if (!count_arg(argv[++i], explore_opts.max_schedules) || !explore_opts.max_schedules)
        return usage(2);
    } else if (a == "--preemptions" && i + 1 < argc) {
      if (!count_arg(argv[++i], explore_opts.preemptions)) return usage(2);
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
  if (cmd == "run" && !file.empty()) return run(file, trace, schedule);
  if (cmd == "explore" && !file.empty()) return explore(file, explore_opts, outputs);
  if (cmd == "repl" && file.empty()) return repl(trace);
  return usage(2);
}

}  // namespace

// The runtime's processes run as coroutines on the main thread, and some of what they do
// recurses as deep as their data nests (comparing, sizing or hashing a term nested 100,000
// levels deep, as iodata built by appending is). The BEAM has no such limit, so the CLI
// asks for a 1 GB stack: it raises its stack limit and starts itself again, as the kernel
// lays out the address space for the limit it finds at exec. (A thread with a big stack
// was tried first: glibc's allocator runs 2-3% slower off the main thread.) Address space
// reserved, taken only as far as it is used. (valgrind --trace-children cannot follow that
// exec: raise `ulimit -s` to 1048576 first, and there is none.)
int main(int argc, char** argv) {
  constexpr rlim_t kStack = rlim_t{1} << 30;
  rlimit rl{};
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < kStack &&
      (rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= kStack)) {
    rl.rlim_cur = kStack;
    if (setrlimit(RLIMIT_STACK, &rl) == 0) execv("/proc/self/exe", argv);
    // no exec (no /proc, say): go on with the stack there is
  }
  return taskplay_main(argc, argv);
}
