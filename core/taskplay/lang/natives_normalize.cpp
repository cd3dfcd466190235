// String.normalize/2 and String.equivalent?/2: Unicode normalization (UAX #15) as Elixir 1.14
// does it with OTP 25's :unicode, Unicode 14.0.0. Canonical combining classes and one-level
// decompositions come from normalize_table.inc (scripts/gen-normalize.py), decoded on first
// use; the canonical compositions are the decompositions it marks as primary composites;
// Hangul syllables are arithmetic. A byte that is not UTF-8 is kept as it is and splits the
// string: each side is normalized on its own, as Elixir's normalize/2 carries on after
// :unicode's {:error, good, rest}.

#include <algorithm>
#include <array>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {

#include "taskplay/lang/normalize_table.inc"

struct Decomposition {
  uint32_t cp;
  uint32_t at;  // its code points: pool[at .. at + len)
  uint8_t len;
  bool compat, composes;
};

struct Tables {
  std::vector<std::array<uint32_t, 3>> classes;  // first, last, combining class
  std::vector<Decomposition> decompositions;     // by cp
  std::vector<uint32_t> pool;
  std::vector<std::pair<uint64_t, uint32_t>> compositions;  // (first << 21 | second), by key
  Tables();
};

uint32_t varint(const uint8_t*& p) {
  uint32_t v = 0;
  for (int shift = 0;; shift += 7) {
    v |= static_cast<uint32_t>(*p & 0x7F) << shift;
    if (!(*p++ & 0x80)) return v;
  }
}

Tables::Tables() {
  uint32_t end = 0;
  for (const uint8_t* p = kCombiningClasses; p < std::end(kCombiningClasses);) {
    uint32_t first = end + varint(p);
    uint32_t last = first + varint(p);
    classes.push_back({first, last, *p++});
    end = last + 1;
  }
  uint32_t cp = 0;
  for (const uint8_t* p = kDecompositions; p < std::end(kDecompositions);) {
    cp += varint(p);
    uint8_t head = *p++;
    Decomposition d{cp, static_cast<uint32_t>(pool.size()), static_cast<uint8_t>(head >> 2),
                    (head & 2) != 0, (head & 1) != 0};
    for (int k = 0; k < d.len; ++k) pool.push_back(varint(p));
    if (d.composes) compositions.push_back({uint64_t{pool[d.at]} << 21 | pool[d.at + 1], cp});
    decompositions.push_back(d);
  }
  std::sort(compositions.begin(), compositions.end());
}

const Tables& tables() {
  static const Tables t;
  return t;
}

// Hangul syllables: L V (T), by arithmetic
constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

uint8_t combining_class(uint32_t cp) {
  if (cp < 0x300) return 0;
  const auto& cs = tables().classes;
  auto it = std::upper_bound(cs.begin(), cs.end(), cp,
                             [](uint32_t c, const std::array<uint32_t, 3>& r) { return c < r[0]; });
  if (it == cs.begin() || cp > (--it)->at(1)) return 0;
  return static_cast<uint8_t>(it->at(2));
}

// cp's full decomposition (canonical, or also compatibility) appended to out
void decompose(uint32_t cp, bool compat, std::vector<uint32_t>& out) {
  if (cp - kSBase < kSCount) {
    uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + s % kNCount / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  const Tables& t = tables();
  auto it = std::lower_bound(t.decompositions.begin(), t.decompositions.end(), cp,
                             [](const Decomposition& d, uint32_t c) { return d.cp < c; });
  if (it == t.decompositions.end() || it->cp != cp || (it->compat && !compat)) {
    out.push_back(cp);
    return;
  }
  for (uint32_t k = 0; k < it->len; ++k) decompose(t.pool[it->at + k], compat, out);
}

// Canonical ordering: each run of non-starters sorted by combining class, stably
void reorder(std::vector<uint32_t>& cps) {
  for (size_t i = 0; i < cps.size();) {
    if (combining_class(cps[i]) == 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < cps.size() && combining_class(cps[j]) != 0) ++j;
    std::stable_sort(
        cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(j),
        [](uint32_t a, uint32_t b) { return combining_class(a) < combining_class(b); });
    i = j;
  }
}

// The primary composite of a and b, or 0 (Hangul's are compose_cluster's)
uint32_t composite(uint32_t a, uint32_t b) {
  const auto& cs = tables().compositions;
  uint64_t key = uint64_t{a} << 21 | b;
  auto it = std::lower_bound(cs.begin(), cs.end(), std::pair<uint64_t, uint32_t>{key, 0});
  return it != cs.end() && it->first == key ? it->second : 0;
}

// Canonical composition of one grapheme cluster, decomposed and ordered, as OTP 25's
// unicode_util composes it, which is not quite UAX #15's: every character after the
// cluster's first joins that first one (no other starter takes over) unless a non-starter
// of its class or a higher one comes between; a cluster of two joins whatever their
// classes; one that starts with a Hangul L and V is that syllable, taking a T
// (U+11A7..U+11C2: U+11A7 is swallowed), the rest left as it is.
void compose_cluster(const uint32_t* cps, size_t n, std::vector<uint32_t>& out) {
  if (n == 0) return;
  if (n >= 2 && cps[0] - kLBase < kLCount) {
    if (cps[1] - kVBase >= kVCount) {
      out.push_back(cps[0]);
      compose_cluster(cps + 1, n - 1, out);
      return;
    }
    uint32_t lv = kSBase + ((cps[0] - kLBase) * kVCount + (cps[1] - kVBase)) * kTCount;
    size_t used = 2;
    if (n >= 3 && cps[2] - kTBase < kTCount) lv += cps[used++] - kTBase;
    out.push_back(lv);
    out.insert(out.end(), cps + used, cps + n);
    return;
  }
  uint32_t base = cps[0];
  size_t at = out.size();
  out.push_back(base);
  int last_class = n == 2 ? 0 : combining_class(base);
  for (size_t i = 1; i < n; ++i) {
    int cls = combining_class(cps[i]);
    if (uint32_t both = last_class == 0 || last_class < cls ? composite(out[at], cps[i]) : 0) {
      out[at] = both;
      continue;
    }
    last_class = cls;
    out.push_back(cps[i]);
  }
}

struct Form {
  std::string_view atom, function;  // :nfc, :unicode's characters_to_nfc_binary
  bool compat, composed;
};
constexpr Form kForms[] = {
    {"nfd", "characters_to_nfd_binary", false, false},
    {"nfc", "characters_to_nfc_binary", false, true},
    {"nfkd", "characters_to_nfkd_binary", true, false},
    {"nfkc", "characters_to_nfkc_binary", true, true},
};

// A string of code points in UTF-8
std::string utf8(const std::vector<uint32_t>& cps) {
  std::string out;
  for (uint32_t cp : cps) put_utf8(out, cp);
  return out;
}

// A run of valid UTF-8 normalized: decomposed and ordered throughout (no run of non-starters
// crosses a grapheme cluster), composed cluster by cluster; under NFKC the clusters of the
// decomposition, as OTP 25 clusters it once more
std::string normalized_utf8(std::string_view s, const Form& form) {
  std::vector<uint32_t> cps, out;
  auto decomposed = [&](std::string_view part) {
    cps.clear();
    for (size_t i = 0; i < part.size();) {
      uint32_t cp = 0;
      i += next_code_point(part, i, cp);
      decompose(cp, form.compat, cps);
    }
    reorder(cps);
  };
  if (!form.composed) {
    decomposed(s);
    return utf8(cps);
  }
  for (std::string_view cluster : graphemes_of(s)) {
    decomposed(cluster);
    if (!form.compat) {
      compose_cluster(cps.data(), cps.size(), out);
      continue;
    }
    std::string again = utf8(cps);
    for (std::string_view part : graphemes_of(again)) {
      decomposed(part);
      compose_cluster(cps.data(), cps.size(), out);
    }
  }
  return utf8(out);
}

// :unicode.characters_to_nfc_binary/1 and the others on a binary: s normalized up to its
// first byte that is not UTF-8, and where that byte is (s.size(): none). OTP 25 raises
// there instead when an emoji's cluster is still open (its grapheme breaking fails).
std::pair<std::string, size_t> normalized_prefix(std::string_view s, const Form& form) {
  size_t i = 0;
  for (uint32_t cp = 0; i < s.size();) {
    size_t n = next_code_point(s, i, cp);
    if (n == 0) break;
    i += n;
  }
  if (i < s.size() && ends_in_open_pictographic(s.substr(0, i)))
    bif_badarg("unicode", form.function, {Term::string(s)});
  return {normalized_utf8(s.substr(0, i), form), i};
}

// String.normalize/2: after :unicode's {:error, good, rest}, rest's first byte is kept as it
// is and the others are normalized on their own
std::string normalized(std::string_view s, const Form& form) {
  std::string out;
  for (;;) {
    auto [good, at] = normalized_prefix(s, form);
    out += good;
    if (at == s.size()) return out;
    out += s[at];
    s.remove_prefix(at + 1);
  }
}

constexpr std::string_view S = "Elixir.String";

Term normalize(Ctx& ctx, Term* a) {
  if (a[0].is_binary())
    for (const Form& form : kForms)
      if (a[1].is_atom(Atom(form.atom))) {
        charge(ctx, a[0].binary().size() / 16);
        return Term::string(normalized(a[0].binary(), form));
      }
  no_clause(S, "normalize", {a[0], a[1]});
}

// String.equivalent?/2: the same canonical decomposition
Term equivalent(Ctx& ctx, Term* a) {
  if (!a[0].is_binary() || !a[1].is_binary()) no_clause(S, "equivalent?", {a[0], a[1]});
  charge(ctx, (a[0].binary().size() + a[1].binary().size()) / 16);
  return Term::boolean(normalized(a[0].binary(), kForms[0]) ==
                       normalized(a[1].binary(), kForms[0]));
}

// :unicode.characters_to_nfd_binary/1 and the others: the normalized binary, or
// {:error, normalized, rest} at a byte that is not UTF-8; chardata as its UTF-8
template <size_t F>
Term characters_to(Ctx& ctx, Term* a) {
  std::string bytes;
  if (!a[0].is_binary() && !to_string_term(a[0], bytes))
    bif_badarg("unicode", kForms[F].function, {a[0]});
  std::string_view s = a[0].is_binary() ? a[0].binary() : std::string_view(bytes);
  charge(ctx, s.size() / 16);
  auto [good, at] = normalized_prefix(s, kForms[F]);
  if (at == s.size()) return Term::string(good);
  return Term::tuple({Term::atom("error"), Term::string(good), Term::string(s.substr(at))});
}

constexpr Native kTable[] = {
    {S, "normalize", 2, normalize, nullptr},
    {S, "equivalent?", 2, equivalent, nullptr},
    {"unicode", "characters_to_nfd_binary", 1, characters_to<0>, nullptr},
    {"unicode", "characters_to_nfc_binary", 1, characters_to<1>, nullptr},
    {"unicode", "characters_to_nfkd_binary", 1, characters_to<2>, nullptr},
    {"unicode", "characters_to_nfkc_binary", 1, characters_to<3>, nullptr},
};

}  // namespace

std::span<const Native> normalize_natives() { return kTable; }

}  // namespace taskplay::lang

namespace taskplay {
bool is_nfc(std::string_view s) { return lang::normalized(s, lang::kForms[1]) == s; }
}  // namespace taskplay
