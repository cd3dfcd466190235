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
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/errors.hpp"
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
// The BEAM's BIF that Kernel's native `name` is, with the same arguments, else "": :erlang.abs
// for abs/1, :erlang.+ for +/2, :erlang."=:=" for ===/2 ... (Elixir inlines Kernel's call to
// it). :erlang's function answers with Kernel's native unless :erlang has its own.
std::string_view erlang_bif_of(std::string_view name);

// The tables (natives_*.cpp).
std::span<const Native> kernel_natives();
std::span<const Native> process_natives();
std::span<const Native> map_natives();              // Map
std::span<const Native> system_natives();           // System
std::span<const Native> persistent_term_natives();  // :persistent_term
std::span<const Native> string_natives();           // String, IO
std::span<const Native> normalize_natives();        // String.normalize/2, equivalent?/2
std::span<const Native> erlang_natives();   // :erlang, IO.iodata_to_binary/1, :taskplay helpers
std::span<const Native> lists_natives();    // :lists
std::span<const Native> ets_natives();      // :ets (natives_ets.cpp)
std::span<const Native> maps_natives();     // :maps
std::span<const Native> numbers_natives();  // Integer, Float, :math
std::span<const Native> rand_natives();     // :rand's generators (:taskplay.rand_*)
std::span<const Native> etf_natives();      // term_to_binary, binary_to_term (natives_etf.cpp)
std::span<const Native> crypto_natives();   // :crypto on Nettle (natives_crypto.cpp)
std::span<const Native> zlib_natives();     // :zlib on zlib (natives_zlib.cpp)
std::span<const Native> regex_natives();    // Regex, =~ (natives_regex.cpp)
std::span<const Native> struct_natives();
std::span<const Native> code_natives();  // Macro, Code (natives_code.cpp)
std::span<const Native> binary_natives();
std::span<const Native> binary_match_natives();
std::span<const Native> base_natives();  // Base  // :binary.split, match, replace, ...
std::span<const Native>
io_lib_natives();  // :io_lib.format, :io.format (natives_io_lib.cpp)  // <<>> segments, :binary
                   // (natives_binary.cpp)   // defstruct, module attributes (natives_struct.cpp)

// Helpers for native bodies: Elixir's argument errors.
[[noreturn]] void badarg(const Term& culprit = Term(atoms::badarg));
[[noreturn]] void raise_argument_error(std::string message);
// An error raised inside module.fun(args) as the BEAM reports it: `reason` (:badarg,
// :function_clause, :badarith, ...) with that call on top of the stack, so the error's
// normalised form and explanation match Elixir's ("Elixir.String", "erlang", "binary").
[[noreturn]] void raise_in(Term reason, std::string_view module, std::string_view fun,
                           const std::vector<Term>& args);
[[noreturn]] inline void bif_badarg(std::string_view module, std::string_view fun,
                                    const std::vector<Term>& args) {
  raise_in(Term(atoms::badarg), module, fun, args);
}
[[noreturn]] inline void no_clause(std::string_view module, std::string_view fun,
                                   const std::vector<Term>& args) {
  raise_in(Term(atoms::function_clause), module, fun, args);
}
int64_t int_arg(const Term& t);
// Visits what a nested list (iodata, chardata) holds, left to right: each head that is not
// a list, and each list's improper tail (`tail` true). `visit(item, tail)` returns false to
// stop the walk, which then returns false. Without recursion: iodata built by appending
// ([[[acc, "a"], "b"], "c"], as Enum.join and many a reduce make it) nests as deep as it is
// long.
template <class Visit>
bool walk_nested(const Term& list, Visit&& visit) {
  std::vector<const Term*> resume;  // where each enclosing list goes on
  const Term* c = &list;
  while (true) {
    if (c->is_cons()) {
      const Term& h = c->head();
      c = &c->tail();
      if (h.is_cons()) {
        resume.push_back(c);
        c = &h;
      } else if (!h.is_nil() && !visit(h, false)) {
        return false;
      }
      continue;
    }
    if (!c->is_nil() && !visit(*c, true)) return false;
    if (resume.empty()) return true;
    c = resume.back();
    resume.pop_back();
  }
}
// iodata (binaries, bytes 0..255, nested lists) appended to `out` as bytes; false when it
// is not iodata (natives_erlang.cpp)
bool iodata_into(const Term& t, std::string& out);  // a small integer, or ArgumentError
// base ** exp for integers, exact at any size (exp >= 0)
Term integer_power(Term base, int64_t exp);

// A pattern :binary.split/match/replace take: a non-empty binary or list of them.
bool binary_pattern_ok(const Term& pattern);
// A pattern :binary.compile_pattern/1 made ({:bm | :ac, patterns}) as the list of patterns
// it holds; any other term as it is
const Term& uncompiled_pattern(const Term& pattern);

// Inspect.Opts.new/1: inspect/2's keyword list of options (inspect_opts.cpp).
InspectOpts inspect_opts(const Term& keywords);

// A %Regex{}? And Regex.split/3 and Regex.replace/4 with a string replacement
// (natives_regex.cpp), for String.split/2,3 and String.replace/3,4 given a regex.
bool is_regex(const Term& t);
Term regex_split(Ctx& ctx, const Term& re, const Term& subject, const Term& opts);
Term regex_replace(Ctx& ctx, const Term& re, const Term& subject, const Term& replacement,
                   const Term& opts);

// Built-ins pay for their work, so the limits hold against any input. charge() counts
// reductions for work in proportion to the arguments (the VM yields at its next call
// once the slice's budget is spent). need_heap() comes before allocating a result of
// `words` machine words: a process whose heap would pass its limit (max_heap_size) is
// killed there, with the runtime's "maximum heap size reached" report, and the native
// never allocates it.
void charge(Ctx& ctx, uint64_t reductions);
void need_heap(Ctx& ctx, uint64_t words);
inline uint64_t words_of_bytes(uint64_t bytes) { return bytes / 8 + 3; }

// (natives_string.cpp)
// Does UTF-8 `s` end inside an Extended_Pictographic grapheme cluster that could still go on
// (the pictograph, then Extend or SpacingMark characters, or its ZWJ)? OTP 25's :unicode
// fails there on a byte that is not UTF-8 (String.normalize/2 raises).
bool ends_in_open_pictographic(std::string_view s);
// The extended grapheme clusters of s (UAX #29); a byte that is not UTF-8 is one of its own
std::vector<std::string_view> graphemes_of(std::string_view s);

// The output device of the runtime the process runs in (IO.puts).
void write_output(Ctx& ctx, std::string_view text, bool to_stderr = false);

// reraise/2: the error keeps the stack trace it is given (the VM adds no frames).
void mark_reraise();
bool take_reraise_mark();
// raise/1: the raising frame's location gets error_info: %{module: Exception}, as on the BEAM.
void mark_raise1();
bool take_raise1_mark();

}  // namespace taskplay::lang
