// Erlang's :erlang BIFs people call from Elixir (element/2, tuple_to_list/1,
// atom_to_list/1, integer_to_list/1, raise/3, ...), IO.iodata_to_binary/1, and the
// helpers the prelude's Enum is written with (:taskplay.join/2).

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"
#include "taskplay/phash2.hpp"

namespace taskplay::lang {

bool iodata_into(const Term& t, std::string& out) {
  if (t.is_binary()) {
    out += t.binary();
    return true;
  }
  return t.is_list() && walk_nested(t, [&](const Term& x, bool tail) {
           if (!tail && x.is_small_int() && x.small_int() >= 0 && x.small_int() <= 255)
             out += static_cast<char>(x.small_int());
           else if (x.is_binary())
             out += x.binary();
           else
             return false;
           return true;
         });
}

namespace {

constexpr std::string_view E = "erlang";

// The code points of a UTF-8 binary as a charlist.
Term charlist_of(std::string_view s) {
  std::vector<Term> out;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + static_cast<size_t>(len) > s.size()) len = 1;
    uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(Term::integer(cp));
    i += static_cast<size_t>(len);
  }
  return Term::list(out);
}

// a charlist of code points (what list_to_atom/1 and friends read) as UTF-8
bool chars_into(const Term& t, std::string& out) {
  const Term* c = &t;
  for (; c->is_cons(); c = &c->tail()) {
    const Term& h = c->head();
    if (!h.is_small_int() || h.small_int() < 0 || h.small_int() > 0x10FFFF) return false;
    put_utf8(out, static_cast<uint32_t>(h.small_int()));
  }
  return c->is_nil();
}

int64_t base_arg(const Term& b, const char* fun, std::initializer_list<Term> args) {
  if (!b.is_small_int() || b.small_int() < 2 || b.small_int() > 36) bif_badarg(E, fun, args);
  return b.small_int();
}

// an integer in `base`, upper-case digits, as Erlang writes it
std::string integer_text(const Term& n, int64_t base) {
  if (base == 10) return n.integer_to_string();
  std::string digits;
  Term v = n;
  bool neg = number::compare(v, Term::integer(0)) < 0;
  if (neg) v = number::sub(Term::integer(0), v);
  Term b = Term::integer(base);
  do {
    int64_t d = number::rem(v, b).small_int();
    digits += static_cast<char>(d < 10 ? '0' + d : 'A' + d - 10);
    v = number::div(v, b);
  } while (!number::is_zero(v));
  if (neg) digits += '-';
  return {digits.rbegin(), digits.rend()};
}

// Erlang's list_to_integer/2 and binary_to_integer/2: an optional sign, then digits only
std::optional<Term> parse_integer(std::string_view s, int64_t base) {
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  if (i == s.size()) return std::nullopt;
  Term v = Term::integer(0);
  Term b = Term::integer(base);
  for (size_t k = i; k < s.size(); ++k) {
    char c = s[k];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (d >= base) return std::nullopt;
    v = number::add(number::mul(v, b), Term::integer(d));
  }
  return s[0] == '-' ? number::sub(Term::integer(0), v) : v;
}

// [SECTION] Tuples
Term element(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_tuple() || a[0].small_int() < 1 ||
      static_cast<size_t>(a[0].small_int()) > a[1].tuple_size())
    bif_badarg(E, "element", {a[0], a[1]});
  return a[1][static_cast<size_t>(a[0].small_int() - 1)];
}
Term setelement(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_tuple() || a[0].small_int() < 1 ||
      static_cast<size_t>(a[0].small_int()) > a[1].tuple_size())
    bif_badarg(E, "setelement", {a[0], a[1], a[2]});
  std::vector<Term> items(a[1].tuple_items().begin(), a[1].tuple_items().end());
  items[static_cast<size_t>(a[0].small_int() - 1)] = a[2];
  return Term::tuple(items);
}
Term tuple_to_list(Ctx&, Term* a) {
  if (!a[0].is_tuple()) bif_badarg(E, "tuple_to_list", {a[0]});
  return Term::list(a[0].tuple_items());
}
Term list_to_tuple(Ctx&, Term* a) {
  std::vector<Term> items;
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) items.push_back(c->head());
  if (!c->is_nil()) bif_badarg(E, "list_to_tuple", {a[0]});
  return Term::tuple(items);
}
Term make_tuple2(Ctx&, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0 || a[0].small_int() > (1 << 24))
    bif_badarg(E, "make_tuple", {a[0], a[1]});
  return Term::tuple(std::vector<Term>(static_cast<size_t>(a[0].small_int()), a[1]));
}
Term append_element(Ctx&, Term* a) {
  if (!a[0].is_tuple()) bif_badarg(E, "append_element", {a[0], a[1]});
  std::vector<Term> items(a[0].tuple_items().begin(), a[0].tuple_items().end());
  items.push_back(a[1]);
  return Term::tuple(items);
}
Term delete_element(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_tuple() || a[0].small_int() < 1 ||
      static_cast<size_t>(a[0].small_int()) > a[1].tuple_size())
    bif_badarg(E, "delete_element", {a[0], a[1]});
  std::vector<Term> items(a[1].tuple_items().begin(), a[1].tuple_items().end());
  items.erase(items.begin() + (a[0].small_int() - 1));
  return Term::tuple(items);
}
Term insert_element(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_tuple() || a[0].small_int() < 1 ||
      static_cast<size_t>(a[0].small_int()) > a[1].tuple_size() + 1)
    bif_badarg(E, "insert_element", {a[0], a[1], a[2]});
  std::vector<Term> items(a[1].tuple_items().begin(), a[1].tuple_items().end());
  items.insert(items.begin() + (a[0].small_int() - 1), a[2]);
  return Term::tuple(items);
}

// [SECTION] Atoms, lists and binaries of text
Term atom_to_list(Ctx&, Term* a) {
  if (!a[0].is_atom()) bif_badarg(E, "atom_to_list", {a[0]});
  return charlist_of(a[0].atom_value().name());
}
Term atom_to_binary(Ctx&, Term* a) {
  if (!a[0].is_atom()) bif_badarg(E, "atom_to_binary", {a[0]});
  return Term::string(a[0].atom_value().name());
}
// list_to_atom/1, binary_to_atom/1,2 and their _existing_atom forms: the atom of that name,
// made, or for the existing forms only found (every atom the program's code names exists)
template <bool existing>
Term named_atom(const std::string& name, const char* bif, std::vector<Term> args) {
  if (!existing) return Term::atom(name);
  std::optional<Atom> found = Atom::existing(name);
  if (!found) bif_badarg(E, bif, args);
  return Term(*found);
}
template <bool existing>
Term list_to_atom(Ctx&, Term* a) {
  const char* bif = existing ? "list_to_existing_atom" : "list_to_atom";
  std::string s;
  if (!chars_into(a[0], s)) bif_badarg(E, bif, {a[0]});
  return named_atom<existing>(s, bif, {a[0]});
}
template <bool existing, uint32_t arity>
Term binary_to_atom(Ctx&, Term* a) {
  const char* bif = existing ? "binary_to_existing_atom" : "binary_to_atom";
  std::vector<Term> args(a, a + arity);
  if (!a[0].is_binary()) bif_badarg(E, bif, args);
  return named_atom<existing>(std::string(a[0].binary()), bif, args);
}
Term list_to_binary(Ctx&, Term* a) {
  std::string s;
  if (!a[0].is_list() || !iodata_into(a[0], s)) bif_badarg(E, "list_to_binary", {a[0]});
  return Term::string(s);
}
Term iolist_to_binary(Ctx&, Term* a) {
  std::string s;
  if (!iodata_into(a[0], s)) bif_badarg(E, "iolist_to_binary", {a[0]});
  return Term::string(s);
}
Term binary_to_list(Ctx&, Term* a) {
  if (!a[0].is_binary()) bif_badarg(E, "binary_to_list", {a[0]});
  std::vector<Term> out;
  for (char c : a[0].binary()) out.push_back(Term::integer(static_cast<unsigned char>(c)));
  return Term::list(out);
}
Term integer_to_list1(Ctx&, Term* a) {
  if (!a[0].is_integer()) bif_badarg(E, "integer_to_list", {a[0]});
  return charlist_of(a[0].integer_to_string());
}
Term integer_to_list2(Ctx&, Term* a) {
  if (!a[0].is_integer()) bif_badarg(E, "integer_to_list", {a[0], a[1]});
  return charlist_of(integer_text(a[0], base_arg(a[1], "integer_to_list", {a[0], a[1]})));
}
Term integer_to_binary1(Ctx&, Term* a) {
  if (!a[0].is_integer()) bif_badarg(E, "integer_to_binary", {a[0]});
  return Term::string(a[0].integer_to_string());
}
Term integer_to_binary2(Ctx&, Term* a) {
  if (!a[0].is_integer()) bif_badarg(E, "integer_to_binary", {a[0], a[1]});
  return Term::string(integer_text(a[0], base_arg(a[1], "integer_to_binary", {a[0], a[1]})));
}
Term list_to_integer1(Ctx&, Term* a) {
  std::string s;
  std::optional<Term> v;
  if (chars_into(a[0], s)) v = parse_integer(s, 10);
  if (!v) bif_badarg(E, "list_to_integer", {a[0]});
  return *v;
}
Term list_to_integer2(Ctx&, Term* a) {
  std::string s;
  std::optional<Term> v;
  int64_t base = base_arg(a[1], "list_to_integer", {a[0], a[1]});
  if (chars_into(a[0], s)) v = parse_integer(s, base);
  if (!v) bif_badarg(E, "list_to_integer", {a[0], a[1]});
  return *v;
}
Term binary_to_integer1(Ctx&, Term* a) {
  std::optional<Term> v;
  if (a[0].is_binary()) v = parse_integer(a[0].binary(), 10);
  if (!v) bif_badarg(E, "binary_to_integer", {a[0]});
  return *v;
}
Term binary_to_integer2(Ctx&, Term* a) {
  std::optional<Term> v;
  int64_t base = base_arg(a[1], "binary_to_integer", {a[0], a[1]});
  if (a[0].is_binary()) v = parse_integer(a[0].binary(), base);
  if (!v) bif_badarg(E, "binary_to_integer", {a[0], a[1]});
  return *v;
}
// Erlang's float_to_list/1: 20 significant digits in scientific form
std::string float_scientific(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.20e", v);
  return buf;
}
Term float_to_list(Ctx&, Term* a) {
  if (!a[0].is_float()) bif_badarg(E, "float_to_list", {a[0]});
  return charlist_of(float_scientific(a[0].float_value()));
}
Term float_to_binary(Ctx&, Term* a) {
  if (!a[0].is_float()) bif_badarg(E, "float_to_binary", {a[0]});
  return Term::string(float_scientific(a[0].float_value()));
}
Term byte_size(Ctx&, Term* a) {
  if (!a[0].is_bitstring()) bif_badarg(E, "byte_size", {a[0]});
  return Term::integer(static_cast<int64_t>(a[0].bitstring_bytes().size()));
}
Term float1(Ctx&, Term* a) {
  if (!a[0].is_number()) bif_badarg(E, "float", {a[0]});
  return Term::floating(number::to_double(a[0]));
}

// Erlang's float syntax: digits, a point, digits, an optional exponent; nullopt otherwise
std::optional<double> parse_float(const std::string& s) {
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  auto digits = [&] {
    size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  };
  bool ok = digits() && i < s.size() && s[i++] == '.' && digits();
  if (ok && i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    ok = digits();
  }
  if (!ok || i != s.size()) return std::nullopt;
  double v = std::strtod(s.c_str(), nullptr);
  if (std::isinf(v)) return std::nullopt;
  return v;
}
Term list_to_float(Ctx&, Term* a) {
  std::string s;
  std::optional<double> v;
  if (chars_into(a[0], s)) v = parse_float(s);
  if (!v) bif_badarg(E, "list_to_float", {a[0]});
  return Term::floating(*v);
}
Term binary_to_float(Ctx&, Term* a) {
  std::optional<double> v;
  if (a[0].is_binary()) v = parse_float(std::string(a[0].binary()));
  if (!v) bif_badarg(E, "binary_to_float", {a[0]});
  return Term::floating(*v);
}

// [SECTION] Funs: :erlang.fun_info/1,2 (Function.info/1,2) and make_fun/3 (Function.capture/3)
Term fun_info_list(const Term& f) {
  if (auto* e = dynamic_cast<const ExternalFun*>(f.fun_obj())) {
    Mfa m = mfa_of(e->mfa());
    return keyword({{Atom("module"), Term(m.module)},
                    {Atom("name"), Term(m.function)},
                    {Atom("arity"), Term::integer(m.arity)},
                    {Atom("env"), Term()},
                    {Atom("type"), Term::atom(e->local() ? "local" : "external")}});
  }
  Term module(atoms::nil), name = Term::atom("-fun-"), env;
  uint32_t index = 0;
  if (auto* c = dynamic_cast<const Closure*>(f.fun_obj())) {
    const Proto& p = *c->proto();
    module = Term(p.module);
    name = Term::atom("-" + p.name.name() + "/" + std::to_string(p.fun_arity) + "-fun-" +
                      std::to_string(p.index) + "-");
    env = Term::list(c->captures());
    index = p.index;
  }
  return keyword({{Atom("pid"), Term(Pid{})},
                  {Atom("module"), module},
                  {Atom("new_index"), Term::integer(index)},
                  {Atom("new_uniq"), Term::string(std::string(16, '\0'))},
                  {Atom("index"), Term::integer(index)},
                  {Atom("uniq"), Term::integer(0)},
                  {Atom("name"), name},
                  {Atom("arity"), Term::integer(f.fun_obj()->arity())},
                  {Atom("env"), env},
                  {Atom("type"), Term::atom("local")}});
}
Term fun_info1(Ctx&, Term* a) {
  if (!a[0].is_fun()) bif_badarg(E, "fun_info", {a[0]});
  return fun_info_list(a[0]);
}
Term fun_info2(Ctx& c, Term* a) {
  if (!a[0].is_fun() || !a[1].is_atom()) bif_badarg(E, "fun_info", {a[0], a[1]});
  const Term info = fun_info_list(a[0]);  // v points into it: it must outlive v
  const Term* v = keyword_get(info, a[1].atom_value());
  // what only a local fun has is :undefined for an external one
  std::string_view item = a[1].atom_value().name();
  if (!v && (item == "pid" || item == "index" || item == "new_index" || item == "new_uniq" ||
             item == "uniq"))
    return Term::tuple({a[1], Term::atom("undefined")});
  if (a[1].is_atom(Atom("pid"))) return Term::tuple({a[1], Term(c.self())});
  if (!v) bif_badarg(E, "fun_info", {a[0], a[1]});
  return Term::tuple({a[1], *v});
}
Term make_fun(Ctx&, Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom() || !a[2].is_small_int() || a[2].small_int() < 0 ||
      a[2].small_int() > 255)
    bif_badarg(E, "make_fun", {a[0], a[1], a[2]});
  return make_external_fun(
      mfa_id(a[0].atom_value(), a[1].atom_value(), static_cast<uint32_t>(a[2].small_int())));
}

// :queue.in/2 (the rest of :queue is in the prelude): in at the rear; a rear of one with an
// empty front moves to the front first, as OTP keeps its queues
Term queue_in(Ctx&, Term* a) {
  const Term& q = a[1];
  if (!q.is_tuple(2) || !q[0].is_list() || !q[1].is_list())
    throw Raised{RaiseKind::error, Term(atoms::badarg),
                 Term::list({Term::tuple(
                     {Term::atom("queue"), Term::atom("in"), Term::list({a[0], a[1]}), Term()})})};
  if (q[0].is_cons() && q[0].tail().is_nil() && q[1].is_nil())
    return Term::tuple({Term::list({a[0]}), q[0]});
  return Term::tuple({Term::cons(a[0], q[0]), q[1]});
}

// [SECTION] Errors
RaiseKind kind_of(const Term& k) {
  if (k.is_atom(atoms::error)) return RaiseKind::error;
  if (k.is_atom(atoms::throw_)) return RaiseKind::throw_;
  if (k.is_atom(atoms::exit)) return RaiseKind::exit;
  bif_badarg(E, "raise", {k});
}
// :erlang.raise(kind, reason, stacktrace): raises as if from where the trace says
Term raise3(Ctx&, Term* a) {
  RaiseKind k = kind_of(a[0]);
  mark_reraise();
  throw Raised{k, a[1], a[2]};
}
Term error1(Ctx&, Term* a) { throw Raised{RaiseKind::error, a[0], Term()}; }
Term error2(Ctx&, Term* a) { throw Raised{RaiseKind::error, a[0], Term()}; }

// [SECTION] IO.iodata_to_binary/1 and the prelude's helpers
Term iodata_to_binary(Ctx&, Term* a) {
  std::string s;
  if (!iodata_into(a[0], s)) bif_badarg(E, "iolist_to_binary", {a[0]});
  return Term::string(s);
}
// :erlang.iolist_size/1 (IO.iodata_length/1)
Term iolist_size(Ctx&, Term* a) {
  std::string s;
  if (!iodata_into(a[0], s)) bif_badarg(E, "iolist_size", {a[0]});
  return Term::integer(static_cast<int64_t>(s.size()));
}
// Enum.join/2 of a list: each item through String.Chars, `joiner` between
Term join(Ctx&, Term* a) {
  std::string out;
  std::string_view joiner = a[1].binary();
  bool first = true;
  for (const Term* c = &a[0]; c->is_cons(); c = &c->tail()) {
    if (!first) out += joiner;
    first = false;
    if (!to_string_term(c->head(), out)) raise_no_string_chars(c->head());
  }
  return Term::string(out);
}
Term proper_list(Ctx&, Term* a) {
  const Term* c = &a[0];
  while (c->is_cons()) c = &c->tail();
  return Term::boolean(c->is_nil());
}
// :unicode.characters_to_binary/1's conversion of chardata (code points, binaries, nested
// lists, a binary tail): `out` the UTF-8 up to where it stopped. It stops at an integer that
// is no code point or bytes that are no UTF-8 (kind "invalid"), or at the end inside a
// sequence ("incomplete"); `rest` is that integer or the bytes from there. As OTP's: a lead
// byte 0xC0..0xF7 with fewer bytes after it than it needs, all continuation bytes, is a
// sequence cut short, and one a binary ends inside gathers the next binaries' bytes,
// unchecked, until it has as many as it needs; if those are no UTF-8, rest is what it had.
struct Chars {
  std::string out;
  const char* kind = nullptr;  // nullptr: all converted
  Term rest;
};
bool is_chardata(const Term& t) {
  return t.is_binary() || (t.is_list() && walk_nested(t, [](const Term& x, bool tail) {
                             return x.is_binary() || (!tail && x.is_integer());
                           }));
}
size_t utf8_need(char lead) {
  auto b = static_cast<unsigned char>(lead);
  return b < 0xC0 || b > 0xF7 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}
bool cut_short(std::string_view s) {
  return s.size() < utf8_need(s[0]) &&
         std::all_of(s.begin() + 1, s.end(), [](char b) { return (b & 0xC0) == 0x80; });
}
Chars characters(const Term& t) {
  Chars r;
  std::string pending;  // a sequence a binary ended inside
  auto stop = [&](const char* kind, Term rest) {
    r.kind = kind;
    r.rest = std::move(rest);
    return false;
  };
  auto bytes = [&](std::string_view bin) {
    uint32_t cp = 0;
    size_t i = 0;
    if (!pending.empty()) {
      std::string data = pending + std::string(bin);
      if (data.size() < utf8_need(data[0])) {
        pending = data;
        return true;
      }
      int len = next_code_point(data, 0, cp);
      if (len == 0) return stop("invalid", Term::string(pending));
      r.out.append(data, 0, static_cast<size_t>(len));
      i = static_cast<size_t>(len) - pending.size();
      pending.clear();
    }
    while (i < bin.size()) {
      if (int len = next_code_point(bin, i, cp)) {
        r.out.append(bin.substr(i, static_cast<size_t>(len)));
        i += static_cast<size_t>(len);
      } else if (cut_short(bin.substr(i))) {
        pending = bin.substr(i);
        break;
      } else {
        return stop("invalid", Term::string(bin.substr(i)));
      }
    }
    return true;
  };
  auto visit = [&](const Term& x, bool) {
    if (x.is_binary()) return bytes(x.binary());
    if (!pending.empty()) return stop("invalid", Term::string(pending));
    int64_t cp = x.is_small_int() ? x.small_int() : -1;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return stop("invalid", x);
    put_utf8(r.out, static_cast<uint32_t>(cp));
    return true;
  };
  if ((t.is_binary() ? bytes(t.binary()) : walk_nested(t, visit)) && !pending.empty())
    stop(cut_short(pending) ? "incomplete" : "invalid", Term::string(pending));
  return r;
}
// Elixir's UnicodeConversionError where characters/1 stopped; `encoded` what converted
[[noreturn]] void raise_unicode_conversion(const Chars& r, Term encoded) {
  std::string what = r.rest.is_binary() ? "encoding starting at " + inspect(r.rest)
                                        : "code point " + inspect(r.rest);
  raise(make_struct(Atom("Elixir.UnicodeConversionError"),
                    {{Term(atoms::__exception__), Term(atoms::true_)},
                     {Term::atom("encoded"), std::move(encoded)},
                     {Term::atom("message"), Term::string(std::string(r.kind) + " " + what)}}));
}
Term chardata_to_string(Ctx&, Term* a) {
  std::string s;
  list_to_string(a[0], s);
  return Term::string(s);
}
Term list_to_charlist(Ctx&, Term* a) {
  if (!is_chardata(a[0]))
    raise_argument_error(
        "cannot convert the given list to a charlist.\n\nTo be converted to a charlist, a list "
        "must contain only:\n\n  * strings\n  * integers representing Unicode code points\n  "
        "* or a list containing one of these three elements\n\nPlease check the given list or "
        "call inspect/1 to get the list representation, got:\n\n" +
        inspect(a[0]) + "\n");
  return chardata_to_charlist(a[0]);
}
// :unicode.characters_to_binary/1 and characters_to_list/1: the result, or {:incomplete,
// converted, bytes} or {:error, converted, rest}; for a list, rest here holds only where it
// stopped, not what follows
template <bool List>
Term unicode_characters_to(Ctx&, Term* a) {
  if (!is_chardata(a[0]))
    bif_badarg("unicode", List ? "characters_to_list" : "characters_to_binary", {a[0]});
  Chars r = characters(a[0]);
  Term out = List ? charlist_of(r.out) : Term::string(r.out);
  if (!r.kind) return out;
  bool error = std::string_view(r.kind) == "invalid";
  return Term::tuple({Term::atom(error ? "error" : r.kind), out,
                      error && !a[0].is_binary() ? Term::list({r.rest}) : r.rest});
}

// phash2/1: 27 bits of the hash; phash2/2: the hash in [0, range), range in 1..2^32
Term phash2_1(Ctx&, Term* a) { return Term::integer(make_hash2(a[0]) & ((1u << 27) - 1)); }
Term phash2_2(Ctx&, Term* a) {
  const Term& r = a[1];
  if (!r.is_small_int() || r.small_int() < 1 || r.small_int() > (int64_t{1} << 32))
    bif_badarg(E, "phash2", {a[0], a[1]});
  return Term::integer(
      static_cast<int64_t>(make_hash2(a[0]) % static_cast<uint64_t>(r.small_int())));
}

constexpr Native kTable[] = {
    {E, "element", 2, element, nullptr, true},
    {E, "setelement", 3, setelement, nullptr},
    {E, "tuple_to_list", 1, tuple_to_list, nullptr},
    {E, "list_to_tuple", 1, list_to_tuple, nullptr},
    {E, "make_tuple", 2, make_tuple2, nullptr},
    {E, "append_element", 2, append_element, nullptr},
    {E, "delete_element", 2, delete_element, nullptr},
    {E, "insert_element", 3, insert_element, nullptr},
    {E, "atom_to_list", 1, atom_to_list, nullptr},
    {E, "atom_to_binary", 1, atom_to_binary, nullptr},
    {E, "list_to_atom", 1, list_to_atom<false>, nullptr},
    {E, "list_to_existing_atom", 1, list_to_atom<true>, nullptr},
    {E, "binary_to_atom", 1, binary_to_atom<false, 1>, nullptr},
    {E, "binary_to_atom", 2, binary_to_atom<false, 2>, nullptr},
    {E, "binary_to_existing_atom", 1, binary_to_atom<true, 1>, nullptr},
    {E, "binary_to_existing_atom", 2, binary_to_atom<true, 2>, nullptr},
    {E, "atom_to_binary", 2, atom_to_binary, nullptr},
    {E, "list_to_binary", 1, list_to_binary, nullptr},
    {E, "iolist_to_binary", 1, iolist_to_binary, nullptr},
    {E, "binary_to_list", 1, binary_to_list, nullptr},
    {E, "integer_to_list", 1, integer_to_list1, nullptr},
    {E, "integer_to_list", 2, integer_to_list2, nullptr},
    {E, "integer_to_binary", 1, integer_to_binary1, nullptr},
    {E, "integer_to_binary", 2, integer_to_binary2, nullptr},
    {E, "list_to_integer", 1, list_to_integer1, nullptr},
    {E, "list_to_integer", 2, list_to_integer2, nullptr},
    {E, "binary_to_integer", 1, binary_to_integer1, nullptr},
    {E, "binary_to_integer", 2, binary_to_integer2, nullptr},
    {E, "float_to_list", 1, float_to_list, nullptr},
    {E, "float_to_binary", 1, float_to_binary, nullptr},
    {E, "byte_size", 1, byte_size, nullptr, true},
    {E, "float", 1, float1, nullptr, true},
    {E, "list_to_float", 1, list_to_float, nullptr},
    {E, "binary_to_float", 1, binary_to_float, nullptr},
    {E, "fun_info", 1, fun_info1, nullptr},
    {E, "fun_info", 2, fun_info2, nullptr},
    {E, "make_fun", 3, make_fun, nullptr},
    {E, "phash2", 1, phash2_1, nullptr},
    {E, "phash2", 2, phash2_2, nullptr},
    {"queue", "in", 2, queue_in, nullptr},
    {E, "raise", 3, raise3, nullptr},
    {E, "error", 1, error1, nullptr},
    {E, "error", 2, error2, nullptr},
    {"Elixir.IO", "iodata_to_binary", 1, iodata_to_binary, nullptr},
    {E, "iolist_size", 1, iolist_size, nullptr},
    {"taskplay", "join", 2, join, nullptr},
    {"taskplay", "proper_list?", 1, proper_list, nullptr},
    {"taskplay", "chardata_to_string", 1, chardata_to_string, nullptr},
    {"taskplay", "chardata_to_charlist", 1, list_to_charlist, nullptr},
    {"unicode", "characters_to_binary", 1, unicode_characters_to<false>, nullptr},
    {"unicode", "characters_to_list", 1, unicode_characters_to<true>, nullptr},
};

}  // namespace

void list_to_string(const Term& list, std::string& out) {
  if (!is_chardata(list))
    raise_argument_error(
        "cannot convert the given list to a string.\n\nTo be converted to a string, a list must "
        "either be empty or only\ncontain the following elements:\n\n  * strings\n  * "
        "integers representing Unicode code points\n  * a list containing one of these three "
        "elements\n\nPlease check the given list or call inspect/1 to get the list "
        "representation, got:\n\n" +
        inspect(list) + "\n");
  Chars r = characters(list);
  if (r.kind) raise_unicode_conversion(r, Term::string(r.out));
  out += r.out;
}
Term chardata_to_charlist(const Term& t) {
  Chars r = characters(t);
  if (r.kind) raise_unicode_conversion(r, charlist_of(r.out));
  return charlist_of(r.out);
}
std::span<const Native> erlang_natives() { return kTable; }

}  // namespace taskplay::lang
