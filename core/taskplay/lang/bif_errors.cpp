// Why an :erlang BIF refused its arguments, as OTP 25 explains it (erl_erts_errors) and
// Elixir 1.14 prints it: `elem({1, 2}, 5)` raises ArgumentError "errors were found at the
// given arguments:\n\n  * 1st argument: out of range\n". Each BIF taskplay has names what
// is wrong with each argument; a BIF not listed keeps the plain "argument error".

#include "taskplay/fun.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/natives.hpp"

#include <string>
#include <vector>

namespace taskplay::lang {

namespace {

using Reasons = std::vector<std::string>;  // one per argument; "" where that one is fine

const char* kNotInteger = "not an integer";
const char* kNotTuple = "not a tuple";
const char* kNotAtom = "not an atom";
const char* kNotBinary = "not a binary";
const char* kNotList = "not a list";
const char* kNotNumber = "not a number";
const char* kRange = "out of range";
const char* kBadBase = "not an integer in the range 2 through 36";

bool proper_list(const Term& t) {
  const Term* c = &t;
  while (c->is_cons()) c = &c->tail();
  return c->is_nil();
}
// a list argument: `fine` when it is a proper list, else why not
std::string must_be_list(const Term& t, std::string fine = "") {
  if (!t.is_list()) return kNotList;
  return proper_list(t) ? fine : "not a proper list";
}
std::string must_be_base(const Term& b) {
  return b.is_small_int() && b.small_int() >= 2 && b.small_int() <= 36 ? "" : kBadBase;
}
std::string must_be_non_neg_int(const Term& n) {
  if (!n.is_integer()) return kNotInteger;
  return n.is_small_int() && n.small_int() < 0 ? kRange : "";
}
// element/2 and the BIFs that index a tuple the same way (setelement, insert_element, ...)
Reasons element_reasons(const Term& index, const Term& tuple) {
  std::string first;
  if (!index.is_integer())
    first = kNotInteger;
  else if (tuple.is_tuple() && (!index.is_small_int() || index.small_int() <= 0 ||
                                static_cast<size_t>(index.small_int()) > tuple.tuple_size()))
    first = kRange;
  return {first, tuple.is_tuple() ? "" : kNotTuple};
}

Reasons erlang_reasons(std::string_view f, const std::vector<Term>& a) {
  size_t n = a.size();
  auto is = [&](std::string_view name, size_t arity) { return f == name && n == arity; };
  for (const char* g : {"abs", "float", "round", "trunc", "floor", "ceil"})
    if (is(g, 1)) return {kNotNumber};
  if (is("atom_to_binary", 1) || is("atom_to_list", 1)) return {kNotAtom};
  if (is("append_element", 2) || is("tuple_size", 1) || is("tuple_to_list", 1)) return {kNotTuple};
  if (is("element", 2) || is("delete_element", 2)) return element_reasons(a[0], a[1]);
  if (is("setelement", 3) || is("insert_element", 3)) return element_reasons(a[0], a[1]);
  if (is("hd", 1) || is("tl", 1)) return {"not a nonempty list"};
  if (is("length", 1) || is("list_to_tuple", 1)) return {kNotList};
  if (is("byte_size", 1)) return {"not a bitstring"};
  if (is("binary_to_list", 1)) return {kNotBinary};
  if (is("binary_to_integer", 1))
    return {a[0].is_binary() ? "not a textual representation of an integer" : kNotBinary};
  if (is("binary_to_integer", 2)) {
    std::string base = must_be_base(a[1]);
    if (!base.empty()) return {a[0].is_binary() ? "" : kNotBinary, base};
    return {a[0].is_binary() ? "not a textual representation of an integer" : kNotBinary};
  }
  if (is("binary_to_float", 1))
    return {a[0].is_binary() ? "not a textual representation of a float" : kNotBinary};
  if (is("binary_to_atom", 2)) return {a[0].is_binary() ? "invalid UTF8 encoding" : kNotBinary};
  if (is("binary_to_existing_atom", 1) || is("binary_to_existing_atom", 2))
    return {a[0].is_binary() ? "not an already existing atom" : kNotBinary};
  if (is("integer_to_binary", 1) || is("integer_to_list", 1)) return {kNotInteger};
  if (is("integer_to_binary", 2) || is("integer_to_list", 2))
    return {a[0].is_integer() ? "" : kNotInteger, must_be_base(a[1])};
  if (is("list_to_atom", 1)) return {must_be_list(a[0], "not a list of characters")};
  if (is("list_to_existing_atom", 1)) return {must_be_list(a[0], "not an already existing atom")};
  if (is("list_to_integer", 1))
    return {must_be_list(a[0], "not a textual representation of an integer")};
  if (is("list_to_integer", 2)) {
    std::string base = must_be_base(a[1]);
    if (!base.empty()) return {must_be_list(a[0]), base};
    return {must_be_list(a[0], "not a textual representation of an integer")};
  }
  if (is("list_to_float", 1))
    return {must_be_list(a[0], "not a textual representation of a float")};
  if (is("list_to_binary", 1)) return {"not an iolist term"};
  if (is("iolist_to_binary", 1) || is("iolist_size", 1)) return {"not an iodata term"};
  if (is("float_to_binary", 1) || is("float_to_list", 1)) return {"not a float"};
  if (is("float_to_binary", 2) || is("float_to_list", 2)) {
    if (!a[0].is_float()) return {"not a float", must_be_list(a[1])};
    std::string opts = must_be_list(a[1]);
    return {"", opts.empty() ? "invalid option in list" : opts};
  }
  if (is("binary_to_term", 1) || is("binary_to_term", 2)) {
    if (n == 2 && !a[1].is_list()) return {a[0].is_binary() ? "" : kNotBinary, kNotList};
    bool options_ok = true;
    for (const Term* c = n == 2 ? &a[1] : nullptr; c && c->is_cons(); c = &c->tail())
      options_ok =
          options_ok && (c->head().is_atom(Atom("safe")) || c->head().is_atom(Atom("used")));
    if (!options_ok) return {a[0].is_binary() ? "" : kNotBinary, "invalid option in list"};
    if (!a[0].is_binary()) return {kNotBinary};
    bool safe = false;
    for (const Term* c = n == 2 ? &a[1] : nullptr; c && c->is_cons(); c = &c->tail())
      safe = safe || c->head().is_atom(Atom("safe"));
    return {safe ? "invalid or unsafe external representation of a term"
                 : "invalid external representation of a term"};
  }
  if (is("term_to_binary", 2) || is("external_size", 2)) return {"", "invalid option in list"};
  if (is("fun_info", 1)) return {"not a fun"};
  if (is("fun_info", 2)) return a[0].is_fun() ? Reasons{"", "invalid item"} : Reasons{"not a fun"};
  if (is("make_fun", 3))
    return {a[0].is_atom() ? "" : kNotAtom, a[1].is_atom() ? "" : kNotAtom,
            must_be_non_neg_int(a[2])};
  if (is("make_tuple", 2)) return {kRange};
  if (is("binary_part", 3)) {
    Reasons r{a[0].is_binary() ? "" : kNotBinary, must_be_non_neg_int(a[1]),
              a[2].is_integer() ? "" : kNotInteger};
    if (!r[0].empty() || !r[1].empty() || !r[2].empty()) return r;
    if (a[1].small_int() > static_cast<int64_t>(a[0].binary().size())) return {"", kRange};
    return {"", "", kRange};
  }
  if (is("phash2", 2)) {
    if (!a[1].is_integer()) return {"", kNotInteger};
    return {"", a[1].is_small_int() && a[1].small_int() > 0 ? "" : kRange};
  }
  if (is("monotonic_time", 1) || is("system_time", 1) || is("convert_time_unit", 3))
    return {"invalid time unit"};
  if (is("unique_integer", 1)) return {must_be_list(a[0], "invalid modifier")};
  if (is("spawn", 3) || is("spawn_link", 3))
    return {a[0].is_atom() ? "" : kNotAtom, a[1].is_atom() ? "" : kNotAtom, must_be_list(a[2])};
  if (is("send", 2)) return {"invalid destination"};
  if (is("exit", 2) || is("unlink", 1) || is("link", 1) || is("is_process_alive", 1))
    return {"not a pid"};
  if (is("group_leader", 2))
    return {a[0].is_pid() ? "" : "not a pid", a[1].is_pid() ? "" : "not a pid"};
  if (is("cancel_timer", 1) || is("read_timer", 1)) return {"not a reference"};
  // (Process.send_after/3 is :erlang.send_after(time, dest, msg): the time comes first)
  if (is("send_after", 3) || is("start_timer", 3))
    return {must_be_non_neg_int(a[0]),
            a[1].is_pid() || a[1].is_atom() ? "" : "not a pid or an atom", ""};
  if (is("spawn", 1) || is("spawn_link", 1)) return {"not a fun"};
  if (is("whereis", 1)) return {kNotAtom};
  if (is("unregister", 1)) return {"not a pid"};  // (OTP 25 says so for a free name too)
  if (is("subtract", 2) || is("++", 2)) return {must_be_list(a[0]), must_be_list(a[1])};
  return {};
}

// :binary's functions (OTP 25's erl_stdlib_errors)
Reasons binary_reasons(std::string_view f, const std::vector<Term>& a) {
  if (a.empty()) return {};
  if (f == "list_to_bin") return {"not an iodata term"};
  if (f == "encode_unsigned") return {must_be_non_neg_int(a[0])};
  if (f == "longest_common_prefix" || f == "longest_common_suffix")
    return {"not a flat list of binaries"};
  if (f == "compile_pattern") return {"not a valid pattern"};
  if (!a[0].is_binary()) return {kNotBinary};
  if ((f == "first" || f == "last") && a[0].binary().empty())
    return {"a zero-sized binary is not allowed"};
  if (f == "copy" && a.size() == 2) return {"", must_be_non_neg_int(a[1])};
  if (f == "part" && a.size() == 3) {
    if (!a[1].is_integer() || !a[2].is_integer())
      return {"", a[1].is_integer() ? "" : kNotInteger, a[2].is_integer() ? "" : kNotInteger};
    int64_t start = a[1].small_int(), size = static_cast<int64_t>(a[0].binary().size());
    if (start < 0 || start > size) return {"", kRange};
    return {"", "", kRange};
  }
  if (f == "split" || f == "match" || f == "matches" || f == "replace") {
    if (!binary_pattern_ok(a[1])) return {"", "not a valid pattern"};
    if (f == "replace" && !a[2].is_binary()) return {"", "", kNotBinary};
    Reasons r(a.size(), "");
    r.back() = "invalid options";
    return r;
  }
  return {};
}

// :maps' functions refuse a fun of the wrong arity or a list that is not one (a non-map is
// {:badmap, term}, no badarg), next/1 anything but an iterator
Reasons maps_reasons(std::string_view f, const std::vector<Term>& a) {
  if (f == "next") return {"not a valid iterator"};
  static const char* kFunArity[] = {"", "not a fun that takes one argument",
                                    "not a fun that takes two arguments",
                                    "not a fun that takes three arguments"};
  auto fun = [&](size_t i, uint32_t arity) -> std::string {
    if (i < a.size() && a[i].is_fun() && a[i].fun_obj()->arity() == arity) return "";
    return kFunArity[arity];
  };
  if (f == "fold" || f == "merge_with" || f == "intersect_with") return {fun(0, 3)};
  if (f == "map" || f == "filter" || f == "filtermap" || f == "foreach") return {fun(0, 2)};
  if (f == "groups_from_list") {
    Reasons r(a.size(), "");
    for (size_t i = 0; i + 1 < a.size(); ++i) r[i] = fun(i, 1);
    if (!a.empty() && !a.back().is_list()) r.back() = kNotList;
    return r;
  }
  return {};
}

// :crypto's NIFs: OTP 25 blames the 1st argument for data that is not iodata whichever
// argument it was, and the "3rd" for a length past the digest's
Reasons crypto_reasons(std::string_view f, const std::vector<Term>& a) {
  if (f == "macN") {
    std::string key;
    if (a.size() == 5 && !iodata_into(a[2], key)) return {"not an iodata term"};
    return {"", "", kRange};
  }
  if (f == "mac_finalN") return {"", "", kRange};
  if (f == "hash" || f == "hash_update" || f == "mac" || f == "mac_init")
    return {"not an iodata term"};
  return {};
}

const char* ordinal(size_t n) {
  switch (n % 10) {
    case 1:
      return n % 100 == 11 ? "th" : "st";
    case 2:
      return n % 100 == 12 ? "th" : "nd";
    case 3:
      return n % 100 == 13 ? "th" : "rd";
    default:
      return "th";
  }
}

}  // namespace

std::string bif_argument_errors(std::string_view module, std::string_view function,
                                const Term& args) {
  if (!args.is_list()) return "";
  Reasons r =
      module == "erlang"   ? erlang_reasons(function, args.list_items())
      : module == "binary" ? binary_reasons(function, args.list_items())
      : module == "persistent_term" && function == "get"
          ? Reasons{"no persistent term stored with this key"}
      : module == "maps"   ? maps_reasons(function, args.list_items())
      : module == "crypto" ? crypto_reasons(function, args.list_items())
      : module == "zlib" && (function == "compress" || function == "gzip" || function == "zip")
          ? Reasons{"not an iodata term"}
      : module == "io" && function == "put_chars"
          ? Reasons{"", "not valid character data (an iodata term)"}
      : module == "unicode" && function.starts_with("characters_to_")
          ? Reasons{"not valid character data (an iodata term)"}
          : Reasons{};
  std::string out;
  for (size_t i = 0; i < r.size(); ++i) {
    if (r[i].empty()) continue;
    out += "  * " + std::to_string(i + 1) + ordinal(i + 1) + " argument: " + r[i] + "\n";
  }
  return out;
}

}  // namespace taskplay::lang
