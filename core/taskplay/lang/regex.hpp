#pragma once
// Regular expressions on PCRE2, as Erlang's :re runs them on PCRE (which Elixir's Regex
// is built on): the same options (`i m s x u f U`), the same character tables for the
// bytes 128-255 when a regex is not Unicode (Latin-1: `\w` matches "é"'s first byte, as
// on the BEAM), the same captures (trailing groups that took no part are left out of
// `:all`), the same way of stepping over an empty match when matching globally, and
// PCRE's compile error texts ("missing )" at position 2).
//
// A Regex is the struct Elixir has (%Regex{source: "ab+c", opts: "i", re_pattern:
// {:re_pattern, ...}, re_version: ...}); the compiled code lives in a cache keyed by the
// source and the options, so a regex is a plain term that can be sent, compared and
// printed (~r/ab+c/i).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang::regex {

// A compiled pattern (owned by the cache; valid until the next compile()).
struct Code;

// What a compile error says, as :re.compile/2 gives it: {'missing )', 2}.
struct CompileFailure {
  std::string message;
  size_t offset = 0;
};

// Compile options (PCRE2's option bits, and the newline convention above them) from
// Elixir's modifier letters; false (and `bad` set to the
// rest of the string from the first unknown letter) on an unknown one.
bool parse_modifiers(std::string_view letters, uint64_t& flags, std::string& bad);
// ... and from :re's option list ([:caseless, :unicode, {:newline, :anycrlf}]); false on an
// unknown option.
bool parse_options(const Term& list, uint64_t& flags);

// Compiles (or finds in the cache); nullptr and `failure` set when the source is bad.
const Code* compile(std::string_view source, uint64_t flags, CompileFailure& failure);
// The %Regex{} of a successful compile; `opts` is what Regex.opts/1 returns.
Term make_struct(std::string_view source, const Term& opts, const Code& code);
// The compiled code of a %Regex{}; raises ArgumentError when `re` is not one.
const Code& code_of(const Term& re);

uint32_t capture_count(const Code& code);
// Named groups: (name, number), sorted by name as :re.inspect(re, :namelist) lists them.
const std::vector<std::pair<std::string, uint32_t>>& names(const Code& code);

// One match: for each group 0..n, {start, length}; {-1, 0} for a group that took no part.
// `groups` is 1 + the highest group that took part (what :re's `:all` returns).
struct Match {
  std::vector<std::pair<int64_t, int64_t>> spans;
  uint32_t groups = 0;
};
// Matches from byte `offset`; `global`: every match, stepping over empty ones as :re does;
// at most `max` matches. Raises ArgumentError when the subject is not valid UTF-8 for a
// Unicode regex. `work` is set to an estimate of the work done (for reductions).
std::vector<Match> run(const Code& code, std::string_view subject, size_t offset, bool global,
                       size_t max, uint64_t& work);

// Regex.escape/1: the characters a regex gives a meaning to, escaped.
std::string escape(std::string_view s);

}  // namespace taskplay::lang::regex
