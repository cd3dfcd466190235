#pragma once
// What a supervisor shows an observer, like `:sys.get_status/1` or the
// observer app's "State" tab: its strategy, its restart intensity (allowed and
// the restarts inside the window) and its children with their restart types.
// Supervisor and DynamicSupervisor (and so Task.Supervisor) build it when an observer
// calls Process::status() (so a restart costs nothing for it); the runtime never reads
// it, and nothing a process can observe depends on it.
//
// The term is a map, so it can be inspected like any other:
//   %{strategy: :one_for_one, intensity: 3, period: 5, restarts: [12, 12],
//     children: [{id, pid | :undefined | :restarting, :permanent, :worker}, ...]}
// (children in start order; restarts: the runtime clock's seconds, oldest first).

#include <cstdint>
#include <optional>
#include <vector>

#include "taskplay/child_spec.hpp"
#include "taskplay/restart_intensity.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

struct SupervisorChildStatus {
  Term id;
  Term pid;  // a pid, :undefined or :restarting
  Restart restart = Restart::permanent;
  ChildType type = ChildType::worker;
};

struct SupervisorStatus {
  Atom strategy;
  int64_t max_restarts = 3;
  int64_t max_seconds = 5;
  std::vector<int64_t> restarts;  // seconds, oldest first
  std::vector<SupervisorChildStatus> children;

  // Restarts that still count against the intensity at `now_s` (OTP's rule:
  // a restart counts while now <= then + max_seconds).
  int64_t restarts_in_window(int64_t now_s) const;
};

Term supervisor_status_term(Atom strategy, const RestartIntensity& intensity,
                            const std::vector<SupervisorChildStatus>& children);
// nullopt when `t` is not such a map (the process is not a supervisor).
std::optional<SupervisorStatus> read_supervisor_status(const Term& t);

}  // namespace taskplay
