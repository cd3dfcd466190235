#pragma once
// Virtual time that moves with work. On a virtual clock, time moves only when the host
// moves it; a process that computes forever would then keep a sleeping one asleep
// forever, and a timer would race computation differently on a faster machine. A
// WorkClock makes work take time: while processes run, the clock advances 1 ms per
// `reductions_per_ms` reductions they used, whatever the machine. While every process
// waits, the host moves the clock: `taskplay run` and the tests jump to the next timer,
// the playground follows the wall clock (ui/session.hpp). Both are deterministic: a run
// is fixed by its program, its inputs and the reductions it used (docs/time.md).
//
// Call after_step() after each Runtime::step(). No effect on a clock that is not virtual.
#include <cstdint>

namespace taskplay {

class Runtime;

class WorkClock {
 public:
  // `taskplay run` and the shell's run_until_idle: about the BEAM's pace.
  static constexpr uint64_t kScriptReductionsPerMs = 100'000;

  // `reductions_per_ms`: a multiple of 1000 (the clock counts microseconds).
  explicit WorkClock(Runtime& rt, uint64_t reductions_per_ms = kScriptReductionsPerMs);
  void after_step();
  uint64_t reductions_per_ms() const { return per_us_ * 1000; }

 private:
  Runtime& rt_;
  uint64_t per_us_;
  uint64_t last_;  // reductions already turned into time
};

}  // namespace taskplay
