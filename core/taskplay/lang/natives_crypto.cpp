// :crypto's hashes and HMACs on Nettle (Debian's libnettle natively, its source built
// for wasm by scripts/setup): hash/2, hash_init/1, hash_update/2, hash_final/1,
// hash_info/1 (and :erlang.md5/1), mac/4 and macN/5 (:hmac), mac_init/3, mac_update/2, mac_final/1,
// mac_finalN/2, strong_rand_bytes/1 and exor/2, with OTP 25's errors ({:badarg,
// {'hash.c', 108}, 'Bad digest type'}, "not an iodata term"). The digests are md4, md5,
// sha, sha224/256/384/512, sha3_224/256/384/512 and ripemd160 (no blake2: Nettle 3.8 has
// none). A streaming state is a reference, as the BEAM's: each update gives a new one
// and the old one stays usable; its context lives in the runtime's table.
// strong_rand_bytes/1 comes from the run's seed, not the host (runtime.hpp: a run replays).

#include <nettle/hmac.h>
#include <nettle/nettle-meta.h>
#include <nettle/ripemd160.h>
#include <nettle/sha3.h>

#include <cstring>
#include <map>

#include "taskplay/lang/errors.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view C = "crypto";

struct Digest {
  std::string_view name;
  const nettle_hash* hash;
  int nid;  // OpenSSL's number for it: hash_info/1's :type
};
const Digest kDigests[] = {
    {"md4", &nettle_md4, 257},
    {"md5", &nettle_md5, 4},
    {"sha", &nettle_sha1, 64},
    {"sha224", &nettle_sha224, 675},
    {"sha256", &nettle_sha256, 672},
    {"sha384", &nettle_sha384, 673},
    {"sha512", &nettle_sha512, 674},
    {"sha3_224", &nettle_sha3_224, 1096},
    {"sha3_256", &nettle_sha3_256, 1097},
    {"sha3_384", &nettle_sha3_384, 1098},
    {"sha3_512", &nettle_sha3_512, 1099},
    {"ripemd160", &nettle_ripemd160, 117},
};
const Digest* digest_of(const Term& t) {
  if (!t.is_atom()) return nullptr;
  const std::string& name = t.atom_value().name();
  for (const Digest& d : kDigests)
    if (d.name == name) return &d;
  return nullptr;
}

Term charlist(std::string_view s) {
  std::vector<Term> xs;
  for (char c : s) xs.push_back(Term::integer(static_cast<unsigned char>(c)));
  return Term::list(xs);
}
// the NIF's own error: {:badarg, {'file.c', line}, 'text'}, an ErlangError in Elixir
[[noreturn]] void nif_error(std::string_view file, int line, std::string_view text) {
  throw Raised{RaiseKind::error,
               Term::tuple({Term(atoms::badarg), Term::tuple({charlist(file), Term::integer(line)}),
                            charlist(text)}),
               Term()};
}

std::string iodata(const Term& t, std::string_view fun, const std::vector<Term>& args) {
  std::string out;
  if (!iodata_into(t, out)) raise_in(Term(atoms::badarg), C, fun, args);
  return out;
}

// A streaming state: the hash's context, and for an HMAC its outer and inner contexts too
struct State {
  const Digest* digest = nullptr;
  bool mac = false;
  std::string ctx, outer, inner;
};
struct States {
  std::map<uint64_t, State> by_ref;
};
Term new_state(Ctx& c, State s) {
  Ref r = c.runtime().make_ref();
  c.runtime().extension<States>().by_ref[r.number] = std::move(s);
  return Term(r);
}
const State* state_of(Ctx& c, const Term& t, bool mac) {
  if (!t.is_ref()) return nullptr;
  auto& table = c.runtime().extension<States>().by_ref;
  auto it = table.find(t.ref().number);
  if (it == table.end() || it->second.mac != mac) return nullptr;
  return &it->second;
}

void update(const State& s, std::string& ctx, std::string_view data) {
  const nettle_hash* h = s.digest->hash;
  if (s.mac)
    hmac_update(ctx.data(), h, data.size(), reinterpret_cast<const uint8_t*>(data.data()));
  else
    h->update(ctx.data(), data.size(), reinterpret_cast<const uint8_t*>(data.data()));
}
std::string final(const State& s, size_t length) {
  const nettle_hash* h = s.digest->hash;
  std::string ctx = s.ctx, outer = s.outer, inner = s.inner, out(length, '\0');
  auto* p = reinterpret_cast<uint8_t*>(out.data());
  if (s.mac)
    hmac_digest(outer.data(), inner.data(), ctx.data(), h, length, p);
  else
    h->digest(ctx.data(), length, p);
  return out;
}

State hash_state(const Digest* d) {
  State s{d, false, std::string(d->hash->context_size, '\0'), {}, {}};
  d->hash->init(s.ctx.data());
  return s;
}
State hmac_state(const Digest* d, std::string_view key) {
  size_t n = d->hash->context_size;
  State s{d, true, std::string(n, '\0'), std::string(n, '\0'), std::string(n, '\0')};
  hmac_set_key(s.outer.data(), s.inner.data(), s.ctx.data(), d->hash, key.size(),
               reinterpret_cast<const uint8_t*>(key.data()));
  return s;
}

Term hash(Ctx& c, Term* a) {
  const Digest* d = digest_of(a[0]);
  if (!d) nif_error("hash.c", 108, "Bad digest type");
  std::string data = iodata(a[1], "hash", {a[0], a[1]});
  charge(c, data.size() / 64);
  State s = hash_state(d);
  update(s, s.ctx, data);
  return Term::string(final(s, d->hash->digest_size));
}
// :erlang.md5/1: the BIF, a badarg in :erlang's name for what is not iodata
Term erlang_md5(Ctx& c, Term* a) {
  std::string data;
  if (!iodata_into(a[0], data)) bif_badarg("erlang", "md5", {a[0]});
  charge(c, data.size() / 64);
  State s = hash_state(&kDigests[1]);
  update(s, s.ctx, data);
  return Term::string(final(s, s.digest->hash->digest_size));
}
Term hash_init(Ctx& c, Term* a) {
  const Digest* d = digest_of(a[0]);
  if (!d) nif_error("hash.c", 142, "Bad digest type");
  return new_state(c, hash_state(d));
}
Term hash_update(Ctx& c, Term* a) {
  const State* s = state_of(c, a[0], false);
  if (!s) nif_error("hash.c", 171, "Bad state");
  std::string data = iodata(a[1], "hash_update", {a[0], a[1]});
  charge(c, data.size() / 64);
  State next = *s;
  update(next, next.ctx, data);
  return new_state(c, std::move(next));
}
Term hash_final(Ctx& c, Term* a) {
  const State* s = state_of(c, a[0], false);
  if (!s) nif_error("hash.c", 205, "Bad state");
  return Term::string(final(*s, s->digest->hash->digest_size));
}
Term hash_info(Ctx&, Term* a) {
  const Digest* d = digest_of(a[0]);
  if (!d) bif_badarg(C, "hash_info", {a[0]});
  return Term::map({{Term::atom("block_size"), Term::integer(int64_t(d->hash->block_size))},
                    {Term::atom("size"), Term::integer(int64_t(d->hash->digest_size))},
                    {Term::atom("type"), Term::integer(d->nid)}});
}

// mac(:hmac, digest, key, data) and macN/5: only HMAC (OTP's other MACs are ciphers')
const Digest* hmac_digest_of(const Term& type, const Term& sub, int unknown_line, int bad_line) {
  if (!type.is_atom(Atom("hmac"))) nif_error("mac.c", unknown_line, "Unknown mac algorithm");
  const Digest* d = digest_of(sub);
  if (!d) nif_error("mac.c", bad_line, "Bad digest algorithm for HMAC");
  return d;
}
Term mac_n(Ctx& c, Term* a, size_t length, const std::vector<Term>& args) {
  const Digest* d = hmac_digest_of(a[0], a[1], 233, 263);
  std::string key = iodata(a[2], args.size() == 5 ? "macN" : "mac", args);
  std::string data;
  if (!iodata_into(a[3], data)) nif_error("mac.c", 175, "Bad text");
  charge(c, data.size() / 64);
  State s = hmac_state(d, key);
  update(s, s.ctx, data);
  return Term::string(final(s, length == 0 ? d->hash->digest_size : length));
}
Term mac(Ctx& c, Term* a) { return mac_n(c, a, 0, {a[0], a[1], a[2], a[3]}); }
// macN/5 and mac_finalN/2: the first `length` bytes (none for 0, as OTP 25 gives); more
// than the digest has is ArgumentError "3rd argument: out of range"
Term macN(Ctx& c, Term* a) {
  std::vector<Term> args{a[0], a[1], a[2], a[3], a[4]};
  const Digest* d = hmac_digest_of(a[0], a[1], 233, 263);
  if (!a[4].is_small_int() || a[4].small_int() < 0 ||
      size_t(a[4].small_int()) > d->hash->digest_size)
    raise_in(Term(atoms::badarg), C, "macN", args);
  if (a[4].small_int() == 0) return Term::string("");
  return mac_n(c, a, size_t(a[4].small_int()), args);
}
Term mac_init(Ctx& c, Term* a) {
  const Digest* d = hmac_digest_of(a[0], a[1], 587, 617);
  std::string key = iodata(a[2], "mac_init", {a[0], a[1], a[2]});
  return new_state(c, hmac_state(d, key));
}
Term mac_update(Ctx& c, Term* a) {
  const State* s = state_of(c, a[0], true);
  if (!s) nif_error("mac.c", 817, "Bad ref");
  std::string data;
  if (!iodata_into(a[1], data)) nif_error("mac.c", 794, "Bad text");
  charge(c, data.size() / 64);
  State next = *s;
  update(next, next.ctx, data);
  return new_state(c, std::move(next));
}
Term mac_final(Ctx& c, Term* a) {
  const State* s = state_of(c, a[0], true);
  if (!s) nif_error("mac.c", 847, "Bad ref");
  return Term::string(final(*s, s->digest->hash->digest_size));
}
Term mac_finalN(Ctx& c, Term* a) {
  const State* s = state_of(c, a[0], true);
  if (!s) nif_error("mac.c", 847, "Bad ref");
  if (!a[1].is_small_int() || a[1].small_int() < 0 ||
      size_t(a[1].small_int()) > s->digest->hash->digest_size)
    bif_badarg(C, "mac_finalN", {a[0], a[1]});
  if (a[1].small_int() == 0) return Term::string("");
  return Term::string(final(*s, size_t(a[1].small_int())));
}

// strong_rand_bytes/1: splitmix64 from the run's seed, one stream per runtime
struct RandomStream {
  uint64_t state = 0;
  bool seeded = false;
};
Term strong_rand_bytes(Ctx& c, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0 || a[0].small_int() > (int64_t(1) << 30))
    bif_badarg(C, "strong_rand_bytes", {a[0]});
  auto n = size_t(a[0].small_int());
  need_heap(c, words_of_bytes(n));
  auto& r = c.runtime().extension<RandomStream>();
  if (!r.seeded) {
    r.state = c.runtime().seed() ^ 0x63727970746f2121ULL;  // "crypto!!"
    r.seeded = true;
  }
  std::string out;
  out.reserve(n + 8);
  while (out.size() < n) {
    uint64_t z = (r.state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    for (int i = 0; i < 8; ++i) out += static_cast<char>((z >> (8 * i)) & 0xFF);
  }
  out.resize(n);
  return Term::string(out);
}

// exor/2: the bytes of two iodata of one length, xor-ed
Term exor(Ctx&, Term* a) {
  std::string x, y;
  if (!iodata_into(a[0], x) || !iodata_into(a[1], y) || x.size() != y.size())
    bif_badarg(C, "exor", {a[0], a[1]});
  for (size_t i = 0; i < x.size(); ++i) x[i] = static_cast<char>(x[i] ^ y[i]);
  return Term::string(x);
}

constexpr Native kTable[] = {
    {C, "hash", 2, hash, nullptr},
    {"erlang", "md5", 1, erlang_md5, nullptr},
    {C, "hash_init", 1, hash_init, nullptr},
    {C, "hash_update", 2, hash_update, nullptr},
    {C, "hash_final", 1, hash_final, nullptr},
    {C, "hash_info", 1, hash_info, nullptr},
    {C, "mac", 4, mac, nullptr},
    {C, "macN", 5, macN, nullptr},
    {C, "mac_init", 3, mac_init, nullptr},
    {C, "mac_update", 2, mac_update, nullptr},
    {C, "mac_final", 1, mac_final, nullptr},
    {C, "mac_finalN", 2, mac_finalN, nullptr},
    {C, "strong_rand_bytes", 1, strong_rand_bytes, nullptr},
    {C, "exor", 2, exor, nullptr},
};

}  // namespace

std::span<const Native> crypto_natives() { return kTable; }

}  // namespace taskplay::lang
