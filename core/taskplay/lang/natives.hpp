#pragma once
// Functions written in C++ that the language calls: Kernel, Process, IO, Map,
// String, ... A native is either synchronous (it never blocks: `length/1`,
// `Map.put/3`; the VM calls it directly) or a coroutine (it may block or call
// back into the language: `Process.sleep/1`, `receive`-based helpers).
//
// The tables live in natives_*.cpp, one per module family. Library modules
// written by the runtime (Task, Supervisor, Agent, ...) need no entry here:
// they register in the runtime's Modules registry, and the VM calls whatever
// it finds there.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/process.hpp"
#include "taskplay/term.hpp"

namespace taskplay::lang {

using SyncFn = Term (*)(Ctx&, Term* args);
using AsyncFn = Co<Term> (*)(Ctx&, std::vector<Term> args);

struct Native {
  std::string_view module;  // as stored: "Elixir.Kernel", "erlang"
  std::string_view name;
  uint32_t arity;
  SyncFn sync = nullptr;
  AsyncFn async = nullptr;
  bool guard = false;  // allowed in guards (cannot have side effects)
};

// Every native of every table, in a fixed order (Op::Bif indexes it).
const std::vector<Native>& natives();
// Index of Module.name/arity in natives(), or -1.
int find_native(Atom module, Atom name, uint32_t arity);

// The tables (natives_*.cpp).
std::span<const Native> kernel_natives();
std::span<const Native> process_natives();
std::span<const Native> map_natives();      // Map
std::span<const Native> system_natives();   // System
std::span<const Native> string_natives();   // String, IO
std::span<const Native> erlang_natives();   // :erlang, IO.iodata_to_binary/1, :taskplay helpers
std::span<const Native> lists_natives();    // :lists
std::span<const Native> maps_natives();     // :maps
std::span<const Native> numbers_natives();  // Integer, Float, :math
std::span<const Native> rand_natives();     // :rand's generators (:taskplay.rand_*)

// Helpers for native bodies: Elixir's argument errors.
[[noreturn]] void badarg(const Term& culprit = Term(atoms::badarg));
[[noreturn]] void raise_argument_error(std::string message);
// No clause of module.function matches these arguments (FunctionClauseError), as a function
// written in Elixir with guards raises it.
[[noreturn]] void raise_function_clause(Atom module, Atom function,
                                        std::initializer_list<Term> args);
int64_t int_arg(const Term& t);  // a small integer, or ArgumentError
// base ** exp for integers, exact at any size (exp >= 0)
Term integer_power(Term base, int64_t exp);

// Inspect.Opts.new/1: inspect/2's keyword list of options (inspect_opts.cpp).
InspectOpts inspect_opts(const Term& keywords);

// The output device of the runtime the process runs in (IO.puts).
void write_output(Ctx& ctx, std::string_view text, bool to_stderr = false);

// reraise/2: the error keeps the stack trace it is given (the VM adds no frames).
void mark_reraise();
bool take_reraise_mark();
// raise/1: the raising frame's location gets error_info: %{module: Exception}, as on the BEAM.
void mark_raise1();
bool take_raise1_mark();

}  // namespace taskplay::lang
