// taskplay's side of the benchmarks (issue 7), the same source natively and as wasm.
//
//   taskplay_bench WORKLOAD [--n N] [--reps R] [--trace] [--quick]
//
// WORKLOAD is one of: spawn, task, memory, pingpong, fib, chain, supervisor, tasks_fib,
// gen_call, gen_cast, or `list`. Each run does one untimed warm-up, then R timed repetitions, and
// prints one line per repetition:
//
//   BENCH {"workload":"pingpong","metric":"ns_per_msg","value":123.4,"n":1000000,...}
//
// scripts/bench collects those lines from this program, the BEAM programs (bench/beam)
// and the CAF program (bench/caf), takes medians and writes bench/RESULTS.md. Nothing
// here asserts a time: a run only fails if a workload computes a wrong result.
//
// Every workload runs on a fresh Runtime with the trace off (RuntimeOptions.trace =
// false); `--trace` turns it on, for the one figure the results quote with it.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "memory_use.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/workloads.hpp"

#if __has_include("taskplay/task.hpp")
#include "taskplay/task.hpp"
#define TASKPLAY_BENCH_HAS_TASK 1
#else
#define TASKPLAY_BENCH_HAS_TASK 0
#endif
#if __has_include("taskplay/supervisor.hpp") && __has_include("taskplay/library.hpp")
#include "taskplay/fun.hpp"
#include "taskplay/library.hpp"
#include "taskplay/supervisor.hpp"
#define TASKPLAY_BENCH_HAS_SUPERVISOR 1
#else
#define TASKPLAY_BENCH_HAS_SUPERVISOR 0
#endif
#if __has_include("taskplay/gen_server.hpp")
#include "taskplay/gen_server.hpp"
#define TASKPLAY_BENCH_HAS_GEN_SERVER 1
#else
#define TASKPLAY_BENCH_HAS_GEN_SERVER 0
#endif

using namespace taskplay;

namespace {

// [SECTION] Measuring --------------------------------------------------------------------------

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

using bench::heap_in_use;
using bench::resident_bytes;

struct Args {
  std::string workload;
  int64_t n = 0;  // 0: the workload's default (or its quick size with --quick)
  int reps = 5;
  bool trace = false;
  bool quick = false;
};

// One repetition's figures: metric name -> value. The first metric is the headline.
using Figures = std::vector<std::pair<std::string, double>>;

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "taskplay_bench: %s\n", why.c_str());
  std::exit(1);
}

RuntimeOptions bench_options(const Args& a) {
  RuntimeOptions o;
  o.trace = a.trace;
  o.max_processes = 2'000'000;  // like the BEAM's +P 2000000 in the BEAM programs
  o.max_heap_words = 0;         // no heap limit: the workloads are known to end
  return o;
}

void expect_idle(Runtime& rt, const char* what) {
  if (!rt.run_until_idle()) fail(std::string(what) + ": the runtime did not become idle");
}

// [SECTION] 1. spawn + exit of n trivial processes ------------------------------------------
// One spawner process spawns n processes whose body returns at once; the clock stops
// when every one of them has exited (the runtime is idle, no process is left).
// The spawner offers to yield after each spawn (`reduce(0)`: only when its slice is
// spent), as the BEAM preempts a spawning loop every ~4000 reductions: the children run
// in between and a few thousand are alive at a time, not all n.
Figures spawn_exit(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  auto t0 = Clock::now();
  rt.spawn([n](Ctx& c) -> Co<void> {
    for (int64_t i = 0; i < n; ++i) {
      c.spawn([](Ctx&) -> Co<void> { co_return; });
      co_await c.reduce(0);
    }
  });
  expect_idle(rt, "spawn");
  double s = seconds_since(t0);
  if (rt.process_count() != 0) fail("spawn: processes left over");
  return {{"ns_per_process", s * 1e9 / static_cast<double>(n)},
          {"processes_per_s", static_cast<double>(n) / s}};
}

// [SECTION] 1b. Task.async + Task.await of n trivial tasks ------------------------------------
#if TASKPLAY_BENCH_HAS_TASK
Figures task_async_await(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  int64_t sum = 0;
  auto t0 = Clock::now();
  rt.spawn([n, &sum](Ctx& c) -> Co<void> {
    Term fun = workloads::value_fun(Term::integer(1));
    for (int64_t i = 0; i < n; ++i) {
      Term t = task::async(c, fun);
      Term r = co_await task::await(c, std::move(t), Term::integer(5000));
      sum += r.small_int();
    }
  });
  expect_idle(rt, "task");
  double s = seconds_since(t0);
  if (sum != n) fail("task: wrong sum");
  return {{"ns_per_task", s * 1e9 / static_cast<double>(n)},
          {"tasks_per_s", static_cast<double>(n) / s}};
}
#endif

// [SECTION] 2. memory per idle process --------------------------------------------------------
// n processes, each blocked in `receive` with an empty mailbox. The headline is the heap
// the allocator handed out per process (Process, coroutine frame, table slot, malloc's
// own overhead); the resident-set delta is the same seen from the OS (first repetition
// only: later ones reuse memory the allocator kept).
Figures memory_idle(const Args& a, int64_t n, bool first) {
  int64_t heap0 = heap_in_use();
  int64_t rss0 = resident_bytes();
  Figures f;
  {
    Runtime rt(bench_options(a));
    for (int64_t i = 0; i < n; ++i)
      rt.spawn([](Ctx& c) -> Co<void> {
        while (true) co_await c.receive_any();
      });
    expect_idle(rt, "memory");
    if (rt.process_count() != static_cast<size_t>(n)) fail("memory: processes missing");
    int64_t heap1 = heap_in_use();
    int64_t rss1 = resident_bytes();
    double per = static_cast<double>(heap1 - heap0) / static_cast<double>(n);
    f.push_back({"bytes_per_process", per});
    if (first)
      f.push_back(
          {"rss_bytes_per_process", static_cast<double>(rss1 - rss0) / static_cast<double>(n)});
    f.push_back({"sizeof_process", static_cast<double>(sizeof(Process))});
  }
  return f;
}

// [SECTION] 3. ping-pong --------------------------------------------------------------------
// Two processes; `ping` sends {:ping, self(), i} and waits for {:pong, i}; `pong` answers
// each. n messages = n/2 round trips. Both receives are selective on the tag.
Figures ping_pong(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  const int64_t rounds = n / 2;
  const Atom ping_tag("ping"), pong_tag("pong");
  int64_t last = -1;
  auto t0 = Clock::now();
  Pid pong = rt.spawn([rounds, ping_tag, pong_tag](Ctx& c) -> Co<void> {
    for (int64_t i = 0; i < rounds; ++i) {
      auto m = co_await c.receive(
          [ping_tag](const Term& t) { return t.is_tuple(3) && t[0].is_atom(ping_tag); });
      c.send((*m)[1].pid(), Term::tuple({Term(pong_tag), (*m)[2]}));
    }
  });
  rt.spawn([rounds, pong, ping_tag, pong_tag, &last](Ctx& c) -> Co<void> {
    for (int64_t i = 0; i < rounds; ++i) {
      c.send(pong, Term::tuple({Term(ping_tag), Term(c.self()), Term::integer(i)}));
      auto m = co_await c.receive(
          [pong_tag](const Term& t) { return t.is_tuple(2) && t[0].is_atom(pong_tag); });
      last = (*m)[1].small_int();
    }
  });
  expect_idle(rt, "pingpong");
  double s = seconds_since(t0);
  if (last != rounds - 1) fail("pingpong: lost a message");
  return {{"ns_per_msg", s * 1e9 / static_cast<double>(2 * rounds)},
          {"ns_per_round_trip", s * 1e9 / static_cast<double>(rounds)}};
}

// [SECTION] 4. Fib.of(n) in a process, and plain C++ recursion --------------------------------
volatile int64_t fib_input;  // keeps the compiler from folding fib_plain(27)

Figures fib(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  Term result;
  auto t0 = Clock::now();
  rt.spawn([n, &result](Ctx& c) -> Co<void> {
    result = co_await workloads::fib_of(c, Term::integer(n));
  });
  expect_idle(rt, "fib");
  double s_proc = seconds_since(t0);
  fib_input = n;
  auto t1 = Clock::now();
  int64_t plain = workloads::fib_plain(fib_input);
  double s_plain = seconds_since(t1);
  if (!result.is_small_int() || result.small_int() != plain) fail("fib: wrong result");
  return {{"ms_in_process", s_proc * 1e3},
          {"ms_plain_cpp", s_plain * 1e3},
          {"ratio_to_plain", s_proc / s_plain}};
}

// [SECTION] 5. crash propagation along a chain of n linked processes --------------------------
// A watcher spawns the head of the chain and monitors it; each process spawn_links the
// next and waits; the tail reports its pid. Then the watcher tells the tail to raise,
// and the clock runs until the head's :DOWN reaches the watcher (n exits, n-1 link hops).
Figures chain(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  const Atom crash("crash"), tail_tag("tail");
  double build_s = 0, crash_s = 0;
  bool down_seen = false;

  // The body of link k of the chain (k = n-1 is the head, 0 the tail).
  struct Link {
    Pid watcher;
    Atom crash, tail_tag;
    Co<void> operator()(Ctx& c, int64_t k) const {
      if (k > 0) {
        Link next = *this;
        c.spawn_link([next, k](Ctx& c2) -> Co<void> { return next(c2, k - 1); });
        while (true) co_await c.receive_any();
      }
      c.send(watcher, Term::tuple({Term(tail_tag), Term(c.self())}));
      co_await c.receive([this](const Term& m) { return m.is_atom(crash); });
      raise_message("boom");
    }
  };

  rt.spawn([&, n](Ctx& c) -> Co<void> {
    auto t0 = Clock::now();
    Link head{c.self(), crash, tail_tag};
    Pid first = c.spawn([head, n](Ctx& c2) -> Co<void> { return head(c2, n - 1); });
    Ref mon = c.monitor(Term(first));
    auto tail = co_await c.receive(
        [tail_tag](const Term& m) { return m.is_tuple(2) && m[0].is_atom(tail_tag); });
    build_s = seconds_since(t0);
    auto t1 = Clock::now();
    c.send((*tail)[1].pid(), Term(crash));
    auto down = co_await c.receive([mon](const Term& m) {
      return m.is_tuple(5) && m[0].is_atom(atoms::DOWN) && m[1].ref() == mon;
    });
    crash_s = seconds_since(t1);
    down_seen = down.has_value();
  });
  expect_idle(rt, "chain");
  if (!down_seen || rt.process_count() != 0) fail("chain: the crash did not reach the watcher");
  return {{"ns_per_hop", crash_s * 1e9 / static_cast<double>(n)},
          {"ms_crash_total", crash_s * 1e3},
          {"ns_per_link_built", build_s * 1e9 / static_cast<double>(n)}};
}

// [SECTION] 6. supervisor restarts ------------------------------------------------------------
// A :one_for_one Supervisor with one permanent child, {Task, :start_link, [fun]}, whose
// fun exits :boom at once; max_restarts 1,000,000 in max_seconds 5 (the default window:
// with the virtual clock, and on the BEAM in well under 5 s, every restart counts in it,
// so both rescan a growing restart history). The clock runs from start_link until the
// child has started n + 1 times (n restarts).
#if TASKPLAY_BENCH_HAS_SUPERVISOR
// Built outside the coroutine: g++ 12 rejects these braced lists inside one ("array
// used as initializer", a known coroutine bug).
// [child spec]: the crasher as a permanent {Task, :start_link, [fun]} child.
Term crasher_children(const Term& crasher) {
  Term spec = Term::map(
      {{Term::atom("id"), Term::atom("crasher")},
       {Term::atom("start"),
        Term::tuple({Term::atom("Elixir.Task"), Term::atom("start_link"), Term::list({crasher})})},
       {Term::atom("restart"), Term::atom("permanent")}});
  return Term::list({spec});
}
Term restart_options() {
  return keyword({{Atom("strategy"), Term::atom("one_for_one")},
                  {Atom("max_restarts"), Term::integer(1'000'000)},
                  {Atom("max_seconds"), Term::integer(5)}});
}

Figures supervisor_restarts(const Args& a, int64_t n) {
  Runtime rt(bench_options(a));
  install_library(rt);
  int64_t starts = 0;
  double s = 0;
  rt.spawn([&, n](Ctx& c) -> Co<void> {
    Pid me = c.self();
    Term crasher = make_fun(0, [&starts, n, me](Ctx& cc, std::vector<Term>) -> Co<Term> {
      if (++starts == n + 1) cc.send(me, Term::atom("done"));
      exit_with(Term::atom("boom"));
      co_return Term();
    });
    auto t0 = Clock::now();
    Term started = co_await supervisor::start_link(c, crasher_children(crasher), restart_options());
    co_await c.receive([](const Term& m) { return m.is_atom(Atom("done")); });
    s = seconds_since(t0);
    if (!started.is_tuple(2) || !started[1].is_pid()) fail("supervisor: did not start");
    Pid sup = started[1].pid();
    c.unlink(sup);
    c.exit(sup, Term(atoms::kill));
  });
  expect_idle(rt, "supervisor");
  if (starts < n + 1) fail("supervisor: too few restarts");
  return {{"restarts_per_s", static_cast<double>(n) / s},
          {"us_per_restart", s * 1e6 / static_cast<double>(n)}};
}
#endif

// [SECTION] 7. 1,000 concurrent tasks of Fib.of(15), awaited ---------------------------------
#if TASKPLAY_BENCH_HAS_TASK
Figures tasks_fib(const Args& a, int64_t n, int64_t fib_n) {
  Runtime rt(bench_options(a));
  int64_t sum = 0;
  auto t0 = Clock::now();
  rt.spawn([n, fib_n, &sum](Ctx& c) -> Co<void> {
    std::vector<Term> tasks;
    tasks.reserve(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
      tasks.push_back(task::async(c, workloads::fib_fun(Term::integer(fib_n))));
    for (const Term& t : tasks)
      sum += (co_await task::await(c, t, Term(atoms::infinity))).small_int();
  });
  expect_idle(rt, "tasks_fib");
  double s = seconds_since(t0);
  if (sum != n * workloads::fib_plain(fib_n)) fail("tasks_fib: wrong sum");
  return {{"ms_total", s * 1e3}};
}
#endif

// [SECTION] 8. GenServer.call round trips and GenServer.cast throughput ----------------------
// The counter server of bench/beam/gen_server.exs: init(0) is {:ok, 0}, handle_call(:get)
// replies with the count, handle_cast({:add, k}) adds k; here its callbacks are C++ on
// the runtime's one GenServer loop (gen_server.hpp), the client GenServer.call/cast.
// gen_call: one client makes n calls, one after the other (each waits for its reply).
// gen_cast: one client casts n {:add, 1}, then one call that returns the count (n).
#if TASKPLAY_BENCH_HAS_GEN_SERVER
class CounterServer final : public gen::Callbacks {
 public:
  Atom module() const override { return Atom("Elixir.Counter"); }
  Co<Term> init(Ctx&, Term arg) override { co_return Term::tuple({Term(ok_), arg}); }
  Co<Term> handle_call(Ctx&, Term, Term, Term state) override {
    co_return Term::tuple({Term(reply_), state, state});
  }
  Co<Term> handle_cast(Ctx&, Term request, Term state) override {
    co_return Term::tuple(
        {Term(noreply_), Term::integer(state.small_int() + request[1].small_int())});
  }
  Co<Term> handle_info(Ctx&, Term, Term state) override {
    co_return Term::tuple({Term(noreply_), state});
  }
  Co<Term> handle_continue(Ctx&, Term, Term state) override {
    co_return Term::tuple({Term(noreply_), state});
  }
  Co<Term> terminate(Ctx&, Term, Term) override { co_return Term(ok_); }
  bool has_terminate(Ctx&) const override { return false; }

 private:
  // atoms made once, as the BEAM's literals are (not looked up by text on every callback)
  const Atom ok_{"ok"}, reply_{"reply"}, noreply_{"noreply"};
};

Figures gen_server_rounds(const Args& a, int64_t n, bool casts) {
  Runtime rt(bench_options(a));
  install_library(rt);
  int64_t answer = -1;
  double s = 0;
  rt.spawn([&, n, casts](Ctx& c) -> Co<void> {
    std::function<std::unique_ptr<gen::Callbacks>()> make = [] {
      return std::make_unique<CounterServer>();
    };
    Term started = co_await gen::start(c, std::move(make), Term::integer(0), Term(atoms::nil), true,
                                       Atom("Elixir.Counter"));
    if (!started.is_tuple(2) || !started[1].is_pid()) fail("gen_server: did not start");
    const Term server = started[1];
    const Term get = Term::atom("get");
    const Term add = Term::tuple({Term::atom("add"), Term::integer(1)});
    auto t0 = Clock::now();
    if (casts) {
      for (int64_t i = 0; i < n; ++i) {
        Term request = add;  // as GenServer.cast/2 does (gen_server_module.cpp)
        if (!gen::cast_now(c, server, request)) co_await gen::cast(c, server, request);
        // the budget check the BEAM's client makes between calls (a send costs a reduction):
        // at the end of its slice the server gets the processor, as on one BEAM scheduler
        co_await c.reduce(0);
      }
      answer = (co_await gen::call(c, server, get)).small_int();
    } else {
      for (int64_t i = 0; i < n; ++i) answer = (co_await gen::call(c, server, get)).small_int();
    }
    s = seconds_since(t0);
    c.unlink(server.pid());
    c.exit(server.pid(), Term(atoms::kill));
  });
  expect_idle(rt, casts ? "gen_cast" : "gen_call");
  if (answer != (casts ? n : 0)) fail("gen_server: wrong count");
  if (casts)
    return {{"casts_per_s", static_cast<double>(n) / s},
            {"ns_per_cast", s * 1e9 / static_cast<double>(n)}};
  return {{"ns_per_call", s * 1e9 / static_cast<double>(n)},
          {"calls_per_s", static_cast<double>(n) / s}};
}
#endif

// [SECTION] Driver ----------------------------------------------------------------------------

struct Workload {
  const char* name;
  int64_t full_n;
  int64_t quick_n;
  std::function<Figures(const Args&, int64_t, bool first)> run;
};

std::vector<Workload> workloads_list() {
  std::vector<Workload> w;
  w.push_back(
      {"spawn", 100'000, 1'000, [](const Args& a, int64_t n, bool) { return spawn_exit(a, n); }});
#if TASKPLAY_BENCH_HAS_TASK
  w.push_back({"task", 100'000, 1'000,
               [](const Args& a, int64_t n, bool) { return task_async_await(a, n); }});
#endif
  w.push_back({"memory", 200'000, 2'000,
               [](const Args& a, int64_t n, bool first) { return memory_idle(a, n, first); }});
  w.push_back({"pingpong", 1'000'000, 10'000,
               [](const Args& a, int64_t n, bool) { return ping_pong(a, n); }});
  w.push_back({"fib", 27, 15, [](const Args& a, int64_t n, bool) { return fib(a, n); }});
  w.push_back(
      {"chain", 100'000, 1'000, [](const Args& a, int64_t n, bool) { return chain(a, n); }});
#if TASKPLAY_BENCH_HAS_SUPERVISOR
  w.push_back({"supervisor", 10'000, 100,
               [](const Args& a, int64_t n, bool) { return supervisor_restarts(a, n); }});
#endif
#if TASKPLAY_BENCH_HAS_TASK
  w.push_back({"tasks_fib", 1'000, 10,
               [](const Args& a, int64_t n, bool) { return tasks_fib(a, n, a.quick ? 10 : 15); }});
#endif
#if TASKPLAY_BENCH_HAS_GEN_SERVER
  w.push_back({"gen_call", 1'000'000, 10'000,
               [](const Args& a, int64_t n, bool) { return gen_server_rounds(a, n, false); }});
  w.push_back({"gen_cast", 1'000'000, 10'000,
               [](const Args& a, int64_t n, bool) { return gen_server_rounds(a, n, true); }});
#endif
  return w;
}

void print_figures(const Args& a, const Workload& w, int64_t n, int rep, const Figures& f) {
#if defined(__EMSCRIPTEN__)
  const char* impl = "taskplay-wasm";
#else
  const char* impl = "taskplay-native";
#endif
  for (const auto& [metric, value] : f)
    std::printf(
        "BENCH {\"impl\":\"%s%s\",\"workload\":\"%s\",\"metric\":\"%s\",\"value\":%.6g,"
        "\"n\":%lld,\"rep\":%d}\n",
        impl, a.trace ? "-trace" : "", w.name, metric.c_str(), value, static_cast<long long>(n),
        rep);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) fail("missing value after " + s);
      return argv[++i];
    };
    if (s == "--n")
      a.n = std::atoll(value());
    else if (s == "--reps")
      a.reps = std::atoi(value());
    else if (s == "--trace")
      a.trace = true;
    else if (s == "--quick")
      a.quick = true;
    else if (a.workload.empty())
      a.workload = s;
    else
      fail("unknown argument " + s);
  }
  auto all = workloads_list();
  if (a.workload.empty() || a.workload == "list") {
    for (const auto& w : all) std::printf("%s\n", w.name);
    return a.workload.empty() ? 2 : 0;
  }
  for (const auto& w : all) {
    if (a.workload != w.name) continue;
    int64_t n = a.n ? a.n : a.quick ? w.quick_n : w.full_n;
    // The memory workload's RSS figure is only meaningful on a fresh process: no warm-up.
    bool warm = std::strcmp(w.name, "memory") != 0;
    if (warm) w.run(a, n, false);
    for (int rep = 0; rep < a.reps; ++rep)
      print_figures(a, w, n, rep, w.run(a, n, rep == 0 && !warm));
    return 0;
  }
  fail("no workload named " + a.workload + " (try `list`)");
}
