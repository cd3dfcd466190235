#pragma once
// Starting and stopping the library's servers (Supervisor, DynamicSupervisor,
// Agent) the way OTP's gen and proc_lib do:
//
//   start:    spawn (linked for start_link) and wait for the new process's
//             init_ack, {:ack, pid, result}. A linked starter that traps
//             exits also stops waiting on {:EXIT, pid, reason}; an unlinked
//             one monitors the new process instead. A failing init acks
//             {:error, reason} and then exits with `reason`, so a
//             non-trapping start_link caller dies with it (the link), as in
//             Elixir 1.14, while a trapping one gets {:error, reason} and
//             keeps the {:EXIT, pid, reason} in its mailbox.
//   stop:     GenServer.stop/3: the system message
//             {:system, from, {:terminate, reason}}; the server cleans up
//             (a supervisor stops its children) and exits with `reason`;
//             the caller waits for the :DOWN and returns :ok.

#include <optional>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay::proc_lib {

// Spawn `body` and wait for its init_ack; returns the acked result
// ({:ok, pid}, {:error, reason}, :ignore). `label` says what the new process
// is (Supervisor, Agent, ...) for the UI.
Co<Term> start(Ctx& ctx, Body body, bool link, Atom label = atoms::nil);

// In the new process: report the result of init to the starter (its parent).
void init_ack(Ctx& ctx, Term result);

// In the new process, before init: register under `name` (an atom; nil =
// no name). When the name is taken, acks {:error, {:already_started, pid}}
// and returns false: the process should then end (exit :normal), as gen does.
bool register_name(Ctx& ctx, const Term& name);

// GenServer.stop(server, reason, timeout): :ok, or exits with
// {:noproc | :timeout | other_reason, {GenServer, :stop, [server, reason, timeout]}}.
Co<Term> stop(Ctx& ctx, Term server, Term reason, Term timeout);

// The reason of a {:system, from, {:terminate, reason}} message, if it is one.
std::optional<Term> terminate_request(const Term& message);

// A server's address (a pid or a registered name) as a pid; Pid{} if none.
Pid whereis(Ctx& ctx, const Term& server);

}  // namespace taskplay::proc_lib
