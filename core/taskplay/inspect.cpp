#include "taskplay/inspect.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "taskplay/fun.hpp"

namespace taskplay {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_char(char c) { return is_upper(c) || is_lower(c) || is_digit(c) || c == '_'; }

// "Foo.Bar": every segment an alias (upper-case start, then identifier chars).
bool is_alias_path(std::string_view s) {
  if (s.empty()) return false;
  size_t start = 0;
  while (start <= s.size()) {
    size_t dot = s.find('.', start);
    std::string_view seg = s.substr(start, dot == std::string_view::npos ? s.npos : dot - start);
    if (seg.empty() || !is_upper(seg[0])) return false;
    for (char c : seg)
      if (!is_ident_char(c)) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
  return false;
}

// An atom that needs no quotes after ':' (identifier, optionally ending ? or !; '@' allowed).
bool is_plain_atom(std::string_view s) {
  if (s.empty()) return false;
  if (!(is_lower(s[0]) || is_upper(s[0]) || s[0] == '_')) return false;
  size_t n = s.size();
  if (s[n - 1] == '?' || s[n - 1] == '!') --n;
  for (size_t i = 1; i < n; ++i)
    if (!is_ident_char(s[i]) && s[i] != '@') return false;
  return true;
}

bool is_operator_atom(std::string_view s) {
  // Macro.classify_atom/1 of Elixir 1.14: the operators print bare, except ::, ^^^, ~~~ and
  // <|> (deprecated) and // (quoted); => is no operator
  static constexpr std::string_view ops[] = {
      "+",  "-",    "*",   "/",   "==",  "!=",  "===", "!==",  "<",   ">",   "<=",  ">=",
      "&&", "||",   "!",   "<>",  "++",  "--",  "+++", "---",  "|>",  "=~",  "..",  "<-",
      "->", "\\\\", "<<<", ">>>", "<<~", "~>>", "<~",  "~>",   "<~>", "&&&", "|||", "@",
      "&",  "^",    "...", "=",   "%",   "%{}", "{}",  "<<>>", "|",   ".",   "**",  "..//"};
  for (auto op : ops)
    if (s == op) return true;
  return false;
}

void escape_into(std::string& out, std::string_view s, char quote) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\v':
        out += "\\v";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\x1b':
        out += "\\e";
        break;
      case '\a':
        out += "\\a";
        break;
      case '\x7f':
        out += "\\d";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '#':
        if (i + 1 < s.size() && s[i + 1] == '{')
          out += "\\#";
        else
          out += '#';
        break;
      default:
        if (c == quote) {
          out += '\\';
          out += c;
        } else {
          out += c;
        }
    }
  }
}

// Valid UTF-8 whose code points are all printable (String.printable?/1).
bool is_printable_string(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 && !(c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\b' ||
                        c == '\f' || c == 0x1b || c == '\a'))
        return false;
      ++i;
      continue;
    }
    int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (int k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

bool is_printable_charlist(const Term& t) {
  if (t.is_nil()) return false;
  const Term* cur = &t;
  while (cur->is_cons()) {
    const Term& h = cur->head();
    if (!h.is_small_int()) return false;
    int64_t c = h.small_int();
    bool ok = (c >= 32 && c <= 126) || c == '\n' || c == '\r' || c == '\t' || c == '\v' ||
              c == '\b' || c == '\f' || c == 0x1b || c == 0x7f || c == '\a';
    if (!ok) return false;
    cur = &cur->tail();
  }
  return cur->is_nil();
}

// A key that keyword syntax shows (`a: 1`): any atom but an alias (Elixir.Foo),
// as Elixir 1.14's Inspect.List.keyword?/1 decides.
bool is_keyword_key(const Term& k) {
  return k.is_atom() && k.atom_value().name().rfind("Elixir.", 0) != 0;
}

bool is_keyword(const Term& t) {
  if (t.is_nil()) return false;
  const Term* cur = &t;
  while (cur->is_cons()) {
    const Term& h = cur->head();
    if (!h.is_tuple(2) || !is_keyword_key(h[0])) return false;
    cur = &cur->tail();
  }
  return cur->is_nil();
}

void keyword_key(std::string& out, Atom a) {
  const std::string& n = a.name();
  if (is_plain_atom(n) || is_operator_atom(n)) {
    out += n;
  } else {
    out += '"';
    escape_into(out, n, '"');
    out += '"';
  }
  out += ": ";
}

void inspect_impl(std::string& out, const Term& t, const InspectOpts& o);

void inspect_list_body(std::string& out, const Term& t, const InspectOpts& o) {
  bool kw = is_keyword(t);
  int n = 0;
  const Term* cur = &t;
  while (cur->is_cons()) {
    if (n > 0) out += ", ";
    if (n == o.limit) {
      out += "...";
      return;
    }
    const Term& h = cur->head();
    if (kw) {
      keyword_key(out, h[0].atom_value());
      inspect_impl(out, h[1], o);
    } else {
      inspect_impl(out, h, o);
    }
    ++n;
    cur = &cur->tail();
  }
  if (!cur->is_nil()) {
    out += " | ";
    inspect_impl(out, *cur, o);
  }
}

void inspect_map_body(std::string& out, const std::vector<std::pair<Term, Term>>& pairs,
                      const InspectOpts& o, bool skip_struct_keys) {
  bool all_atoms = true;
  for (const auto& kv : pairs)
    if (!is_keyword_key(kv.first)) all_atoms = false;
  int n = 0;
  for (const auto& [k, v] : pairs) {
    if (skip_struct_keys && (k.is_atom(atoms::__struct__) || k.is_atom(atoms::__exception__)))
      continue;
    if (n > 0) out += ", ";
    if (n == o.limit) {
      out += "...";
      return;
    }
    if (all_atoms) {
      keyword_key(out, k.atom_value());
    } else {
      inspect_impl(out, k, o);
      out += " => ";
    }
    inspect_impl(out, v, o);
    ++n;
  }
}

void inspect_impl(std::string& out, const Term& t, const InspectOpts& o) {
  using T = Term::Type;
  switch (t.type()) {
    case T::Int:
    case T::BigInt:
      out += t.integer_to_string();
      return;
    case T::Float:
      out += format_float(t.float_value());
      return;
    case T::Atom:
      out += inspect_atom(t.atom_value());
      return;
    case T::Pid:
      out += "#PID<0.";
      out += std::to_string(t.pid().number);
      out += '.';
      out += std::to_string(t.pid().serial);
      out += '>';
      return;
    case T::Ref:
      out += "#Reference<0.0.0.";
      out += std::to_string(t.ref().number);
      out += '>';
      return;
    case T::Fun:
      out += t.fun_obj()->inspect();
      return;
    case T::Tuple: {
      out += '{';
      auto items = t.tuple_items();
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        if (static_cast<int>(i) == o.limit) {
          out += "...";
          break;
        }
        inspect_impl(out, items[i], o);
      }
      out += '}';
      return;
    }
    case T::Map: {
      Atom s = t.struct_name();
      if (s == Atom("Elixir.Range") && t.map_pairs().size() == 4) {
        // Inspect.Range: 1..5, and 5..1//-1 when the step is not 1
        const Term* f = t.map_get(Term::atom("first"));
        const Term* l = t.map_get(Term::atom("last"));
        const Term* st = t.map_get(Term::atom("step"));
        if (f && l && st && f->is_integer() && l->is_integer() && st->is_integer()) {
          out += f->integer_to_string() + ".." + l->integer_to_string();
          if (!(st->is_small_int() && st->small_int() == 1)) out += "//" + st->integer_to_string();
          return;
        }
      }
      if (s != atoms::nil) {
        out += '%';
        out += inspect_atom(s);
        out += '{';
        inspect_map_body(out, t.map_pairs(), o, true);
        out += '}';
      } else {
        out += "%{";
        inspect_map_body(out, t.map_pairs(), o, false);
        out += '}';
      }
      return;
    }
    case T::Nil:
      out += "[]";
      return;
    case T::Cons:
      if (is_printable_charlist(t)) {
        std::string s;
        for (const Term* c = &t; c->is_cons(); c = &c->tail())
          s += static_cast<char>(c->head().small_int());
        out += '\'';
        escape_into(out, s, '\'');
        out += '\'';
        return;
      }
      out += '[';
      inspect_list_body(out, t, o);
      out += ']';
      return;
    case T::Binary: {
      std::string_view s = t.binary();
      if (is_printable_string(s)) {
        out += '"';
        if (static_cast<int>(s.size()) > o.printable_limit) {
          escape_into(out, s.substr(0, o.printable_limit), '"');
          out += "\"...";
          return;
        }
        escape_into(out, s, '"');
        out += '"';
      } else {
        out += "<<";
        for (size_t i = 0; i < s.size(); ++i) {
          if (i > 0) out += ", ";
          if (static_cast<int>(i) == o.limit) {
            out += "...";
            break;
          }
          out += std::to_string(static_cast<unsigned char>(s[i]));
        }
        out += ">>";
      }
      return;
    }
  }
}

}  // namespace

std::string inspect_atom(Atom a) {
  const std::string& n = a.name();
  if (a == atoms::nil || a == atoms::true_ || a == atoms::false_) return n;
  if (n.rfind("Elixir.", 0) == 0 && is_alias_path(std::string_view(n).substr(7)))
    return n.substr(7);
  if (is_plain_atom(n) || is_operator_atom(n)) return ":" + n;
  std::string out = ":\"";
  escape_into(out, n, '"');
  out += '"';
  return out;
}

std::string format_float(double v) {
  if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
  // Shortest digits that read back as the same double.
  char buf[40];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf is like "-1.2345e+03": collect digits and exponent
  std::string_view s(buf);
  bool neg = s[0] == '-';
  if (neg) s.remove_prefix(1);
  size_t epos = s.find('e');
  std::string digits;
  for (char c : s.substr(0, epos))
    if (c != '.') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int exp10 = std::atoi(std::string(s.substr(epos + 1)).c_str());
  // Erlang's short form (measured on OTP 25): plain decimals for exponents
  // -4..15 (0.0001, 1000000000000000.0), scientific outside (1.0e-5, 1.0e16).
  int len = static_cast<int>(digits.size());
  std::string r;
  if (exp10 < -4 || exp10 > 15) {
    r = std::string(1, digits[0]) + "." + (len > 1 ? digits.substr(1) : "0") + "e" +
        std::to_string(exp10);
  } else if (exp10 < 0) {
    r = "0." + std::string(-exp10 - 1, '0') + digits;
  } else if (exp10 + 1 < len) {
    r = digits.substr(0, exp10 + 1) + "." + digits.substr(exp10 + 1);
  } else {
    r = digits + std::string(exp10 + 1 - len, '0') + ".0";
  }
  return neg ? "-" + r : r;
}

void inspect_to(std::string& out, const Term& t, const InspectOpts& opts) {
  inspect_impl(out, t, opts);
}

std::string inspect(const Term& t, const InspectOpts& opts) {
  std::string out;
  inspect_impl(out, t, opts);
  return out;
}

bool to_string_term(const Term& t, std::string& out) {
  switch (t.type()) {
    case Term::Type::Binary:
      out += t.binary();
      return true;
    case Term::Type::Atom:
      if (!t.is_atom(atoms::nil)) out += t.atom_value().name();
      return true;
    case Term::Type::Int:
    case Term::Type::BigInt:
    case Term::Type::Float:
      inspect_impl(out, t, {});
      return true;
    case Term::Type::Nil:
      return true;
    case Term::Type::Cons: {
      // a charlist (or an iolist of strings and chars)
      for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
        const Term& h = c->head();
        if (h.is_small_int() && h.small_int() >= 0 && h.small_int() < 0x110000) {
          auto cp = static_cast<uint32_t>(h.small_int());
          if (cp < 0x80) {
            out += static_cast<char>(cp);
          } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
          }
        } else if (h.is_binary() || h.is_list()) {
          if (!to_string_term(h, out)) return false;
        } else {
          return false;
        }
      }
      return true;
    }
    default:
      return false;
  }
}

}  // namespace taskplay
