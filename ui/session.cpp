#include "ui/session.hpp"

#include <algorithm>

#include "taskplay/library.hpp"
#include "taskplay/workloads.hpp"

namespace taskplay::ui {

namespace {

// Slow motion: at speed s the scheduler may use s × this many reductions per
// second of host time (about what the runtime does flat out in the page), and
// an exit teardown or a timer costs this many, so that a crash travelling a
// chain of links can be followed with the eye.
constexpr double kReductionsPerSecond = 20e6;
constexpr double kStepCost = 400;
// At full speed, how many reductions the scheduler runs between looks at the clock.
constexpr uint64_t kPumpChunk = 2000;

}  // namespace

int64_t Session::steady_now_us() {
  using namespace std::chrono;
  return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

Session::Session(std::function<int64_t()> host_now_us) : host_now_us_(std::move(host_now_us)) {
  rebuild();
}

Session::~Session() {
  // The shell refers to the runtime; the runtime to the clock.
  shell_.reset();
  rt_.reset();
}

void Session::rebuild() {
  shell_.reset();
  rt_.reset();
  clock_ = std::make_unique<ScaledClock>(host_now_us_);
  clock_->set_speed(speed_);
  clock_->set_paused(paused_);
  rt_ = std::make_unique<Runtime>(RuntimeOptions{}, clock_.get());
  install_library(*rt_);
  // The chapter's Fib.of/1, ready to call (a `defmodule Fib` typed in the shell replaces it).
  workloads::install(rt_->modules());
  shell_ = std::make_unique<ShellLink>(*rt_);
  observer_ = Observer{};
  stats_ = SessionStats{};
  scenario_.clear();
  credit_ = 0;
  observer_.update(*rt_);
}

// [SECTION] Commands

void Session::submit(std::string_view lines) {
  size_t start = 0;
  while (start <= lines.size()) {
    size_t nl = lines.find('\n', start);
    if (nl == std::string_view::npos) nl = lines.size();
    std::string line(lines.substr(start, nl - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    pending_.push_back(std::move(line));
    start = nl + 1;
  }
}

void Session::reset() {
  reset_requested_ = true;
  pending_.clear();
  step_requests_ = 0;
}

void Session::load(std::string_view scenario) {
  reset();
  submit(scenario);
}

// [SECTION] The scheduler

void Session::set_paused(bool paused) {
  paused_ = paused;
  clock_->set_paused(paused);
  step_requests_ = 0;
}

void Session::step() {
  if (paused_) ++step_requests_;
}

void Session::set_speed(double speed) {
  speed_ = std::clamp(speed, 1e-4, 1.0);
  clock_->set_speed(speed_);
}

bool Session::step_once() {
  if (rt_->step()) return true;
  // Nothing can run now: a step moves the clock to the next timer and fires it.
  if (auto next = rt_->next_timer_us()) {
    clock_->advance_to(*next);
    return rt_->step();
  }
  return false;
}

void Session::run_scheduler(double budget_ms) {
  const int64_t start = host_now_us_();
  const int64_t deadline = start + static_cast<int64_t>(budget_ms * 1000.0);
  const int64_t host_dt = last_host_us_ == 0 ? 0 : start - last_host_us_;
  last_host_us_ = start;
  uint64_t steps = 0;

  if (paused_) {
    for (; step_requests_ > 0; --step_requests_) {
      if (step_once()) {
        ++steps;
        ++stats_.manual_steps;
      }
    }
  } else if (speed_ >= 1.0) {
    // Full speed: whole chunks of reductions until the frame's slice is used or
    // nothing can run. (A step that costs no reductions, an exit or a timer,
    // still counts against the time.)
    while (host_now_us_() < deadline) {
      const uint64_t before = rt_->total_reductions();
      uint64_t n = 0;
      while (rt_->total_reductions() - before < kPumpChunk && rt_->step()) ++n;
      steps += n;
      if (n == 0) {
        // Idle: the shell may have finished an input and have the next one ready.
        shell_->update();
        if (!rt_->has_work()) break;
      }
    }
  } else {
    // Slow motion: a reduction allowance that grows with host time.
    credit_ += static_cast<double>(std::min<int64_t>(host_dt, 100000)) * 1e-6 * speed_ *
               kReductionsPerSecond;
    credit_ = std::min(credit_, speed_ * kReductionsPerSecond);  // never a burst after a stall
    while (credit_ > 0 && host_now_us_() < deadline) {
      const uint64_t before = rt_->total_reductions();
      if (!rt_->step()) {
        credit_ = std::min(credit_, kStepCost);
        break;
      }
      ++steps;
      credit_ -= std::max(kStepCost, static_cast<double>(rt_->total_reductions() - before));
    }
  }
  stats_.steps += steps;
  stats_.steps_last_frame = steps;
  stats_.run_ms_last_frame = static_cast<double>(host_now_us_() - start) / 1000.0;
}

void Session::interrupt_shell() {
  if (shell_->busy()) rt_->exit(shell_->pid(), Term(atoms::kill));
}

void Session::advance(double budget_ms) {
  if (reset_requested_) {
    reset_requested_ = false;
    rebuild();
  }
  // The shell replaces itself if it died, takes Logger's reports, and is handed
  // its next input when it waits for one; then the queued lines join its queue.
  for (std::string& line : pending_) {
    scenario_.push_back(line);
    shell_->submit(line);
  }
  pending_.clear();
  shell_->update();
  run_scheduler(budget_ms);
  shell_->update();
  observer_.update(*rt_);
}

}  // namespace taskplay::ui
