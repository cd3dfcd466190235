#pragma once
// The GenServer call protocol, as OTP's gen module implements it, for the
// library's servers (Supervisor, DynamicSupervisor, Agent, Task.Supervisor):
//
//   call:  monitor the server (an alias monitor), send
//          {:"$gen_call", {caller, ref}, request}, wait for {ref, reply} or
//          the :DOWN. Exits like Elixir 1.14:
//            {:noproc,  {GenServer, :call, [server, request, timeout]}}
//            {:timeout, {GenServer, :call, [server, request, timeout]}}
//            {reason,   {GenServer, :call, [server, request, timeout]}}
//   cast:  {:"$gen_cast", request}, never fails.

#include <cstdint>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay::gen {

// `timeout` is an integer (ms) or :infinity, kept as a term because it is
// part of the exit reason.
Co<Term> call(Ctx& ctx, Term server, Term request, Term timeout = Term::integer(5000));
void cast(Ctx& ctx, const Term& server, Term request);
void reply(Ctx& ctx, const Term& from, Term reply);

// Recognising the protocol in a server's receive loop.
bool is_call(const Term& m);  // {:"$gen_call", from, request}
bool is_cast(const Term& m);  // {:"$gen_cast", request}

// A timeout term (integer ms or :infinity) as receive takes it.
int64_t timeout_ms(const Term& timeout);

}  // namespace taskplay::gen
