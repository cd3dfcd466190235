// String (UTF-8 binaries) and IO (the runtime's output device).

#include <algorithm>
#include <cctype>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view S = "Elixir.String";

// A non-string where a string function wants one (or an argument its guards refuse).
// Raised as {:badarg, t} (an ErlangError) unless the native is one of String's guarded
// functions (clauses<> below), where Elixir's answer is a FunctionClauseError.
struct NoClause : Raised {};

std::string_view str(const Term& t) {
  if (!t.is_binary())
    throw NoClause{{RaiseKind::error, Term::tuple({Term::atom("badarg"), t}), Term()}};
  return t.binary();
}
// An integer argument of a guarded String function, `when is_integer(n) and n >= min`
int64_t clause_int(const Term& t, int64_t min = INT64_MIN) {
  if (!t.is_small_int() || t.small_int() < min)
    throw NoClause{{RaiseKind::error, Term::tuple({Term::atom("badarg"), t}), Term()}};
  return t.small_int();
}

// String.name/arity as Elixir defines it, `when is_binary(string)`: a non-string argument is
// a FunctionClauseError of String.name/shown (upcase/1 is upcase/2 with :default).
template <size_t N>
struct Name {
  char text[N];
  constexpr Name(const char (&s)[N]) { std::copy_n(s, N, text); }  // NOLINT: implicit
};
template <Name name, uint32_t arity, SyncFn F, uint32_t shown = arity>  // split/2: split/3, []
Term clauses(Ctx& c, Term* a) {
  try {
    return F(c, a);
  } catch (const NoClause&) {
    std::vector<Term> args(a, a + arity);
    if (shown > arity) {  // the default argument Elixir's function head fills in
      std::string_view n(name.text);
      args.push_back(n == "split"            ? Term()
                     : n.starts_with("pad_") ? Term::string(" ")
                                             : Term::atom("default"));
    }
    no_clause(S, name.text, args);
  }
}
// The table's row of such a native: String.name/arity
template <Name name, uint32_t arity, SyncFn F, uint32_t shown = arity>
constexpr Native guarded() {
  return {S, name.text, arity, clauses<name, arity, F, shown>, nullptr};
}

// UTF-8 code point boundaries; a byte that starts no code point (a stray continuation byte,
// a sequence cut short, an overlong form, a surrogate) stands alone, as String.codepoints/1
// takes it
std::vector<std::string_view> chars(std::string_view s) {
  std::vector<std::string_view> out;
  uint32_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    auto len = static_cast<size_t>(std::max(next_code_point(s, i, cp), 1));
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

// is one of chars() a code point (not a stray byte)?
bool valid_char(std::string_view c) {
  return c.size() > 1 || static_cast<unsigned char>(c[0]) < 0x80;
}
// one code point of chars() decoded
uint32_t decode_cp(std::string_view c) {
  auto b0 = static_cast<unsigned char>(c[0]);
  if (b0 < 0x80 || c.size() == 1) return b0;
  uint32_t cp = b0 & (c.size() == 2 ? 0x1F : c.size() == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < c.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(c[k]) & 0x3F);
  return cp;
}

// [SECTION] Extended grapheme clusters (UAX #29), as String.graphemes/length/slice/reverse
// count them: the Grapheme_Cluster_Break property from a generated table of runs
#include "taskplay/lang/grapheme_table.inc"

enum Gcb : uint8_t {
  kOther,
  kCR,
  kLF,
  kControl,
  kExtend,
  kZWJ,
  kRI,
  kPrepend,
  kSpacingMark,
  kL,
  kV,
  kT,
  kLV,
  kLVT,
  kExtPict,
  kHangul
};

Gcb gcb(uint32_t cp) {
  const uint32_t key = (cp << 4) | 15;
  const uint32_t* end = kGraphemeRuns + sizeof(kGraphemeRuns) / sizeof(kGraphemeRuns[0]);
  const uint32_t* it = std::upper_bound(kGraphemeRuns, end, key);
  auto p = static_cast<Gcb>(it == kGraphemeRuns ? 0 : *(it - 1) & 15);
  if (p == kHangul) return (cp - 0xAC00) % 28 == 0 ? kLV : kLVT;
  return p;
}

// Is there a boundary between a code point of property `a` and one of `b`? `pict_zwj`: the
// cluster so far ends in Extended_Pictographic Extend* ZWJ (GB11); `ri_odd`: an odd number
// of regional indicators precede b (GB12, GB13).
bool grapheme_break(Gcb a, Gcb b, bool pict_zwj, bool ri_odd) {
  if (a == kCR && b == kLF) return false;                                      // GB3
  if (a == kCR || a == kLF || a == kControl) return true;                      // GB4
  if (b == kCR || b == kLF || b == kControl) return true;                      // GB5
  if (a == kL && (b == kL || b == kV || b == kLV || b == kLVT)) return false;  // GB6
  if ((a == kLV || a == kV) && (b == kV || b == kT)) return false;             // GB7
  if ((a == kLVT || a == kT) && b == kT) return false;                         // GB8
  if (b == kExtend || b == kZWJ || b == kSpacingMark) return false;            // GB9, GB9a
  if (a == kPrepend) return false;                                             // GB9b
  if (a == kZWJ && b == kExtPict && pict_zwj) return false;                    // GB11
  if (a == kRI && b == kRI) return !ri_odd;                                    // GB12, GB13
  return true;
}

}  // namespace

// The string's grapheme clusters; a byte that is not UTF-8 is a cluster of its own
std::vector<std::string_view> graphemes_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::vector<std::string_view> cs = chars(s);
  size_t start = 0, pos = 0;
  Gcb prev = kControl;
  bool pict = false, pict_zwj = false;
  int ri = 0;
  for (size_t i = 0; i < cs.size(); ++i) {
    std::string_view c = cs[i];
    Gcb g = valid_char(c) ? gcb(decode_cp(c)) : kControl;
    if (i > 0 && grapheme_break(prev, g, pict_zwj, ri % 2 == 1)) {
      out.push_back(s.substr(start, pos - start));
      start = pos;
    }
    // GB11's state: Extended_Pictographic Extend* (ZWJ)
    pict_zwj = pict && g == kZWJ;
    pict = g == kExtPict || (pict && g == kExtend);
    ri = g == kRI ? ri + 1 : 0;
    prev = g;
    pos += c.size();
  }
  if (pos > start) out.push_back(s.substr(start, pos - start));
  return out;
}

bool ends_in_open_pictographic(std::string_view s) {
  enum { kNone, kPict, kPictZwj } state = kNone;
  for (std::string_view c : chars(s)) {
    Gcb g = gcb(decode_cp(c));
    state = g == kExtPict                                           ? kPict
            : state == kPict && (g == kExtend || g == kSpacingMark) ? kPict
            : state == kPict && g == kZWJ                           ? kPictZwj
                                                                    : kNone;
  }
  return state != kNone;
}

namespace {

// Unicode's White_Space code points, as String.trim/1 and friends strip them; split/1
// leaves out the three that Unicode marks <noBreak> (U+00A0, U+2007, U+202F), as Elixir does.
// Each returns the byte length of the whitespace at the front (back) of s, 0 if none.
struct Whitespace {
  std::vector<std::string> all, breaking;
  Whitespace() {
    std::vector<uint32_t> cps = {0x09, 0x0A,   0x0B,   0x0C,   0x0D,   0x20,   0x85,
                                 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
    for (uint32_t c = 0x2000; c <= 0x200A; ++c) cps.push_back(c);
    for (uint32_t c : cps) {
      std::string bytes;
      put_utf8(bytes, c);
      all.push_back(bytes);
      if (c != 0xA0 && c != 0x2007 && c != 0x202F) breaking.push_back(bytes);
    }
  }
};
const Whitespace& whitespace() {
  static const Whitespace w;
  return w;
}
size_t ws_front(std::string_view s, bool breaking_only = false) {
  const Whitespace& w = whitespace();
  for (const std::string& b : breaking_only ? w.breaking : w.all)
    if (s.starts_with(b)) return b.size();
  return 0;
}
size_t ws_back(std::string_view s) {
  for (const std::string& b : whitespace().all)
    if (s.ends_with(b)) return b.size();
  return 0;
}

// [SECTION] Case mapping, as Elixir 1.14's String.Unicode: Unicode's mappings (UnicodeData's
// simple ones, replaced by SpecialCasing's unconditional ones: ß -> SS, ﬁ -> Fi), generated
// into case_table.inc by scripts/gen-case.py; the conditional ones by mode here: Turkic's
// dotted and dotless i (:turkic), Greek's final sigma (:greek); :ascii maps a-z/A-Z only.
struct CaseRun {
  uint32_t first, last;  // every `step`-th code point from first to last maps to cp + delta
  int32_t delta;
  uint32_t step;
};
struct CaseString {  // a code point that maps to several (or to one, overriding the runs)
  uint32_t cp;
  const char* utf8;
};
struct CpRange {
  uint32_t first, last;
};
#include "taskplay/lang/case_table.inc"

template <size_t N>
bool in_ranges(const CpRange (&rs)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(rs), std::end(rs), cp,
                             [](uint32_t c, const CpRange& r) { return c < r.first; });
  return it != std::begin(rs) && cp <= std::prev(it)->last;
}

enum class Case { upper, lower, title };
enum class CaseMode { normal, ascii, greek, turkic };

// cp's mapping appended to out (cp itself when it has none)
template <size_t R, size_t S>
void append_mapped(std::string& out, uint32_t cp, const CaseRun (&runs)[R],
                   const CaseString (&strings)[S]) {
  auto s = std::lower_bound(std::begin(strings), std::end(strings), cp,
                            [](const CaseString& x, uint32_t c) { return x.cp < c; });
  if (s->cp == cp) {
    out += s->utf8;
    return;
  }
  auto r = std::upper_bound(std::begin(runs), std::end(runs), cp,
                            [](uint32_t c, const CaseRun& x) { return c < x.first; });
  if (r != std::begin(runs) && cp <= std::prev(r)->last &&
      (cp - std::prev(r)->first) % std::prev(r)->step == 0) {
    put_utf8(out, static_cast<uint32_t>(static_cast<int32_t>(cp) + std::prev(r)->delta));
    return;
  }
  put_utf8(out, cp);
}

// Greek's final sigma: Σ after a cased letter and not before one (case-ignorable characters
// between are skipped both ways), as Elixir's :greek downcase decides
bool final_sigma(const std::vector<std::string_view>& cs, size_t i, const std::string& out) {
  auto cased_at = [&](uint32_t cp) { return in_ranges(kCased, cp); };
  bool after_cased = false;
  // what is already written: walk it back code point by code point
  for (size_t end = out.size(); end > 0;) {
    size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(out[start]) & 0xC0) == 0x80) --start;
    uint32_t cp = decode_cp(std::string_view(out).substr(start, end - start));
    if (!in_ranges(kIgnorable, cp)) {
      after_cased = cased_at(cp);
      break;
    }
    end = start;
  }
  if (!after_cased) return false;
  for (size_t k = i + 1; k < cs.size(); ++k) {
    if (!valid_char(cs[k])) return true;
    uint32_t cp = decode_cp(cs[k]);
    if (!in_ranges(kIgnorable, cp)) return !cased_at(cp);
  }
  return true;
}

std::string map_case(std::string_view s, Case how, CaseMode mode) {
  std::string out;
  out.reserve(s.size());
  if (mode == CaseMode::ascii) {
    for (char ch : s)
      out += how == Case::lower ? (ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch)
                                : (ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 32) : ch);
    return out;
  }
  const bool turkic = mode == CaseMode::turkic;
  auto cs = chars(s);
  for (size_t i = 0; i < cs.size(); ++i) {
    std::string_view c = cs[i];
    if (!valid_char(c)) {
      out += c;
      continue;
    }
    uint32_t cp = decode_cp(c);
    if (how == Case::lower) {
      if (cp == 0x130 || (cp == 'I' && i + 1 < cs.size() && cs[i + 1] == "\xCC\x87")) {
        out += turkic ? "i" : "i\xCC\x87";  // İ (or I and a combining dot above)
        if (cp == 'I') ++i;
      } else if (cp == 'I') {
        out += turkic ? "\xC4\xB1" : "i";  // ı
      } else if (cp == 0x3A3) {            // Σ
        out += mode == CaseMode::greek && final_sigma(cs, i, out) ? "\xCF\x82" : "\xCF\x83";
      } else {
        append_mapped(out, cp, kCase_lower, kCaseStrings_lower);
      }
    } else if (cp == 'i') {
      out += turkic ? "\xC4\xB0" : "I";
    } else if (how == Case::upper) {
      append_mapped(out, cp, kCase_upper, kCaseStrings_upper);
    } else {
      append_mapped(out, cp, kCase_title, kCaseStrings_title);
    }
  }
  return out;
}

// upcase/downcase/capitalize's second argument: :default, :ascii, :greek or :turkic
CaseMode case_mode(const Term& t) {
  if (t.is_atom(Atom("default"))) return CaseMode::normal;
  if (t.is_atom(Atom("ascii"))) return CaseMode::ascii;
  if (t.is_atom(Atom("greek"))) return CaseMode::greek;
  if (t.is_atom(Atom("turkic"))) return CaseMode::turkic;
  throw NoClause{{RaiseKind::error, Term::tuple({Term::atom("badarg"), t}), Term()}};
}
Term upcase(Ctx&, Term* a) {
  return Term::string(map_case(str(a[0]), Case::upper, CaseMode::normal));
}
Term downcase(Ctx&, Term* a) {
  return Term::string(map_case(str(a[0]), Case::lower, CaseMode::normal));
}
Term upcase_mode(Ctx&, Term* a) {
  return Term::string(map_case(str(a[0]), Case::upper, case_mode(a[1])));
}
Term downcase_mode(Ctx&, Term* a) {
  return Term::string(map_case(str(a[0]), Case::lower, case_mode(a[1])));
}
// the first code point in title case (upper case under :ascii), the rest downcased
Term capitalize_in(std::string_view s, CaseMode mode) {
  if (s.empty()) return Term::string("");
  auto cs = chars(s);
  std::string out = map_case(cs[0], mode == CaseMode::ascii ? Case::upper : Case::title, mode);
  out += map_case(s.substr(cs[0].size()), Case::lower, mode);
  return Term::string(out);
}
Term capitalize(Ctx&, Term* a) { return capitalize_in(str(a[0]), CaseMode::normal); }
Term capitalize_mode(Ctx&, Term* a) {
  CaseMode mode = case_mode(a[1]);
  return capitalize_in(str(a[0]), mode);
}
Term length(Ctx&, Term* a) {
  return Term::integer(static_cast<int64_t>(graphemes_of(str(a[0])).size()));
}
Term reverse(Ctx&, Term* a) {
  auto cs = graphemes_of(str(a[0]));
  std::string out;
  for (auto it = cs.rbegin(); it != cs.rend(); ++it) out += *it;
  return Term::string(out);
}
std::string_view trimmed_leading(std::string_view s) {
  while (size_t n = ws_front(s)) s.remove_prefix(n);
  return s;
}
std::string_view trimmed_trailing(std::string_view s) {
  while (size_t n = ws_back(s)) s.remove_suffix(n);
  return s;
}
Term trim(Ctx&, Term* a) { return Term::string(trimmed_trailing(trimmed_leading(str(a[0])))); }
Term trim_leading(Ctx&, Term* a) { return Term::string(trimmed_leading(str(a[0]))); }
Term trim_trailing(Ctx&, Term* a) { return Term::string(trimmed_trailing(str(a[0]))); }
Term split1(Ctx&, Term* a) {
  std::string_view s = str(a[0]);
  std::vector<Term> out;
  size_t i = 0, start = 0;
  while (i < s.size()) {
    if (size_t n = ws_front(s.substr(i), true)) {
      if (i > start) out.push_back(Term::string(s.substr(start, i - start)));
      i += n;
      start = i;
    } else {
      ++i;
    }
  }
  if (i > start) out.push_back(Term::string(s.substr(start, i - start)));
  return Term::list(out);
}
Term split2(Ctx& ctx, Term* a) {
  if (is_regex(a[1])) return regex_split(ctx, a[1], a[0], Term());
  std::string_view s = str(a[0]);
  std::vector<Term> out;
  if (a[1].is_binary() && a[1].binary().empty()) {
    for (auto c : graphemes_of(s)) out.push_back(Term::string(c));
    out.push_back(Term::string(""));
    out.insert(out.begin(), Term::string(""));
    return Term::list(out);
  }
  // one pattern or a list of them: at each place the earliest match, the longest there
  std::vector<std::string_view> patterns;
  const Term& pattern = uncompiled_pattern(a[1]);
  if (pattern.is_list()) {
    for (const Term* c = &pattern; c->is_cons(); c = &c->tail()) patterns.push_back(str(c->head()));
    if (patterns.empty()) return Term::list({a[0]});
  } else {
    patterns.push_back(str(pattern));
  }
  for (std::string_view p : patterns)
    if (p.empty()) badarg();
  size_t start = 0;
  while (true) {
    size_t at = std::string_view::npos, len = 0;
    for (std::string_view p : patterns) {
      size_t f = s.find(p, start);
      if (f != std::string_view::npos && (f < at || (f == at && p.size() > len))) {
        at = f;
        len = p.size();
      }
    }
    if (at == std::string_view::npos) {
      out.push_back(Term::string(s.substr(start)));
      break;
    }
    out.push_back(Term::string(s.substr(start, at - start)));
    start = at + len;
  }
  return Term::list(out);
}
Term contains(Ctx&, Term* a) {
  std::string_view s = str(a[0]);
  const Term& pattern = uncompiled_pattern(a[1]);
  if (pattern.is_list()) {
    for (const Term& p : pattern.list_items())
      if (s.find(str(p)) != std::string_view::npos) return Term(atoms::true_);
    return Term(atoms::false_);
  }
  return Term::boolean(s.find(str(pattern)) != std::string_view::npos);
}
// a prefix (suffix) or a list of them, any of which will do
template <class Test>
Term any_affix(const Term& affixes, Test test) {
  if (!affixes.is_list()) return Term::boolean(test(str(affixes)));
  for (const Term* c = &affixes; c->is_cons(); c = &c->tail())
    if (test(str(c->head()))) return Term(atoms::true_);
  return Term(atoms::false_);
}
Term starts_with(Ctx&, Term* a) {
  std::string_view s = str(a[0]);
  return any_affix(a[1], [&](std::string_view p) { return s.substr(0, p.size()) == p; });
}
Term ends_with(Ctx&, Term* a) {
  std::string_view s = str(a[0]);
  return any_affix(a[1], [&](std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
  });
}
// :taskplay.string_replace(subject, pattern, replacement): every match of one string by
// another (String.replace/3's common case; the prelude sends regexes, lists of patterns and
// functions elsewhere)
Term replace(Ctx& ctx, Term* a) {
  std::string_view s = str(a[0]), from = str(a[1]), to = str(a[2]);
  if (from.empty()) return a[0];
  std::string out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(from, start);
    if (at == std::string_view::npos) break;
    out += s.substr(start, at - start);
    out += to;
    start = at + from.size();
  }
  out += s.substr(start);
  return Term::string(out);
}
Term slice(Ctx&, Term* a) {
  auto cs = graphemes_of(str(a[0]));
  int64_t start = clause_int(a[1]), len = clause_int(a[2], 0);
  auto n = static_cast<int64_t>(cs.size());
  if (start < 0) start = std::max<int64_t>(start + n, 0);
  if (start > n) return Term::string("");
  std::string out;
  for (int64_t i = start; i < std::min(n, start + len); ++i) out += cs[static_cast<size_t>(i)];
  return Term::string(out);
}
Term at(Ctx&, Term* a) {
  auto cs = graphemes_of(str(a[0]));
  int64_t i = clause_int(a[1]);
  auto n = static_cast<int64_t>(cs.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return Term(atoms::nil);
  return Term::string(cs[static_cast<size_t>(i)]);
}
Term first(Ctx&, Term* a) {
  auto cs = graphemes_of(str(a[0]));
  return cs.empty() ? Term(atoms::nil) : Term::string(cs.front());
}
Term last(Ctx&, Term* a) {
  auto cs = graphemes_of(str(a[0]));
  return cs.empty() ? Term(atoms::nil) : Term::string(cs.back());
}
Term graphemes(Ctx&, Term* a) {
  std::vector<Term> out;
  for (auto c : graphemes_of(str(a[0]))) out.push_back(Term::string(c));
  return Term::list(out);
}
Term codepoints(Ctx&, Term* a) {
  std::vector<Term> out;
  for (auto c : chars(str(a[0]))) out.push_back(Term::string(c));
  return Term::list(out);
}
// `fs`: the padding's graphemes, or the strings of a list given as the padding (each counts
// as one grapheme, as in Elixir: "abc" to 6 with ["1", "23"] is "1231abc"); `bad`: the
// list's first element that is no string, which fails only when the padding reaches it
Term pad(Ctx& ctx, Term* a, bool leading, const std::vector<std::string_view>& fs,
         const Term* bad = nullptr) {
  auto cs = graphemes_of(str(a[0]));
  int64_t n = clause_int(a[1], 0);
  if (fs.empty() && !bad)  // Elixir's clauses take a non-empty padding only
    no_clause(S, leading ? "pad_leading" : "pad_trailing", {a[0], a[1], a[2]});
  if (n > static_cast<int64_t>(cs.size())) {  // the result's bytes, before making them
    auto extra = static_cast<uint64_t>(n - static_cast<int64_t>(cs.size()));
    if (bad && extra > fs.size())
      raise_argument_error("expected a string padding element, got: " + inspect(*bad));
    size_t widest = 1;
    for (std::string_view f : fs) widest = std::max(widest, f.size());
    uint64_t bytes = extra * widest + a[0].binary().size();
    need_heap(ctx, words_of_bytes(bytes));
    charge(ctx, bytes / 64);
  }
  // the padding's units over and over, cut at the count ("-=" to 3: "-=-")
  std::string padding;
  for (int64_t i = static_cast<int64_t>(cs.size()), k = 0; i < n; ++i, ++k)
    padding += fs[static_cast<size_t>(k) % fs.size()];
  std::string s(a[0].binary());
  return Term::string(leading ? padding + s : s + padding);
}
// pad_leading/3 and pad_trailing/3: the padding a string or a list of strings
Term pad_with(Ctx& c, Term* a, bool leading) {
  if (!a[2].is_list()) return pad(c, a, leading, graphemes_of(str(a[2])));
  std::vector<std::string_view> units;
  const Term* l = &a[2];
  for (; l->is_cons() && l->head().is_binary(); l = &l->tail()) units.push_back(l->head().binary());
  return pad(c, a, leading, units, l->is_cons() ? &l->head() : nullptr);
}
Term pad_leading2(Ctx& c, Term* a) { return pad(c, a, true, {" "}); }
Term pad_leading3(Ctx& c, Term* a) { return pad_with(c, a, true); }
Term pad_trailing2(Ctx& c, Term* a) { return pad(c, a, false, {" "}); }
Term pad_trailing3(Ctx& c, Term* a) { return pad_with(c, a, false); }
Term to_charlist(Ctx&, Term* a) {
  str(a[0]);
  return chardata_to_charlist(a[0]);
}

Term printable2(Ctx&, Term* a) {
  str(a[0]);
  int limit = a[1].is_atom(atoms::infinity) ? InspectOpts::kInfinity
              : a[1].is_small_int() && a[1].small_int() >= 0
                  ? static_cast<int>(std::min<int64_t>(a[1].small_int(), InspectOpts::kInfinity))
                  : -1;
  if (limit < 0) badarg();
  return Term::boolean(printable_string(a[0].binary(), limit));
}
// String.valid?/1: UTF-8 throughout (no surrogates, no overlong forms)
Term valid(Ctx&, Term* a) {
  if (a[0].is_bitstring() && !a[0].is_binary()) return Term(atoms::false_);
  std::string_view s = str(a[0]);
  uint32_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    auto len = static_cast<size_t>(next_code_point(s, i, cp));
    if (len == 0) return Term(atoms::false_);
    i += len;
  }
  return Term(atoms::true_);
}

// The first match of any of `patterns` (the earliest; the longest at one place, as
// :binary.split/2 finds it): {before, after}, or nil.
Term split_once(Ctx&, Term* a) {
  std::string_view s = str(a[0]);
  size_t best = std::string_view::npos, best_len = 0;
  for (const Term* c = &a[1]; c->is_cons(); c = &c->tail()) {
    std::string_view p = str(c->head());
    if (p.empty()) badarg();
    size_t at = s.find(p);
    if (at == std::string_view::npos) continue;
    if (at < best || (at == best && p.size() > best_len)) {
      best = at;
      best_len = p.size();
    }
  }
  if (best == std::string_view::npos) return Term(atoms::nil);
  return Term::tuple({Term::string(s.substr(0, best)), Term::string(s.substr(best + best_len))});
}

// [SECTION] IO
// --------------------------------------------------------------------------------------
std::string chardata(const Term& t) {
  std::string s;
  if (!to_string_term(t, s)) raise_no_string_chars(t);
  return s;
}
// :stdio and :stderr, Erlang's names for them, :user, and a pid (the group leader's)
bool device_is_stderr(const Term& d) {
  if (d.is_atom(Atom("stderr")) || d.is_atom(Atom("standard_error"))) return true;
  if (d.is_atom(Atom("stdio")) || d.is_atom(Atom("standard_io")) || d.is_atom(Atom("user")) ||
      d.is_pid())
    return false;
  badarg();
}
// :taskplay.io_write(device, chardata): IO.write/2 and :io.put_chars/2 on the host's output
Term write2(Ctx& c, Term* a) {
  bool err = device_is_stderr(a[0]);
  write_output(c, chardata(a[1]), err);
  return Term(atoms::ok);
}
// :taskplay.io_inspect(device, term, opts, custom): IO.inspect/3, the label, then the term
// laid out at the options' width (IO.inspect always lays out; :pretty only matters to
// Kernel.inspect/2); `custom` as for :taskplay.inspect/3
Term io_inspect(Ctx& c, Term* a) {
  if (!a[2].is_list()) badarg();
  InspectOpts o = inspect_opts(a[2]);
  if (a[3].is_map()) o.custom = &a[3];
  std::string s;
  // a label that is nil or false is none (IO.inspect tests it for truth)
  if (const Term* l = keyword_get(a[2], Atom("label"));
      l && !l->is_atom(atoms::nil) && !l->is_atom(atoms::false_))
    s = chardata(*l) + ": ";
  write_output(c, s + inspect_at(a[1], o.width, o) + "\n", device_is_stderr(a[0]));
  return a[1];
}
// :taskplay.puts(device, chardata): IO.puts/2 once String.Chars has had its say
Term puts(Ctx& c, Term* a) {
  write_output(c, chardata(a[1]) + "\n", device_is_stderr(a[0]));
  return Term(atoms::ok);
}
constexpr Native kTable[] = {
    guarded<"upcase", 1, upcase, 2>(),
    guarded<"downcase", 1, downcase, 2>(),
    guarded<"capitalize", 1, capitalize, 2>(),
    guarded<"upcase", 2, upcase_mode>(),
    guarded<"downcase", 2, downcase_mode>(),
    guarded<"capitalize", 2, capitalize_mode>(),
    guarded<"length", 1, length>(),
    guarded<"reverse", 1, reverse>(),
    guarded<"trim", 1, trim>(),
    guarded<"trim_leading", 1, trim_leading>(),
    guarded<"trim_trailing", 1, trim_trailing>(),
    guarded<"split", 1, split1>(),
    guarded<"split", 2, split2, 3>(),
    guarded<"contains?", 2, contains>(),
    guarded<"starts_with?", 2, starts_with>(),
    guarded<"ends_with?", 2, ends_with>(),
    {"taskplay", "string_replace", 3, replace, nullptr},
    guarded<"slice", 3, slice>(),
    guarded<"at", 2, at>(),
    guarded<"first", 1, first>(),
    guarded<"last", 1, last>(),
    guarded<"graphemes", 1, graphemes>(),
    guarded<"codepoints", 1, codepoints>(),
    guarded<"pad_leading", 2, pad_leading2, 3>(),
    guarded<"pad_leading", 3, pad_leading3>(),
    guarded<"pad_trailing", 2, pad_trailing2, 3>(),
    guarded<"pad_trailing", 3, pad_trailing3>(),
    guarded<"to_charlist", 1, to_charlist>(),
    {S, "printable?", 2, printable2, nullptr},
    {"taskplay", "split_once", 2, split_once, nullptr},
    guarded<"valid?", 1, valid>(),
    {"taskplay", "puts", 2, puts, nullptr},
    {"taskplay", "io_write", 2, write2, nullptr},
    {"taskplay", "io_inspect", 4, io_inspect, nullptr},
};

}  // namespace

std::span<const Native> string_natives() { return kTable; }

}  // namespace taskplay::lang
