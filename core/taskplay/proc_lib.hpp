#pragma once
// Starting a server (gen_server.hpp: GenServer, Agent, the supervisors) the way OTP's gen
// and proc_lib do:
//
//   start:    spawn (linked for start_link) and wait for the new process's
//             init_ack, {:ack, pid, result}. A linked starter that traps
//             exits also stops waiting on {:EXIT, pid, reason}; an unlinked
//             one monitors the new process instead. A failing init acks
//             {:error, reason} and then exits with `reason`, so a
//             non-trapping start_link caller dies with it (the link), as in
//             Elixir 1.14, while a trapping one gets {:error, reason} and
//             keeps the {:EXIT, pid, reason} in its mailbox.

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

}  // namespace taskplay::proc_lib
