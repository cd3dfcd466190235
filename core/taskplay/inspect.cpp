#include "taskplay/inspect.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "taskplay/elixir_structs.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/map_order.hpp"

namespace taskplay {

bool unicode_ident_code_point(uint32_t cp, bool start) {
  if (cp < 0x80) return false;
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp == 0xB7 && !start);
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x300 && cp <= 0x36F) return !start;  // combining marks continue a name
  if (cp == 0x1C5 || cp == 0x1C8 || cp == 0x1CB || cp == 0x1F2) return false;  // title case
  // punctuation, symbols, arrows, maths, box drawing, dingbats (U+2000..U+2BFF but Roman
  // numerals and the connector ‿ ⁀), CJK punctuation, private use, fullwidth punctuation,
  // specials, emoji
  if (cp >= 0x2000 && cp <= 0x2BFF)
    return (cp >= 0x2160 && cp <= 0x2188) || ((cp == 0x203F || cp == 0x2040) && !start);
  if (cp >= 0x2E00 && cp <= 0x2E7F) return false;
  if (cp >= 0x3000 && cp <= 0x303F)
    return (cp >= 0x3005 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029) ||
           (cp >= 0x3031 && cp <= 0x3035) || (cp >= 0x3038 && cp <= 0x303C);
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;
  if (cp >= 0xFE10 && cp <= 0xFE6F) return false;
  if ((cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
      (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) || (cp >= 0xFF5B && cp <= 0xFF65) ||
      (cp >= 0xFFF0 && cp <= 0xFFFF))
    return false;
  return !(cp >= 0x1F000 && cp <= 0x1FAFF) && cp < 0xE0000;
}

int next_code_point(std::string_view s, size_t i, uint32_t& cp) {
  auto c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + static_cast<size_t>(len) > s.size()) return 0;
  cp = len == 1 ? c : c & (0x7Fu >> len);
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  // overlong forms and surrogates are not UTF-8
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

namespace {

constexpr int kInf = InspectOpts::kInfinity;
int dec(int limit) { return limit == kInf ? kInf : limit - 1; }

// [SECTION] Atoms ------------------------------------------------------------------------

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

// An atom that needs no quotes after ':' (identifier, optionally ending ? or !; '@' allowed;
// past ASCII, letters and marks as unicode_ident_code_point/2 tells them: :olá, :日本, in
// NFC as Elixir's tokenizer wants identifiers).
bool is_plain_atom(std::string_view s) {
  if (s.empty()) return false;
  if (std::any_of(s.begin(), s.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
      !is_nfc(s))
    return false;
  size_t n = s.size();
  if (s[n - 1] == '?' || s[n - 1] == '!') --n;
  for (size_t i = 0; i < n;) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) {
      uint32_t cp;
      int len = next_code_point(s, i, cp);
      if (len == 0 || !unicode_ident_code_point(cp, i == 0)) return false;
      i += static_cast<size_t>(len);
      continue;
    }
    if (i == 0 ? !(is_lower(s[0]) || is_upper(s[0]) || s[0] == '_')
               : !is_ident_char(s[i]) && s[i] != '@')
      return false;
    ++i;
  }
  return n > 0;
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

// [SECTION] Text: Code.Identifier.escape/3 and the printable checks ---------------------

// Printable code points beyond ASCII (String.printable?/2, Code.Identifier's escape_char).
bool printable_unicode(uint32_t cp) {
  return (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
         (cp >= 0x10000 && cp <= 0x10FFFF);
}

}  // namespace

// String.printable?(s, limit): the first `limit` code points are printable.
bool printable_string(std::string_view s, int limit) {
  size_t i = 0;
  for (int n = 0; i < s.size() && n != limit; ++n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!((c >= 0x20 && c <= 0x7E) || c == '\n' || c == '\r' || c == '\t' || c == '\v' ||
            c == '\b' || c == '\f' || c == 0x1B || c == 0x7F || c == '\a'))
        return false;
      ++i;
      continue;
    }
    uint32_t cp = 0;
    int len = next_code_point(s, i, cp);
    if (len == 0 || !printable_unicode(cp)) return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

void put_utf8(std::string& out, uint32_t cp) {
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
}

namespace {

// List.ascii_printable?(list, limit): its first `limit` items are 7..13, 27 or 32..126.
bool printable_charlist(const Term& t, int limit) {
  const Term* c = &t;
  for (int n = 0; c->is_cons() && n != limit; ++n, c = &c->tail()) {
    const Term& h = c->head();
    if (!h.is_small_int()) return false;
    int64_t x = h.small_int();
    if (!((x >= 7 && x <= 13) || x == 27 || (x >= 32 && x <= 126))) return false;
  }
  return c->is_nil() || c->is_cons();
}

void put_hex(std::string& out, uint32_t v, int digits) {
  for (int k = digits - 1; k >= 0; --k) out += "0123456789ABCDEF"[(v >> (4 * k)) & 0xF];
}

// Code.Identifier.escape(s, quote, limit): escapes at most `limit` code points; returns
// false when text was left over (the caller adds " <> ..." or " ++ ...").
bool escape_into(std::string& out, std::string_view s, char quote, int limit = kInf) {
  size_t i = 0;
  for (int n = 0; i < s.size(); ++n) {
    if (n == limit) return false;
    auto c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += quote;
      ++i;
      continue;
    }
    if (c == '#' && i + 1 < s.size() && s[i + 1] == '{') {
      out += "\\#{";
      i += 2;
      continue;
    }
    uint32_t cp = 0;
    int len = next_code_point(s, i, cp);
    if (len == 0) {  // a byte that is not UTF-8
      out += "\\x";
      put_hex(out, c, 2);
      ++i;
      continue;
    }
    i += static_cast<size_t>(len);
    switch (cp) {
      case '\a':
        out += "\\a";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case 0x7F:
        out += "\\d";
        continue;
      case 0x1B:
        out += "\\e";
        continue;
      case '\f':
        out += "\\f";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\v':
        out += "\\v";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case 0:
        out += "\\0";
        continue;
      case 0xFEFF:
        out += "\\uFEFF";
        continue;
      default:
        break;
    }
    if ((cp >= 0x20 && cp <= 0x7E) || printable_unicode(cp)) {
      put_utf8(out, cp);
    } else if (cp < 0x100) {
      out += "\\x";
      put_hex(out, cp, 2);
    } else {
      out += "\\x{";
      put_hex(out, cp, cp < 0x10000 ? 4 : 6);
      out += '}';
    }
  }
  return true;
}

// A key that keyword syntax shows (`a: 1`): any atom but an alias (Elixir.Foo), as
// Elixir 1.14's Inspect.List.keyword?/1 decides.
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

// Macro.inspect_atom(:key, atom): `a:`, `"with space":`
std::string keyword_key(Atom a) {
  const std::string& n = a.name();
  std::string out;
  if (is_plain_atom(n) || is_operator_atom(n)) {
    out = n;
  } else {
    out = "\"";
    escape_into(out, n, '"');
    out += '"';
  }
  out += ": ";
  return out;
}

std::string integer_text(const Term& t, InspectOpts::Base base) {
  if (base == InspectOpts::Base::decimal || !t.is_small_int()) return t.integer_to_string();
  int64_t v = t.small_int();
  bool neg = v < 0;
  auto u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  unsigned shift = base == InspectOpts::Base::hex ? 4 : base == InspectOpts::Base::octal ? 3 : 1;
  const char* prefix = base == InspectOpts::Base::hex     ? "0x"
                       : base == InspectOpts::Base::octal ? "0o"
                                                          : "0b";
  std::string digits;
  do {
    digits += "0123456789ABCDEF"[u & ((1u << shift) - 1)];
    u >>= shift;
  } while (u != 0);
  return std::string(neg ? "-" : "") + prefix + std::string(digits.rbegin(), digits.rend());
}

// [SECTION] Structs known to taskplay ------------------------------------------------------

struct StructInfo {
  std::vector<Atom> fields;
  bool exception = false;  // defexception's: its map also holds __exception__: true
  // @derive {Inspect, only: ..., except: ...}: the fields shown, as #Name<a: 1, ...>
  bool derived = false;
  std::vector<Atom> shown;
  // @derive {Inspect, optional: ...}: fields left out while they hold their default
  std::vector<std::pair<Atom, Term>> optional;
  bool at_default(Atom field, const Term& v) const {
    for (const auto& [f, d] : optional)
      if (f == field) return v == d;
    return false;
  }
};

struct StructRegistry {
  std::unordered_map<uint32_t, StructInfo> structs;
  std::unordered_map<uint32_t, StructInspector> inspectors;
  StructRegistry() {
    // Elixir 1.14's own structs, fields in defstruct/defexception order
    for (const ElixirStruct& e : elixir_structs()) {
      StructInfo info;
      for (const ElixirStructField& f : e.fields) info.fields.emplace_back(f.name);
      info.exception = e.exception;
      structs[Atom(e.module).id()] = std::move(info);
    }
    // their Inspect leaves out URI's deprecated authority when nil, Version's empty pre and
    // nil build
    structs[Atom("Elixir.URI").id()].optional = {{Atom("authority"), Term(atoms::nil)}};
    structs[Atom("Elixir.Version").id()].optional = {{Atom("pre"), Term()},
                                                     {Atom("build"), Term(atoms::nil)}};
  }
};
StructRegistry& registry() {
  static StructRegistry r;
  return r;
}

// The struct's keys are its module's (as Inspect.Any checks against Module.__struct__/0):
// its fields, __struct__, and __exception__ for an exception.
bool fields_match(const Term& t, const StructInfo& info) {
  if (t.map_pairs().size() != info.fields.size() + (info.exception ? 2 : 1)) return false;
  if (info.exception && !t.map_get(Term(atoms::__exception__))) return false;
  for (Atom f : info.fields)
    if (!t.map_get(Term(f))) return false;
  return true;
}

// ~D[2024-01-15], ~T[12:30:00.500], ~N[2024-01-15 12:30:00], ~U[2024-01-15 12:30:00Z] for
// Calendar.ISO's Date, Time, NaiveDateTime and DateTime (prelude_calendar.cpp and
// prelude_datetime.cpp make them), a DateTime in another zone as #DateTime<2024-01-15
// 12:30:00+01:00 CET Europe/Paris>, as Calendar.ISO.datetime_to_string/11 writes it; false
// for anything else (other calendars' are written by Calendar.__inspect__/2, as custom
// structs: natives_struct.cpp).
bool calendar_text(const Term& t, Atom name, std::string& out) {
  static const Atom date("Elixir.Date"), time("Elixir.Time"), naive("Elixir.NaiveDateTime"),
      datetime("Elixir.DateTime"), iso("Elixir.Calendar.ISO");
  if (name != date && name != time && name != naive && name != datetime) return false;
  const Term* cal = t.map_get(Term::atom("calendar"));
  if (!cal || !cal->is_atom(iso)) return false;
  auto num = [&](const char* key, int64_t& v) {
    const Term* x = t.map_get(Term::atom(key));
    if (!x || !x->is_small_int()) return false;
    v = x->small_int();
    return true;
  };
  auto pad = [](int64_t v, int width) {
    std::string d = std::to_string(v < 0 ? -v : v);
    if (static_cast<int>(d.size()) < width) d.insert(0, static_cast<size_t>(width) - d.size(), '0');
    return (v < 0 ? "-" : "") + d;
  };
  std::string date_part, time_part;
  if (name != time) {
    int64_t y, m, d;
    if (!num("year", y) || !num("month", m) || !num("day", d)) return false;
    date_part = pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
  }
  if (name != date) {
    int64_t h, mi, sec;
    const Term* us = t.map_get(Term::atom("microsecond"));
    if (!num("hour", h) || !num("minute", mi) || !num("second", sec) || !us || !us->is_tuple(2) ||
        !(*us)[0].is_small_int() || !(*us)[1].is_small_int())
      return false;
    time_part = pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(sec, 2);
    int64_t precision = (*us)[1].small_int();
    if (precision > 0 && precision <= 6)
      time_part += "." + pad((*us)[0].small_int(), 6).substr(0, static_cast<size_t>(precision));
  }
  if (name == datetime) {
    int64_t utc, std;
    const Term* zone = t.map_get(Term::atom("time_zone"));
    const Term* abbr = t.map_get(Term::atom("zone_abbr"));
    if (!num("utc_offset", utc) || !num("std_offset", std) || !zone || !zone->is_binary() ||
        !abbr || !abbr->is_binary())
      return false;
    std::string text = date_part + " " + time_part;
    bool utc_zone = zone->binary() == "Etc/UTC";
    if (utc_zone && utc == 0 && std == 0) {
      out = "~U[" + text + "Z]";
      return true;
    }
    int64_t total = utc + std, abs_total = total < 0 ? -total : total;
    text +=
        (total < 0 ? "-" : "+") + pad(abs_total / 3600, 2) + ":" + pad(abs_total % 3600 / 60, 2);
    if (!utc_zone) text += " " + std::string(abbr->binary()) + " " + std::string(zone->binary());
    out = "#DateTime<" + text + ">";
    return true;
  }
  out = name == date   ? "~D[" + date_part + "]"
        : name == time ? "~T[" + time_part + "]"
                       : "~N[" + date_part + " " + time_part + "]";
  return true;
}

// [SECTION] Sinks: where the Inspect protocol's documents go -----------------------------

// Elixir's container_doc/6 :break option: lists decide by their items (:maybe), tuples
// fill lines (:flex), maps and keyword lists put one item a line (:strict); binaries fill
// with their continuation two columns in (:bits).
enum class Break : uint8_t { maybe, flex, strict, bits };

// One line: the document's text with every break as its flat text. Nothing is built.
class FlatSink {
 public:
  explicit FlatSink(std::string& out) : out_(out) {}
  void text(std::string_view s) { out_ += s; }
  void open(std::string_view left, Break) { out_ += left; }
  void item(bool first, Break mode) {
    if (!first) out_ += mode == Break::bits ? ", " : ", ";
  }
  void tail() { out_ += " | "; }
  void close(std::string_view right) { out_ += right; }
  bool doc(const Term&) { return false; }  // one line: the struct's text instead

 private:
  std::string& out_;
};

// A document tree (Inspect.Algebra's), laid out afterwards at a width.
struct Doc {
  enum Kind : uint8_t { nil, str, cons, nest, brk, group } kind = nil;
  bool flex = false;  // a flex break fills the line; a strict one breaks with its group
  int a = -1, b = -1;
  int indent = 0;
  std::string s;
};

class TreeSink {
 public:
  TreeSink() { frames_.push_back({}); }

  void text(std::string_view s) { append(add({Doc::str, false, -1, -1, 0, std::string(s)})); }
  void open(std::string_view left, Break mode) {
    Frame f;
    f.left = std::string(left);
    f.mode = mode;
    f.container = true;
    frames_.push_back(std::move(f));
  }
  void item(bool first, Break) {
    Frame& f = frames_.back();
    if (!first) f.items.push_back(std::exchange(f.current, -1));
  }
  void tail() {
    Frame& f = frames_.back();
    f.items.push_back(std::exchange(f.current, -1));
    f.tail_at = static_cast<int>(f.items.size());
  }
  void close(std::string_view right) {
    Frame f = std::move(frames_.back());
    frames_.pop_back();
    if (f.current >= 0 || !f.items.empty()) f.items.push_back(f.current);
    append(container(f, std::string(right)));
  }
  // An Inspect implementation's document (Inspect.Algebra's terms): part of this one, so
  // that it lays out with the rest; false (nothing added) for what this tree cannot hold
  // (lines, nesting at the cursor or on break only, colors, ...): its text goes instead.
  bool doc(const Term& d) {
    size_t mark = docs_.size();
    int x = convert(d);
    if (x < 0) {
      docs_.resize(mark);
      return false;
    }
    append(x);
    return true;
  }
  // the document as printed, ungrouped (Inspect.Algebra.to_doc/2)
  int top() { return frames_.front().current < 0 ? str("") : frames_.front().current; }
  // the whole document, grouped as Kernel.inspect/2 and IO.inspect/2 group it
  int root() { return group(frames_.front().current < 0 ? str("") : frames_.front().current); }
  int nest(int x, int i) { return add({Doc::nest, false, x, -1, i, {}}); }
  int group(int x) { return add({Doc::group, false, x, -1, 0, {}}); }
  const std::vector<Doc>& docs() const { return docs_; }

 private:
  struct Frame {
    std::string left;
    Break mode = Break::maybe;
    bool container = false;
    std::vector<int> items;
    int current = -1;  // the item being built (a concatenation), or -1
    int tail_at = -1;  // items[tail_at] is an improper list's tail
  };

  int add(Doc d) {
    docs_.push_back(std::move(d));
    return static_cast<int>(docs_.size() - 1);
  }
  int convert(const Term& d) {
    if (d.is_binary()) return str(std::string(d.binary()));
    if (d.is_atom(Atom("doc_nil"))) return add({Doc::nil, false, -1, -1, 0, {}});
    if (!d.is_tuple() || d.tuple_size() < 2 || !d[0].is_atom()) return -1;
    const std::string_view tag = d[0].atom_value().name();
    if (tag == "doc_string" && d.tuple_size() == 3 && d[1].is_binary())
      return str(std::string(d[1].binary()));
    if (tag == "doc_cons" && d.tuple_size() == 3) {
      int a = convert(d[1]);
      int b = a < 0 ? -1 : convert(d[2]);
      return b < 0 ? -1 : cons(a, b);
    }
    if (tag == "doc_nest" && d.tuple_size() == 4 && d[2].is_small_int() &&
        d[3].is_atom(Atom("always"))) {
      int a = convert(d[1]);
      return a < 0 ? -1 : nest(a, static_cast<int>(d[2].small_int()));
    }
    if (tag == "doc_break" && d.tuple_size() == 3 && d[1].is_binary())
      return brk(std::string(d[1].binary()), d[2].is_atom(Atom("flex")));
    if (tag == "doc_group" && d.tuple_size() == 3 && d[2].is_atom(Atom("self"))) {
      int a = convert(d[1]);
      return a < 0 ? -1 : group(a);
    }
    return -1;
  }
  int str(std::string s) { return add({Doc::str, false, -1, -1, 0, std::move(s)}); }
  int cons(int x, int y) { return add({Doc::cons, false, x, y, 0, {}}); }
  int brk(std::string s, bool flex) { return add({Doc::brk, flex, -1, -1, 0, std::move(s)}); }
  void append(int d) {
    int& cur = frames_.back().current;
    cur = cur < 0 ? d : cons(cur, d);
  }
  // no breaks or groups inside: Elixir lays out lists of such items as filled lines
  bool simple(int d) const {
    const Doc& x = docs_[static_cast<size_t>(d)];
    if (x.kind == Doc::cons) return simple(x.a) && simple(x.b);
    return x.kind == Doc::str || x.kind == Doc::nil;
  }

  // Inspect.Algebra.container_doc/6 once its items' documents are made
  int container(const Frame& f, const std::string& right) {
    if (f.items.empty()) return str(f.left + right);
    bool all_simple = f.mode == Break::maybe;
    for (int d : f.items) all_simple = all_simple && simple(d);
    bool flex = all_simple || f.mode == Break::flex || f.mode == Break::bits;
    auto join = [&](int left, const char* sep, int rest) {
      return cons(cons(left, str(sep)), cons(brk(" ", flex), rest));
    };
    size_t n = f.items.size();
    int docs = f.items[n - 1];
    if (f.tail_at >= 0) docs = join(f.items[n - 2], " |", docs);
    for (size_t i = n - (f.tail_at >= 0 ? 2 : 1); i-- > 0;) docs = join(f.items[i], ",", docs);
    if (f.mode == Break::bits) return group(cons(cons(str(f.left), nest(docs, 2)), str(right)));
    if (flex) return group(cons(cons(str(f.left), nest(docs, 1)), str(right)));
    // group(glue(nest(glue(left, "", docs), 2), "", right))
    int inner = nest(cons(str(f.left), cons(brk("", false), docs)), 2);
    return group(cons(inner, cons(brk("", false), str(right))));
  }

  std::vector<Doc> docs_;
  std::vector<Frame> frames_;
};

// [SECTION] The Inspect protocol ---------------------------------------------------------

template <class Sink>
class Printer {
 public:
  Printer(Sink& s, const InspectOpts& o) : s_(s), o_(o) {}

  void term(const Term& t, int limit) {
    switch (t.type()) {
      case Term::Type::Int:
      case Term::Type::BigInt:
        s_.text(integer_text(t, o_.base));
        return;
      case Term::Type::Float:
        s_.text(format_float(t.float_value()));
        return;
      case Term::Type::Atom:
        s_.text(inspect_atom(t.atom_value()));
        return;
      case Term::Type::Pid: {
        std::string p =
            "#PID<0." + std::to_string(t.pid().number) + "." + std::to_string(t.pid().serial) + ">";
        s_.text(p);
        return;
      }
      case Term::Type::Ref:
        // (as wide as the BEAM's, #Reference<0.2599412323.2797862914.236890>: pretty
        // printing breaks lines where Elixir's does)
        s_.text("#Reference<0.2000000000.2000000000." + std::to_string(100000 + t.ref().number) +
                ">");
        return;
      case Term::Type::Fun:
        s_.text(t.fun_obj()->inspect());
        return;
      case Term::Type::Tuple: {
        s_.open("{", Break::flex);
        int lim = limit;
        auto items = t.tuple_items();
        for (size_t i = 0; i < items.size(); ++i) {
          s_.item(i == 0, Break::flex);
          if (lim == 0) {
            s_.text("...");
            break;
          }
          lim = dec(lim);
          term(items[i], lim);
        }
        s_.close("}");
        return;
      }
      case Term::Type::Map:
        map(t, limit);
        return;
      case Term::Type::Nil:
        s_.text("[]");
        return;
      case Term::Type::Cons:
        list(t, limit);
        return;
      case Term::Type::Binary:
        binary(t.binary(), limit);
        return;
      case Term::Type::Bitstring:
        bits(t.bitstring_bytes(), static_cast<unsigned>(t.bit_size() % 8), limit);
        return;
    }
  }

 private:
  void list(const Term& t, int limit) {
    using L = InspectOpts::Lists;
    if (o_.charlists == L::as_charlists ||
        (o_.charlists == L::infer && printable_charlist(t, o_.printable_limit))) {
      std::string chars;
      if (to_string_term(t, chars)) {
        std::string out = "'";
        bool whole = escape_into(out, chars, '\'', o_.printable_limit);
        out += whole ? "'" : "' ++ ...";
        s_.text(out);
        return;
      }
    }
    bool kw = is_keyword(t);
    Break mode = kw ? Break::strict : Break::maybe;
    s_.open("[", mode);
    int lim = limit;
    bool first = true;
    for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
      s_.item(first, mode);
      first = false;
      if (lim == 0) {
        s_.text("...");
        break;
      }
      lim = dec(lim);
      const Term& rest = c->tail();
      if (kw) {
        s_.text(keyword_key(c->head()[0].atom_value()));
        term(c->head()[1], lim);
      } else {
        term(c->head(), lim);
      }
      if (!rest.is_list()) {  // an improper list's last cell: the tail shares the limit
        s_.tail();
        term(rest, lim);
        break;
      }
    }
    s_.close("]");
  }

  void map(const Term& t, int limit) {
    Atom name = t.struct_name();
    if (name != atoms::nil && o_.structs && struct_(t, name, limit)) return;
    bool kw = true;
    for (const auto& kv : t.map_pairs()) kw = kw && is_keyword_key(kv.first);
    s_.open("%{", Break::strict);
    int lim = limit;
    bool first = true;
    std::vector<const std::pair<Term, Term>*> listed;  // as :maps.to_list lists them
    for_each_listed_pair(t, [&](const auto& kv) { listed.push_back(&kv); });
    for (const auto* kv : listed) {
      const auto& [k, v] = *kv;
      s_.item(first, Break::strict);
      first = false;
      if (lim == 0) {
        s_.text("...");
        break;
      }
      lim = dec(lim);
      if (kw) {
        s_.text(keyword_key(k.atom_value()));
      } else {
        term(k, lim);
        s_.text(" => ");
      }
      term(v, lim);
    }
    s_.close("}");
  }

  // A struct as its Inspect implementation shows it; false: as the map it is.
  bool struct_(const Term& t, Atom name, int limit) {
    static const Atom range("Elixir.Range"), map_set("Elixir.MapSet"), stream("Elixir.Stream"),
        date_range("Elixir.Date.Range");
    if (o_.custom && o_.custom->is_map()) {
      if (const Term* text = o_.custom->map_get(t); text && text->is_binary()) {
        s_.text(text->binary());
        return true;
      }
      // {text, document}: the document where it can be part of this one
      if (const Term* both = o_.custom->map_get(t);
          both && both->is_tuple() && both->tuple_size() == 2 && (*both)[0].is_binary()) {
        if (!s_.doc((*both)[1])) s_.text((*both)[0].binary());
        return true;
      }
    }
    StructRegistry& r = registry();
    if (auto it = r.inspectors.find(name.id()); it != r.inspectors.end()) {
      s_.text(it->second(t, o_));
      return true;
    }
    if (name == range) {
      const Term* first = t.map_get(Term::atom("first"));
      const Term* last = t.map_get(Term::atom("last"));
      const Term* step = t.map_get(Term::atom("step"));
      if (!first || !last || !step || t.map_pairs().size() != 4) return false;
      term(*first, limit);
      s_.text("..");
      term(*last, limit);
      bool plain = step->is_small_int() && step->small_int() == 1 && last->is_integer() &&
                   first->is_integer() && compare(*last, *first) >= 0;
      if (!plain) {
        s_.text("//");
        term(*step, limit);
      }
      return true;
    }
    if (name == map_set) {
      const Term* m = t.map_get(Term::atom("map"));
      if (!m || !m->is_map()) return false;
      std::vector<Term> keys;
      for_each_listed_pair(*m, [&](const auto& kv) { keys.push_back(kv.first); });
      s_.text("MapSet.new(");
      Term list = Term::list(keys);
      // Inspect for MapSet prints its list, and everything in it, with charlists: :as_lists
      auto charlists = o_.charlists;
      o_.charlists = InspectOpts::Lists::as_lists;
      if (keys.empty())
        s_.text("[]");
      else
        this->list(list, limit);
      o_.charlists = charlists;
      s_.text(")");
      return true;
    }
    if (name == Atom("Elixir.Version.Requirement")) {  // Version.parse_requirement!("~> 2.0")
      const Term* source = t.map_get(Term::atom("source"));
      if (!source || !source->is_binary()) return false;
      s_.text("Version.parse_requirement!(");
      term(*source, limit);
      s_.text(")");
      return true;
    }
    if (name == date_range) {  // Date.range(~D[2024-01-01], ~D[2024-01-05]), a step unless 1
      const Term* first = t.map_get(Term::atom("first"));
      const Term* last = t.map_get(Term::atom("last"));
      const Term* step = t.map_get(Term::atom("step"));
      if (!first || !last) return false;
      // a range made before Elixir 1.12 has no step: 1 unless its dates (as terms) count down
      const Term old_step = Term::integer(compare(*first, *last) <= 0 ? 1 : -1);
      if (!step) step = &old_step;
      s_.text("Date.range(");
      term(*first, limit);
      s_.text(", ");
      term(*last, limit);
      if (!step->is_small_int() || step->small_int() != 1) {
        s_.text(", ");
        term(*step, limit);
      }
      s_.text(")");
      return true;
    }
    if (std::string text; calendar_text(t, name, text)) {
      s_.text(text);
      return true;
    }
    if (name == stream) {
      const Term* e = t.map_get(Term::atom("enum"));
      const Term* funs = t.map_get(Term::atom("funs"));
      if (!e || !funs || !funs->is_list()) return false;
      std::vector<Term> fs = funs->list_items();
      Term inner = keyword({{Atom("enum"), *e},
                            {Atom("funs"), Term::list(std::vector<Term>(fs.rbegin(), fs.rend()))}});
      s_.text("#Stream<");
      list(inner, limit);
      s_.text(">");
      return true;
    }
    auto it = r.structs.find(name.id());
    if (it != r.structs.end() && it->second.derived) return derived(t, name, it->second, limit);
    if (it == r.structs.end() || !fields_match(t, it->second)) return false;
    std::string open = "%" + inspect_atom(name) + "{";
    s_.open(open, Break::strict);
    int lim = limit;
    bool first = true;
    for (Atom f : it->second.fields) {
      const Term& v = *t.map_get(Term(f));
      if (it->second.at_default(f, v)) continue;
      s_.item(first, Break::strict);
      first = false;
      if (lim == 0) {
        s_.text("...");
        break;
      }
      lim = dec(lim);
      s_.text(keyword_key(f));
      term(*t.map_get(Term(f)), lim);
    }
    s_.close("}");
    return true;
  }

  // #Name<shown: 1, ...> (Inspect derived with only: or except:)
  bool derived(const Term& t, Atom name, const StructInfo& info, int limit) {
    std::string open = "#" + inspect_atom(name) + "<";
    s_.open(open, Break::strict);
    int lim = limit;
    bool first = true;
    bool cut = false;
    for (Atom f : info.shown) {
      const Term* v = t.map_get(Term(f));
      if (!v || info.at_default(f, *v)) continue;
      s_.item(first, Break::strict);
      first = false;
      if (lim == 0) {
        cut = true;
        break;
      }
      lim = dec(lim);
      s_.text(keyword_key(f));
      term(*v, lim);
    }
    if (cut || info.shown.size() < info.fields.size()) {
      if (!cut) s_.item(first, Break::strict);
      s_.text("...");
    }
    s_.close(">");
    return true;
  }

  void binary(std::string_view s, int limit) {
    using B = InspectOpts::Binaries;
    if (o_.base == InspectOpts::Base::decimal &&
        (o_.binaries == B::as_strings ||
         (o_.binaries == B::infer && printable_string(s, o_.printable_limit)))) {
      std::string out = "\"";
      bool whole = escape_into(out, s, '"', o_.printable_limit);
      out += whole ? "\"" : "\" <> ...";
      s_.text(out);
      return;
    }
    if (s.empty()) {
      s_.text("<<>>");
      return;
    }
    bits(s, 0, limit);
  }
  // <<1, 2, 3>>: each byte a number, `limit` of them; a bitstring's last `last_bits` bits
  // as <<..., 5::size(3)>>
  void bits(std::string_view s, unsigned last_bits, int limit) {
    s_.open("<<", Break::bits);
    int lim = limit;
    for (size_t i = 0; i < s.size(); ++i) {
      s_.item(i == 0, Break::bits);
      if (lim == 0) {
        s_.text("...");
        break;
      }
      lim = dec(lim);
      auto byte = static_cast<unsigned char>(s[i]);
      if (last_bits != 0 && i + 1 == s.size())
        s_.text(integer_text(Term::integer(byte >> (8 - last_bits)), o_.base) + "::size(" +
                std::to_string(last_bits) + ")");
      else
        s_.text(integer_text(Term::integer(byte), o_.base));
    }
    s_.close(">>");
  }

  Sink& s_;
  InspectOpts o_;  // a copy: a MapSet prints its elements with charlists: :as_lists
};

// [SECTION] Layout (Inspect.Algebra.format/2) --------------------------------------------

class Layout {
 public:
  Layout(const std::vector<Doc>& d, int width) : d_(d), w_(width) {}

  std::string run(int root) {
    std::vector<Entry> stack{{0, Mode::flat, root}};
    std::string out;
    int k = 0;
    while (!stack.empty()) {
      Entry e = stack.back();
      stack.pop_back();
      const Doc& x = d_[static_cast<size_t>(e.doc)];
      switch (x.kind) {
        case Doc::nil:
          break;
        case Doc::str:
          out += x.s;
          k += static_cast<int>(x.s.size());
          break;
        case Doc::cons:
          stack.push_back({e.indent, e.mode, x.b});
          stack.push_back({e.indent, e.mode, x.a});
          break;
        case Doc::nest:
          stack.push_back({e.indent + x.indent, e.mode, x.a});
          break;
        case Doc::group: {
          // flat if the group alone fits on the rest of the line
          std::vector<Entry> probe{{e.indent, Mode::flat, x.a}};
          bool fit = w_ == InspectOpts::kInfinity || fits(k, false, probe, nullptr);
          stack.push_back({e.indent, fit ? Mode::flat : Mode::brk, x.a});
          break;
        }
        case Doc::brk: {
          bool newline = false;
          if (x.flex) {
            // fill: break only if what follows, up to the next break, does not fit
            int after = k + static_cast<int>(x.s.size());
            std::vector<Entry> none;
            newline = !(w_ == InspectOpts::kInfinity || e.mode == Mode::flat ||
                        fits(after, true, none, &stack));
          } else {
            newline = e.mode == Mode::brk;
          }
          if (newline) {
            out += '\n';
            out.append(static_cast<size_t>(e.indent), ' ');
            k = e.indent;
          } else {
            out += x.s;
            k += static_cast<int>(x.s.size());
          }
          break;
        }
      }
    }
    return out;
  }

 private:
  enum class Mode : uint8_t { flat, brk, tail };
  struct Entry {
    int indent;
    Mode mode;
    int doc;  // for a tail marker: the `b?` to restore
  };

  // Inspect.Algebra's fits?/4: does what is in `probe` (then the rest of `rest`, from its
  // back) fit before the width, up to the next break of a broken group? `b`: a break was
  // passed, after which going past the width no longer fits.
  bool fits(int k, bool b, std::vector<Entry> probe, const std::vector<Entry>* rest) const {
    size_t r = rest ? rest->size() : 0;
    while (true) {
      if (k > w_ && b) return false;
      Entry e;
      if (!probe.empty()) {
        e = probe.back();
        probe.pop_back();
      } else if (r > 0) {
        e = (*rest)[--r];
      } else {
        return true;
      }
      if (e.mode == Mode::tail) {
        b = e.doc != 0;
        continue;
      }
      const Doc& x = d_[static_cast<size_t>(e.doc)];
      switch (x.kind) {
        case Doc::nil:
          break;
        case Doc::str:
          k += static_cast<int>(x.s.size());
          break;
        case Doc::cons:
          probe.push_back({e.indent, e.mode, x.b});
          probe.push_back({e.indent, e.mode, x.a});
          break;
        case Doc::nest:
          probe.push_back({e.indent + x.indent, e.mode, x.a});
          break;
        case Doc::group:
          probe.push_back({0, Mode::tail, b ? 1 : 0});
          probe.push_back({e.indent, Mode::flat, x.a});
          break;
        case Doc::brk:
          if (e.mode == Mode::brk) return true;
          k += static_cast<int>(x.s.size());
          b = true;
          break;
      }
    }
  }

  const std::vector<Doc>& d_;
  int w_;
};

}  // namespace

std::string inspect_atom(Atom a) {
  const std::string& n = a.name();
  // Elixir itself (the context of a quote outside modules) prints as an alias
  if (a == atoms::nil || a == atoms::true_ || a == atoms::false_ || n == "Elixir") return n;
  // Elixir.Elixir and aliases in it keep their prefix: Elixir.Elixir.Foo
  if (n.rfind("Elixir.", 0) == 0 && is_alias_path(std::string_view(n).substr(7)))
    return n == "Elixir.Elixir" || n.rfind("Elixir.Elixir.", 0) == 0 ? n : n.substr(7);
  if (is_plain_atom(n) || is_operator_atom(n)) return ":" + n;
  std::string out = ":\"";
  escape_into(out, n, '"');
  out += '"';
  return out;
}

namespace {
// The shortest digits that read back as `v` (v > 0), and the place of the decimal point:
// v = 0.DIGITS * 10^place.
std::string shortest_digits(double v, int& place) {
  char buf[40];
  int prec = 1;
  for (; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::string_view s(buf);  // like "1.2345e+03"
  size_t epos = s.find('e');
  std::string digits;
  for (char c : s.substr(0, epos))
    if (c != '.') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  place = std::atoi(std::string(s.substr(epos + 1)).c_str()) + 1;
  return digits;
}
}  // namespace

// Erlang's io_lib_format:fwrite_g/1 as OTP 25 writes it: the shortest digits, put in
// plain form when that is no longer than the scientific one (and the number is below 2^53),
// else as d.ddde±x.
std::string float_to_string(double v) {
  if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
  int place = 0;
  std::string d = shortest_digits(std::fabs(v), place);
  auto len = static_cast<int>(d.size());
  std::string exp = std::to_string(place - 1);
  int cost = static_cast<int>(exp.size()) + 1 + (len == 1 ? 2 : 1);
  auto scientific = [&] {
    return d.substr(0, 1) + "." + (len > 1 ? d.substr(1) : "0") + "e" + exp;
  };
  std::string r;
  if (place <= 0) {
    r = 2 - place <= cost ? "0." + std::string(static_cast<size_t>(-place), '0') + d : scientific();
  } else if (place >= len) {
    r = place - len + 2 <= cost && std::fabs(v) < 9007199254740992.0
            ? d + std::string(static_cast<size_t>(place - len), '0') + ".0"
            : scientific();
  } else {
    r = d.substr(0, static_cast<size_t>(place)) + "." + d.substr(static_cast<size_t>(place));
  }
  return v < 0 ? "-" + r : r;
}

// Inspect.Float: whole numbers from 1.0 up to 1.0e16 as N.0, the rest as fwrite_g.
std::string format_float(double v) {
  double a = std::fabs(v);
  if (a >= 1.0 && a < 1.0e16 && std::trunc(v) == v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f.0", v);
    return buf;
  }
  return float_to_string(v);
}

void inspect_to(std::string& out, const Term& t, const InspectOpts& opts) {
  FlatSink sink(out);
  Printer<FlatSink>(sink, opts).term(t, opts.limit);
}

Term inspect_doc(const Term& t, const InspectOpts& opts) {
  TreeSink sink;
  Printer<TreeSink>(sink, opts).term(t, opts.limit);
  const std::vector<Doc>& docs = sink.docs();
  auto term_of = [&docs](auto& self, int i) -> Term {
    const Doc& x = docs[static_cast<size_t>(i)];
    switch (x.kind) {
      case Doc::nil:
        return Term::atom("doc_nil");
      case Doc::str:
        return Term::string(x.s);
      case Doc::cons:
        return Term::tuple({Term::atom("doc_cons"), self(self, x.a), self(self, x.b)});
      case Doc::nest:
        return Term::tuple({Term::atom("doc_nest"), self(self, x.a), Term::integer(x.indent),
                            Term::atom("always")});
      case Doc::brk:
        return Term::tuple(
            {Term::atom("doc_break"), Term::string(x.s), Term::atom(x.flex ? "flex" : "strict")});
      case Doc::group:
        return Term::tuple({Term::atom("doc_group"), self(self, x.a), Term::atom("self")});
    }
    return Term::atom("doc_nil");
  };
  return term_of(term_of, sink.top());
}

std::string inspect_at(const Term& t, int width, const InspectOpts& opts, int nest) {
  if (width == InspectOpts::kInfinity && nest == 0) {
    std::string out;
    inspect_to(out, t, opts);
    return out;
  }
  TreeSink sink;
  Printer<TreeSink>(sink, opts).term(t, opts.limit);
  int root = sink.root();
  if (nest > 0) root = sink.nest(root, nest);
  return Layout(sink.docs(), width).run(root);
}

std::string inspect(const Term& t, const InspectOpts& opts) {
  if (opts.pretty) return inspect_at(t, opts.width, opts);
  std::string out;
  inspect_to(out, t, opts);
  return out;
}

const std::vector<Atom>* struct_fields(Atom module) {
  auto& s = registry().structs;
  auto it = s.find(module.id());
  return it == s.end() ? nullptr : &it->second.fields;
}

void define_struct_fields(Atom module, std::vector<Atom> fields, bool exception) {
  registry().structs[module.id()] = {std::move(fields), exception, false, {}, {}};
}

void derive_struct_inspect(Atom module, bool derived, std::vector<Atom> shown,
                           std::vector<std::pair<Atom, Term>> optional) {
  StructInfo& info = registry().structs[module.id()];
  info.derived = derived;
  info.shown = std::move(shown);
  info.optional = std::move(optional);
}

void define_struct_inspector(Atom module, StructInspector fn) {
  registry().inspectors[module.id()] = fn;
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
      out += t.integer_to_string();
      return true;
    case Term::Type::Float:
      out += float_to_string(t.float_value());
      return true;
    case Term::Type::Nil:
      return true;
    case Term::Type::Cons: {
      // a charlist (or an iolist of strings and chars)
      for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
        const Term& h = c->head();
        if (h.is_small_int() && h.small_int() >= 0 && h.small_int() < 0x110000) {
          put_utf8(out, static_cast<uint32_t>(h.small_int()));
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

std::string without_ids(std::string_view text) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t pid = text.find("#PID<", at), ref = text.find("#Reference<", at);
    size_t open = std::min(pid, ref);
    if (open == std::string_view::npos) break;
    size_t body = open + (open == pid ? 5 : 11);
    size_t close = body;
    while (close < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[close])) || text[close] == '.'))
      ++close;
    out.append(text.substr(at, body - at));
    at = close < text.size() && text[close] == '>' ? close : body;
  }
  out.append(text.substr(at));
  return out;
}

namespace {
bool erl_atom_plain(std::string_view s) {
  static const char* const kReserved[] = {
      "after", "and",    "andalso", "band", "begin", "bnot", "bor", "bsl",  "bsr", "bxor",
      "case",  "catch",  "cond",    "div",  "end",   "fun",  "if",  "let",  "not", "of",
      "or",    "orelse", "receive", "rem",  "try",   "when", "xor", "maybe"};
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '@')) return false;
  for (const char* r : kReserved)
    if (s == r) return false;
  return true;
}

}  // namespace

std::string inspect_erlang_atom(std::string_view s) {
  if (erl_atom_plain(s)) return std::string(s);
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

}  // namespace taskplay
