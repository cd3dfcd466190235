#pragma once
// Bob Jenkins' 1996 hash pieces the BEAM builds its term hashes from: the three-word mix
// and the block hash of a byte string. Used by phash2.cpp (:erlang.phash2) and
// map_order.cpp (the internal hash that orders maps of more than 32 keys).

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace taskplay::jenkins {

// the golden ratio, and its multiples that mark each kind of term (golden * n mod 2^32)
constexpr uint32_t kGolden = 0x9e3779b9u;
constexpr uint32_t hconst(uint32_t n) { return kGolden * n; }

inline void mix(uint32_t& a, uint32_t& b, uint32_t& c) {
  a -= b;
  a -= c;
  a ^= (c >> 13);
  b -= c;
  b -= a;
  b ^= (a << 8);
  c -= a;
  c -= b;
  c ^= (b >> 13);
  a -= b;
  a -= c;
  a ^= (c >> 12);
  b -= c;
  b -= a;
  b ^= (a << 16);
  c -= a;
  c -= b;
  c ^= (b >> 5);
  a -= b;
  a -= c;
  a ^= (c >> 3);
  b -= c;
  b -= a;
  b ^= (a << 10);
  c -= a;
  c -= b;
  c ^= (b >> 15);
}

// the block hash of a byte string: little-endian words, twelve bytes a round
inline uint32_t block_hash(std::string_view k, uint32_t initval) {
  auto byte = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(k[i])); };
  auto word = [&](size_t i) {
    return byte(i) | byte(i + 1) << 8 | byte(i + 2) << 16 | byte(i + 3) << 24;
  };
  uint32_t a = kGolden, b = kGolden, c = initval;
  size_t i = 0, len = k.size();
  for (; len - i >= 12; i += 12) {
    a += word(i);
    b += word(i + 4);
    c += word(i + 8);
    mix(a, b, c);
  }
  c += static_cast<uint32_t>(k.size());
  size_t rest = len - i;
  // the tail's bytes, the first byte of c kept for the length
  for (size_t j = rest; j-- > 0;) {
    uint32_t v = byte(i + j);
    if (j >= 8)
      c += v << (8 * (j - 7));
    else if (j >= 4)
      b += v << (8 * (j - 4));
    else
      a += v << (8 * j);
  }
  mix(a, b, c);
  return c;
}

}  // namespace taskplay::jenkins
