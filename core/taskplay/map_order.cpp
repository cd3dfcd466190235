#include "taskplay/map_order.hpp"

#include <algorithm>
#include <cstring>

#include "taskplay/fun.hpp"
#include "taskplay/jenkins_hash.hpp"
#include "taskplay/number.hpp"

namespace taskplay {

namespace {

using jenkins::hconst;
using jenkins::kGolden;

// a prime xored into the seed so this hash differs from phash2's
constexpr uint32_t kSeed = 3432918353u;
constexpr uint32_t kNilWord = 0x3B;  // [] as the BEAM's immediate word

class KeyHasher {
 public:
  explicit KeyHasher(uint32_t seed) : hash_(seed) {}
  uint32_t result() const { return hash_; }

  void term(const Term& t) {
    switch (t.type()) {
      case Term::Type::Int: {
        int64_t x = t.small_int();
        constexpr int64_t kSmallMax = (int64_t{1} << 59) - 1;
        if (x >= -kSmallMax - 1 && x <= kSmallMax) {
          // an immediate: the word (x << 4 | 15), both halves
          uint64_t w = (static_cast<uint64_t>(x) << 4) | 0xF;
          h2(static_cast<uint32_t>(w), static_cast<uint32_t>(w >> 32), kGolden);
        } else {
          big(t);
        }
        break;
      }
      case Term::Type::BigInt:
        big(t);
        break;
      case Term::Type::Float: {
        double d = t.float_value();
        if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        h2(static_cast<uint32_t>(bits), static_cast<uint32_t>(bits >> 32), hconst(12));
        break;
      }
      case Term::Type::Atom:  // the BEAM's depends on the atom table: any fixed value
        immediate(uint64_t{t.atom_value().id()} << 6 | 0xB);
        break;
      case Term::Type::Nil:
        immediate(kNilWord);
        break;
      case Term::Type::Pid:
        immediate(t.pid().packed() << 4 | 0x3);
        break;
      case Term::Type::Ref:
        h2(static_cast<uint32_t>(t.ref().number), 0, hconst(7));
        break;
      case Term::Type::Fun:
        h2(static_cast<uint32_t>(t.fun_obj()->hash()), 0, hconst(20));
        break;
      case Term::Type::Binary:
      case Term::Type::Bitstring: {  // (the BEAM hashes a bitstring's tail bits apart)
        std::string_view b = t.bitstring_bytes();
        uint32_t con = hconst(13) + hash_;
        hash_ = b.empty() ? con : jenkins::block_hash(b, con);
        break;
      }
      case Term::Type::Tuple: {
        auto items = t.tuple_items();
        h2(static_cast<uint32_t>(items.size()), 0, hconst(9));
        for (const Term& e : items) term(e);
        break;
      }
      case Term::Type::Map: {
        // a map key of up to 32 pairs: its size, then key, value, key, ... in key order
        // (a bigger one is a trie the BEAM walks node by node: not reproduced)
        const auto& ps = t.map_pairs();
        h2(static_cast<uint32_t>(ps.size()), 0, hconst(16));
        for (const auto& [k, v] : ps) {
          term(k);
          term(v);
        }
        break;
      }
      case Term::Type::Cons:
        list(t);
        break;
    }
  }

 private:
  void h2(uint32_t x, uint32_t y, uint32_t k) {
    uint32_t a = k + x, b = k + y;
    jenkins::mix(a, b, hash_);
  }
  void immediate(uint64_t w) {
    h2(static_cast<uint32_t>(w), static_cast<uint32_t>(w >> 32), kGolden);
  }
  void rotate_in(uint32_t k) {  // a light mix of a constant: xor, rotate left 17
    hash_ ^= k;
    hash_ = (hash_ << 17) ^ (hash_ >> 15);
  }
  // an integer past 60 bits: the 64-bit digits of its magnitude, low first, halves
  void big(const Term& n) {
    bool neg = number::compare(n, Term::integer(0)) < 0;
    uint32_t k = neg ? hconst(10) : hconst(11);
    if (n.is_small_int()) {
      uint64_t m =
          neg ? 0 - static_cast<uint64_t>(n.small_int()) : static_cast<uint64_t>(n.small_int());
      h2(static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32), k);
      return;
    }
    static const Term p32 = number::mul(Term::integer(65536), Term::integer(65536));
    Term m = neg ? number::sub(Term::integer(0), n) : n;
    do {
      Term lo = number::rem(m, p32);
      m = number::div(m, p32);
      Term hi = number::rem(m, p32);
      m = number::div(m, p32);
      h2(static_cast<uint32_t>(lo.small_int()), static_cast<uint32_t>(hi.small_int()), k);
    } while (!number::is_zero(m));
  }
  // runs of bytes go in words of four; another element is marked, hashed, then the rest
  void list(const Term& l) {
    const Term* c = &l;
    while (c->is_cons()) {
      uint32_t sh = 0, n = 0;
      while (c->is_cons() && c->head().is_small_int() && c->head().small_int() >= 0 &&
             c->head().small_int() <= 255) {
        sh = (sh << 8) + static_cast<uint32_t>(c->head().small_int());
        if (n == 3) {
          h2(sh, 0, hconst(4));
          n = sh = 0;
        } else {
          ++n;
        }
        c = &c->tail();
      }
      if (n > 0) h2(sh, n, hconst(22));
      if (!c->is_cons()) break;
      rotate_in(hconst(17));
      term(c->head());
      c = &c->tail();
      if (!c->is_cons()) {
        rotate_in(hconst(18));
        break;
      }
    }
    term(*c);  // [] or an improper tail
  }

  uint32_t hash_;
};

// the hash's nibbles in reverse, so that comparing two of them as numbers compares
// their lowest nibble first: the trie's first level
uint32_t trie_path(uint32_t h) {
  uint32_t r = 0;
  for (int i = 0; i < 8; ++i, h >>= 4) r = (r << 4) | (h & 0xF);
  return r;
}

}  // namespace

uint32_t map_key_hash(const Term& key, uint32_t depth) {
  uint32_t seed = 0;
  if (depth > 0) {
    uint32_t a = hconst(22) + depth, b = hconst(22) + 1;
    jenkins::mix(a, b, seed);
  }
  KeyHasher h(seed ^ kSeed);
  h.term(key);
  return h.result();
}

std::vector<uint32_t> beam_map_order(const std::vector<std::pair<Term, Term>>& pairs) {
  size_t n = pairs.size();
  std::vector<std::pair<uint32_t, uint32_t>> paths(n);  // (trie path, index)
  for (size_t i = 0; i < n; ++i)
    paths[i] = {trie_path(map_key_hash(pairs[i].first, 0)), static_cast<uint32_t>(i)};
  auto deeper = [&](uint32_t a, uint32_t b) {  // the same 32 bits: the next salted hashes
    for (uint32_t d = 1; d < 64; ++d) {
      uint32_t x = trie_path(map_key_hash(pairs[a].first, d));
      uint32_t y = trie_path(map_key_hash(pairs[b].first, d));
      if (x != y) return x > y;
    }
    return a > b;
  };
  // :maps.to_list walks the trie from its lowest slot and prepends: highest path first
  std::sort(paths.begin(), paths.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return deeper(a.second, b.second);
  });
  std::vector<uint32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = paths[i].second;
  return order;
}

}  // namespace taskplay

namespace taskplay {

namespace {

// A big map's pairs in iteration order, with the nibbles of their keys' hashes that place
// them in the trie (level L is bits 4L.. of the hash salted with depth L / 8).
class TrieWalk {
 public:
  explicit TrieWalk(const Term& m)
      : pairs_(m.map_pairs()), order_(m.map_order()), n_(order_.size()), h0_(n_) {
    for (size_t e = 0; e < n_; ++e) h0_[e] = map_key_hash(key(e), 0);
  }
  size_t size() const { return n_; }

  // Narrows [lo, hi) (the pairs under one node at `level`) to the child with index `idx`
  // among the node's occupied slots, or to the child holding `pos` (idx < 0, set to its
  // index); false when the node has no such child.
  bool child(size_t& lo, size_t& hi, uint32_t level, int& idx, size_t pos) const {
    uint32_t target = idx < 0 ? nibble(pos, level) : 0;
    int k = 0;
    for (size_t i = lo; i < hi; ++k) {
      uint32_t v = nibble(i, level);
      size_t j = i + 1;
      while (j < hi && nibble(j, level) == v) ++j;
      if (idx < 0 ? v == target : k == idx) {
        lo = i;
        hi = j;
        idx = k;
        return true;
      }
      i = j;
    }
    return false;
  }

 private:
  const Term& key(size_t e) const { return pairs_[order_[n_ - 1 - e]].first; }
  uint32_t nibble(size_t e, uint32_t level) const {
    uint32_t h = level < 8 ? h0_[e] : map_key_hash(key(e), level / 8);
    return (h >> (4 * (level % 8))) & 0xF;
  }

  const std::vector<std::pair<Term, Term>>& pairs_;
  std::span<const uint32_t> order_;
  size_t n_;
  std::vector<uint32_t> h0_;
};

constexpr uint32_t kPathLevels = 16;  // 4 bits a level in 64 bits

}  // namespace

uint64_t beam_iterator_path(const Term& m, size_t pos) {
  TrieWalk w(m);
  uint64_t path = 0;
  size_t lo = 0, hi = w.size();
  for (uint32_t level = 0; hi - lo > 1 && level < kPathLevels; ++level) {
    int idx = -1;
    w.child(lo, hi, level, idx, pos);
    path |= static_cast<uint64_t>(idx) << (4 * level);
  }
  return path;
}

std::optional<size_t> beam_iterator_position(const Term& m, uint64_t path) {
  TrieWalk w(m);
  size_t lo = 0, hi = w.size();
  for (uint32_t level = 0; hi - lo > 1; ++level) {
    if (level >= kPathLevels) return std::nullopt;
    int idx = static_cast<int>((path >> (4 * level)) & 0xF);
    if (!w.child(lo, hi, level, idx, 0)) return std::nullopt;
  }
  if (lo >= hi) return std::nullopt;
  return lo;
}

}  // namespace taskplay
