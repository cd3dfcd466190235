#pragma once
// How the playground names and sorts processes, for every panel and the test bridge: what
// kind a process is ("shell", "Task", "Supervisor"...), its pid written short, and which
// events are the console's own plumbing rather than something the person did.
#include <cstdint>
#include <string>
#include <vector>

#include "taskplay/observer.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/trace.hpp"

namespace taskplay::ui {

// What kind of process `pid` is: "shell" (one of `shells`), else its label as the
// library set it ("Task", "Supervisor", "Agent", ... from the runtime while it lives, from
// the observer's record once it has exited), else "process".
std::string process_kind(const Runtime& rt, const Observer& observer,
                         const std::vector<Pid>& shells, Pid pid);
// #PID<0.101.0> as "0.101.0"
std::string pid_short(Pid pid);
// 262143 as "262,143"
std::string thousands(uint64_t n);
// The events the person should not see: the console's own plumbing (lang::Shell wakes its
// idle shell process with {:"$shell_input"}, as iex's server talks to its evaluator).
bool is_plumbing(const Event& e);

}  // namespace taskplay::ui
