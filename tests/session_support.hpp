#pragma once
// Test support for the playground's session (ui/session.hpp): a Session on a fake host
// clock that moves a little at every look (so a frame's slice ends after a fixed number of
// looks, whatever the machine), driven frame by frame; and what a run looks like, to
// compare a run with its replay.
#include <cstdint>
#include <memory>
#include <random>
#include <string>

#include "ui/recording.hpp"
#include "ui/run.hpp"
#include "ui/session.hpp"

namespace taskplay::test {

struct FakeHost {
  int64_t now = 1'000'000;
  int64_t per_look = 20;  // microseconds each look at the clock takes
};

struct Driver {
  std::shared_ptr<FakeHost> host = std::make_shared<FakeHost>();
  ui::Session session;

  explicit Driver(uint64_t seed = 7)
      : session([h = host] { return h->now += h->per_look; }, [seed] { return seed; }) {}

  // One frame, `dt_ms` after the last one.
  void frame(double dt_ms = 16, double budget_ms = 6) {
    host->now += static_cast<int64_t>(dt_ms * 1000);
    session.advance(budget_ms);
  }
  // Frames until the live run has nothing to do and the shell waits for input (or `max`).
  void settle(int max = 2000) {
    for (int i = 0; i < max; ++i) {
      frame();
      if (!session.live().busy() && !session.live().shell().busy() &&
          !session.rebuilding().has_value())
        return;
    }
  }
  // Frames until the past asked for is shown.
  void rebuilt(int max = 2000) {
    for (int i = 0; i < max && session.rebuilding().has_value(); ++i) frame();
    frame();
  }
};

// What a run looks like, all of it: the trace as JSON lines (every event's step, time,
// kind, processes and data), then the console.
inline std::string picture(const ui::Run& run) {
  std::string s = run.runtime().trace().to_json_lines();
  s += "-- console\n";
  for (const ui::ConsoleLine& l : run.shell().transcript()) s += l.prompt + l.text + "\n";
  s += "-- clock " + std::to_string(run.now_us()) + "\n";
  return s;
}

// A recording replayed into a fresh run up to its end, as a share link is opened.
inline std::unique_ptr<ui::Run> replay(const ui::Recording& r,
                                       ui::Replay::Status* status = nullptr) {
  ui::Replay rp(r);
  const ui::Replay::Status st = rp.advance(r, r.end_step, [] { return true; });
  if (status) *status = st;
  std::unique_ptr<ui::Run> run = rp.take();
  run->wait_until(r.end_time_us);
  run->sync();
  return run;
}

}  // namespace taskplay::test
