#pragma once
// inspect: every term shown exactly as Elixir 1.14's Kernel.inspect/2 shows it
// (#PID<0.110.0>, {:EXIT, #PID<0.111.0>, :killed}, %RuntimeError{message: "boom"}).
// The UI, the console, the trace and the tests all print through here.

#include <string>

#include "taskplay/term.hpp"

namespace taskplay {

struct InspectOpts {
  // Elixir's :limit: at most this many items of each list, tuple or map.
  int limit = 50;
  // Elixir's :printable_limit for strings and charlists.
  int printable_limit = 4096;
};

std::string inspect(const Term& t, const InspectOpts& opts = {});
void inspect_to(std::string& out, const Term& t, const InspectOpts& opts = {});

// How Kernel.to_string/1 and "#{}" interpolation show a term: strings as
// their text, atoms without the colon, numbers as inspect shows them.
// Returns false for terms that have no String.Chars (tuples, maps, pids...).
bool to_string_term(const Term& t, std::string& out);

// An atom as Elixir writes it in code: `:ok`, `nil`, `Task`, `:"with space"`.
std::string inspect_atom(Atom a);

// Floats as Erlang's shortest round-trip form: 1.0, 0.1, 1.0e3, 1.0e-5.
std::string format_float(double v);

}  // namespace taskplay
