#include "ui/session.hpp"

#include <algorithm>
#include <random>

namespace taskplay::ui {

namespace {

// Slow motion: at speed s the scheduler may use s × this many reductions per second of
// host time (the pace of the playground's virtual time: Run::kReductionsPerMs), and an
// exit teardown or a timer costs this many, so that a crash travelling a chain of links
// can be followed with the eye.
constexpr double kReductionsPerSecond = Run::kReductionsPerMs * 1000.0;
constexpr double kStepCost = 400;
// At full speed, how many reductions the scheduler runs between looks at the host clock.
constexpr uint64_t kPumpChunk = 2000;
// A stall (a hidden tab) counts as this much host time at most.
constexpr int64_t kMaxFrameUs = 100'000;

}  // namespace

int64_t Session::steady_now_us() {
  using namespace std::chrono;
  return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

uint64_t Session::random_seed() {
  std::random_device device;
  return (uint64_t{device()} << 32) ^ device();
}

Session::Session(std::function<int64_t()> host_now_us, std::function<uint64_t()> new_seed)
    : host_now_us_(std::move(host_now_us)), new_seed_(std::move(new_seed)) {
  fresh_run(new_seed_());
}

Session::~Session() = default;

void Session::fresh_run(uint64_t seed) {
  viewing_ = false;
  highlight_.reset();
  view_.reset();
  build_.reset();
  spare_.reset();
  loading_.reset();
  live_ = std::make_unique<Run>(seed, process_limit_);
  recording_ = Recording{};
  recording_.seed = seed;
  recording_.process_limit = process_limit_;
  recording_.reductions_per_ms = Run::kReductionsPerMs;
  credit_ = 0;
  stats_ = SessionStats{};
  ++epoch_;
}

// [SECTION] Commands

void Session::push_input(Input::Kind k, std::string text, double value) {
  Command c{Command::Kind::input, Input{}, 0, std::nullopt};
  c.input.kind = k;
  c.input.text = std::move(text);
  c.input.value = value;
  push(std::move(c));
}

void Session::submit(std::string_view lines) {
  size_t start = 0;
  while (start <= lines.size()) {
    size_t nl = lines.find('\n', start);
    if (nl == std::string_view::npos) nl = lines.size();
    std::string line(lines.substr(start, nl - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    push_input(Input::Kind::line, std::move(line));
    start = nl + 1;
  }
}

void Session::reset() {
  // what was asked before the reset no longer applies
  commands_.clear();
  push({Command::Kind::reset, Input{}, 0, std::nullopt});
}

void Session::restart_with_process_limit(uint32_t limit) {
  process_limit_ = std::clamp<uint32_t>(limit, 1024, kMaxProcessLimit);
  reset();
}

void Session::load(std::string_view scenario) {
  reset();
  submit(scenario);
}

void Session::open(Recording recording) {
  commands_.clear();
  push({Command::Kind::open, Input{}, 0, std::move(recording)});
}

void Session::interrupt_shell() { push_input(Input::Kind::stop_shell); }
void Session::clear_dead() { push_input(Input::Kind::clear_exited); }
void Session::set_paused(bool paused) {
  push_input(paused ? Input::Kind::pause : Input::Kind::resume);
}
void Session::step() { push({Command::Kind::step, Input{}, 0, std::nullopt}); }
void Session::set_speed(double speed) {
  push_input(Input::Kind::speed, {}, std::clamp(speed, 1e-4, 1.0));
}
void Session::step_back() { push({Command::Kind::step_back, Input{}, 0, std::nullopt}); }
void Session::view_step(uint64_t step) {
  push({Command::Kind::view_step, Input{}, step, std::nullopt});
}
void Session::view_event(uint64_t seq) {
  push({Command::Kind::view_event, Input{}, seq, std::nullopt});
}
void Session::go_live() { push({Command::Kind::live, Input{}, 0, std::nullopt}); }
void Session::continue_from_here() { push({Command::Kind::fork, Input{}, 0, std::nullopt}); }
void Session::switch_branch(size_t i) { push({Command::Kind::branch, Input{}, i, std::nullopt}); }

void Session::record(Input in) {
  in.step = live_->steps();
  in.time_us = live_->now_us();
  if (live_->apply(in)) recording_.inputs.push_back(std::move(in));
}

void Session::set_pause(bool paused) {
  if (paused == paused_) return;
  paused_ = paused;
  Input in;
  in.kind = paused ? Input::Kind::pause : Input::Kind::resume;
  record(std::move(in));
}

void Session::apply(Command& c) {
  using K = Command::Kind;
  switch (c.kind) {
    case K::input: {
      const Input::Kind k = c.input.kind;
      if (k == Input::Kind::pause || k == Input::Kind::resume) {
        if (viewing_ && k == Input::Kind::resume) {
          // Resume from the past: back to the live run, which goes on (going on from the
          // past is "continue from here", asked for by name)
          viewing_ = false;
          view_.reset();
          build_.reset();
          highlight_.reset();
        }
        set_pause(k == Input::Kind::pause);
        return;
      }
      if (k == Input::Kind::speed) {
        speed_ = c.input.value;
        record(std::move(c.input));
        return;
      }
      // An action on the run while the past is shown: the run goes on from there.
      if (viewing_) fork();
      record(std::move(c.input));
      return;
    }
    case K::reset:
      fresh_run(new_seed_());
      return;
    case K::open:
      branches_.clear();
      start_loading(std::move(*c.recording), true);
      return;
    case K::step: {
      if (viewing_) {
        request_view(target_ + 1, std::nullopt);
        if (viewing_) highlight_ = last_event_of(target_);
        return;
      }
      set_pause(true);
      Input in;
      in.kind = Input::Kind::step;
      record(std::move(in));
      // One unit of work; when nothing can run, the clock moves to the next timer first.
      if (live_->step() || (live_->wait_for_timer() && live_->step())) ++stats_.manual_steps;
      return;
    }
    case K::step_back: {
      const uint64_t from = target_step();
      if (from > 0) request_view(from - 1, last_event_of(from - 1));
      return;
    }
    case K::view_step:
      request_view(c.n, last_event_of(c.n));
      return;
    case K::view_event: {
      const Trace& tr = live_->runtime().trace();
      const uint64_t oldest = tr.total() - tr.size();
      if (c.n < oldest || c.n >= tr.total()) return;
      request_view(tr[static_cast<size_t>(c.n - oldest)].step, c.n);
      return;
    }
    case K::live:
      viewing_ = false;
      view_.reset();
      build_.reset();
      highlight_.reset();
      return;
    case K::fork:
      fork();
      return;
    case K::branch:
      if (c.n < branches_.size()) {
        Branch other = std::move(branches_[c.n]);
        branches_[c.n] = Branch{recording(), other.fork_step};
        start_loading(std::move(other.recording), false);
      }
      return;
  }
}

// [SECTION] Time travel

std::optional<uint64_t> Session::last_event_of(uint64_t step) const {
  // Events are in step order: the last one whose step is at most `step`.
  const Trace& tr = live_->runtime().trace();
  size_t lo = 0, hi = tr.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (tr[mid].step <= step)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0) return std::nullopt;
  return tr[lo - 1].seq;
}

void Session::request_view(uint64_t step, std::optional<uint64_t> highlight) {
  if (step >= live_->steps()) {
    viewing_ = false;
    view_.reset();
    build_.reset();
    highlight_.reset();
    return;
  }
  if (!viewing_) {
    set_pause(true);
    viewing_ = true;
  }
  target_ = step;
  highlight_ = highlight;
  // Move toward it the replay that is already nearest below it (a replay only goes
  // forward); the one shown stays shown until the new one gets there.
  auto below = [&](const std::unique_ptr<Replay>& r) { return r && r->position() <= step; };
  Replay* best = nullptr;
  for (const auto* r : {&view_, &build_, &spare_})
    if (below(*r) && (!best || (*r)->position() > best->position())) best = r->get();
  if (best && best == view_.get()) {
    build_.reset();  // the one shown just moves on
  } else if (best && best == spare_.get()) {
    build_ = std::move(spare_);
  } else if (!best) {
    build_ = std::make_unique<Replay>(recording_);
  }
}

void Session::travel(int64_t deadline) {
  auto more = [&] { return host_now_us_() < deadline; };
  const uint64_t before = build_ ? build_->position() : view_ ? view_->position() : 0;
  Replay* moving = build_ ? build_.get() : view_.get();
  if (!moving) {
    build_ = std::make_unique<Replay>(recording_);
    moving = build_.get();
  }
  if (moving->position() <= target_) {
    const Replay::Status st = moving->advance(recording_, target_, more);
    if (st == Replay::Status::diverged) {
      // Cannot happen with a recording the live run made; say so rather than loop.
      open_problem_ = "this point of the run could not be rebuilt: its replay went another way";
      build_.reset();
    } else if (st == Replay::Status::there && moving == build_.get()) {
      view_ = std::move(build_);
    }
  }
  const Replay* now = build_ ? build_.get() : view_.get();
  if (now && now->position() > before) stats_.replayed_steps += now->position() - before;
}

void Session::prepare_spare(int64_t deadline) {
  if (loading_) return;
  // A run of many processes is not kept twice over: past this many, a step back rebuilds
  // the past from the start instead (slower, with its progress shown). A million idle
  // processes are about 1 GB in the page.
  constexpr size_t kSpareMaxProcesses = 100'000;
  if (live_->runtime().process_count() > kSpareMaxProcesses) {
    spare_.reset();
    return;
  }
  const uint64_t at = viewing_ ? target_ : live_->steps();
  if (at == 0) return;
  const uint64_t want = at - 1;
  if (spare_ && spare_->position() > want) spare_.reset();
  if (host_now_us_() >= deadline) return;
  if (!spare_) spare_ = std::make_unique<Replay>(recording_);
  auto more = [&] { return host_now_us_() < deadline; };
  if (spare_->advance(recording_, want, more) == Replay::Status::diverged) spare_.reset();
}

void Session::fork() {
  if (!viewing_) return;
  if (!view_ || view_->position() != target_) return;  // not rebuilt yet (advance waits)
  Branch old{recording(), target_};
  old.recording.view_step.reset();
  branches_.push_back(std::move(old));
  recording_.inputs.resize(view_->applied());
  live_ = view_->take();
  view_.reset();
  build_.reset();
  if (spare_ && spare_->position() > target_) spare_.reset();
  viewing_ = false;
  highlight_.reset();
  set_pause(false);
}

void Session::start_loading(Recording r, bool verify) {
  viewing_ = false;
  highlight_.reset();
  view_.reset();
  build_.reset();
  spare_.reset();
  open_problem_.clear();
  loading_ = std::make_unique<Replay>(r);
  process_limit_ = r.process_limit;  // a reset goes on with the opened run's limit
  loading_view_ = r.view_step;
  verify_loading_ = verify;
  loading_recording_ = std::move(r);
  credit_ = 0;
  stats_ = SessionStats{};
  ++epoch_;
}

std::optional<double> Session::rebuilding() const {
  if (loading_)
    return loading_recording_.end_step == 0 ? 1.0
                                            : static_cast<double>(loading_->position()) /
                                                  static_cast<double>(loading_recording_.end_step);
  if (!viewing_) return std::nullopt;
  if (build_) return target_ == 0 ? 1.0 : static_cast<double>(build_->position()) / target_;
  if (!view_) return 0.0;
  if (view_->position() < target_)
    return static_cast<double>(view_->position()) / static_cast<double>(target_);
  return std::nullopt;
}

// [SECTION] The frame

const Run& Session::shown() const {
  if (loading_) return loading_->run();
  if (viewing_ && view_) return view_->run();
  return *live_;
}

void Session::run_live(double budget_ms, int64_t start, int64_t host_dt) {
  const int64_t deadline = start + static_cast<int64_t>(budget_ms * 1000.0);
  uint64_t steps = 0;
  Run& run = *live_;
  // While every process waits, the run's clock follows the host's, times the speed.
  int64_t waiting_room = static_cast<int64_t>(static_cast<double>(host_dt) * speed_);
  if (paused_) {
    // nothing: step() runs one unit at a time
  } else if (speed_ >= 1.0) {
    // Full speed: whole chunks of reductions until the frame's slice is used or nothing
    // can run. (A step that costs no reductions, an exit or a timer, still counts against
    // the time.)
    while (host_now_us_() < deadline) {
      const uint64_t before = run.runtime().total_reductions();
      uint64_t n = 0;
      while (run.runtime().total_reductions() - before < kPumpChunk && run.step()) ++n;
      steps += n;
      if (n > 0) continue;
      // Everything waits: the clock moves as far as the host's did, or to the next timer.
      const int64_t t0 = run.now_us();
      const bool timer = waiting_room > 0 && run.wait(waiting_room);
      waiting_room -= run.now_us() - t0;
      if (!timer) break;
    }
  } else {
    // Slow motion: a reduction allowance that grows with host time.
    credit_ += static_cast<double>(host_dt) * 1e-6 * speed_ * kReductionsPerSecond;
    credit_ = std::min(credit_, speed_ * kReductionsPerSecond);  // never a burst after a stall
    while (credit_ > 0 && host_now_us_() < deadline) {
      const uint64_t before = run.runtime().total_reductions();
      if (!run.step()) {
        const int64_t t0 = run.now_us();
        const bool timer = waiting_room > 0 && run.wait(waiting_room);
        waiting_room -= run.now_us() - t0;
        if (timer) continue;
        credit_ = std::min(credit_, kStepCost);
        break;
      }
      ++steps;
      credit_ -=
          std::max(kStepCost, static_cast<double>(run.runtime().total_reductions() - before));
    }
  }
  stats_.steps_last_frame = steps;
}

void Session::advance(double budget_ms) {
  const int64_t start = host_now_us_();
  const int64_t host_dt = last_host_us_ == 0 ? 0 : std::min(start - last_host_us_, kMaxFrameUs);
  last_host_us_ = start;

  // Commands, in order. Those that act on a past still being rebuilt wait for it.
  size_t done = 0;
  while (done < commands_.size() && !loading_) {
    Command& c = commands_[done];
    const bool acts = c.kind == Command::Kind::fork ||
                      (c.kind == Command::Kind::input && c.input.kind != Input::Kind::pause &&
                       c.input.kind != Input::Kind::resume && c.input.kind != Input::Kind::speed);
    if (acts && viewing_ && (!view_ || view_->position() != target_)) break;
    apply(c);
    ++done;
  }
  if (done == 0 && !commands_.empty() &&
      (commands_[0].kind == Command::Kind::reset || commands_[0].kind == Command::Kind::open)) {
    apply(commands_[0]);  // a reset or a new link cancels a link being opened
    done = 1;
  }
  commands_.erase(commands_.begin(), commands_.begin() + static_cast<std::ptrdiff_t>(done));

  const int64_t replay_deadline =
      start + static_cast<int64_t>(std::max(budget_ms, kReplaySliceMs) * 1000.0);
  if (loading_) {
    auto more = [&] { return host_now_us_() < replay_deadline; };
    const uint64_t before = loading_->position();
    const Replay::Status st =
        loading_->advance(loading_recording_, loading_recording_.end_step, more);
    stats_.replayed_steps += loading_->position() - before;
    if (st != Replay::Status::on_the_way) {
      const size_t applied = loading_->applied();
      live_ = loading_->take();
      loading_.reset();
      live_->wait_until(loading_recording_.end_time_us);
      live_->sync();
      recording_ = loading_recording_;
      recording_.inputs.resize(applied);
      recording_.view_step.reset();
      paused_ = true;  // shown where its author was, as they saw it
      if (verify_loading_ && (st == Replay::Status::diverged ||
                              live_->runtime().trace().total() != loading_recording_.end_events ||
                              live_->trace_hash() != loading_recording_.trace_hash))
        open_problem_ =
            "this run replays differently here than where it was recorded (another version "
            "of taskplay made the link): what you see is this version's run of its inputs";
      if (loading_view_) request_view(*loading_view_, last_event_of(*loading_view_));
    }
  } else if (viewing_) {
    travel(replay_deadline);
    prepare_spare(replay_deadline);
  } else {
    // (the host's time since the last frame counts only if the live run ran through it)
    run_live(budget_ms, start, ran_last_frame_ ? host_dt : 0);
    // While the live run waits (or is paused), prepare the step back.
    if (paused_ || !live_->busy()) prepare_spare(start + static_cast<int64_t>(budget_ms * 1000.0));
  }
  ran_last_frame_ = !paused_ && !viewing_ && !loading_;
  live_->sync();
  if (&shown() != last_shown_ || epoch_ != last_shown_epoch_) {
    last_shown_ = &shown();
    last_shown_epoch_ = epoch_;
    ++shown_serial_;
  }
  stats_.run_ms_last_frame = static_cast<double>(host_now_us_() - start) / 1000.0;
}

// [SECTION] What the panels read

Recording Session::recording() const {
  Recording r = recording_;
  r.end_step = live_->steps();
  r.end_time_us = live_->now_us();
  r.end_events = live_->runtime().trace().total();
  r.trace_hash = live_->trace_hash();
  if (viewing_) r.view_step = target_;
  return r;
}

std::vector<std::string> Session::scenario() const {
  std::vector<std::string> lines;
  for (const Input& in : recording_.inputs)
    if (in.kind == Input::Kind::line) lines.push_back(in.text);
  return lines;
}

}  // namespace taskplay::ui
