#include "taskplay/lang/regex.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <unordered_map>

#include "taskplay/errors.hpp"

namespace taskplay::lang::regex {

namespace {

// The newline convention, above PCRE2's own option bits in `flags`.
constexpr int kNewlineShift = 32;
uint64_t newline_flag(uint32_t nl) { return uint64_t{nl} << kNewlineShift; }

// [SECTION] Character tables ------------------------------------------------------------
// OTP builds PCRE with tables for ISO-8859-1, so without `u` the bytes 128-255 are Latin-1
// characters: \w matches 0xC3, [[:upper:]] 0xC0-0xDE, `i` pairs 0xC9 with 0xE9. The sets
// below were measured with real :re, byte by byte; the layout is PCRE2's
// (pcre2_maketables): lower case, flipped case, ten class bitmaps, the type flags.
bool l1_upper(int c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool l1_lower(int c) {
  return (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c != 0xF7);
}
bool l1_digit(int c) { return c >= '0' && c <= '9'; }
bool l1_alpha(int c) { return l1_upper(c) || l1_lower(c); }
bool l1_alnum(int c) { return l1_alpha(c) || l1_digit(c); }
bool l1_space(int c) { return (c >= 9 && c <= 13) || c == ' '; }
bool l1_xdigit(int c) { return l1_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool l1_cntrl(int c) { return c < 32 || (c >= 127 && c < 160); }
bool l1_print(int c) { return (c >= 32 && c < 127) || c >= 160; }
bool l1_graph(int c) { return l1_print(c) && c != ' '; }
bool l1_punct(int c) { return l1_graph(c) && !l1_alnum(c); }
// the case pairs: A-Z, 0xC0-0xDE (but 0xD7) with their lower case 32 above
int l1_tolower(int c) { return l1_upper(c) ? c + 32 : c; }
int l1_toupper(int c) {
  return ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) ? c - 32 : c;
}

const uint8_t* latin1_tables() {
  static const std::array<uint8_t, 1088> t = [] {
    std::array<uint8_t, 1088> a{};
    for (int c = 0; c < 256; ++c) {
      a[c] = static_cast<uint8_t>(l1_tolower(c));
      a[256 + c] = static_cast<uint8_t>(l1_lower(c) ? l1_toupper(c) : l1_tolower(c));
      auto set = [&](int cls, bool on) {
        if (on) a[512 + cls + c / 8] |= static_cast<uint8_t>(1u << (c & 7));
      };
      set(0, l1_space(c));
      set(32, l1_xdigit(c));
      set(64, l1_digit(c));
      set(96, l1_upper(c));
      set(128, l1_lower(c));
      set(160, l1_alnum(c) || c == '_');
      set(192, l1_graph(c));
      set(224, l1_print(c));
      set(256, l1_punct(c));
      set(288, l1_cntrl(c));
      a[832 + c] = static_cast<uint8_t>((l1_space(c) ? 0x01 : 0) | (l1_alpha(c) ? 0x02 : 0) |
                                        (l1_lower(c) ? 0x04 : 0) | (l1_digit(c) ? 0x08 : 0) |
                                        (l1_alnum(c) || c == '_' ? 0x10 : 0));
    }
    return a;
  }();
  return t.data();
}

// [SECTION] Compile errors --------------------------------------------------------------
// PCRE2's error numbers with the text PCRE 8.44 (OTP 25's :re) gives for the same mistake,
// measured with Regex.compile/1; others keep PCRE2's own text.
std::string pcre1_message(int code) {
  switch (code) {
    case PCRE2_ERROR_END_BACKSLASH:
      return "\\ at end of pattern";
    case PCRE2_ERROR_QUANTIFIER_OUT_OF_ORDER:
      return "numbers out of order in {} quantifier";
    case PCRE2_ERROR_QUANTIFIER_TOO_BIG:
      return "number too big in {} quantifier";
    case PCRE2_ERROR_MISSING_SQUARE_BRACKET:
      return "missing terminating ] for character class";
    case PCRE2_ERROR_CLASS_RANGE_ORDER:
      return "range out of order in character class";
    case PCRE2_ERROR_QUANTIFIER_INVALID:
      return "nothing to repeat";
    case PCRE2_ERROR_INVALID_AFTER_PARENS_QUERY:
      return "unrecognized character after (? or (?-";
    case PCRE2_ERROR_MISSING_CLOSING_PARENTHESIS:
      return "missing )";
    case PCRE2_ERROR_BAD_SUBPATTERN_REFERENCE:
      return "reference to non-existent subpattern";
    case PCRE2_ERROR_UNMATCHED_CLOSING_PARENTHESIS:
      return "unmatched parentheses";
    case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH:
      return "lookbehind assertion is not fixed length";
    case PCRE2_ERROR_UNKNOWN_POSIX_CLASS:
      return "unknown POSIX class name";
    case PCRE2_ERROR_UNSUPPORTED_ESCAPE_SEQUENCE:
      return "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u";
    case PCRE2_ERROR_DUPLICATE_SUBPATTERN_NAME:
      return "two named subpatterns have the same name";
    case PCRE2_ERROR_SUBPATTERN_NAME_EXPECTED:
    case PCRE2_ERROR_INVALID_SUBPATTERN_NAME:
      return "group name must start with a non-digit";
    case PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY:
    case PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY:
      return "unknown property name after \\P or \\p";
    case PCRE2_ERROR_MISSING_COMMENT_CLOSING:
      return "missing ) after comment";
    case PCRE2_ERROR_MISSING_NAME_TERMINATOR:
      return "syntax error in subpattern name (missing terminator)";
    case PCRE2_ERROR_CODE_POINT_TOO_BIG:
      return "character value in \\x{} or \\o{} is too large";
    case PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS:
      return "digits missing in \\x{} or \\o{}";
    default: {
      PCRE2_UCHAR buf[256];
      int n = pcre2_get_error_message(code, buf, sizeof buf);
      return n > 0 ? std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(n))
                   : "regex could not be compiled";
    }
  }
}

// Where PCRE puts the error PCRE2 reports at `at`: for a few errors they point at
// different ends of the same construct (measured side by side).
size_t pcre1_offset(int code, std::string_view src, size_t at) {
  auto word = [&](size_t i) {
    auto c = static_cast<unsigned char>(i < src.size() ? src[i] : 0);
    return std::isalnum(c) || c == '_';
  };
  switch (code) {
    case PCRE2_ERROR_DUPLICATE_SUBPATTERN_NAME:
    case PCRE2_ERROR_UNSUPPORTED_ESCAPE_SEQUENCE:
    case PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY:
    case PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY:
      return at > 0 ? at - 1 : at;
    case PCRE2_ERROR_MISSING_OCTAL_OR_HEX_DIGITS:
      return at > 1 ? at - 2 : at;
    case PCRE2_ERROR_BAD_SUBPATTERN_REFERENCE:               // PCRE: the end of the name or number
      if (at < src.size() && src[at] == '}') return at + 1;  // \g{5}
      while (word(at)) ++at;
      return at;
    case PCRE2_ERROR_LOOKBEHIND_NOT_FIXED_LENGTH: {  // PCRE: the lookbehind's closing ")"
      int depth = 0;
      bool in_class = false;
      for (size_t i = at; i < src.size(); ++i) {
        char c = src[i];
        if (c == '\\') {
          ++i;
        } else if (in_class) {
          in_class = c != ']';
        } else if (c == '[') {
          in_class = true;
        } else if (c == '(') {
          ++depth;
        } else if (c == ')' && --depth == 0) {
          return i;
        }
      }
      return at;
    }
    default:
      return at;
  }
}

}  // namespace

// [SECTION] Compiled code and its cache ------------------------------------------------------

struct Code {
  pcre2_code* code = nullptr;
  pcre2_match_data* data = nullptr;
  uint32_t captures = 0;
  bool utf = false;
  bool crlf_newline = false;  // a CR LF pair counts as one newline when stepping
  std::vector<std::pair<std::string, uint32_t>> names;
  ~Code() {
    if (data) pcre2_match_data_free(data);
    if (code) pcre2_code_free(code);
  }
};

namespace {
// One thread: the cache is the program's. Bounded: past kMaxCached regexes it starts
// again (a program that builds regexes in a loop does not grow it for ever).
constexpr size_t kMaxCached = 512;
std::unordered_map<std::string, std::unique_ptr<Code>>& cache() {
  static std::unordered_map<std::string, std::unique_ptr<Code>> c;
  return c;
}
pcre2_match_context* match_context() {
  static pcre2_match_context* m = [] {
    pcre2_match_context* c = pcre2_match_context_create(nullptr);
    pcre2_set_match_limit(c, 10'000'000);  // :re's default match_limit
    return c;
  }();
  return m;
}
}  // namespace

bool parse_modifiers(std::string_view letters, uint64_t& flags, std::string& bad) {
  flags = 0;
  for (size_t i = 0; i < letters.size(); ++i) {
    switch (letters[i]) {
      case 'u':
        flags |= PCRE2_UTF | PCRE2_UCP;
        break;
      case 'i':
        flags |= PCRE2_CASELESS;
        break;
      case 'x':
        flags |= PCRE2_EXTENDED;
        break;
      case 'f':
        flags |= PCRE2_FIRSTLINE;
        break;
      case 'U':
      case 'r':  // deprecated spelling of U
        flags |= PCRE2_UNGREEDY;
        break;
      case 's':
        flags |= PCRE2_DOTALL | newline_flag(PCRE2_NEWLINE_ANYCRLF);
        break;
      case 'm':
        flags |= PCRE2_MULTILINE;
        break;
      default:
        bad.assign(letters.substr(i));
        return false;
    }
  }
  return true;
}

bool parse_options(const Term& list, uint64_t& flags) {
  flags = 0;
  const Term* c = &list;
  for (; c->is_cons(); c = &c->tail()) {
    const Term& o = c->head();
    if (o.is_tuple(2) && o[0].is_atom(Atom("newline")) && o[1].is_atom()) {
      const std::string& n = o[1].atom_value().name();
      uint32_t nl = n == "cr"        ? PCRE2_NEWLINE_CR
                    : n == "lf"      ? PCRE2_NEWLINE_LF
                    : n == "crlf"    ? PCRE2_NEWLINE_CRLF
                    : n == "anycrlf" ? PCRE2_NEWLINE_ANYCRLF
                    : n == "any"     ? PCRE2_NEWLINE_ANY
                                     : 0;
      if (!nl) return false;
      flags = (flags & 0xFFFFFFFFu) | newline_flag(nl);
      continue;
    }
    if (!o.is_atom()) return false;
    const std::string& n = o.atom_value().name();
    if (n == "unicode")
      flags |= PCRE2_UTF;
    else if (n == "ucp")
      flags |= PCRE2_UCP;
    else if (n == "caseless")
      flags |= PCRE2_CASELESS;
    else if (n == "extended")
      flags |= PCRE2_EXTENDED;
    else if (n == "firstline")
      flags |= PCRE2_FIRSTLINE;
    else if (n == "ungreedy")
      flags |= PCRE2_UNGREEDY;
    else if (n == "dotall")
      flags |= PCRE2_DOTALL;
    else if (n == "multiline")
      flags |= PCRE2_MULTILINE;
    else if (n == "dollar_endonly")
      flags |= PCRE2_DOLLAR_ENDONLY;
    else if (n == "anchored")
      flags |= PCRE2_ANCHORED;
    else if (n == "no_auto_capture")
      flags |= PCRE2_NO_AUTO_CAPTURE;
    else if (n == "dupnames")
      flags |= PCRE2_DUPNAMES;
    else
      return false;
  }
  return c->is_nil();
}

const Code* compile(std::string_view source, uint64_t flags, CompileFailure& failure) {
  std::string key(reinterpret_cast<const char*>(&flags), sizeof flags);
  key += source;
  auto& c = cache();
  auto it = c.find(key);
  if (it != c.end()) return it->second.get();
  static pcre2_compile_context* ctx = [] {
    pcre2_compile_context* x = pcre2_compile_context_create(nullptr);
    pcre2_set_character_tables(x, latin1_tables());
    return x;
  }();
  auto nl = static_cast<uint32_t>(flags >> kNewlineShift);
  pcre2_set_newline(ctx, nl ? nl : PCRE2_NEWLINE_LF);
  int err = 0;
  PCRE2_SIZE at = 0;
  pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                                 static_cast<uint32_t>(flags & 0xFFFFFFFFu), &err, &at, ctx);
  if (!re) {
    failure.message = pcre1_message(err);
    failure.offset = pcre1_offset(err, source, at);
    return nullptr;
  }
  auto code = std::make_unique<Code>();
  code->code = re;
  code->data = pcre2_match_data_create_from_pattern(re, nullptr);
  pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &code->captures);
  code->utf = (flags & PCRE2_UTF) != 0;
  code->crlf_newline =
      nl == PCRE2_NEWLINE_CRLF || nl == PCRE2_NEWLINE_ANY || nl == PCRE2_NEWLINE_ANYCRLF;
  uint32_t count = 0, entry = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &entry);
  pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < count; ++i) {
    const uint8_t* e = table + static_cast<size_t>(i) * entry;
    uint32_t number = (uint32_t{e[0]} << 8) | e[1];
    code->names.emplace_back(reinterpret_cast<const char*>(e + 2), number);
  }
  std::sort(code->names.begin(), code->names.end());
  if (c.size() >= kMaxCached) c.clear();
  return c.emplace(std::move(key), std::move(code)).first->second.get();
}

uint32_t capture_count(const Code& code) { return code.captures; }
const std::vector<std::pair<std::string, uint32_t>>& names(const Code& code) { return code.names; }

// [SECTION] Matching ---------------------------------------------------------------------

std::vector<Match> run(const Code& code, std::string_view subject, size_t offset, bool global,
                       size_t max, uint64_t& work) {
  std::vector<Match> out;
  work = 0;
  auto subj = reinterpret_cast<PCRE2_SPTR>(subject.data());
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(code.data);
  uint32_t check = 0;  // the subject's UTF-8 is checked once, on the first call
  uint32_t extra = 0;  // PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED: retrying after an empty match
  size_t at = offset;
  while (at <= subject.size() && out.size() < max) {
    int rc =
        pcre2_match(code.code, subj, subject.size(), at, check | extra, code.data, match_context());
    if (code.utf) check = PCRE2_NO_UTF_CHECK;
    if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_HEAPLIMIT) {
      // (a search that gives up is no match, as :re reports it without report_errors)
      if (!extra) {
        work += subject.size() - at;
        break;
      }
      // nothing non-empty here: step one character (a CR LF pair as one newline)
      size_t step = 1;
      if (code.utf)
        while (at + step < subject.size() &&
               (static_cast<unsigned char>(subject[at + step]) & 0xC0) == 0x80)
          ++step;
      if (code.crlf_newline && subject.substr(at, 2) == "\r\n") step = 2;
      at += step;
      extra = 0;
      continue;
    }
    if (rc < 0) {
      // a subject that is not UTF-8 for a Unicode regex (or an offset inside a character)
      raise(argument_error("argument error"));
    }
    Match m;
    m.groups = static_cast<uint32_t>(rc);
    m.spans.reserve(code.captures + 1);
    for (uint32_t g = 0; g <= code.captures; ++g) {
      PCRE2_SIZE s = ov[2 * g], e = ov[2 * g + 1];
      if (g >= static_cast<uint32_t>(rc) || s == PCRE2_UNSET)
        m.spans.emplace_back(-1, 0);
      else
        m.spans.emplace_back(static_cast<int64_t>(s), static_cast<int64_t>(e - s));
    }
    size_t start = ov[0], end = ov[1];
    work += end > at ? end - at : 1;
    out.push_back(std::move(m));
    if (!global) break;
    at = end;
    extra = end == start ? PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED : 0;
  }
  return out;
}

// [SECTION] The %Regex{} struct -------------------------------------------------------------

Term make_struct(std::string_view source, const Term& opts, const Code& code) {
  // re_pattern stands for the compiled code, in the shape :re gives it (its last element,
  // PCRE's serialised code on the BEAM, only marks it here: the code is in the cache)
  Term pattern =
      Term::tuple({Term::atom("re_pattern"), Term::integer(code.captures),
                   Term::integer(code.utf ? 1 : 0), Term::integer(0), Term::string("ERCP")});
  return taskplay::make_struct(
      Atom("Elixir.Regex"), {{Term::atom("opts"), opts},
                             {Term::atom("re_pattern"), pattern},
                             {Term::atom("re_version"),
                              Term::tuple({Term::string("8.44 2020-02-12"), Term::atom("little")})},
                             {Term::atom("source"), Term::string(source)}});
}

const Code& code_of(const Term& re) {
  const Term* source = re.map_get(Term::atom("source"));
  const Term* opts = re.map_get(Term::atom("opts"));
  uint64_t flags = 0;
  std::string bad;
  bool ok = source && opts && source->is_binary() &&
            (opts->is_binary() ? parse_modifiers(opts->binary(), flags, bad)
                               : parse_options(*opts, flags));
  CompileFailure f;
  const Code* code = ok ? compile(source->binary(), flags, f) : nullptr;
  if (!code) raise(argument_error("argument error"));
  return *code;
}

std::string escape(std::string_view s) {
  static constexpr std::string_view kSpecial = ".^$*+?()[]{}|#-\\\t\n\v\f\r ";
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (kSpecial.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace taskplay::lang::regex
