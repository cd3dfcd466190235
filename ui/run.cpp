#include "ui/run.hpp"

#include "taskplay/library.hpp"
#include "taskplay/workloads.hpp"

namespace taskplay::ui {

namespace {
MemoryFull& memory_full() {
  static MemoryFull check;
  return check;
}

RuntimeOptions options(uint64_t seed, uint32_t process_limit) {
  RuntimeOptions o;
  o.seed = seed;
  o.max_processes = process_limit;
  o.memory_full = memory_full();
  return o;
}
}  // namespace

Run::Run(uint64_t seed, uint32_t process_limit)
    : rt_(std::make_unique<Runtime>(options(seed, process_limit), &clock_)) {
  install_library(*rt_);
  // The chapter's Fib.of/1, ready to call (a `defmodule Fib` typed in the shell replaces it).
  workloads::install(rt_->modules());
  work_ = std::make_unique<WorkClock>(*rt_, kReductionsPerMs);
  shell_ = std::make_unique<ShellLink>(*rt_);
  sync();
}

void Run::check_memory_with(MemoryFull check) { memory_full() = std::move(check); }

Run::~Run() {
  // The shell refers to the runtime.
  shell_.reset();
  rt_.reset();
}

bool Run::apply(const Input& in) {
  switch (in.kind) {
    case Input::Kind::line:
      shell_->submit(in.text);
      shell_->update();
      return true;
    case Input::Kind::stop_shell:
      // A shell that already finished has nothing to stop.
      if (!shell_->busy()) return false;
      rt_->exit(shell_->pid(), Term(atoms::kill));
      return true;
    case Input::Kind::clear_exited:
      sync();
      observer_.clear_dead();
      return true;
    case Input::Kind::pause:
    case Input::Kind::resume:
    case Input::Kind::step:
    case Input::Kind::speed:
      return true;  // the pace of the run, not the run (recording.hpp)
  }
  return false;
}

bool Run::step() {
  if (!rt_->step()) return false;
  work_->after_step();
  shell_->update();
  if (rt_->trace().total() - synced_ > rt_->trace().capacity() / 2) sync();
  return true;
}

bool Run::wait(int64_t us) {
  const int64_t until = rt_->now_us() + us;
  if (auto next = rt_->next_timer_us(); next && *next <= until) {
    clock_.advance_to(*next);
    return true;
  }
  clock_.advance_to(until);
  return false;
}

bool Run::wait_for_timer() {
  auto next = rt_->next_timer_us();
  if (!next) return false;
  clock_.advance_to(*next);
  return true;
}

bool Run::wait_until(int64_t us) {
  if (rt_->now_us() > us) return false;
  clock_.advance_to(us);
  return true;
}

void Run::sync() {
  const Trace& tr = rt_->trace();
  if (tr.size() > 0) {
    const uint64_t oldest = tr[0].seq;
    if (synced_ < oldest) {
      hash_complete_ = false;
      synced_ = oldest;
    }
    for (size_t i = static_cast<size_t>(synced_ - oldest); i < tr.size(); ++i)
      hash_ = event_hash(hash_, tr[i]);
    synced_ = tr.total();
  }
  observer_.update(*rt_);
}

}  // namespace taskplay::ui
