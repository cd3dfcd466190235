#pragma once
// What the playground shows of a server (a GenServer, an Agent, a supervisor): its state,
// the very term :sys.get_state/1 answers, and its callback module. Read only when a
// panel draws: the runtime never asks, so looking changes nothing a process can see.
#include <optional>
#include <string>

#include "taskplay/process.hpp"

namespace taskplay::ui {

// The server's state as :sys.get_state/1 would answer it; nullopt for a process that is
// not a server, and for a supervisor (the Supervisors panel shows its children).
std::optional<Term> server_state(const Process& p);
// The server's state inspected (each list, tuple and map cut after `limit` items, as
// inspect's :limit does); "" for a process that is not a server.
std::string server_state_text(const Process& p, int limit = 8);
// The callback module of a module-based server (Stack, CounterSupervisor); nil for a
// process that is not a server and for the library's own (Supervisor.Default, Agent.Server).
Atom user_module(const Process& p);

}  // namespace taskplay::ui
