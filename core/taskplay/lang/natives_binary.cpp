// Binaries built and taken apart segment by segment: what the compiler makes of `<<...>>`
// (compile_binary.cpp), and Erlang's :binary module.
//
//   :taskplay.bin_build([{value, size, spec}, ...])    <<a, b::16, rest::binary>>
//   :taskplay.bin_take(bin, bit_offset, size, spec)   one segment of a pattern:
//                                                      {value, next_offset} or false
//   :taskplay.bin_done(bin, bit_offset)                the pattern used every bit
//
// spec is {type, unit, endian, signed?}, type one of :integer :float :binary :bitstring
// :utf8 :utf16 :utf32; size is nil (the type's default) or a count of units. Terms hold
// the bits of a binary or a bitstring (a size in bits not a multiple of 8, Term::bitstring).

#include <algorithm>
#include <cmath>
#include <cstring>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view T = "taskplay";
constexpr std::string_view B = "binary";

struct Spec {
  Atom type;
  int64_t unit = 1;
  bool little = false;
  bool is_signed = false;
};

Spec spec_of(const Term& s) {
  Spec r;
  r.type = s[0].atom_value();
  r.unit = s[1].small_int();
  r.little = s[2].is_atom(Atom("little")) || s[2].is_atom(Atom("native"));
  r.is_signed = s[3].is_atom(atoms::true_);
  return r;
}

// [SECTION] Writing bits ---------------------------------------------------------------
struct BitWriter {
  std::string bytes;
  unsigned partial = 0;  // bits used in the last byte (0: none open)
  void bit(bool b) {
    if (partial == 0) bytes.push_back(0);
    if (b) bytes.back() = static_cast<char>(bytes.back() | (0x80 >> partial));
    partial = (partial + 1) % 8;
  }
  void byte(uint8_t v) {
    if (partial == 0) {
      bytes.push_back(static_cast<char>(v));
      return;
    }
    for (int i = 7; i >= 0; --i) bit((v >> i) & 1);
  }
  // the first `bits` bits of `from` (a bitstring's bytes)
  void bits_of(std::string_view from, uint64_t bits) {
    if (partial == 0 && bits % 8 == 0) {
      bytes.append(from.substr(0, bits / 8));
      return;
    }
    for (uint64_t i = 0; i < bits; ++i) bit((static_cast<uint8_t>(from[i / 8]) >> (7 - i % 8)) & 1);
  }
  // big-endian bytes, of which the last `bits` bits are written
  void tail_bits(const std::string& be, uint64_t bits) {
    uint64_t skip = be.size() * 8 - bits;
    for (uint64_t i = skip; i < be.size() * 8; ++i)
      bit((static_cast<uint8_t>(be[i / 8]) >> (7 - i % 8)) & 1);
  }
};

[[noreturn]] void construction_failed(size_t segment, const char* type, const std::string& what) {
  raise_argument_error("construction of binary failed: segment " + std::to_string(segment) +
                       " of type '" + type + "': " + what);
}

// The integer v as `bits` bits of two's complement, big-endian, in ceil(bits/8) bytes.
std::string int_bytes(const Term& v, uint64_t bits) {
  size_t n = (bits + 7) / 8;
  std::string be(n, '\0');
  if (v.is_small_int() && bits <= 64) {
    auto u = static_cast<uint64_t>(v.small_int());
    for (size_t i = 0; i < n; ++i) be[n - 1 - i] = static_cast<char>((u >> (8 * i)) & 0xFF);
    return be;
  }
  // any size: v mod 2^bits, then its bytes
  Term m = integer_power(Term::integer(2), static_cast<int64_t>(bits));
  Term x = number::rem(v, m);
  if (compare(x, Term::integer(0)) < 0) x = number::add(x, m);
  Term b256 = Term::integer(256);
  for (size_t i = 0; i < n; ++i) {
    be[n - 1 - i] = static_cast<char>(number::rem(x, b256).small_int());
    x = number::div(x, b256);
  }
  return be;
}

Term bin_build(Ctx& ctx, Term* a) {
  BitWriter w;
  size_t index = 0;
  // <<acc::binary, ...>>: a whole binary first is appended to, not copied
  // (Term::append_binary: a loop that grows acc so is linear, as on the BEAM)
  const Term* prefix = nullptr;
  for (const Term* l = &a[0]; l->is_cons(); l = &l->tail()) {
    ++index;
    const Term& seg = l->head();
    const Term& v = seg[0];
    Spec s = spec_of(seg[2]);
    const Term& size = seg[1];
    const std::string& type = s.type.name();
    if (index == 1 && type == "binary" && size.is_atom(atoms::nil) && v.is_binary()) {
      prefix = &v;
      continue;
    }
    if (!size.is_atom(atoms::nil) && (!size.is_small_int() || size.small_int() < 0))
      construction_failed(index, type.c_str(),
                          "size is not a non-negative integer: " + inspect(size));
    if (type == "integer") {
      if (!v.is_integer())
        construction_failed(index, "integer", "expected an integer but got: " + inspect(v));
      int64_t units = size.is_atom(atoms::nil) ? 8 : size.small_int();
      auto bits = static_cast<uint64_t>(units * s.unit);
      need_heap(ctx, bits / 64 + 1);
      std::string be = int_bytes(v, bits);
      if (s.little && bits % 8 == 0) std::reverse(be.begin(), be.end());
      w.tail_bits(be, bits);
    } else if (type == "float") {
      if (!v.is_number())
        construction_failed(index, "float",
                            "expected a float or an integer but got: " + inspect(v));
      int64_t bits = (size.is_atom(atoms::nil) ? 64 : size.small_int()) * s.unit;
      double d = number::to_double(v);
      std::string be;
      if (bits == 64) {
        uint64_t u;
        std::memcpy(&u, &d, 8);
        for (int i = 7; i >= 0; --i) be += static_cast<char>((u >> (8 * i)) & 0xFF);
      } else {
        float f = static_cast<float>(d);
        uint32_t u;
        std::memcpy(&u, &f, 4);
        for (int i = 3; i >= 0; --i) be += static_cast<char>((u >> (8 * i)) & 0xFF);
      }
      if (s.little) std::reverse(be.begin(), be.end());
      w.tail_bits(be, be.size() * 8);
    } else if (type == "binary" || type == "bitstring") {
      if (type == "binary" && v.is_bitstring() && !v.is_binary())
        construction_failed(index, "binary",
                            "the size of the value " + inspect(v) +
                                " is not a multiple of the unit for the segment");
      if (type == "binary" ? !v.is_binary() : !v.is_bitstring())
        construction_failed(index, type.c_str(),
                            std::string("expected a ") +
                                (type == "binary" ? "binary" : "bitstring") +
                                " but got: " + inspect(v));
      std::string_view bytes = v.bitstring_bytes();
      uint64_t have = v.bit_size();
      if (!size.is_atom(atoms::nil) || have % 8 != 0) {
        auto bits =
            size.is_atom(atoms::nil) ? have : static_cast<uint64_t>(size.small_int() * s.unit);
        if (bits > have)
          construction_failed(
              index, type.c_str(),
              "the value " + inspect(v) + " is shorter than the size of the segment");
        w.bits_of(bytes, bits);
        continue;
      }
      need_heap(ctx, bytes.size() / 8 + 1);
      charge(ctx, bytes.size() / 64);
      if (w.partial == 0)
        w.bytes.append(bytes);
      else
        for (char c : bytes) w.byte(static_cast<uint8_t>(c));
    } else {  // utf8 utf16 utf32
      int64_t cp = v.is_small_int() ? v.small_int() : -1;
      bool ok = cp >= 0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
      if (!ok)
        construction_failed(
            index, type.c_str(),
            "expected a non-negative integer encodable as " + type + " but got: " + inspect(v));
      std::string enc;
      auto u = static_cast<uint32_t>(cp);
      if (type == "utf8") {
        put_utf8(enc, u);
      } else if (type == "utf16") {
        auto unit16 = [&](uint32_t x) {
          enc += static_cast<char>(x >> 8);
          enc += static_cast<char>(x & 0xFF);
          if (s.little) std::swap(enc[enc.size() - 1], enc[enc.size() - 2]);
        };
        if (u < 0x10000) {
          unit16(u);
        } else {
          u -= 0x10000;
          unit16(0xD800 | (u >> 10));
          unit16(0xDC00 | (u & 0x3FF));
        }
      } else {
        for (int i = 3; i >= 0; --i) enc += static_cast<char>((u >> (8 * i)) & 0xFF);
        if (s.little) std::reverse(enc.begin(), enc.end());
      }
      for (char c : enc) w.byte(static_cast<uint8_t>(c));
    }
  }
  if (!prefix) return Term::bitstring(w.bytes, w.partial);
  if (w.partial == 0) return Term::append_binary(*prefix, w.bytes);
  return Term::bitstring(std::string(prefix->binary()) + w.bytes, w.partial);
}

// :erlang.list_to_bitstring/1: bytes, binaries and bitstrings, nested, joined bit by bit
// (what `for ..., into: ""` ends with, as Elixir compiles it)
Term list_to_bitstring(Ctx& ctx, Term* a) {
  BitWriter w;
  bool ok = a[0].is_list() && walk_nested(a[0], [&](const Term& x, bool tail) {
              if (!tail && x.is_small_int() && x.small_int() >= 0 && x.small_int() <= 255)
                w.byte(static_cast<uint8_t>(x.small_int()));
              else if (x.is_bitstring())
                w.bits_of(x.bitstring_bytes(), x.bit_size());
              else
                return false;
              return true;
            });
  if (!ok) bif_badarg("erlang", "list_to_bitstring", {a[0]});
  charge(ctx, w.bytes.size() / 64);
  return Term::bitstring(w.bytes, w.partial);
}

// [SECTION] Reading bits ---------------------------------------------------------------
struct BitReader {
  std::string_view bytes;
  uint64_t bit_count;  // of the bytes, the last partial in a bitstring
  uint64_t total() const { return bit_count; }
  // `n` bits from `off`, left-aligned (as a bitstring holds them)
  std::string take_left(uint64_t off, uint64_t n) const {
    std::string out((n + 7) / 8, '\0');
    for (uint64_t i = 0; i < n; ++i)
      if (bit(off + i)) out[i / 8] = static_cast<char>(out[i / 8] | (0x80 >> (i % 8)));
    return out;
  }
  bool bit(uint64_t i) const { return (static_cast<uint8_t>(bytes[i / 8]) >> (7 - i % 8)) & 1; }
  // `bits` bits from `off`, right-aligned into ceil(bits/8) big-endian bytes
  std::string take(uint64_t off, uint64_t bits) const {
    size_t n = (bits + 7) / 8;
    if (off % 8 == 0 && bits % 8 == 0) return std::string(bytes.substr(off / 8, n));
    std::string out(n, '\0');
    uint64_t pad = n * 8 - bits;
    for (uint64_t i = 0; i < bits; ++i)
      if (bit(off + i)) {
        uint64_t j = pad + i;
        out[j / 8] = static_cast<char>(out[j / 8] | (0x80 >> (j % 8)));
      }
    return out;
  }
};

Term no_match() { return Term(atoms::false_); }
Term taken(Term v, uint64_t off) {
  return Term::tuple({std::move(v), Term::integer(static_cast<int64_t>(off))});
}

Term bin_take(Ctx& ctx, Term* a) {
  if (!a[0].is_bitstring() || !a[1].is_small_int()) return no_match();
  BitReader r{a[0].bitstring_bytes(), a[0].bit_size()};
  auto off = static_cast<uint64_t>(a[1].small_int());
  const Term& size = a[2];
  if (!size.is_atom(atoms::nil) && (!size.is_small_int() || size.small_int() < 0))
    return no_match();
  Spec s = spec_of(a[3]);
  const std::string& type = s.type.name();
  uint64_t left = r.total() - off;
  if (type == "integer") {
    uint64_t bits = static_cast<uint64_t>(size.is_atom(atoms::nil) ? 8 : size.small_int()) *
                    static_cast<uint64_t>(s.unit);
    if (bits > left) return no_match();
    std::string be = r.take(off, bits);
    if (s.little && bits % 8 == 0) std::reverse(be.begin(), be.end());
    Term v;
    if (bits <= 63) {
      uint64_t u = 0;
      for (char c : be) u = (u << 8) | static_cast<uint8_t>(c);
      auto x = static_cast<int64_t>(u);
      if (s.is_signed && bits > 0 && (u >> (bits - 1)) & 1) x -= int64_t{1} << bits;
      v = Term::integer(x);
    } else {
      need_heap(ctx, bits / 64 + 1);
      v = Term::integer(0);
      Term b256 = Term::integer(256);
      for (char c : be)
        v = number::add(number::mul(v, b256), Term::integer(static_cast<uint8_t>(c)));
      if (s.is_signed && bits > 0 && (static_cast<uint8_t>(be[0]) >> ((bits - 1) % 8)) & 1)
        v = number::sub(v, integer_power(Term::integer(2), static_cast<int64_t>(bits)));
    }
    return taken(std::move(v), off + bits);
  }
  if (type == "float") {
    uint64_t bits = static_cast<uint64_t>(size.is_atom(atoms::nil) ? 64 : size.small_int()) *
                    static_cast<uint64_t>(s.unit);
    if ((bits != 64 && bits != 32) || bits > left) return no_match();
    std::string be = r.take(off, bits);
    if (s.little) std::reverse(be.begin(), be.end());
    double d;
    if (bits == 64) {
      uint64_t u = 0;
      for (char c : be) u = (u << 8) | static_cast<uint8_t>(c);
      std::memcpy(&d, &u, 8);
    } else {
      uint32_t u = 0;
      for (char c : be) u = (u << 8) | static_cast<uint8_t>(c);
      float f;
      std::memcpy(&f, &u, 4);
      d = f;
    }
    if (!std::isfinite(d)) return no_match();
    return taken(Term::floating(d), off + bits);
  }
  if (type == "binary" || type == "bitstring") {
    uint64_t bits = size.is_atom(atoms::nil)
                        ? left
                        : static_cast<uint64_t>(size.small_int()) * static_cast<uint64_t>(s.unit);
    if (bits > left || (type == "binary" && bits % 8 != 0)) return no_match();
    need_heap(ctx, bits / 64 + 1);
    // r.take right-aligns; a bitstring's bits start at the top of its first byte
    std::string got = bits % 8 == 0 ? r.take(off, bits) : r.take_left(off, bits);
    return taken(Term::bitstring(got, static_cast<unsigned>(bits % 8)), off + bits);
  }
  // utf8 utf16 utf32: one code point
  auto byte_at = [&](uint64_t k) { return static_cast<uint8_t>(r.take(off + 8 * k, 8)[0]); };
  uint64_t avail = left / 8;
  if (type == "utf8") {
    if (avail < 1) return no_match();
    uint8_t b0 = byte_at(0);
    uint32_t cp;
    uint64_t n;
    if (b0 < 0x80) {
      cp = b0;
      n = 1;
    } else if ((b0 & 0xE0) == 0xC0) {
      cp = b0 & 0x1F;
      n = 2;
    } else if ((b0 & 0xF0) == 0xE0) {
      cp = b0 & 0x0F;
      n = 3;
    } else if ((b0 & 0xF8) == 0xF0) {
      cp = b0 & 0x07;
      n = 4;
    } else {
      return no_match();
    }
    if (avail < n) return no_match();
    for (uint64_t k = 1; k < n; ++k) {
      uint8_t b = byte_at(k);
      if ((b & 0xC0) != 0x80) return no_match();
      cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return no_match();
    return taken(Term::integer(cp), off + 8 * n);
  }
  if (type == "utf16") {
    auto unit16 = [&](uint64_t k) -> uint32_t {
      uint8_t hi = byte_at(k), lo = byte_at(k + 1);
      if (s.little) std::swap(hi, lo);
      return static_cast<uint32_t>(hi << 8 | lo);
    };
    if (avail < 2) return no_match();
    uint32_t u = unit16(0);
    if (u < 0xD800 || u > 0xDFFF) return taken(Term::integer(u), off + 16);
    if (u > 0xDBFF || avail < 4) return no_match();
    uint32_t l = unit16(2);
    if (l < 0xDC00 || l > 0xDFFF) return no_match();
    return taken(Term::integer(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00)), off + 32);
  }
  if (avail < 4) return no_match();
  uint32_t u = 0;
  for (int k = 0; k < 4; ++k) u = (u << 8) | byte_at(s.little ? 3 - k : k);
  if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) return no_match();
  return taken(Term::integer(u), off + 32);
}

Term bin_done(Ctx&, Term* a) {
  return Term::boolean(a[0].is_bitstring() && a[1].is_small_int() &&
                       static_cast<uint64_t>(a[1].small_int()) == a[0].bit_size());
}

// [SECTION] :binary ---------------------------------------------------------------------
Term list_to_bin(Ctx& ctx, Term* a) {
  if (!a[0].is_list()) bif_badarg(B, "list_to_bin", {a[0]});
  std::string out;
  std::vector<const Term*> stack{&a[0]};
  while (!stack.empty()) {
    const Term* t = stack.back();
    stack.pop_back();
    if (t->is_binary()) {
      out += t->binary();
    } else if (t->is_small_int() && t->small_int() >= 0 && t->small_int() < 256) {
      out += static_cast<char>(t->small_int());
    } else if (t->is_cons()) {
      stack.push_back(&t->tail());
      stack.push_back(&t->head());
    } else if (!t->is_nil()) {
      bif_badarg(B, "list_to_bin", {a[0]});
    }
  }
  charge(ctx, out.size() / 64);
  return Term::string(out);
}
Term bin_to_list(Ctx& ctx, Term* a) {
  if (!a[0].is_binary()) bif_badarg(B, "bin_to_list", {a[0]});
  std::string_view b = a[0].binary();
  need_heap(ctx, b.size() * 2);
  std::vector<Term> items;
  items.reserve(b.size());
  for (char c : b) items.push_back(Term::integer(static_cast<uint8_t>(c)));
  return Term::list(items);
}
Term first(Ctx&, Term* a) {
  if (!a[0].is_binary() || a[0].binary().empty()) bif_badarg(B, "first", {a[0]});
  return Term::integer(static_cast<uint8_t>(a[0].binary()[0]));
}
Term last(Ctx&, Term* a) {
  if (!a[0].is_binary() || a[0].binary().empty()) bif_badarg(B, "last", {a[0]});
  return Term::integer(static_cast<uint8_t>(a[0].binary().back()));
}
Term at(Ctx&, Term* a) {
  if (!a[0].is_binary() || !a[1].is_small_int() || a[1].small_int() < 0 ||
      static_cast<size_t>(a[1].small_int()) >= a[0].binary().size())
    bif_badarg(B, "at", {a[0], a[1]});
  return Term::integer(static_cast<uint8_t>(a[0].binary()[static_cast<size_t>(a[1].small_int())]));
}
Term part(Ctx&, Term* a) {
  if (!a[0].is_binary() || !a[1].is_small_int() || !a[2].is_small_int())
    bif_badarg(B, "part", {a[0], a[1], a[2]});
  int64_t n = static_cast<int64_t>(a[0].binary().size());
  int64_t start = a[1].small_int(), len = a[2].small_int();
  if (len < 0) {
    start += len;
    len = -len;
  }
  if (start < 0 || start + len > n) bif_badarg(B, "part", {a[0], a[1], a[2]});
  return Term::string(a[0].binary().substr(static_cast<size_t>(start), static_cast<size_t>(len)));
}
Term copy1(Ctx&, Term* a) {
  if (!a[0].is_binary()) bif_badarg(B, "copy", {a[0]});
  return a[0];
}
Term copy2(Ctx& ctx, Term* a) {
  if (!a[0].is_binary() || !a[1].is_small_int() || a[1].small_int() < 0)
    bif_badarg(B, "copy", {a[0], a[1]});
  double bytes = static_cast<double>(a[0].binary().size()) * static_cast<double>(a[1].small_int());
  need_heap(ctx, bytes > 1e18 ? UINT64_MAX / 2 : words_of_bytes(static_cast<uint64_t>(bytes)));
  charge(ctx, static_cast<uint64_t>(bytes) / 64);
  std::string out;
  for (int64_t i = 0; i < a[1].small_int(); ++i) out += a[0].binary();
  return Term::string(out);
}
Term decode_unsigned(Ctx& ctx, Term* a) {
  if (!a[0].is_binary()) bif_badarg(B, "decode_unsigned", {a[0]});
  Term args[4] = {a[0], Term::integer(0),
                  Term::integer(static_cast<int64_t>(a[0].binary().size() * 8)),
                  Term::tuple({Term::atom("integer"), Term::integer(1), Term::atom("big"),
                               Term(atoms::false_)})};
  if (a[0].binary().empty()) return Term::integer(0);
  return bin_take(ctx, args)[0];
}
Term encode_unsigned(Ctx&, Term* a) {
  if (!a[0].is_integer() || compare(a[0], Term::integer(0)) < 0)
    bif_badarg(B, "encode_unsigned", {a[0]});
  std::string le;
  Term x = a[0];
  Term b256 = Term::integer(256);
  do {
    le += static_cast<char>(number::rem(x, b256).small_int());
    x = number::div(x, b256);
  } while (compare(x, Term::integer(0)) > 0);
  std::reverse(le.begin(), le.end());
  return Term::string(le);
}

constexpr Native kTable[] = {
    {T, "bin_build", 1, bin_build, nullptr},
    {"erlang", "list_to_bitstring", 1, list_to_bitstring, nullptr},
    {T, "bin_take", 4, bin_take, nullptr},
    {T, "bin_done", 2, bin_done, nullptr},
    {B, "list_to_bin", 1, list_to_bin, nullptr},
    {B, "bin_to_list", 1, bin_to_list, nullptr},
    {B, "first", 1, first, nullptr},
    {B, "last", 1, last, nullptr},
    {B, "at", 2, at, nullptr},
    {B, "part", 3, part, nullptr},
    {B, "copy", 1, copy1, nullptr},
    {B, "copy", 2, copy2, nullptr},
    {B, "decode_unsigned", 1, decode_unsigned, nullptr},
    {B, "encode_unsigned", 1, encode_unsigned, nullptr},
};

}  // namespace

std::span<const Native> binary_natives() { return kTable; }

}  // namespace taskplay::lang
