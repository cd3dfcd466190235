#pragma once
// Schedules as data: the hook through which the race explorer (lang/explore.hpp) decides
// which process runs next, and learns what each step did.
//
// Without a Scheduler the runtime runs its default policy (FIFO, slices of 4,000
// reductions). With one, every step ends at a process's first visible action (a send, a
// receive, a spawn, a link, a monitor, an exit signal, a name registered or looked up,
// output), so the steps of different processes can be ordered in every way the BEAM could
// order them; choosing the candidate the runtime offers first at every step gives the
// default run again, event for event. docs/races.md gives the model and its reasons.

#include <cstdint>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

// What a visible action touched. Two steps of different processes are dependent (their
// order can change what happens) when they touch the same object in kinds that conflict:
//   life     a process's existence: spawned, exiting, torn down, trap_exit set, an exit
//            signal arriving at it
//   watch    a link or monitor set on (or removed from) the process, by anyone
//   runs     a look at whether it lives (Process.alive?/1, Process.info/1,2)
//   mailbox  a message arriving in its mailbox; a receive that found nothing it wanted
//            and timed out (so a message arriving earlier would have changed it)
//   message  one message (numbered as sent): its send and its receive
//   name     a registered name (register, unregister, whereis, send to a name)
//   output   the console (every line written)
// life conflicts with life, watch and runs; watch and runs conflict with neither each
// other nor themselves; every other kind conflicts with itself only.
enum class TouchKind : uint8_t { life, watch, runs, mailbox, message, name, output };

struct Touch {
  TouchKind kind;
  uint64_t object;  // a pid's number, a message's number, an atom's id, or 0
  bool operator==(const Touch&) const = default;
};

inline bool dependent(const Touch& a, const Touch& b) {
  if (a.object != b.object) return false;
  auto life_side = [](TouchKind k) {
    return k == TouchKind::life || k == TouchKind::watch || k == TouchKind::runs;
  };
  if (life_side(a.kind) && life_side(b.kind))
    return a.kind == TouchKind::life || b.kind == TouchKind::life;
  return a.kind == b.kind;
}

class Scheduler {
 public:
  virtual ~Scheduler() = default;
  // Which of `candidates` takes the next step. candidates[0] is the default policy's
  // choice: the process that was stopped at its action and may go on (`continuing`),
  // else the oldest teardown, else the run queue's head; then the rest in that order.
  virtual size_t choose(const std::vector<Pid>& candidates, bool continuing) = 0;
  // The step under way (of `actor`; Pid{} for a timer firing) touched `t`.
  virtual void touched(Pid actor, Touch t) = 0;
  // `child` was spawned in the step under way: its steps come after it.
  virtual void spawned(Pid parent, Pid child) = 0;
};

}  // namespace taskplay
