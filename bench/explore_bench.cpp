// taskplay_explore_bench: the race explorer's throughput (issue 15's acceptance), in
// schedules explored per second: `taskplay explore FILE` with the default bounds, timed
// whole (each schedule compiles and runs the program on a fresh runtime, docs/races.md).
//
//   taskplay_explore_bench FILE.exs [REPS]     default 5 repetitions
//
// Built natively and as wasm (node runs it, reading FILE from the host's file system)
// beside taskplay_bench. An untimed warm-up exploration first, then per repetition a line
// for people and one for scripts/bench:
//
//   BENCH {"impl":"taskplay-native","workload":"explore","metric":"schedules_per_s",...}

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "taskplay/lang/explore.hpp"

#ifdef __EMSCRIPTEN__
constexpr const char* kImpl = "taskplay-wasm";
#else
constexpr const char* kImpl = "taskplay-native";
#endif

int main(int argc, char** argv) {
  using namespace taskplay;
  if (argc < 2) {
    std::fprintf(stderr, "usage: taskplay_explore_bench FILE.exs [REPS >= 1]\n");
    return 2;
  }
  const std::string file = argv[1];
  const int reps = argc > 2 ? std::atoi(argv[2]) : 5;
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in || reps < 1) {
    std::fprintf(stderr, "taskplay_explore_bench: cannot read %s\n", file.c_str());
    return 2;
  }
  const std::string source = text.str();
  const std::string name = file.substr(file.find_last_of('/') + 1);
  lang::Exploration first = lang::explore(source, name);  // warm-up, and what to expect
  if (!first.error.empty() || first.outcomes.empty()) {
    std::fprintf(stderr, "taskplay_explore_bench: %s: %s\n", name.c_str(), first.error.c_str());
    return 1;
  }
  for (int r = 1; r <= reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    lang::Exploration e = lang::explore(source, name);
    auto t1 = std::chrono::steady_clock::now();
    // the same exploration every time (a benchmark of a different result measures nothing)
    if (e.schedules != first.schedules || e.outcomes.size() != first.outcomes.size()) {
      std::fprintf(stderr,
                   "taskplay_explore_bench: %u schedules and %zu outcomes, then %u and %zu\n",
                   first.schedules, first.outcomes.size(), e.schedules, e.outcomes.size());
      return 1;
    }
    const double s = std::chrono::duration<double>(t1 - t0).count();
    const double rate = e.schedules / s;
    std::printf("%s: %u schedules, %zu outcomes in %.1f ms: %.0f schedules/s\n", name.c_str(),
                e.schedules, e.outcomes.size(), 1000 * s, rate);
    std::printf(
        "BENCH {\"impl\":\"%s\",\"workload\":\"explore\",\"metric\":\"schedules_per_s\","
        "\"value\":%.2f,\"n\":%u,\"rep\":%d}\n",
        kImpl, rate, e.schedules, r);
  }
  return 0;
}
