#pragma once
// A supervisor's restart intensity: at most `max_restarts` restarts within
// `max_seconds` (3 in 5 by default). Like OTP's supervisor (and Elixir's
// DynamicSupervisor), times are whole seconds of the runtime's clock and a
// restart counts while now <= then + max_seconds; the restart that makes the
// count exceed max_restarts is refused, and the supervisor shuts down.
// (OTP filters its whole list of restarts each time; restarts are recorded
// in time order, so dropping the expired ones from the front is the same.)

#include <cstdint>
#include <deque>

namespace taskplay {

struct RestartIntensity {
  int64_t max_restarts = 3;
  int64_t max_seconds = 5;
  std::deque<int64_t> restarts;  // seconds, oldest first

  // Record a restart at `now_s`; false when the intensity is exceeded.
  bool add(int64_t now_s) {
    restarts.push_back(now_s);
    while (now_s > restarts.front() + max_seconds) restarts.pop_front();
    return static_cast<int64_t>(restarts.size()) <= max_restarts;
  }
};

}  // namespace taskplay
