// Erlang's :rand generators as OTP 25 computes them (lib/stdlib/src/rand.erl): the
// algorithms' state shapes ([s0 | s1] for the 116-bit ones, {forward, reversed} lists for
// exs1024 and exro928ss, one integer for exs64), their seeding from an integer, a list or a
// triple (SplitMix64 and the older mixes), and the steps that turn a state into a float or
// an integer in a range, so that a seeded sequence prints the BEAM's exact numbers. The API
// (:rand.seed/1,2, uniform/0,1, the process dictionary's :rand_seed) is the prelude's
// (prelude_erlang.cpp); these natives see only {handler, alg_state} states.

#include <bit>
#include <cmath>
#include <cstdio>
#include <vector>

#include "taskplay/errors.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr uint64_t mask(int bits) { return bits >= 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1; }
constexpr uint64_t M58 = mask(58);
// BSL(bits, x, n): shift left within `bits` bits
constexpr uint64_t bsl(int bits, uint64_t x, int n) { return (x & mask(bits - n)) << n; }
constexpr uint64_t rotl58(uint64_t x, int n) { return bsl(58, x, n) | (x >> (58 - n)); }
constexpr double kTwoPowMinus53 = 1.11022302462515657e-16;

// [SECTION] Integers of any size <-> 64-bit words

Term two_pow(int n) { return integer_power(Term::integer(2), n); }

Term from_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return Term::integer(static_cast<int64_t>(v));
  return number::add(number::mul(Term::integer(static_cast<int64_t>(v >> 1)), Term::integer(2)),
                     Term::integer(static_cast<int64_t>(v & 1)));
}

// An integer modulo 2^64, as two's complement: what ?MASK(64, X) keeps of any integer (and
// every narrower mask keeps a part of it).
uint64_t low64(const Term& t) {
  if (t.is_small_int()) return static_cast<uint64_t>(t.small_int());
  static const Term p32 = two_pow(32);
  static const Term p64 = two_pow(64);
  Term r = number::rem(t, p64);
  if (number::compare(r, Term::integer(0)) < 0) r = number::add(r, p64);
  Term hi = number::div(r, p32), lo = number::rem(r, p32);
  return (static_cast<uint64_t>(hi.small_int()) << 32) | static_cast<uint64_t>(lo.small_int());
}

// [SECTION] The generators

// SplitMix64, which seeds every newer generator
uint64_t splitmix64_next(uint64_t& x) {
  x += 0x9e3779b97f4a7c15ull;
  uint64_t z = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
// seed58/1: the low 58 bits of SplitMix64's next non-zero (there) output
uint64_t seed58(uint64_t& x) {
  for (;;) {
    uint64_t z = splitmix64_next(x) & M58;
    if (z != 0) return z;
  }
}
uint64_t seed64(uint64_t& x) {
  for (;;) {
    uint64_t z = splitmix64_next(x);
    if (z != 0) return z;
  }
}

// ((s * 5) rotl 7) * 9 in 58 bits: the ** scrambler
uint64_t starstar(uint64_t s) {
  uint64_t a = s + bsl(58, s, 2);
  uint64_t b = bsl(58, a, 7) | ((a >> 51) & mask(7));
  return (b + bsl(58, b, 3)) & M58;
}

// Xorshift116's step: the state's new second word
uint64_t exs_next(uint64_t s0, uint64_t s1) {
  uint64_t b = (s1 & M58) ^ bsl(58, s1, 24);
  return b ^ s0 ^ (b >> 11) ^ (s0 >> 41);
}

// xorshift64*: {output, new state}
std::pair<uint64_t, uint64_t> exs64_next(uint64_t r) {
  r ^= r >> 12;
  r ^= bsl(64, r, 25);
  r ^= r >> 27;
  return {r * 2685821657736338717ull, r};
}

uint64_t exs1024_calc(uint64_t s0, uint64_t s1, uint64_t& ns1) {
  s1 ^= bsl(64, s1, 31);
  s1 ^= s1 >> 11;
  s0 ^= s0 >> 30;
  ns1 = s0 ^ s1;
  return ns1 * 1181783497276652981ull;
}

enum class Alg { exsss, exsp, exsplus, exrop, exro928ss, exs1024, exs1024s, exs64, dummy, unknown };

Alg alg_of(const Term& type) {
  if (!type.is_atom()) return Alg::unknown;
  static const std::pair<Atom, Alg> names[] = {
      {Atom("exsss"), Alg::exsss},         {Atom("exsp"), Alg::exsp},
      {Atom("exsplus"), Alg::exsplus},     {Atom("exrop"), Alg::exrop},
      {Atom("exro928ss"), Alg::exro928ss}, {Atom("exs1024"), Alg::exs1024},
      {Atom("exs1024s"), Alg::exs1024s},   {Atom("exs64"), Alg::exs64},
      {Atom("dummy"), Alg::dummy}};
  for (const auto& [a, alg] : names)
    if (type.atom_value() == a) return alg;
  return Alg::unknown;
}

// What rand.erl's handler map says of an algorithm
struct Shape {
  int bits;           // the width of next's output
  int weak_low_bits;  // low bits the range and float functions skip
  bool old;           // a `max` handler: the pre-OTP 20 float and range formulas
};
Shape shape_of(Alg a) {
  switch (a) {
    case Alg::exsp:
    case Alg::exrop:
      return {58, 1, false};
    case Alg::exsplus:
      return {58, 0, true};
    case Alg::exs1024:
      return {64, 0, true};
    case Alg::exs1024s:
      return {64, 3, false};
    case Alg::exs64:
      return {64, 0, true};
    default:
      return {58, 0, false};
  }
}

[[noreturn]] void rand_error(const char* reason, const char* fun, int arity) {
  throw Raised{RaiseKind::error, Term::atom(reason),
               Term::list({Term::tuple(
                   {Term::atom("rand"), Term::atom(fun), Term::integer(arity), Term()})})};
}

std::vector<Term> items(const Term& list) {
  if (!list.is_list()) badarg(list);
  return list.list_items();
}

// A {forward, reversed} ring (exs1024, exro928ss) as one vector, front first.
struct Ring {
  std::vector<uint64_t> fwd, rev;  // rev: most recent first, as OTP conses it
  explicit Ring(const Term& t) {
    if (!t.is_tuple(2)) badarg(t);
    for (const Term& x : items(t[0])) fwd.push_back(low64(x));
    for (const Term& x : items(t[1])) rev.push_back(low64(x));
    if (fwd.empty()) badarg(t);
  }
  // [H] with RL: the reversed part turns over behind H
  void refill() {
    if (fwd.size() == 1) {
      fwd.insert(fwd.end(), rev.rbegin(), rev.rend());
      rev.clear();
    }
  }
  Term term() const {
    std::vector<Term> f, r;
    for (uint64_t v : fwd) f.push_back(from_u64(v));
    for (uint64_t v : rev) r.push_back(from_u64(v));
    return Term::tuple({Term::list(f), Term::list(r)});
  }
};

// Alg's next/1: {an output word of shape.bits bits, the new state}
std::pair<uint64_t, Term> next(Alg a, const Term& s) {
  switch (a) {
    case Alg::exsss:
    case Alg::exsp:
    case Alg::exsplus: {
      if (!s.is_cons()) badarg(s);
      // [S1 | S0]: the words are swapped in the list, as OTP keeps them
      uint64_t s1 = low64(s.head()), s0 = low64(s.tail()) & M58;
      uint64_t ns1 = exs_next(s0, s1);
      uint64_t out = a == Alg::exsss ? starstar(s0) : (s0 + ns1) & M58;
      return {out, Term::cons(from_u64(s0), from_u64(ns1))};
    }
    case Alg::exrop: {
      if (!s.is_cons()) badarg(s);
      uint64_t s0 = low64(s.head()), s1 = low64(s.tail());
      uint64_t a1 = s1 ^ s0;
      uint64_t n0 = rotl58(s0, 24) ^ a1 ^ bsl(58, a1, 2), n1 = rotl58(a1, 35);
      return {(s0 + s1) & M58, Term::cons(from_u64(n0), from_u64(n1))};
    }
    case Alg::exro928ss: {
      Ring r(s);
      r.refill();
      uint64_t s15 = r.fwd[0], s0 = r.fwd[1];
      uint64_t q = (s15 & M58) ^ (s0 & M58);
      uint64_t ns15 = rotl58(s0 & M58, 44) ^ q ^ bsl(58, q, 9), ns0 = rotl58(q, 45);
      r.fwd.erase(r.fwd.begin());
      r.fwd[0] = ns0;
      r.rev.insert(r.rev.begin(), ns15);
      return {starstar(s0), r.term()};
    }
    case Alg::exs1024:
    case Alg::exs1024s: {
      Ring r(s);
      r.refill();
      uint64_t s0 = r.fwd[0], ns1;
      uint64_t out = exs1024_calc(s0, r.fwd[1], ns1);
      r.fwd.erase(r.fwd.begin());
      r.fwd[0] = ns1;
      r.rev.insert(r.rev.begin(), s0);
      return {out, r.term()};
    }
    case Alg::exs64: {
      if (!s.is_integer()) badarg(s);
      auto [out, ns] = exs64_next(low64(s));
      return {out, from_u64(ns)};
    }
    case Alg::dummy: {
      uint64_t r = low64(s);
      return {r, from_u64(r ^ M58)};
    }
    case Alg::unknown:
      break;
  }
  badarg(s);
}

// seed_nz/4: a list of seed words, masked, padded with zeros, not all zero
std::vector<uint64_t> seed_list(const Term& list, size_t n, int bits, const char* fun) {
  std::vector<uint64_t> out;
  bool nonzero = false;
  const Term* c = &list;
  if (c->is_nil()) rand_error("zero_seed", fun, 1);
  for (; c->is_cons(); c = &c->tail()) {
    if (out.size() == n) rand_error("too_many_seed_integers", "seed_nz", 4);
    if (!c->head().is_integer()) rand_error("non_integer_seed", "seed_nz", 4);
    out.push_back(low64(c->head()) & mask(bits));
    nonzero = nonzero || out.back() != 0;
  }
  if (!nonzero) rand_error("zero_seed", "seed_nz", 4);
  out.resize(n, 0);
  return out;
}

Term words(const std::vector<uint64_t>& v) {
  std::vector<Term> t;
  for (uint64_t x : v) t.push_back(from_u64(x));
  return Term::list(t);
}

const char* seed_fun(Alg a) {
  switch (a) {
    case Alg::exsss:
      return "exsss_seed";
    case Alg::exsp:
    case Alg::exsplus:
      return "exsplus_seed";
    case Alg::exrop:
      return "exrop_seed";
    case Alg::exro928ss:
      return "exro928_seed";
    case Alg::exs1024:
    case Alg::exs1024s:
      return "exs1024_seed";
    case Alg::exs64:
      return "exs64_seed";
    default:
      return "dummy_seed";
  }
}

// :taskplay.rand_seed(alg, seed): the algorithm's seed function (exsss_seed/1, ...)
Term rand_seed(Ctx&, Term* a) {
  Alg alg = alg_of(a[0]);
  const Term& seed = a[1];
  const char* fun = seed_fun(alg);
  bool triple =
      seed.is_tuple(3) && seed[0].is_integer() && seed[1].is_integer() && seed[2].is_integer();
  if (alg == Alg::unknown || !(seed.is_list() || seed.is_integer() || triple))
    raise_function_clause(Atom("rand"), Atom(fun), {seed});
  auto pair = [](uint64_t s0, uint64_t s1) { return Term::cons(from_u64(s0), from_u64(s1)); };
  switch (alg) {
    case Alg::exsss:
    case Alg::exsp:
    case Alg::exsplus:
    case Alg::exrop: {
      if (seed.is_list()) {
        auto w = seed_list(seed, 2, 58, fun);
        return pair(w[0], w[1]);
      }
      if (seed.is_integer()) {
        uint64_t x = low64(seed);
        uint64_t s0 = seed58(x);
        return pair(s0, seed58(x));
      }
      uint64_t a1 = low64(seed[0]), a2 = low64(seed[1]), a3 = low64(seed[2]);
      if (alg == Alg::exsss) {  // the triple mixed into SplitMix64
        uint64_t x0 = a1;
        seed58(x0);
        uint64_t x1 = a2 ^ x0;
        uint64_t s0 = seed58(x1);
        uint64_t x2 = a3 ^ x1;
        return pair(s0, seed58(x2));
      }
      uint64_t w1 = (a1 * 4294967197ull + 1) & M58, w2 = (a2 * 4294967231ull + 1) & M58,
               w3 = (a3 * 4294967279ull + 1) & M58;
      if (alg == Alg::exrop) {
        auto [r1, rs] = next(Alg::exrop, pair(w1, w2));
        (void)r1;
        return next(Alg::exrop, pair(w3, low64(rs.tail()))).second;
      }
      auto [r1, rs] = next(Alg::exsp, pair(w1, w2));
      (void)r1;
      return next(Alg::exsp, pair(w3, low64(rs.tail()))).second;
    }
    case Alg::exro928ss: {
      std::vector<uint64_t> w;
      if (seed.is_list()) {
        w = seed_list(seed, 16, 58, fun);
      } else if (seed.is_integer()) {
        uint64_t x = low64(seed);
        for (int i = 0; i < 16; ++i) w.push_back(seed58(x));
      } else {
        uint64_t x = low64(seed[0]);
        w.push_back(seed58(x));
        x = low64(seed[1]) ^ x;
        w.push_back(seed58(x));
        x = low64(seed[2]) ^ x;
        w.push_back(seed58(x));
        for (int i = 0; i < 13; ++i) w.push_back(seed58(x));
      }
      return Term::tuple({words(w), Term()});
    }
    case Alg::exs1024:
    case Alg::exs1024s: {
      std::vector<uint64_t> w;
      if (seed.is_list()) {
        w = seed_list(seed, 16, 64, fun);
      } else if (seed.is_integer()) {
        uint64_t x = low64(seed);
        for (int i = 0; i < 16; ++i) w.push_back(seed64(x));
      } else {
        auto m21 = [](uint64_t v) { return v & mask(21); };
        uint64_t b1 = m21((m21(low64(seed[0])) + 1) * 2097131);
        uint64_t b2 = m21((m21(low64(seed[1])) + 1) * 2097133);
        uint64_t b3 = m21((m21(low64(seed[2])) + 1) * 2097143);
        uint64_t r = (b1 << 43) | (b2 << 22) | (b3 << 1) | 1;
        w.resize(16);
        for (int i = 15; i >= 0; --i) {  // xorshift64*'s outputs, the last one first
          auto [out, ns] = exs64_next(r);
          w[i] = out;
          r = ns;
        }
      }
      return Term::tuple({words(w), Term()});
    }
    case Alg::exs64: {
      if (seed.is_list()) return from_u64(seed_list(seed, 1, 64, fun)[0]);
      if (seed.is_integer()) {
        uint64_t x = low64(seed);
        return from_u64(seed64(x));
      }
      auto v = [](uint64_t w, uint64_t k) {
        return from_u64(exs64_next((w & mask(32)) * k + 1).first);
      };
      // ((V1 * V2 * V3) rem (2^64 - 2)) + 1
      Term p = number::mul(
          number::mul(v(low64(seed[0]), 4294967197ull), v(low64(seed[1]), 4294967231ull)),
          v(low64(seed[2]), 4294967279ull));
      return number::add(number::rem(p, from_u64(mask(64) - 1)), Term::integer(1));
    }
    case Alg::dummy: {
      if (seed.is_list()) {
        if (seed.is_nil()) rand_error("zero_seed", fun, 1);
        if (!seed.head().is_integer()) rand_error("non_integer_seed", fun, 1);
        if (!seed.tail().is_nil()) rand_error("too_many_seed_integers", fun, 1);
        return from_u64(low64(seed.head()) & M58);
      }
      if (seed.is_integer()) {
        uint64_t x = low64(seed);
        return from_u64(splitmix64_next(x) & M58);
      }
      uint64_t x1 = low64(seed[0]);
      splitmix64_next(x1);
      uint64_t x2 = low64(seed[1]) ^ x1;
      splitmix64_next(x2);
      uint64_t x3 = low64(seed[2]) ^ x2;
      return from_u64(splitmix64_next(x3) & M58);
    }
    case Alg::unknown:
      break;
  }
  badarg(seed);
}

// [SECTION] Floats and ranges from a state {handler, alg_state}

Alg handler_alg(const Term& state) {
  if (!state.is_tuple(2) || !state[0].is_map()) badarg(state);
  const Term* type = state[0].map_get(Term::atom("type"));
  Alg a = type ? alg_of(*type) : Alg::unknown;
  if (a == Alg::unknown) badarg(state);
  return a;
}

// uniform_s/1: a float in [0.0, 1.0)
Term rand_uniform(Ctx&, Term* a) {
  Alg alg = handler_alg(a[0]);
  auto [v, s] = next(alg, a[0][1]);
  Shape sh = shape_of(alg);
  double x;
  if (alg == Alg::dummy)
    x = 0.5;
  else if (sh.old)  // V / (Max + 1)
    x = static_cast<double>(v) / std::ldexp(1.0, sh.bits);
  else
    x = static_cast<double>(v >> (sh.bits - 53)) * kTwoPowMinus53;
  return Term::tuple({Term::floating(x), Term::tuple({a[0][0], s})});
}

// A value of at least `range`'s size from words of next/1 (rand.erl's uniform_range/4 for
// ranges wider than the generator's words), then the draw in [1, range].
Term uniform_wide(Alg alg, const Term& range, Term state, uint64_t first) {
  Shape sh = shape_of(alg);
  int shift = sh.bits - sh.weak_low_bits;
  Term range_m1 = number::sub(range, Term::integer(1));
  // a power of two: is range - 1 all ones?
  bool pow2 = true;
  for (Term r = range; number::compare(r, Term::integer(1)) > 0;
       r = number::div(r, Term::integer(2)))
    if (!number::is_zero(number::rem(r, Term::integer(2)))) pow2 = false;
  Term v = from_u64(first);
  for (;;) {
    int b = sh.bits;
    Term need = number::div(range, two_pow(pow2 ? sh.bits : sh.bits - 2));
    while (number::compare(need, Term::integer(1)) > 0) {
      auto [w, ns] = next(alg, state);
      state = ns;
      // waste the weak low bits of what is kept
      Term kept = number::sub(v, number::rem(v, two_pow(sh.weak_low_bits)));
      v = number::add(number::mul(kept, two_pow(shift)), from_u64(w));
      need = number::div(need, two_pow(shift));
      b += shift;
    }
    if (pow2) return Term::tuple({number::add(number::rem(v, range), Term::integer(1)), state});
    Term i = number::rem(v, range);
    if (number::compare(number::sub(v, i), number::sub(two_pow(b), range)) <= 0)
      return Term::tuple({number::add(i, Term::integer(1)), state});
    auto [w, ns] = next(alg, state);  // from the truncated top: again
    state = ns;
    v = from_u64(w);
  }
}

// uniform_s/2: an integer in [1, n]
Term rand_uniform_n(Ctx&, Term* a) {
  const Term& n = a[0];
  Alg alg = handler_alg(a[1]);
  const Term& handler = a[1][0];
  Term s = a[1][1];
  if (alg == Alg::dummy)
    return Term::tuple({Term::integer(1), Term::tuple({handler, next(alg, s).second})});
  Shape sh = shape_of(alg);
  for (;;) {
    auto [v, ns] = next(alg, s);
    s = ns;
    auto done = [&](Term x) { return Term::tuple({x, Term::tuple({handler, s})}); };
    if (sh.old) {  // (V rem N) + 1, or a float's share of N past Max
      if (n.is_small_int() && static_cast<uint64_t>(n.small_int()) <= mask(sh.bits))
        return done(
            Term::integer(static_cast<int64_t>(v % static_cast<uint64_t>(n.small_int())) + 1));
      double f = static_cast<double>(v) / std::ldexp(1.0, sh.bits) * number::to_double(n);
      char buf[400];
      std::snprintf(buf, sizeof buf, "%.0f", std::trunc(f));
      return done(number::add(Term::integer_from_string(buf), Term::integer(1)));
    }
    // ?uniform_range: within one word, or wider
    if (!n.is_small_int() ||
        (sh.bits < 64 && static_cast<uint64_t>(n.small_int()) > (uint64_t{1} << sh.bits))) {
      Term r = uniform_wide(alg, n, s, v);
      return Term::tuple({r[0], Term::tuple({handler, r[1]})});
    }
    uint64_t range = static_cast<uint64_t>(n.small_int());
    if (v < range) return done(Term::integer(static_cast<int64_t>(v + 1)));
    uint64_t i = v % range;
    // V - I =< 2^bits - N
    uint64_t top = sh.bits == 64 ? 0 - range : (uint64_t{1} << sh.bits) - range;
    if (v - i <= top) return done(Term::integer(static_cast<int64_t>(i + 1)));
  }
}

// uniform_real_s/1: a float in (0.0, 1.0], its mantissa kept full however small it is
Term rand_uniform_real(Ctx&, Term* a) {
  Alg alg = handler_alg(a[0]);
  Shape sh = shape_of(alg);
  Term s = a[0][1];
  // the old handlers take 56 bits as they come; the others the top 56
  int bits = sh.old ? 56 : sh.bits;
  auto draw = [&]() {
    auto [v, ns] = next(alg, s);
    s = ns;
    return sh.old ? v & mask(56) : v;
  };
  auto done = [&](double x) { return Term::tuple({Term::floating(x), Term::tuple({a[0][0], s})}); };
  auto top56 = [&](uint64_t m1, int bit_no) -> std::optional<double> {
    for (int k = 55; k >= 52; --k)
      if (m1 >= (uint64_t{1} << k))
        return static_cast<double>(m1 >> (k - 52)) * std::ldexp(1.0, bit_no - (108 - k));
    return std::nullopt;
  };
  for (;;) {
    uint64_t m1 = draw() >> (bits - 56);
    if (auto x = top56(m1, 0)) return done(*x);
    uint64_t m0 = m1;
    int bit_no = -56;
    for (;;) {
      uint64_t v1 = draw();
      if (bit_no == -1064) {  // the theoretical bottom: fill up to 53 bits
        int b0 = 53 - std::bit_width(m0);
        return done(static_cast<double>((m0 << b0) | (v1 >> (bits - b0))) *
                    std::ldexp(1.0, -1064 - b0));
      }
      if (m0 != 0) {  // fill up to 53 bits
        int b0 = 53 - std::bit_width(m0);
        return done(static_cast<double>((m0 << b0) | (v1 >> (bits - b0))) *
                    std::ldexp(1.0, bit_no - b0));
      }
      uint64_t m = v1 >> (bits - 56);
      if (auto x = top56(m, bit_no)) return done(*x);
      if (bit_no == -1008 && m < (uint64_t{1} << 42)) break;  // would underflow: start over
      m0 = m;
      bit_no -= 56;
    }
  }
}

// jump/1 for the Xorshift116 and Xoroshiro116 generators: 2^64 steps ahead
Term rand_jump(Ctx&, Term* a) {
  Alg alg = handler_alg(a[0]);
  Term s = a[0][1];
  if (alg != Alg::exsss && alg != Alg::exsp && alg != Alg::exsplus && alg != Alg::exrop)
    throw Raised{RaiseKind::error, Term::atom("not_implemented"), Term()};
  // the jump polynomial in two 58-bit words, low first
  std::vector<uint64_t> consts{0x02f8ea6bc32c797ull, 0x345d2a0f85f788cull};
  if (alg == Alg::exrop) {  // 16#9863200f83fcd4a11293241fcb12a
    const uint64_t hi = 0x9863200f83fcdull, lo = 0x4a11293241fcb12aull;
    consts = {lo & M58, (hi << 6) | (lo >> 58)};
  }
  uint64_t t0 = 0, t1 = 0;
  for (uint64_t word : consts)
    for (int b = 0; b < 58; ++b) {
      if ((word >> b) & 1) {
        t0 ^= low64(s.head());
        t1 ^= low64(s.tail());
      }
      s = next(alg, s).second;
    }
  return Term::tuple({a[0][0], Term::cons(from_u64(t0), from_u64(t1))});
}

// an algorithm's next/1: {word, new alg_state}
Term rand_next(Ctx&, Term* a) {
  Alg alg = alg_of(a[0]);
  if (alg == Alg::unknown) badarg(a[0]);
  auto [v, s] = next(alg, a[1]);
  return Term::tuple({from_u64(v), s});
}

// The first draw of a process that never seeded: its pid and the run's seed (the BEAM
// takes its pid, the time and a unique integer), so a recorded run replays the same numbers.
Term process_seed(Ctx& c, Term*) { return from_u64(c.runtime().process_seed(c.process().pid)); }

constexpr std::string_view T = "taskplay";

constexpr Native kTable[] = {
    {T, "rand_seed", 2, rand_seed, nullptr},
    {T, "rand_next", 2, rand_next, nullptr},
    {T, "rand_uniform", 1, rand_uniform, nullptr},
    {T, "rand_uniform_n", 2, rand_uniform_n, nullptr},
    {T, "rand_uniform_real", 1, rand_uniform_real, nullptr},
    {T, "rand_jump", 1, rand_jump, nullptr},
    {T, "process_seed", 0, process_seed, nullptr},
};

}  // namespace

std::span<const Native> rand_natives() { return kTable; }

}  // namespace taskplay::lang
