// Elixir 1.14's Base: encode16/32/64, hex_encode32, url_encode64 and their decoders (with
// the bang forms), the options :case, :padding and :ignore, and Base's own error messages.
// A decoder reads the text as Base does: all but the last group of eight characters
// first (a bad character there is reported before anything about the end), then the end
// against the shapes a padded (or, with padding: false, unpadded) text may end in.

#include <span>

#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view M = "Elixir.Base";

struct Alphabet {
  std::string_view upper;  // the characters in value order; lower-case is derived
  int bits;                // bits a character carries: 4, 5 or 6
  bool has_case;           // takes case: (16 and 32) or not (64)
};
constexpr Alphabet kB16{"0123456789ABCDEF", 4, true};
constexpr Alphabet kB32{"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 5, true};
constexpr Alphabet kHex32{"0123456789ABCDEFGHIJKLMNOPQRSTUV", 5, true};
constexpr Alphabet kB64{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 6,
                        false};
constexpr Alphabet kUrl64{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 6,
                          false};

enum class Case { upper, lower, mixed };

// :case from the options; a value Base's `case` does not know is its CaseClauseError
Case case_option(const Term& opts, bool mixed_allowed) {
  const Term* c = keyword_get(opts, Atom("case"));
  if (!c || c->is_atom(Atom("upper"))) return Case::upper;
  if (c->is_atom(Atom("lower"))) return Case::lower;
  if (mixed_allowed && c->is_atom(Atom("mixed"))) return Case::mixed;
  throw Raised{RaiseKind::error, Term::tuple({Term::atom("case_clause"), *c}), Term()};
}
bool padding_option(const Term& opts) {
  const Term* p = keyword_get(opts, Atom("padding"));
  return !p || !p->is_atom(atoms::false_);
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The group sizes: 16 packs 1 byte in 2 characters, 32 5 bytes in 8, 64 3 bytes in 4.
size_t group_chars(const Alphabet& a) { return a.bits == 4 ? 2 : a.bits == 5 ? 8 : 4; }

std::string encode(std::string_view data, const Alphabet& a, Case c, bool pad) {
  std::string out;
  uint32_t acc = 0;
  int have = 0;
  auto put = [&](uint32_t v) {
    char ch = a.upper[v];
    out += c == Case::lower ? lower(ch) : ch;
  };
  for (unsigned char byte : data) {
    acc = (acc << 8) | byte;
    have += 8;
    while (have >= a.bits) {
      have -= a.bits;
      put((acc >> have) & ((1u << a.bits) - 1));
    }
    acc &= (1u << have) - 1;
  }
  if (have > 0) put((acc << (a.bits - have)) & ((1u << a.bits) - 1));
  if (pad)
    while (out.size() % group_chars(a) != 0) out += '=';
  return out;
}

[[noreturn]] void non_alphabet(char c) {
  auto byte = static_cast<unsigned char>(c);
  InspectOpts as_strings;  // inspect(<<byte>>, binaries: :as_strings), as Base does
  as_strings.binaries = InspectOpts::Binaries::as_strings;
  raise_argument_error(
      "non-alphabet character found: " + inspect(Term::string(std::string(1, c)), as_strings) +
      " (byte " + std::to_string(byte) + ")");
}

// The value of each character (a non-alphabet one is Base's error)
std::vector<uint8_t> values(std::string_view text, const Alphabet& a, Case c) {
  std::vector<uint8_t> out;
  for (char ch : text) {
    size_t v = std::string_view::npos;
    for (size_t k = 0; k < a.upper.size() && v == std::string_view::npos; ++k) {
      char u = a.upper[k];
      if (c == Case::upper   ? u == ch
          : c == Case::lower ? lower(u) == ch
                             : u == ch || lower(u) == ch)
        v = k;
    }
    if (v == std::string_view::npos) non_alphabet(ch);
    out.push_back(static_cast<uint8_t>(v));
  }
  return out;
}

void pack(const std::vector<uint8_t>& vals, int bits, std::string& out) {
  uint32_t acc = 0;
  int have = 0;
  for (uint8_t v : vals) {
    acc = (acc << bits) | v;
    have += bits;
    if (have >= 8) {
      have -= 8;
      out += static_cast<char>((acc >> have) & 0xFF);
    }
    acc &= (1u << have) - 1;
  }
}

// The shapes Base tries for the last group, in its order: {characters, how many of them
// are '='}; the unpadded ones only with padding: false.
struct Shape {
  size_t size, pads;
  bool unpadded;
};
constexpr Shape k32Ends[] = {{8, 6, false}, {8, 4, false}, {8, 3, false},
                             {8, 1, false}, {8, 0, false}, {2, 0, true},
                             {4, 0, true},  {5, 0, true},  {7, 0, true}};
constexpr Shape k64Ends[] = {{4, 2, false}, {4, 1, false}, {4, 0, false}, {8, 2, false},
                             {8, 1, false}, {8, 0, false}, {2, 0, true},  {3, 0, true},
                             {6, 0, true},  {7, 0, true}};

std::string decode(std::string_view text, const Alphabet& a, Case c, bool pad) {
  std::string out;
  if (a.bits == 4) {
    if (text.size() % 2 != 0)
      raise_argument_error(
          "string given to decode has wrong length. An even number of bytes was expected, "
          "got: " +
          std::to_string(text.size()) +
          ". Double check your string for unwanted characters or pad it accordingly");
    pack(values(text, a, c), 4, out);
    return out;
  }
  if (text.empty()) return out;
  size_t main = ((text.size() + 7) / 8 - 1) * 8;
  pack(values(text.substr(0, main), a, c), a.bits, out);
  std::string_view rest = text.substr(main);
  std::span<const Shape> ends = a.bits == 5 ? std::span<const Shape>(k32Ends) : k64Ends;
  for (const Shape& e : ends) {
    if (e.size != rest.size() || (e.unpadded && pad)) continue;
    if (rest.substr(e.size - e.pads).find_first_not_of('=') != std::string_view::npos) continue;
    pack(values(rest.substr(0, e.size - e.pads), a, c), a.bits, out);
    return out;
  }
  raise_argument_error("incorrect padding");
}

std::string without_whitespace(std::string_view s) {
  std::string out;
  for (char ch : s)
    if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') out += ch;
  return out;
}

// Base.name(data, opts): the FunctionClauseError of name/2 for a non-binary
std::string_view binary_arg(Term* a, uint32_t arity, const char* name) {
  if (!a[0].is_binary() || (arity == 2 && !a[1].is_list()))
    no_clause(M, name, {a[0], arity == 2 ? a[1] : Term()});
  return a[0].binary();
}

template <const Alphabet& A, uint32_t arity>
Term encode_fn(Ctx& ctx, Term* a) {
  static const char* name = &A == &kB16     ? "encode16"
                            : &A == &kB32   ? "encode32"
                            : &A == &kHex32 ? "hex_encode32"
                            : &A == &kB64   ? "encode64"
                                            : "url_encode64";
  std::string_view data = binary_arg(a, arity, name);
  Term opts = arity == 2 ? a[1] : Term();
  need_heap(ctx, words_of_bytes(data.size() * 2 + 8));
  charge(ctx, data.size() / 64);
  Case c = A.has_case ? case_option(opts, false) : Case::upper;
  return Term::string(encode(data, A, c, A.bits != 4 && padding_option(opts)));
}

enum class Failure { raise, error };

template <const Alphabet& A, uint32_t arity, Failure F>
Term decode_fn(Ctx& ctx, Term* a) {
  static const char* names[2][5] = {
      {"decode16!", "decode32!", "hex_decode32!", "decode64!", "url_decode64!"},
      {"decode16", "decode32", "hex_decode32", "decode64", "url_decode64"}};
  int k = &A == &kB16 ? 0 : &A == &kB32 ? 1 : &A == &kHex32 ? 2 : &A == &kB64 ? 3 : 4;
  std::string_view text = binary_arg(a, arity, names[F == Failure::error][k]);
  Term opts = arity == 2 ? a[1] : Term();
  charge(ctx, text.size() / 64);
  Case c = A.has_case ? case_option(opts, true) : Case::upper;
  std::string input(text);
  if (!A.has_case) {
    const Term* ignore = keyword_get(opts, Atom("ignore"));
    if (ignore && !ignore->is_atom(atoms::nil)) {
      if (!ignore->is_atom(Atom("whitespace")))
        no_clause(M, "remove_ignored", {Term::string(text), *ignore});
      input = without_whitespace(text);
    }
  }
  bool pad = A.bits != 4 && padding_option(opts);
  if (F == Failure::raise) return Term::string(decode(input, A, c, pad));
  try {
    return Term::tuple({Term(atoms::ok), Term::string(decode(input, A, c, pad))});
  } catch (const Raised&) {
    return Term(atoms::error);
  }
}

#define TP_BASE(alphabet, enc, dec)                                                           \
  {M, enc, 1, encode_fn<alphabet, 1>, nullptr}, {M, enc, 2, encode_fn<alphabet, 2>, nullptr}, \
      {M, dec, 1, decode_fn<alphabet, 1, Failure::error>, nullptr},                           \
      {M, dec, 2, decode_fn<alphabet, 2, Failure::error>, nullptr},                           \
      {M, dec "!", 1, decode_fn<alphabet, 1, Failure::raise>, nullptr}, {                     \
    M, dec "!", 2, decode_fn<alphabet, 2, Failure::raise>, nullptr                            \
  }

constexpr Native kTable[] = {
    TP_BASE(kB16, "encode16", "decode16"),           TP_BASE(kB32, "encode32", "decode32"),
    TP_BASE(kHex32, "hex_encode32", "hex_decode32"), TP_BASE(kB64, "encode64", "decode64"),
    TP_BASE(kUrl64, "url_encode64", "url_decode64"),
};
#undef TP_BASE

}  // namespace

std::span<const Native> base_natives() { return kTable; }

}  // namespace taskplay::lang
