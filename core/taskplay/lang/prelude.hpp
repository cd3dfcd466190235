#pragma once
// The prelude: library functions that take funs (Enum.map/2, Map.update/4,
// Kernel.then/2, ...) written in the language itself, so they are preempted,
// counted and traced like user code. Compiled once per program and shared by
// every runtime (compiled code does not depend on a runtime).
//
// Its source comes in parts, one per module family (prelude_*.cpp: Kernel, Enum and
// Enumerable, Stream, ...), each compiled as a unit of its own.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

inline constexpr std::string_view kPreludeFile = "prelude";

// The compiled parts, in the order of their sources.
const std::vector<const Unit*>& prelude();

// Is Kernel.name/arity defined by the prelude (so a local call imports it)?
bool prelude_kernel_has(const std::string& name, uint32_t arity);

// How Elixir numbers the closure `p` of the prelude in #Function<...> ("48.103858489" for
// Stream.map/2's stage), where the source names it (`# elixir_fun 48.103858489` on its line).
std::optional<std::string> prelude_fun_id(const Proto& p);

// The parts (prelude_*.cpp).
std::string_view prelude_kernel_source();
std::string_view prelude_enum_source();  // Enumerable, Collectable, Enum
std::string_view prelude_stream_source();
std::string_view prelude_option_parser_source();  // OptionParser
std::string_view prelude_sets_source();           // Range, MapSet
std::string_view
prelude_erlang_source();  // :lists, :maps (their functions that take funs), :rand, :queue
std::string_view prelude_gb_trees_source();  // :gb_trees, :gb_sets
std::string_view prelude_ordsets_source();   // :ordsets, :orddict, :sets
std::string_view prelude_array_source();     // :array
std::string_view prelude_numbers_source();   // Integer, Float
std::string_view prelude_map_source();
std::string_view prelude_list_source();
std::string_view prelude_keyword_source();
std::string_view prelude_terms_source();  // Tuple, Atom, Function
std::string_view prelude_string_source();
std::string_view prelude_otp_source();    // Logger, :timer
std::string_view prelude_regex_source();  // Regex.replace/3,4
std::string_view prelude_registry_source();
std::string_view prelude_partition_supervisor_source();
std::string_view prelude_access_source();     // Access
std::string_view prelude_calendar_source();   // Calendar.ISO, Date, Time
std::string_view prelude_datetime_source();   // NaiveDateTime, DateTime, Calendar
std::string_view prelude_protocols_source();  // Inspect, String.Chars, IO.inspect/puts
std::string_view prelude_digraph_source();    // :digraph, :digraph_utils
std::string_view prelude_uri_source();        // URI
std::string_view prelude_system_source();     // System's environment, :os
std::string_view prelude_structs_source();    // Elixir's own structs and exceptions

}  // namespace taskplay::lang
