#include "taskplay/phash2.hpp"

#include <bit>
#include <cstring>
#include <vector>

#include "taskplay/fun.hpp"
#include "taskplay/jenkins_hash.hpp"
#include "taskplay/number.hpp"

namespace taskplay {

namespace {

using jenkins::block_hash;
using jenkins::hconst;
using jenkins::kGolden;
using jenkins::mix;

// An atom's hash is erts' hashpjw of its name, a two-byte UTF-8 Latin-1 letter taken as
// its code point (the atom table's clutch for names from before UTF-8 atoms)
uint32_t atom_hash(const std::string& name) {
  uint32_t h = 0;
  for (size_t i = 0; i < name.size(); ++i) {
    uint32_t v = static_cast<unsigned char>(name[i]);
    if (i + 1 < name.size() && (v & 0xFE) == 0xC2 &&
        (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) {
      v = ((v << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3F)) & 0xFF;
      ++i;
    }
    h = (h << 4) + v;
    if (uint32_t g = h & 0xf0000000u) {
      h ^= g >> 24;
      h ^= g;
    }
  }
  return h;
}

class Hasher {
 public:
  uint32_t run(const Term& root) {
    hash_ = 0;
    stack_.push_back(Item{&root, Op::term});
    while (!stack_.empty()) {
      Item it = stack_.back();
      stack_.pop_back();
      switch (it.op) {
        case Op::term:
          term(*it.t);
          break;
        case Op::map_pair:  // a pair is hashed alone, then xored into the map's
          xor_pairs_ ^= hash_;
          hash_ = 0;
          break;
        case Op::map_tail:
          hash_ = it.saved_hash;
          h1(xor_pairs_, hconst(19));
          xor_pairs_ = it.saved_xor;
          break;
      }
    }
    return hash_;
  }

 private:
  enum class Op { term, map_pair, map_tail };
  struct Item {
    const Term* t = nullptr;
    Op op = Op::term;
    uint32_t saved_hash = 0, saved_xor = 0;
  };

  void h2(uint32_t x, uint32_t y, uint32_t k) {
    uint32_t a = k + x, b = k + y;
    mix(a, b, hash_);
  }
  void h1(uint32_t x, uint32_t k) { h2(x, 0, k); }

  // integers past 28 bits hash as bignums: 64-bit digits of the magnitude, low first
  void big(const Term& n) {
    bool neg = number::compare(n, Term::integer(0)) < 0;
    uint32_t k = neg ? hconst(10) : hconst(11);
    if (n.is_small_int()) {
      uint64_t m =
          neg ? 0 - static_cast<uint64_t>(n.small_int()) : static_cast<uint64_t>(n.small_int());
      h2(static_cast<uint32_t>(m), static_cast<uint32_t>(m >> 32), k);
      return;
    }
    static const Term p32 = [] {
      return number::mul(Term::integer(65536), Term::integer(65536));
    }();
    Term m = neg ? number::sub(Term::integer(0), n) : n;
    do {
      Term lo = number::rem(m, p32);
      m = number::div(m, p32);
      Term hi = number::rem(m, p32);
      m = number::div(m, p32);
      h2(static_cast<uint32_t>(lo.small_int()), static_cast<uint32_t>(hi.small_int()), k);
    } while (!number::is_zero(m));
  }

  void term(const Term& t) {
    switch (t.type()) {
      case Term::Type::Int: {
        int64_t x = t.small_int();
        if (x < -(int64_t{1} << 27) || x >= (int64_t{1} << 27)) {
          big(t);
          break;
        }
        int32_t y = static_cast<int32_t>(x);
        if (y < 0) h1(static_cast<uint32_t>(-y), kGolden);  // negatives are mixed twice
        h1(static_cast<uint32_t>(y), kGolden);
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
        h2(static_cast<uint32_t>(bits >> 32), static_cast<uint32_t>(bits), hconst(12));
        break;
      }
      case Term::Type::Atom: {
        uint32_t a = atom_hash(t.atom_value().name());
        if (hash_ == 0)
          hash_ = a;
        else
          h1(a, hconst(3));
        break;
      }
      case Term::Type::Nil:
        if (hash_ == 0)
          hash_ = 3468870702u;
        else
          h1(2, hconst(2));  // erts' tag number of []
        break;
      case Term::Type::Binary:
      case Term::Type::Bitstring: {  // (the BEAM hashes a bitstring's tail bits apart)
        std::string_view b = t.bitstring_bytes();
        uint32_t con = hconst(13) + hash_;
        hash_ = b.empty() ? con : block_hash(b, con);
        break;
      }
      case Term::Type::Cons:
        list(t);
        break;
      case Term::Type::Tuple: {
        auto items = t.tuple_items();
        h1(static_cast<uint32_t>(items.size()), hconst(9));
        for (size_t i = items.size(); i-- > 0;) stack_.push_back(Item{&items[i], Op::term});
        break;
      }
      case Term::Type::Map: {
        const auto& pairs = t.map_pairs();
        h1(static_cast<uint32_t>(pairs.size()), hconst(16));
        if (pairs.empty()) break;
        Item tail{nullptr, Op::map_tail, hash_, xor_pairs_};
        stack_.push_back(tail);
        hash_ = 0;
        xor_pairs_ = 0;
        for (size_t i = pairs.size(); i-- > 0;) {
          stack_.push_back(Item{nullptr, Op::map_pair});
          stack_.push_back(Item{&pairs[i].second, Op::term});
          stack_.push_back(Item{&pairs[i].first, Op::term});
        }
        break;
      }
      case Term::Type::Pid:
        h1(t.pid().number, hconst(5));
        break;
      case Term::Type::Ref:
        h1(static_cast<uint32_t>(t.ref().number), hconst(7));
        break;
      case Term::Type::Fun: {
        uint64_t u = t.fun_obj()->hash();
        h2(static_cast<uint32_t>(t.fun_obj()->arity()), static_cast<uint32_t>(u), kGolden);
        break;
      }
      default:
        break;
    }
  }

  // byte runs (a charlist) in words of four; other elements one by one; the tail last
  void list(const Term& l) {
    const Term* c = &l;
    while (c->is_cons()) {
      uint32_t sh = 0;
      int n = 0;
      while (c->is_cons() && c->head().is_small_int() && c->head().small_int() >= 0 &&
             c->head().small_int() <= 255) {
        sh = (sh << 8) + static_cast<uint32_t>(c->head().small_int());
        if (n == 3) {
          h1(sh, hconst(4));
          n = 0;
          sh = 0;
        } else {
          ++n;
        }
        c = &c->tail();
      }
      if (n > 0) h1(sh, hconst(4));
      if (!c->is_cons()) break;
      // an element that is not a byte: it, then the rest
      stack_.push_back(Item{&c->tail(), Op::term});
      stack_.push_back(Item{&c->head(), Op::term});
      return;
    }
    term(*c);  // [] or an improper tail
  }

  uint32_t hash_ = 0;
  uint32_t xor_pairs_ = 0;
  std::vector<Item> stack_;
};

}  // namespace

uint32_t make_hash2(const Term& t) {
  // at the top, a small integer and an atom skip the loop (an atom is its name's hash)
  if (t.is_atom()) return atom_hash(t.atom_value().name());
  return Hasher().run(t);
}

}  // namespace taskplay
