#pragma once
// One playground run: a runtime on a virtual clock, Elixir's library, the shell the person
// acts as, and the observer the panels read; driven so that its recording (ui/recording.hpp)
// replays it exactly. The live run and every replay of it (time travel, share links) are
// Runs; only what drives them differs.
//
// Time is virtual (docs/time.md): while processes run, the clock moves 1 ms per
// kReductionsPerMs reductions they used (a WorkClock), the same on every machine; while
// every process waits, the host moves it: the live session as the wall clock says (times
// the speed), a replay to the next timer or the next input's stamp. Both stop at the next
// timer, which then fires at its own time. So a run is fixed by its seed and its inputs'
// stamps.
//
// The shell reacts after every step (a dead shell is replaced, Logger's reports reach the
// console, a queued line is handed over), never at a frame's edge, whose place depends
// on the host's speed.
#include <cstdint>
#include <memory>

#include "taskplay/clock.hpp"
#include "taskplay/observer.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/work_clock.hpp"
#include "ui/recording.hpp"
#include "ui/shell_link.hpp"

namespace taskplay::ui {

using MemoryFull = decltype(RuntimeOptions::memory_full);

class Run {
 public:
  // The pace of the playground's virtual time while processes run: about what the
  // runtime does flat out in the page, so that a timer there takes about as long as it
  // says (a fixed pace: a slower machine only draws the same run more slowly).
  static constexpr uint64_t kReductionsPerMs = 20'000;

  explicit Run(uint64_t seed, uint32_t process_limit = kDefaultProcessLimit);
  // The host's memory check for every run made after (RuntimeOptions::memory_full): the
  // page's, against the wasm memory's ceiling.
  static void check_memory_with(MemoryFull check);
  ~Run();
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  // [SECTION] What the panels read
  const Runtime& runtime() const { return *rt_; }
  const ShellLink& shell() const { return *shell_; }
  const Observer& observer() const { return observer_; }
  uint64_t seed() const { return rt_->seed(); }
  uint64_t steps() const { return rt_->steps(); }
  int64_t now_us() const { return rt_->now_us(); }
  bool busy() const { return rt_->has_work(); }  // something can run now

  // [SECTION] Driving it
  // Applies an input now (its stamp is the caller's to keep). False when it changes
  // nothing ("stop the shell" with an idle shell) and so need not be recorded.
  bool apply(const Input& in);
  // One unit of work: a runtime step, the time it took, the shell's reaction. False when
  // nothing can run now.
  bool step();
  // Nothing can run: move the clock on by at most `us`, never past the next timer.
  // True when it stopped at a timer (the next step fires it).
  bool wait(int64_t us);
  // Nothing can run: move the clock to the next timer. False when there is none.
  bool wait_for_timer();
  // Moves the clock to `us` (an input's stamp, while everything waited). False if the
  // clock is already past it: the run has gone another way than the one recorded.
  bool wait_until(int64_t us);

  // Brings the observer and the trace's hash up to date with the events so far (cheap;
  // step() does it when the trace has grown by half its size, so nothing is missed).
  void sync();
  // A hash of every event so far (its step, time, kind and processes): equal hashes, same
  // run. Covers all events as long as sync() kept up with the trace (complete()).
  uint32_t trace_hash() const { return hash_; }
  bool hash_complete() const { return hash_complete_; }

 private:
  VirtualClock clock_;
  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<WorkClock> work_;
  std::unique_ptr<ShellLink> shell_;
  Observer observer_;
  uint64_t synced_ = 0;  // the next event sync() reads
  uint32_t hash_ = kEventHashSeed;
  bool hash_complete_ = true;
};

// A replay: a Run fed a recording's inputs at their stamps, moved forward toward a
// target position in slices (a replay never freezes the page). Position s is the run
// after its first s steps and the inputs stamped s; the panels show a position.
class Replay {
 public:
  // A replay of `r` (its seed and process limit) from its start.
  explicit Replay(const Recording& r) : run_(std::make_unique<Run>(r.seed, r.process_limit)) {}
  Run& run() { return *run_; }
  const Run& run() const { return *run_; }
  uint64_t position() const { return run_->steps(); }
  size_t applied() const { return next_; }  // inputs applied so far

  enum class Status : uint8_t {
    on_the_way,  // the deadline came first
    there,       // at `target`: its steps done and its inputs applied
    diverged,    // the run went another way than the recording says (another version)
  };
  // Moves toward position `target`, as long as `more()` says so (asked every few steps:
  // the caller's time budget).
  template <typename More>
  Status advance(const Recording& r, uint64_t target, More&& more);
  // The run taken out (to go on live from here). The Replay is empty after.
  std::unique_ptr<Run> take() { return std::move(run_); }

 private:
  std::unique_ptr<Run> run_;
  size_t next_ = 0;
};

template <typename More>
Replay::Status Replay::advance(const Recording& r, uint64_t target, More&& more) {
  Run& run = *run_;
  for (uint32_t n = 0;; ++n) {
    // The inputs stamped at this step: after the step, at their time.
    while (next_ < r.inputs.size() && r.inputs[next_].step == run.steps()) {
      const Input& in = r.inputs[next_];
      if (in.step > target) break;
      if (!run.wait_until(in.time_us)) return Status::diverged;
      run.apply(in);
      ++next_;
    }
    if (next_ < r.inputs.size() && r.inputs[next_].step < run.steps()) return Status::diverged;
    if (run.steps() >= target) {
      run.sync();
      return Status::there;
    }
    if ((n & 63) == 63 && !more()) {
      run.sync();
      return Status::on_the_way;
    }
    if (run.step()) continue;
    // everything waits: the next timer fires (an input due now was applied above)
    if (!run.wait_for_timer()) return Status::diverged;
  }
}

}  // namespace taskplay::ui
