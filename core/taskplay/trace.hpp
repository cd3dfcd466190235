#pragma once
// The trace: every event of the runtime, in order, with its time. The UI
// draws from it, the tests assert on it, the benchmarks count it. It is a
// ring buffer of bounded size; when it must drop old events it counts them.

#include <cstdint>
#include <string>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

enum class EventKind : uint8_t {
  spawn,          // pid spawned by other (data: [] or {:link}/{:monitor} flags as atoms)
  exit,           // pid exited; data: reason
  link,           // pid linked to other
  unlink,         // pid unlinked from other
  monitor,        // pid (watcher) monitors other; data: ref
  demonitor,      // pid removed monitor on other; data: ref
  send,           // pid sent data to other
  receive,        // pid took data from its mailbox
  exit_signal,    // other's exit signal killed pid; data: reason
  exit_trapped,   // other's exit signal became {:EXIT, other, reason} in pid's mailbox
  exit_ignored,   // other's exit signal was ignored by pid (reason :normal); data: reason
  down,           // pid got {:DOWN, ...} about other; data: the message
  timer,          // a timer of pid fired (receive after / sleep); data: [] or the sent message
  register_name,  // pid registered as data (an atom)
  log,            // data: a string, as Logger prints it (reports; Logger.info ...); level
  restart,        // pid (a supervisor) restarted a child: other is the new pid; data: child id
  limit,          // pid hit a limit (heap, process count); data: a description string
};

const char* event_kind_name(EventKind k);

struct Event {
  uint64_t seq = 0;  // position in the whole run (never reset, even when dropped)
  // The point of the run: the runtime step (Runtime::steps()) that recorded it. What the
  // host does between two steps (a line given to the shell) is stamped with the step
  // before it. A recording of the run's inputs uses the same stamps (ui/recording.hpp).
  uint64_t step = 0;
  int64_t time_us = 0;  // the runtime clock
  EventKind kind = EventKind::log;
  Pid pid;    // who the event happened to / who acted
  Pid other;  // the other end, if any (sender's target, link partner, ...)
  Term data;
  Atom level = atoms::nil;  // log: Logger's level (:error for the library's reports)
};

class Trace {
 public:
  explicit Trace(size_t capacity = 100000) : capacity_(capacity) {}

  void set_enabled(bool on) { enabled_ = on; }
  bool enabled() const { return enabled_; }
  void set_capacity(size_t n);
  size_t capacity() const { return capacity_; }

  void record(int64_t time_us, EventKind kind, Pid pid, Pid other, Term data = Term(),
              Atom level = atoms::nil) {
    if (!enabled_) return;
    push(Event{next_seq_++, step_ ? *step_ : 0, time_us, kind, pid, other, std::move(data), level});
  }
  // Where the step events belong to is counted (the runtime's step counter), read only
  // when an event is recorded.
  void stamp_steps_from(const uint64_t* step) { step_ = step; }

  size_t size() const { return events_.size(); }
  uint64_t dropped() const { return dropped_; }  // events lost to the bound so far
  uint64_t total() const { return next_seq_; }   // events ever recorded
  // i-th oldest event still held (0 <= i < size()).
  const Event& operator[](size_t i) const { return events_[(start_ + i) % events_.size()]; }
  void clear();

  // One line per event, stable text: "12.000 spawn #PID<0.101.0> by #PID<0.100.0>".
  std::string format(const Event& e) const;
  // The whole held trace as JSON lines.
  std::string to_json_lines() const;

 private:
  void push(Event e);

  size_t capacity_;
  std::vector<Event> events_;
  size_t start_ = 0;  // index of the oldest event once the ring is full
  uint64_t dropped_ = 0;
  uint64_t next_seq_ = 0;
  const uint64_t* step_ = nullptr;
  bool enabled_ = true;
};

// A run's fingerprint: FNV-1a over what makes each event this event and not another (its
// step, time, kind and processes), folded into `hash` (start from kEventHashSeed). Equal
// hashes: the same run, event for event (time travel's replays, the explorer's tokens).
inline constexpr uint32_t kEventHashSeed = 2166136261u;
inline uint32_t event_hash(uint32_t hash, const Event& e) {
  auto mix = [&](uint64_t x) {
    for (int i = 0; i < 8; ++i) {
      hash = (hash ^ static_cast<uint32_t>(x & 0xff)) * 16777619u;
      x >>= 8;
    }
  };
  mix(e.step);
  mix(static_cast<uint64_t>(e.time_us));
  mix(static_cast<uint64_t>(e.kind));
  mix(e.pid.packed());
  mix(e.other.packed());
  return hash;
}

}  // namespace taskplay
