#pragma once
// A playground session: the runtime, its clock, the observer the panels read
// and the shell the person acts as. The App owns one; panels get it through a
// const reference and act only by queueing lines of Elixir (submit), which the
// next frame hands to the shell: typed input, buttons, presets and share links
// take that one path.
//
// Each frame: apply the queued lines, run the scheduler within a slice of host
// time (never more, whatever runs: Fib.of(45), a loop, 10,000 processes), then
// bring the observer up to date. Pausing freezes the runtime's clock and
// scheduler; step() runs exactly one unit of work (one slice, one timer or one
// exit teardown), moving the clock to the next timer when nothing else can run.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/clock.hpp"
#include "taskplay/observer.hpp"
#include "taskplay/runtime.hpp"
#include "ui/shell_link.hpp"

namespace taskplay::ui {

struct SessionStats {
  uint64_t steps = 0;  // scheduler steps since the reset
  uint64_t steps_last_frame = 0;
  double run_ms_last_frame = 0;  // host time the scheduler took in the last frame
  uint64_t manual_steps = 0;     // steps taken with step()
};

class Session {
 public:
  // `host_now_us`: the host's monotonic time; the runtime's clock runs on it,
  // scaled by the speed.
  explicit Session(std::function<int64_t()> host_now_us = steady_now_us);
  ~Session();

  // [SECTION] Commands (applied at the start of the next frame)
  // One line of Elixir (or several, separated by newlines) for the shell.
  void submit(std::string_view lines);
  // Starts again from an empty runtime (a new shell, no processes, time 0).
  void reset();
  // Reset, then the lines of a scenario (a preset, a share link).
  void load(std::string_view scenario);

  // [SECTION] The scheduler
  void set_paused(bool paused);
  bool paused() const { return paused_; }
  void step();  // while paused: one unit of work at the next frame
  // 1 = full speed (the scheduler runs as much as the frame allows, the clock
  // runs in real time); below 1, slow motion: the clock and the scheduler both
  // slow down by this factor.
  void set_speed(double speed);
  double speed() const { return speed_; }

  // Once per frame: apply commands, run the scheduler for at most `budget_ms` of
  // host time, update the observer and the shell.
  void advance(double budget_ms = 6.0);

  // [SECTION] What the panels read
  const Runtime& runtime() const { return *rt_; }
  const Observer& observer() const { return observer_; }
  const ShellLink& shell() const { return *shell_; }
  const SessionStats& stats() const { return stats_; }
  // The lines given to the shell since the last reset, in order: the scenario a
  // share link carries.
  const std::vector<std::string>& scenario() const { return scenario_; }
  // The runtime's clock, in microseconds.
  int64_t now_us() const { return rt_->now_us(); }
  // Whether the scheduler has something to do now (runnable or exiting processes).
  bool busy() const { return rt_->has_work(); }

  // View actions (no runtime effect): forget dead processes and old signals.
  void clear_dead() { observer_.clear_dead(); }
  // Kills a busy shell process, as iex's Ctrl+G then k does: for a line that never ends
  // (an endless loop, a receive with no after). A new shell takes over.
  void interrupt_shell();

  static int64_t steady_now_us();

 private:
  void rebuild();
  void run_scheduler(double budget_ms);
  bool step_once();

  std::function<int64_t()> host_now_us_;
  std::unique_ptr<ScaledClock> clock_;
  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<ShellLink> shell_;
  Observer observer_;
  SessionStats stats_;

  std::vector<std::string> pending_;  // lines for the shell, applied next frame
  std::vector<std::string> scenario_;
  bool reset_requested_ = false;
  bool paused_ = false;
  uint32_t step_requests_ = 0;
  double speed_ = 1.0;
  double credit_ = 0;  // slow motion: reductions the scheduler may still use
  int64_t last_host_us_ = 0;
};

}  // namespace taskplay::ui
