#pragma once
// Observer: what the playground's panels show, derived from a Runtime and its
// trace, the way :observer derives its views from the BEAM. It remembers the
// processes that died (with their reason) until cleared, because a learner
// wants to see *what* crashed, not just that something did; and it keeps the
// recent exit signals and :DOWNs so the graph can draw them travelling.
// It only reads the runtime; call update() once per frame: it costs the events since the
// last call, not the number of processes.

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

#include "taskplay/runtime.hpp"

namespace taskplay {

// A live process's state in words, as the panels show it.
inline const char* state_name(ProcessState s) {
  switch (s) {
    case ProcessState::runnable:
      return "runnable";
    case ProcessState::running:
      return "running";
    case ProcessState::waiting:
      return "waiting";
    case ProcessState::exiting:
      return "exiting";
  }
  return "";
}

struct ProcessRecord {
  Pid pid;
  Pid parent;
  Atom name = atoms::nil;   // registered name, if it had one
  Atom label = atoms::nil;  // Task, Supervisor, Agent, shell... (SpawnOptions::label)
  int64_t spawned_us = 0;
  bool alive = true;
  int64_t exited_us = 0;
  Term reason;  // exit reason once dead
  // Its links, from the trace's link and unlink events; once it has exited, the links it
  // died with (the graph keeps them, faded). The same however often update() is called.
  std::vector<Pid> last_links;
};

// A supervisor's label (the library's Supervisor, DynamicSupervisor, Task.Supervisor).
bool is_supervisor_label(Atom label);

struct SignalRecord {
  uint64_t seq = 0;  // the trace event (Event::seq)
  int64_t time_us = 0;
  EventKind kind = EventKind::exit_signal;  // exit_signal, exit_trapped, exit_ignored or down
  Pid from;                                 // the process that exited / sent the signal
  Pid to;
  Term reason;
};

class Observer {
 public:
  explicit Observer(size_t max_signals = 256) : max_signals_(max_signals) {}

  // Read the trace events recorded since the last call (and, if the trace dropped some
  // unread, the live processes as they are now).
  void update(const Runtime& rt);

  const std::vector<ProcessRecord>& processes() const { return records_; }  // spawn order
  const ProcessRecord* find(Pid pid) const;
  // Kept as the events arrive, so that a panel need not count a million records a frame.
  size_t alive_count() const { return alive_; }
  size_t exited_count() const { return records_.size() - alive_; }
  // The processes a parent spawned (indices into processes(), oldest first), and how many
  // of them are alive; empty for a process that spawned none.
  struct Children {
    std::vector<uint32_t> records;
    size_t alive = 0;
  };
  const Children& children(Pid parent) const;
  // The supervisors (by their label: Supervisor, DynamicSupervisor, Task.Supervisor),
  // alive or not: indices into processes(), oldest first.
  const std::vector<uint32_t>& supervisors() const { return supervisors_; }
  // Moves on whenever a record changes (a spawn, an exit, a name, a link): a panel's rows
  // built at one version hold until the next.
  uint64_t version() const { return version_; }
  // Moves on when records are forgotten (clear_dead, reset): indices into processes() taken
  // before no longer hold.
  uint64_t generation() const { return generation_; }
  const std::deque<SignalRecord>& signals() const { return signals_; }  // oldest first
  // Events the trace dropped before this observer read them (its ring was full).
  uint64_t missed_events() const { return missed_; }

  void clear_dead();  // forget dead processes and old signals
  void reset();       // forget everything (after Runtime reset)

 private:
  ProcessRecord& record_for(Pid pid);
  void note_parent(ProcessRecord& r, Pid parent);
  void note_label(ProcessRecord& r, Atom label);
  void note_exit(ProcessRecord& r);
  void reindex();  // the indices below, from records_ (after records_ changed wholesale)
  void add_link(Pid a, Pid b);
  void drop_link(Pid a, Pid b);

  size_t max_signals_;
  uint64_t next_seq_ = 0;
  uint64_t missed_ = 0;
  std::vector<ProcessRecord> records_;
  std::unordered_map<uint64_t, size_t> index_;  // packed pid -> records_ index
  size_t alive_ = 0;
  uint64_t version_ = 0, generation_ = 0;
  std::unordered_map<uint64_t, Children> children_;  // packed parent pid -> its children
  std::vector<uint32_t> supervisors_;
  std::deque<SignalRecord> signals_;
};

}  // namespace taskplay
