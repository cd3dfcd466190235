#pragma once
// The workloads the playground launches, written as process code:
//
//   defmodule Fib do
//     def of(0), do: 0
//     def of(1), do: 1
//     def of(n), do: Fib.of(n-1) + Fib.of(n-2)
//   end
//
// Fib.of/1 is the chapter's naive recursion, run on an explicit stack so it
// can be preempted at every call (one reduction per call, like the BEAM) and
// its depth counts towards the process's heap. Results are exact at any size.
// As in Elixir, a negative (or non-integer) n recurses forever: here the
// heap limit kills that process with :killed and the rest keep running.

#include <cstdint>
#include <string>

#include "taskplay/coro.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay::workloads {

Co<Term> fib_of(Ctx& ctx, Term n);

// The same function as a plain C++ recursion (the benchmark's yardstick).
int64_t fib_plain(int64_t n);

// Funs (arity 0) for Task.async(fn -> ... end) and friends.
Term fib_fun(Term n);                                   // fn -> Fib.of(n) end
Term sleep_fun(int64_t ms, Term result);                // fn -> Process.sleep(ms); result end
Term raise_fun(std::string message);                    // fn -> raise message end
Term exit_fun(Term reason);                             // fn -> exit(reason) end
Term throw_fun(Term value);                             // fn -> throw value end
Term loop_forever_fun();                                // fn -> loop() end  (never returns)
Term crash_after_fun(int64_t ms, std::string message);  // sleep, then raise
Term value_fun(Term value);                             // fn -> value end

}  // namespace taskplay::workloads

namespace taskplay {
class Modules;
}
namespace taskplay::workloads {
// Registers the native Fib.of/1 (a `defmodule Fib` typed in the shell replaces it).
void install(Modules& modules);
}  // namespace taskplay::workloads
