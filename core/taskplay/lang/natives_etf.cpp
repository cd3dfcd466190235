// The external term format, as OTP 25 writes and reads it: :erlang.term_to_binary/1,2,
// :erlang.binary_to_term/1,2 and :erlang.external_size/1,2, byte for byte the BEAM's for
// atoms (Latin-1 where they can be, else UTF-8, as minor version 1 does), integers (small,
// 32-bit, big), floats (NEW_FLOAT_EXT; FLOAT_EXT's text under minor_version: 0), binaries
// and bitstrings, lists (byte lists as STRING_EXT), tuples, maps (in the BEAM's order),
// pids and references (node :nonode@nohost, creation 0; a reference's three words are
// the ones inspect shows). :compressed is zlib's deflate, kept only when it is smaller, as
// the BEAM does. Funs are not encoded (the BEAM's form names its module's code): badarg.

#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include "taskplay/bigint.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view E = "erlang";

enum Tag : uint8_t {
  kNewFloat = 70,
  kBitBinary = 77,
  kCompressed = 80,
  kNewPid = 88,
  kNewerReference = 90,
  kSmallInteger = 97,
  kInteger = 98,
  kFloat = 99,
  kAtom = 100,
  kPid = 103,
  kSmallTuple = 104,
  kLargeTuple = 105,
  kNil = 106,
  kString = 107,
  kList = 108,
  kBinary = 109,
  kSmallBig = 110,
  kLargeBig = 111,
  kNewReference = 114,
  kSmallAtom = 115,
  kMap = 116,
  kAtomUtf8 = 118,
  kSmallAtomUtf8 = 119,
};

constexpr uint8_t kVersion = 131;
constexpr int kNoCompression = -2;  // (zlib's levels are -1, its default, and 0..9)

struct Encoder {
  std::string out;
  int minor = 1;

  void u8(unsigned v) { out += static_cast<char>(v & 0xFF); }
  void u16(unsigned v) {
    u8(v >> 8);
    u8(v);
  }
  void u32(uint64_t v) {
    u8(unsigned(v >> 24));
    u8(unsigned(v >> 16));
    u8(unsigned(v >> 8));
    u8(unsigned(v));
  }

  // Latin-1 when every character of the name is (minor versions 0 and 1), else UTF-8
  void atom(Atom a) {
    const std::string& name = a.name();
    std::string latin1;
    bool is_latin1 = minor < 2;
    for (size_t i = 0; is_latin1 && i < name.size(); ++i) {
      auto c = static_cast<unsigned char>(name[i]);
      if (c < 0x80) {
        latin1 += static_cast<char>(c);
      } else if ((c == 0xC2 || c == 0xC3) && i + 1 < name.size()) {
        latin1 += static_cast<char>(((c & 0x1F) << 6) | (name[i + 1] & 0x3F));
        ++i;
      } else {
        is_latin1 = false;
      }
    }
    if (is_latin1) {
      u8(kAtom);
      u16(unsigned(latin1.size()));
      out += latin1;
    } else if (name.size() < 256) {
      u8(kSmallAtomUtf8);
      u8(unsigned(name.size()));
      out += name;
    } else {
      u8(kAtomUtf8);
      u16(unsigned(name.size()));
      out += name;
    }
  }

  void big(const Term& t) {
    number::cpp_int v = number::to_big(t);
    bool negative = v < 0;
    if (negative) v = -v;
    std::string bytes;
    boost::multiprecision::export_bits(v, std::back_inserter(bytes), 8, false);
    if (bytes.size() < 256) {
      u8(kSmallBig);
      u8(unsigned(bytes.size()));
    } else {
      u8(kLargeBig);
      u32(bytes.size());
    }
    u8(negative ? 1 : 0);
    out += bytes;
  }

  void integer(const Term& t) {
    if (t.is_small_int()) {
      int64_t v = t.small_int();
      if (v >= 0 && v <= 255) {
        u8(kSmallInteger);
        u8(unsigned(v));
        return;
      }
      if (v >= INT32_MIN && v <= INT32_MAX) {
        u8(kInteger);
        u32(uint64_t(uint32_t(int32_t(v))));
        return;
      }
      uint64_t mag = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
      std::string bytes;
      for (; mag; mag >>= 8) bytes += static_cast<char>(mag & 0xFF);
      u8(kSmallBig);
      u8(unsigned(bytes.size()));
      u8(v < 0 ? 1 : 0);
      out += bytes;
      return;
    }
    big(t);
  }

  void floating(double d) {
    if (minor == 0) {  // FLOAT_EXT: "%.20e" in 31 bytes, zero-padded
      char text[32] = {};
      std::snprintf(text, sizeof text, "%.20e", d);
      u8(kFloat);
      out.append(text, 31);
      return;
    }
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    u8(kNewFloat);
    u32(bits >> 32);
    u32(bits & 0xFFFFFFFFu);
  }

  void term(Ctx& ctx, const Term& t) {
    switch (t.type()) {
      case Term::Type::Int:
      case Term::Type::BigInt:
        integer(t);
        return;
      case Term::Type::Float:
        floating(t.float_value());
        return;
      case Term::Type::Atom:
        atom(t.atom_value());
        return;
      case Term::Type::Pid:
        u8(kNewPid);
        atom(atoms::nonode);
        u32(t.pid().number);
        u32(t.pid().serial);
        u32(0);
        return;
      case Term::Type::Ref:  // the words of #Reference<0.2000000000.2000000000.N>, last first
        u8(kNewerReference);
        u16(3);
        atom(atoms::nonode);
        u32(0);
        u32(100000 + t.ref().number);
        u32(2000000000);
        u32(2000000000);
        return;
      case Term::Type::Fun:
        throw t;
      case Term::Type::Tuple: {
        size_t n = t.tuple_size();
        if (n < 256) {
          u8(kSmallTuple);
          u8(unsigned(n));
        } else {
          u8(kLargeTuple);
          u32(n);
        }
        for (const Term& x : t.tuple_items()) term(ctx, x);
        return;
      }
      case Term::Type::Map: {
        const auto& pairs = t.map_pairs();
        u8(kMap);
        u32(pairs.size());
        std::span<const uint32_t> order = t.map_order();
        for (size_t i = 0; i < pairs.size(); ++i) {
          const auto& [k, v] = pairs[order.empty() ? i : order[i]];
          term(ctx, k);
          term(ctx, v);
        }
        return;
      }
      case Term::Type::Nil:
        u8(kNil);
        return;
      case Term::Type::Cons: {
        size_t n = 0;
        bool bytes = true;
        const Term* c = &t;
        for (; c->is_cons(); c = &c->tail(), ++n) {
          const Term& h = c->head();
          if (!(h.is_small_int() && h.small_int() >= 0 && h.small_int() <= 255)) bytes = false;
        }
        charge(ctx, n / 16);
        if (bytes && c->is_nil() && n < 65536) {
          u8(kString);
          u16(unsigned(n));
          for (c = &t; c->is_cons(); c = &c->tail()) u8(unsigned(c->head().small_int()));
          return;
        }
        u8(kList);
        u32(n);
        for (c = &t; c->is_cons(); c = &c->tail()) term(ctx, c->head());
        term(ctx, *c);
        return;
      }
      case Term::Type::Binary:
        charge(ctx, t.binary().size() / 64);
        u8(kBinary);
        u32(t.binary().size());
        out += t.binary();
        return;
      case Term::Type::Bitstring: {
        std::string_view bytes = t.bitstring_bytes();
        u8(kBitBinary);
        u32(bytes.size());
        u8(unsigned(t.bit_size() % 8));
        out += bytes;
        return;
      }
    }
  }
};

struct BadOption {};

// term_to_binary/2's options: :compressed, {:compressed, 0..9}, {:minor_version, 0..2},
// :deterministic; `compress` is false for external_size/2 (which takes no :compressed)
void read_options(const Term& opts, Encoder& enc, int& level, bool compress) {
  const Term* c = &opts;
  for (; c->is_cons(); c = &c->tail()) {
    const Term& o = c->head();
    if (compress && o.is_atom(Atom("compressed"))) {
      level = Z_DEFAULT_COMPRESSION;
    } else if (compress && o.is_tuple(2) && o[0].is_atom(Atom("compressed")) &&
               o[1].is_small_int() && o[1].small_int() >= 0 && o[1].small_int() <= 9) {
      level = int(o[1].small_int());
    } else if (o.is_tuple(2) && o[0].is_atom(Atom("minor_version")) && o[1].is_small_int() &&
               o[1].small_int() >= 0 && o[1].small_int() <= 2) {
      enc.minor = int(o[1].small_int());
    } else if (o.is_atom(Atom("deterministic"))) {
    } else {
      throw BadOption{};
    }
  }
  if (!c->is_nil()) throw BadOption{};
}

// the encoding, with its version byte; compressed at `level` (-1 for none) as the BEAM
// does: only when deflate fits in the encoding's size less the 5 bytes of its header
std::string encode(Ctx& ctx, const Term& t, Encoder& enc, int level, std::string_view fun,
                   const std::vector<Term>& args) {
  try {
    enc.term(ctx, t);
  } catch (const Term&) {
    bif_badarg(E, fun, args);
  }
  std::string out(1, static_cast<char>(kVersion));
  if (level != kNoCompression) {
    size_t n = enc.out.size();
    uLongf dest_len = n < 5 ? 0 : uLongf(n - 5);
    std::string z(dest_len + 1, '\0');
    if (dest_len > 0 &&
        compress2(reinterpret_cast<Bytef*>(z.data()), &dest_len,
                  reinterpret_cast<const Bytef*>(enc.out.data()), uLong(n), level) == Z_OK) {
      out += static_cast<char>(kCompressed);
      Encoder header;
      header.u32(n);
      out += header.out;
      out.append(z.data(), dest_len);
      return out;
    }
  }
  out += enc.out;
  return out;
}

Term term_to_binary(Ctx& ctx, const Term& t, const Term* opts) {
  Encoder enc;
  int level = kNoCompression;
  std::vector<Term> args{t};
  if (opts) {
    args.push_back(*opts);
    try {
      read_options(*opts, enc, level, true);
    } catch (BadOption) {
      bif_badarg(E, "term_to_binary", args);
    }
  }
  std::string out = encode(ctx, t, enc, level, "term_to_binary", args);
  need_heap(ctx, words_of_bytes(out.size()));
  return Term::string(out);
}
Term term_to_binary1(Ctx& c, Term* a) { return term_to_binary(c, a[0], nullptr); }
Term term_to_binary2(Ctx& c, Term* a) { return term_to_binary(c, a[0], &a[1]); }

Term external_size(Ctx& ctx, const Term& t, const Term* opts) {
  Encoder enc;
  int level = kNoCompression;
  std::vector<Term> args{t};
  if (opts) {
    args.push_back(*opts);
    try {
      read_options(*opts, enc, level, false);
    } catch (BadOption) {
      bif_badarg(E, "external_size", args);
    }
  }
  return Term::integer(int64_t(encode(ctx, t, enc, level, "external_size", args).size()));
}
Term external_size1(Ctx& c, Term* a) { return external_size(c, a[0], nullptr); }
Term external_size2(Ctx& c, Term* a) { return external_size(c, a[0], &a[1]); }

// [SECTION] Decoding

struct Invalid {};

struct Decoder {
  std::string_view in;
  size_t at = 0;
  bool safe = false;
  Ctx* ctx = nullptr;

  unsigned u8() {
    if (at >= in.size()) throw Invalid{};
    return static_cast<unsigned char>(in[at++]);
  }
  unsigned u16() {
    unsigned hi = u8();
    return (hi << 8) | u8();
  }
  uint32_t u32() {
    uint32_t hi = u16();
    return (hi << 16) | u16();
  }
  std::string_view bytes(size_t n) {
    if (n > in.size() - at) throw Invalid{};
    std::string_view s = in.substr(at, n);
    at += n;
    return s;
  }

  Term atom_named(std::string_view utf8) {
    if (safe) {
      std::optional<Atom> a = Atom::existing(utf8);
      if (!a) throw Invalid{};
      return Term(*a);
    }
    return Term::atom(utf8);
  }
  Term latin1_atom(std::string_view latin1) {
    std::string utf8;
    for (char ch : latin1) {
      auto c = static_cast<unsigned char>(ch);
      if (c < 0x80) {
        utf8 += ch;
      } else {
        utf8 += static_cast<char>(0xC0 | (c >> 6));
        utf8 += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    return atom_named(utf8);
  }
  Atom node() {
    Term n = term();
    if (!n.is_atom()) throw Invalid{};
    return n.atom_value();
  }
  Term big(size_t n) {
    unsigned sign = u8();
    std::string_view digits = bytes(n);
    number::cpp_int v;
    if (!digits.empty())
      boost::multiprecision::import_bits(v, digits.begin(), digits.end(), 8, false);
    if (sign) v = -v;
    return number::from_bigint(v);
  }
  Term items(size_t n, bool tuple) {
    if (n > in.size() - at) throw Invalid{};  // each element takes a byte at least
    std::vector<Term> xs;
    xs.reserve(n);
    for (size_t i = 0; i < n; ++i) xs.push_back(term());
    if (tuple) return Term::tuple(xs);
    Term tail = term();
    return Term::list(xs, tail);
  }

  Term term() {
    switch (u8()) {
      case kSmallInteger:
        return Term::integer(u8());
      case kInteger:
        return Term::integer(int32_t(u32()));
      case kSmallBig:
        return big(u8());
      case kLargeBig:
        return big(u32());
      case kNewFloat: {
        uint64_t hi = u32();
        uint64_t bits = (hi << 32) | u32();
        double d;
        std::memcpy(&d, &bits, 8);
        if (!std::isfinite(d)) throw Invalid{};
        return Term::floating(d);
      }
      case kFloat: {
        std::string text(bytes(31));
        text.resize(std::strlen(text.c_str()));
        char* end = nullptr;
        double d = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0') throw Invalid{};
        return Term::floating(d);
      }
      case kAtom:
        return latin1_atom(bytes(u16()));
      case kSmallAtom:
        return latin1_atom(bytes(u8()));
      case kAtomUtf8:
        return atom_named(bytes(u16()));
      case kSmallAtomUtf8:
        return atom_named(bytes(u8()));
      case kNil:
        return Term();
      case kString: {
        std::string_view s = bytes(u16());
        std::vector<Term> xs;
        xs.reserve(s.size());
        for (char ch : s) xs.push_back(Term::integer(static_cast<unsigned char>(ch)));
        return Term::list(xs);
      }
      case kList:
        return items(u32(), false);
      case kSmallTuple:
        return items(u8(), true);
      case kLargeTuple:
        return items(u32(), true);
      case kMap: {
        size_t n = u32();
        if (n > in.size() - at) throw Invalid{};
        std::vector<std::pair<Term, Term>> pairs;
        pairs.reserve(n);
        for (size_t i = 0; i < n; ++i) {
          Term k = term();
          Term v = term();
          pairs.emplace_back(std::move(k), std::move(v));
        }
        Term m = Term::map(std::move(pairs));
        if (m.map_size() != n) throw Invalid{};  // a key twice
        return m;
      }
      case kBinary: {
        size_t n = u32();
        return Term::string(bytes(n));
      }
      case kBitBinary: {
        size_t n = u32();
        unsigned bits = u8();
        std::string_view s = bytes(n);
        if (bits > 8 || (n == 0 && bits != 0) || (n > 0 && bits == 0)) throw Invalid{};
        return bits == 8 ? Term::string(s) : Term::bitstring(s, bits);
      }
      case kNewPid:
      case kPid: {
        bool wide = in[at - 1] == char(kNewPid);
        node();
        uint32_t number = u32(), serial = u32();
        if (wide)
          u32();
        else
          u8();
        return Term(Pid{number, serial});
      }
      case kNewerReference:
      case kNewReference: {
        bool wide = in[at - 1] == char(kNewerReference);
        size_t n = u16();
        node();
        if (wide)
          u32();
        else
          u8();
        if (n == 0 || n > 5) throw Invalid{};
        uint32_t first = u32();
        for (size_t i = 1; i < n; ++i) u32();
        return Term(Ref{first >= 100000 ? first - 100000 : first});
      }
      default:
        throw Invalid{};
    }
  }
};

Term binary_to_term(Ctx& ctx, const Term& bin, const Term* opts) {
  std::vector<Term> args{bin};
  if (opts) args.push_back(*opts);
  bool safe = false, used = false;
  if (opts) {
    const Term* c = opts;
    for (; c->is_cons(); c = &c->tail()) {
      if (c->head().is_atom(Atom("safe")))
        safe = true;
      else if (c->head().is_atom(Atom("used")))
        used = true;
      else
        bif_badarg(E, "binary_to_term", args);
    }
    if (!c->is_nil()) bif_badarg(E, "binary_to_term", args);
  }
  if (!bin.is_binary()) bif_badarg(E, "binary_to_term", args);
  std::string_view in = bin.binary();
  charge(ctx, in.size() / 64);
  Decoder d{in, 0, safe, &ctx};
  std::string inflated;
  try {
    if (d.u8() != kVersion) throw Invalid{};
    if (in.size() > 1 && static_cast<unsigned char>(in[1]) == kCompressed) {
      d.u8();
      uLongf n = d.u32();
      need_heap(ctx, words_of_bytes(n));
      inflated.resize(n);
      std::string_view z = in.substr(d.at);
      // the deflated bytes this stream takes: inflate reports how many it read
      z_stream s{};
      if (inflateInit(&s) != Z_OK) throw Invalid{};
      s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data()));
      s.avail_in = uInt(z.size());
      s.next_out = reinterpret_cast<Bytef*>(inflated.data());
      s.avail_out = uInt(n);
      int rc = inflate(&s, Z_FINISH);
      size_t read = z.size() - s.avail_in, wrote = n - s.avail_out;
      inflateEnd(&s);
      if (rc != Z_STREAM_END || wrote != n) throw Invalid{};
      size_t end = d.at + read;
      Decoder inner{inflated, 0, safe, &ctx};
      Term t = inner.term();
      if (inner.at != inflated.size()) throw Invalid{};
      if (used) return Term::tuple({t, Term::integer(int64_t(end))});
      return t;
    }
    Term t = d.term();
    // (bytes after the term are ignored, as the BEAM does; :used says where it ended)
    if (used) return Term::tuple({t, Term::integer(int64_t(d.at))});
    return t;
  } catch (Invalid) {
    bif_badarg(E, "binary_to_term", args);
  }
}
Term binary_to_term1(Ctx& c, Term* a) { return binary_to_term(c, a[0], nullptr); }
Term binary_to_term2(Ctx& c, Term* a) { return binary_to_term(c, a[0], &a[1]); }

constexpr Native kTable[] = {
    {E, "term_to_binary", 1, term_to_binary1, nullptr},
    {E, "term_to_binary", 2, term_to_binary2, nullptr},
    {E, "binary_to_term", 1, binary_to_term1, nullptr},
    {E, "binary_to_term", 2, binary_to_term2, nullptr},
    {E, "external_size", 1, external_size1, nullptr},
    {E, "external_size", 2, external_size2, nullptr},
};

}  // namespace

std::span<const Native> etf_natives() { return kTable; }

}  // namespace taskplay::lang
