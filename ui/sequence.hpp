#pragma once
// The trace as a sequence diagram, in the manner of Kino.Process.seq_trace: one lifeline
// per process, an arrow per spawn, message, exit signal and :DOWN, in the order they
// happened. The Timeline panel draws it; to_mermaid() writes the Mermaid text Livebook
// renders (`sequenceDiagram`, `participant 1 AS #35;PID<0.101.0>;`, `0->>1: SPAWN`).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "taskplay/trace.hpp"

namespace taskplay::ui {

struct SeqParticipant {
  Pid pid;
  std::string name;  // "shell", "Task", "Supervisor", ... (the kind of process)
};

struct SeqStep {
  enum class Kind : uint8_t {
    spawn,
    message,
    call,
    exit_signal,
    exit_trapped,
    exit_ignored,
    down,
    exit
  };
  Kind kind;
  int from = 0, to = 0;  // participant indexes (an exit: from == to)
  int64_t time_us = 0;
  uint64_t seq = 0;    // the trace event it shows (Event::seq)
  std::string detail;  // the message or the reason, as inspect shows it
  std::string label;   // Kino's words: SPAWN, INFO: x, CALL: x, EXIT: reason, DOWN: reason
};

struct Sequence {
  std::vector<SeqParticipant> participants;
  std::vector<SeqStep> steps;
  uint64_t earlier = 0;  // steps left out before the first one shown
};

// The last `max_steps` steps of the held trace; with `only`, the steps that involve it.
// `is_hidden` leaves events out (the console's plumbing); `name_of` names a process.
Sequence build_sequence(const Trace& trace, size_t max_steps, Pid only,
                        const std::function<bool(const Event&)>& is_hidden,
                        const std::function<std::string(Pid)>& name_of);

std::string to_mermaid(const Sequence& seq);

}  // namespace taskplay::ui
