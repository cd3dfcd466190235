#pragma once
// Process.info/1,2 (:erlang.process_info/1,2): what a process looks like from outside, with
// the BEAM's items, in the BEAM's order and shapes (OTP 25). Measured with real Elixir:
//
//   Process.info(pid)            [current_function: {M, :f, 0}, initial_call: {:erlang, :apply, 2},
//                                 status: :waiting, message_queue_len: 0, links: [], dictionary:
//                                 [], trap_exit: false, error_handler: :error_handler, priority:
//                                 :normal, group_leader: pid, total_heap_size: n, heap_size: n,
//                                 stack_size: n, reductions: n, garbage_collection: [...],
//                                 suspending: []]
//                                (registered_name: first, only when it has one)
//   Process.info(pid, :messages) {:messages, [:hello, {:a, 1}]}
//   Process.info(pid, [:links, :registered_name])   [links: [], registered_name: []]
//
// The numbers (heap sizes, reductions) are taskplay's own; monitored_by lists the newest
// monitor first as the BEAM does; links and monitors come in the order they were made (the
// BEAM keeps them in a tree, so its order differs for three or more).

#include <optional>

#include "taskplay/term.hpp"

namespace taskplay {

class Runtime;
struct Process;

// The group leader every process starts with: the pid of the BEAM's user process (a script's
// processes show #PID<0.65.0>); IO to :stdio goes to the host's standard I/O through it.
constexpr Pid kStandardGroupLeader{65, 0};
// The process's group leader: Process.group_leader/2's, inherited on spawn, or the standard one.
Pid group_leader_of(const Process& p);

// Every default item of a live process; nil for a dead one.
Term process_info(const Runtime& rt, Pid pid);
// One item as {item, value}; nullopt when the BEAM has no such item (an ArgumentError).
std::optional<Term> process_info(const Runtime& rt, const Process& p, Atom item);

}  // namespace taskplay
