// The CAF side of the benchmarks (issue 7): CAF 0.17 from Debian (libcaf-dev).
//
//   g++ -O2 -std=c++17 bench/caf/caf_bench.cpp -lcaf_core -pthread -o caf_bench
//   caf_bench WORKLOAD [--n N] [--reps R] [--workers W]   (W = 0: CAF's default)
//
// Workloads mirror bench/taskplay_bench.cpp and bench/beam/*.exs where CAF has the
// concept; it prints the same BENCH lines. What CAF lacks:
//   fib         a CAF actor is not preemptible: Fib.of in an actor is the plain C++
//               function holding a worker thread, so there is nothing to measure apart
//               from plain C++ (taskplay's column of plain recursion).
//   supervisor  CAF has no supervisors (no restart strategies, no child specs).
// `task` is the nearest CAF idiom to Task.async + Task.await: spawn an actor, request
// it, receive the response (the actor quits after answering).

#include <malloc.h>
#include <caf/all.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace caf;

namespace {

using ping_atom = atom_constant<atom("ping")>;
using pong_atom = atom_constant<atom("pong")>;
using tail_atom = atom_constant<atom("tail")>;
using crash_atom = atom_constant<atom("crash")>;
using ready_atom = atom_constant<atom("ready")>;
using done_atom = atom_constant<atom("done")>;

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}
int64_t heap_in_use() {
  struct mallinfo2 mi = mallinfo2();
  return static_cast<int64_t>(mi.uordblks + mi.hblkhd);
}
int64_t resident_bytes() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<int64_t>(resident) * 4096;
}

using Figures = std::vector<std::pair<std::string, double>>;

[[noreturn]] void fail(const std::string& why) {
  std::fprintf(stderr, "caf_bench: %s\n", why.c_str());
  std::exit(1);
}

int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

// [SECTION] 1. spawn + exit: n actors with no behaviour (they terminate after init).
Figures spawn_exit(actor_system& sys, int64_t n) {
  auto t0 = Clock::now();
  for (int64_t i = 0; i < n; ++i) sys.spawn([](event_based_actor*) {});
  sys.await_all_actors_done();
  double s = seconds_since(t0);
  return {{"ns_per_process", s * 1e9 / static_cast<double>(n)},
          {"processes_per_s", static_cast<double>(n) / s}};
}

// [SECTION] 1b. spawn an actor, request it, await the response; n times in sequence.
Figures task_request(actor_system& sys, int64_t n) {
  scoped_actor self{sys};
  int64_t sum = 0;
  auto t0 = Clock::now();
  for (int64_t i = 0; i < n; ++i) {
    auto worker = sys.spawn([](event_based_actor* a) -> behavior {
      return {[a](int x) {
        a->quit();
        return x;
      }};
    });
    self->request(worker, infinite, 1)
        .receive([&](int r) { sum += r; }, [](error&) { fail("task: request failed"); });
  }
  double s = seconds_since(t0);
  if (sum != n) fail("task: wrong sum");
  return {{"ns_per_task", s * 1e9 / static_cast<double>(n)},
          {"tasks_per_s", static_cast<double>(n) / s}};
}

// [SECTION] 2. memory per idle actor: n actors waiting for a message. Handles are kept in a
// vector reserved before the baseline, so they do not count.
Figures memory_idle(actor_system& sys, int64_t n, bool first) {
  std::vector<actor> actors;
  actors.reserve(static_cast<size_t>(n));
  scoped_actor self{sys};
  const size_t baseline = sys.registry().running();  // the scoped actor counts as running
  int64_t heap0 = heap_in_use();
  int64_t rss0 = resident_bytes();
  actor me = self;
  for (int64_t i = 0; i < n; ++i)
    actors.push_back(sys.spawn([me](event_based_actor* a) -> behavior {
      a->send(me, ready_atom::value);
      return {[](int) {}};
    }));
  int64_t got = 0;
  self->receive_for(got, n)([](ready_atom) {});
  int64_t heap1 = heap_in_use();
  int64_t rss1 = resident_bytes();
  for (auto& a : actors) anon_send_exit(a, exit_reason::user_shutdown);
  actors.clear();
  sys.registry().await_running_count_equal(baseline);
  Figures f{{"bytes_per_process", static_cast<double>(heap1 - heap0) / static_cast<double>(n)}};
  if (first)
    f.push_back(
        {"rss_bytes_per_process", static_cast<double>(rss1 - rss0) / static_cast<double>(n)});
  return f;
}

// [SECTION] 3. ping-pong: n messages, n/2 round trips; (ping, from, i) and (pong, i).
Figures ping_pong(actor_system& sys, int64_t n) {
  const int64_t rounds = n / 2;
  scoped_actor self{sys};
  const size_t baseline = sys.registry().running();  // the scoped actor counts as running
  actor me = self;
  auto t0 = Clock::now();
  auto pong = sys.spawn([](event_based_actor* a) -> behavior {
    return {[a](ping_atom, actor from, int64_t i) { a->send(from, pong_atom::value, i); }};
  });
  auto ping = sys.spawn([pong, rounds, me](event_based_actor* a) -> behavior {
    a->send(pong, ping_atom::value, actor_cast<actor>(a), int64_t{0});
    return {[a, pong, rounds, me](pong_atom, int64_t i) {
      if (i + 1 < rounds) {
        a->send(pong, ping_atom::value, actor_cast<actor>(a), i + 1);
      } else {
        a->send(me, done_atom::value);
        a->send_exit(pong, exit_reason::user_shutdown);
        a->quit();
      }
    }};
  });
  self->receive([](done_atom) {});
  double s = seconds_since(t0);
  sys.registry().await_running_count_equal(baseline);
  return {{"ns_per_msg", s * 1e9 / static_cast<double>(2 * rounds)},
          {"ns_per_round_trip", s * 1e9 / static_cast<double>(rounds)}};
}

// [SECTION] 5. crash propagation along a chain of n linked actors. Each spawns the next
// with spawn<linked> and waits; the tail reports itself, then quits with an error on
// `crash`; CAF's default exit handler makes each linked actor quit with that reason. The
// watcher (a scoped actor) monitors the head and waits for its down_msg.
behavior chain_link(event_based_actor* a, int64_t k, actor watcher) {
  if (k > 0) {
    // Hold the next link: CAF ends an actor nobody refers to (exit reason `unreachable`),
    // which would take the chain down before the crash.
    actor next = a->spawn<linked>(chain_link, k - 1, watcher);
    return {[next](int) {}};
  }
  a->send(watcher, tail_atom::value, actor_cast<actor>(a));
  return {[a](crash_atom) { a->quit(make_error(sec::runtime_error, "boom")); }};
}

Figures chain(actor_system& sys, int64_t n) {
  scoped_actor self{sys};
  const size_t baseline = sys.registry().running();  // the scoped actor counts as running
  auto t0 = Clock::now();
  auto head = sys.spawn(chain_link, n - 1, actor{self});
  self->monitor(head);
  actor tail;
  self->receive([&](tail_atom, actor t) { tail = t; });
  double build = seconds_since(t0);
  auto t1 = Clock::now();
  self->send(tail, crash_atom::value);
  self->receive([&](down_msg& d) {
    if (d.reason != sec::runtime_error)
      fail("chain: the head went down with " + to_string(d.reason));
  });
  double crash = seconds_since(t1);
  tail = nullptr;
  head = nullptr;
  sys.registry().await_running_count_equal(baseline);
  return {{"ns_per_hop", crash * 1e9 / static_cast<double>(n)},
          {"ms_crash_total", crash * 1e3},
          {"ns_per_link_built", build * 1e9 / static_cast<double>(n)}};
}

// [SECTION] 7. n concurrent actors each computing fib(15), results collected.
Figures tasks_fib(actor_system& sys, int64_t n, int64_t fib_n) {
  scoped_actor self{sys};
  const size_t baseline = sys.registry().running();  // the scoped actor counts as running
  actor me = self;
  int64_t sum = 0;
  auto t0 = Clock::now();
  for (int64_t i = 0; i < n; ++i)
    sys.spawn([me, fib_n](event_based_actor* a) { a->send(me, fib(fib_n)); });
  int64_t got = 0;
  self->receive_for(got, n)([&](int64_t r) { sum += r; });
  double s = seconds_since(t0);
  if (sum != n * fib(fib_n)) fail("tasks_fib: wrong sum");
  sys.registry().await_running_count_equal(baseline);
  return {{"ms_total", s * 1e3}};
}

}  // namespace

int main(int argc, char** argv) {
  std::string workload;
  int64_t n = 0;
  int reps = 5;
  int workers = 0;
  bool quick = false;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) fail("missing value after " + s);
      return argv[++i];
    };
    if (s == "--n")
      n = std::atoll(value());
    else if (s == "--reps")
      reps = std::atoi(value());
    else if (s == "--workers")
      workers = std::atoi(value());
    else if (s == "--quick")
      quick = true;
    else if (workload.empty())
      workload = s;
    else
      fail("unknown argument " + s);
  }
  actor_system_config cfg;
  if (workers > 0) cfg.set("scheduler.max-threads", workers);
  actor_system sys{cfg};
  std::string impl = workers == 1 ? "caf-1" : "caf-default";
  size_t threads = sys.scheduler().num_workers();

  struct W {
    const char* name;
    int64_t full, small;
  };
  const W all[] = {{"spawn", 100'000, 1'000},  {"task", 100'000, 1'000},
                   {"memory", 200'000, 2'000}, {"pingpong", 1'000'000, 10'000},
                   {"chain", 100'000, 1'000},  {"tasks_fib", 1'000, 10}};
  for (const W& w : all) {
    if (workload != w.name) continue;
    int64_t size = n ? n : quick ? w.small : w.full;
    auto run = [&](bool first) -> Figures {
      if (workload == "spawn") return spawn_exit(sys, size);
      if (workload == "task") return task_request(sys, size);
      if (workload == "memory") return memory_idle(sys, size, first);
      if (workload == "pingpong") return ping_pong(sys, size);
      if (workload == "chain") return chain(sys, size);
      return tasks_fib(sys, size, quick ? 10 : 15);
    };
    bool warm = workload != "memory";  // RSS is only meaningful on a fresh process
    if (warm) run(false);
    for (int rep = 0; rep < reps; ++rep)
      for (const auto& [metric, value] : run(rep == 0 && !warm))
        std::printf(
            "BENCH {\"impl\":\"%s\",\"workload\":\"%s\",\"metric\":\"%s\",\"value\":%.6g,"
            "\"n\":%lld,\"rep\":%d,\"workers\":%zu}\n",
            impl.c_str(), w.name, metric.c_str(), value, static_cast<long long>(size), rep,
            threads);
    std::fflush(stdout);
    return 0;
  }
  fail("no workload named " + workload + " (CAF has: spawn task memory pingpong chain tasks_fib)");
}
