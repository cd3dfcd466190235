#include "taskplay/work_clock.hpp"

#include "taskplay/runtime.hpp"

namespace taskplay {

WorkClock::WorkClock(Runtime& rt, uint64_t reductions_per_ms)
    : rt_(rt),
      per_us_(reductions_per_ms < 1000 ? 1 : reductions_per_ms / 1000),
      last_(rt.total_reductions()) {}

void WorkClock::after_step() {
  const uint64_t spent = rt_.total_reductions() - last_;
  if (spent < per_us_ || !rt_.clock().is_virtual()) return;
  // whole microseconds; the rest waits for the next step
  last_ += spent - spent % per_us_;
  rt_.clock().advance_to(rt_.now_us() + static_cast<int64_t>(spent / per_us_));
}

}  // namespace taskplay
