#pragma once
// inspect: every term shown exactly as Elixir 1.14's Kernel.inspect/2 shows it
// (#PID<0.110.0>, {:EXIT, #PID<0.111.0>, :killed}, %RuntimeError{message: "boom"}),
// with its options (limit:, printable_limit:, charlists:, binaries:, base:, structs:,
// pretty:, width:). One implementation of the Inspect protocol serves both forms: on one
// line (inspect/2) and laid out over lines at a width as Inspect.Algebra does
// (IO.inspect, the shell's results, inspect(x, pretty: true)):
//
//   [1, 2, 3, ..., 22,          lists of simple items fill each line
//    23, 24]
//   [                           other lists, tuples' items, maps: one item a line
//     {:c, #PID<0.120.0>, :worker, [Named]},
//     {:b, #PID<0.119.0>, :worker, [Named]}
//   ]
//
// The UI, the console, the trace and the tests all print through here.

#include <climits>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {

struct InspectOpts {
  static constexpr int kInfinity = INT_MAX;  // Elixir's :infinity
  // Elixir's :limit: at most this many items of each list, tuple, map or binary.
  int limit = 50;
  // Elixir's :printable_limit for strings and charlists.
  int printable_limit = 4096;
  // :charlists: :infer prints a printable list as 'abc', :as_lists always as numbers
  enum class Lists : uint8_t { infer, as_lists, as_charlists } charlists = Lists::infer;
  enum class Binaries : uint8_t { infer, as_binaries, as_strings } binaries = Binaries::infer;
  enum class Base : uint8_t { decimal, binary, octal, hex } base = Base::decimal;
  // false: structs print as the maps they are (%{__struct__: MapSet, map: ...})
  bool structs = true;
  // inspect/2 lays the term out at `width` only when `pretty`; IO.inspect always does
  bool pretty = false;
  int width = 80;
  // The program's Inspect implementations, already applied: a map from each struct value
  // to the text its implementation gave (nullptr: none)
  const Term* custom = nullptr;
};

// Kernel.inspect/2: one line, or laid out at opts.width when opts.pretty.
std::string inspect(const Term& t, const InspectOpts& opts = {});
// inspect/2 on one line, appended to `out`.
void inspect_to(std::string& out, const Term& t, const InspectOpts& opts = {});
// Laid out at `width` columns (InspectOpts::kInfinity: one line), as IO.inspect/2 and the
// shell print; `nest`: lines after the first start that many columns in, as
// Inspect.Algebra.nest/2 around the document does (ExUnit's `left:`/`right:` values).
std::string inspect_at(const Term& t, int width, const InspectOpts& opts = {}, int nest = 0);
// t's document as Inspect.Algebra's terms (Inspect.Algebra.to_doc/2): strings, :doc_nil and
// {:doc_cons, ...}, {:doc_nest, d, n, :always}, {:doc_break, s, :strict | :flex},
// {:doc_group, d, :self}
Term inspect_doc(const Term& t, const InspectOpts& opts = {});

// How Kernel.to_string/1 and "#{}" interpolation show a term: strings as
// their text, atoms without the colon, numbers as inspect shows them.
// Returns false for terms that have no String.Chars (tuples, maps, pids...).
bool to_string_term(const Term& t, std::string& out);

// UTF-8 of one code point (0..0x10FFFF) appended to out
void put_utf8(std::string& out, uint32_t cp);
// The code point of UTF-8 at s[i], put in cp, and its length; 0 where there is none (a byte
// that is not UTF-8, an overlong form, a surrogate, a sequence cut short)
int next_code_point(std::string_view s, size_t i, uint32_t& cp);

// String.printable?(s, limit): the first `limit` code points (InspectOpts::kInfinity: all)
// are printable, as inspect decides whether to show a binary as a string.
bool printable_string(std::string_view s, int limit);

// Whether UTF-8 s is in Unicode's NFC, as :unicode.characters_to_nfc_binary/1 leaves it
// (natives_normalize.cpp)
bool is_nfc(std::string_view s);

// Whether a code point past ASCII may be in an identifier or a bare atom (`olá`, `:日本`):
// Unicode's letters, digits and marks as Elixir's tokenizer takes them (UAX #31), told here
// from the punctuation, symbol and emoji blocks; `start`: as the first character.
bool unicode_ident_code_point(uint32_t cp, bool start);

// An atom as Elixir writes it in code: `:ok`, `nil`, `Task`, `:"with space"`.
std::string inspect_atom(Atom a);

// An atom as Erlang writes it (io_lib's ~p, the parser's messages): `ok`, `'Elixir.Task'`,
// `'with space'`, `'end'` (its reserved words quoted).
std::string inspect_erlang_atom(std::string_view name);

// `text` with every pid written #PID<> and every ref #Reference<>, as scripts/conformance
// compares outputs and the race explorer compares outcomes: the numbers are a run's own.
std::string without_ids(std::string_view text);

// A float as inspect shows it (Inspect.Float): 1.0, 0.1, 10000000000.0, 1.0e16, 1.0e-5.
std::string format_float(double v);
// A float as Float.to_string/1 and "#{}" show it (Erlang's shortest round-trip form,
// :io_lib_format.fwrite_g/1): 1.0, 0.1, 1.0e10, 1.0e-5.
std::string float_to_string(double v);

// The fields of the struct `module` in the order its defstruct lists them (without
// __struct__ and __exception__), as Inspect.Any prints them; nullptr when taskplay knows
// no such struct, which then prints as the map it is (%{__struct__: Foo, a: 1}), as Elixir
// prints a struct of a module that does not exist. Elixir's own structs are known; a
// defstruct (defexception: `exception`) defines its module's with define_struct_fields.
const std::vector<Atom>* struct_fields(Atom module);
void define_struct_fields(Atom module, std::vector<Atom> fields, bool exception = false);

// @derive {Inspect, ...} (after define_struct_fields): `derived` (only: or except: left
// fields out), the struct prints as #Name<a: 1, ...>, only the `shown` fields (in definition
// order); either way without the `optional` fields that hold their default value.
void derive_struct_inspect(Atom module, bool derived, std::vector<Atom> shown,
                           std::vector<std::pair<Atom, Term>> optional);

// A struct with an Inspect implementation of its own (Regex's ~r/.../), printed as one
// piece of text. Range, MapSet and Stream are built in.
using StructInspector = std::string (*)(const Term& value, const InspectOpts& opts);
void define_struct_inspector(Atom module, StructInspector fn);

}  // namespace taskplay
