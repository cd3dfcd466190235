// :binary's searches (OTP 25's binary module): split/2,3, match/2,3, matches/2,3,
// replace/3,4, longest_common_prefix/1 and longest_common_suffix/1. A pattern is a
// non-empty binary or a non-empty list of them; where several start at one place, the
// longest is taken. Bad arguments are explained as OTP explains them (bif_errors.cpp).

#include <algorithm>
#include <optional>

#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view B = "binary";

struct Found {
  size_t at, len;
};

// What the options of split, match, matches and replace ask for.
struct Options {
  bool global = false, trim = false, trim_all = false;
  size_t from = 0, to = 0;     // the scope: where matches may lie
  std::vector<size_t> insert;  // replace's {:insert_replaced, ...}, ascending
};

bool patterns_of(const Term& compiled, std::vector<std::string_view>& out) {
  const Term& p = uncompiled_pattern(compiled);
  if (p.is_binary()) {
    out.push_back(p.binary());
  } else {
    const Term* c = &p;
    for (; c->is_cons(); c = &c->tail()) {
      if (!c->head().is_binary()) return false;
      out.push_back(c->head().binary());
    }
    if (!c->is_nil()) return false;
  }
  return !out.empty() && std::none_of(out.begin(), out.end(), [](auto s) { return s.empty(); });
}

// `allowed`: the atoms this function takes besides {:scope, {start, length}}
// (and, for replace, {:insert_replaced, pos | [pos]} within the replacement's size)
std::optional<Options> options_of(const Term& opts, size_t size,
                                  std::initializer_list<std::string_view> allowed,
                                  const Term* replacement = nullptr) {
  Options o;
  o.to = size;
  const Term* c = &opts;
  for (; c->is_cons(); c = &c->tail()) {
    const Term& opt = c->head();
    auto is = [&](std::string_view name) {
      return opt.is_atom() && opt.atom_value().name() == name &&
             std::find(allowed.begin(), allowed.end(), name) != allowed.end();
    };
    if (is("global")) {
      o.global = true;
    } else if (is("trim")) {
      o.trim = true;
    } else if (is("trim_all")) {
      o.trim_all = true;
    } else if (opt.is_tuple(2) && opt[0].is_atom(Atom("scope")) && opt[1].is_tuple(2) &&
               opt[1][0].is_small_int() && opt[1][1].is_small_int()) {
      int64_t start = opt[1][0].small_int(), len = opt[1][1].small_int();
      if (len < 0) {
        start += len;
        len = -len;
      }
      if (start < 0 || start + len > static_cast<int64_t>(size)) return std::nullopt;
      o.from = static_cast<size_t>(start);
      o.to = static_cast<size_t>(start + len);
    } else if (replacement && opt.is_tuple(2) && opt[0].is_atom(Atom("insert_replaced"))) {
      std::vector<Term> at = opt[1].is_list() ? opt[1].list_items() : std::vector<Term>{opt[1]};
      for (const Term& p : at) {
        if (!p.is_small_int() || p.small_int() < 0 ||
            static_cast<size_t>(p.small_int()) > replacement->binary().size())
          return std::nullopt;
        o.insert.push_back(static_cast<size_t>(p.small_int()));
      }
      std::sort(o.insert.begin(), o.insert.end());
    } else {
      return std::nullopt;
    }
  }
  if (!c->is_nil()) return std::nullopt;
  return o;
}

// The first match at or after `from` that ends by `to`, the longest of those starting there.
std::optional<Found> find(std::string_view s, size_t from, size_t to,
                          const std::vector<std::string_view>& patterns) {
  for (size_t i = from; i < to; ++i) {
    size_t best = 0;
    for (auto p : patterns)
      if (p.size() > best && p.size() <= to - i && s.compare(i, p.size(), p) == 0) best = p.size();
    if (best > 0) return Found{i, best};
  }
  return std::nullopt;
}

// Every match in the scope (one unless :global), each after the one before.
std::vector<Found> find_all(Ctx& ctx, std::string_view s, const Options& o,
                            const std::vector<std::string_view>& patterns) {
  std::vector<Found> out;
  charge(ctx, (o.to - o.from) * patterns.size() / 64);
  size_t from = o.from;
  while (std::optional<Found> f = find(s, from, o.to, patterns)) {
    out.push_back(*f);
    if (!o.global) break;
    from = f->at + f->len;
  }
  return out;
}

// The subject, the patterns and the options of a search, or the BIF's badarg.
struct Search {
  std::string_view subject;
  std::vector<std::string_view> patterns;
  Options options;
};
Search search_args(const char* fun, Term* a, uint32_t arity,
                   std::initializer_list<std::string_view> allowed,
                   const Term* replacement = nullptr) {
  Search s;
  std::optional<Options> o;
  bool ok = a[0].is_binary() && patterns_of(a[1], s.patterns) &&
            (!replacement || replacement->is_binary());
  if (ok) {
    s.subject = a[0].binary();
    o = arity > 2 + (replacement ? 1 : 0)
            ? options_of(a[arity - 1], s.subject.size(), allowed, replacement)
            : options_of(Term(), s.subject.size(), allowed);
  }
  if (!o) bif_badarg(B, fun, std::vector<Term>(a, a + arity));
  s.options = *o;
  return s;
}

Term found_term(const Found& f) {
  return Term::tuple(
      {Term::integer(static_cast<int64_t>(f.at)), Term::integer(static_cast<int64_t>(f.len))});
}

template <uint32_t arity>
Term split(Ctx& ctx, Term* a) {
  Search s = search_args("split", a, arity, {"global", "trim", "trim_all"});
  std::vector<Term> parts;
  size_t start = 0;
  auto part = [&](size_t end) {
    std::string_view p = s.subject.substr(start, end - start);
    if (!(s.options.trim_all && p.empty())) parts.push_back(Term::string(p));
  };
  for (const Found& f : find_all(ctx, s.subject, s.options, s.patterns)) {
    part(f.at);
    start = f.at + f.len;
  }
  part(s.subject.size());
  if (s.options.trim)
    while (!parts.empty() && parts.back().binary().empty()) parts.pop_back();
  return Term::list(parts);
}

template <uint32_t arity>
Term match(Ctx& ctx, Term* a) {
  Search s = search_args("match", a, arity, {});
  auto found = find_all(ctx, s.subject, s.options, s.patterns);
  return found.empty() ? Term::atom("nomatch") : found_term(found[0]);
}

template <uint32_t arity>
Term matches(Ctx& ctx, Term* a) {
  Search s = search_args("matches", a, arity, {});
  s.options.global = true;
  std::vector<Term> out;
  for (const Found& f : find_all(ctx, s.subject, s.options, s.patterns))
    out.push_back(found_term(f));
  return Term::list(out);
}

template <uint32_t arity>
Term replace(Ctx& ctx, Term* a) {
  Search s = search_args("replace", a, arity, {"global"}, &a[2]);
  std::string_view with = a[2].binary();
  std::string out;
  size_t start = 0;
  for (const Found& f : find_all(ctx, s.subject, s.options, s.patterns)) {
    out += s.subject.substr(start, f.at - start);
    size_t from = 0;
    for (size_t at : s.options.insert) {
      out += with.substr(from, at - from);
      out += s.subject.substr(f.at, f.len);
      from = at;
    }
    out += with.substr(from);
    start = f.at + f.len;
  }
  out += s.subject.substr(start);
  return Term::string(out);
}

// compile_pattern/1: the patterns checked, as {:bm, [pattern]} for one (OTP's Boyer-Moore)
// or {:ac, patterns} for several (Aho-Corasick); OTP's second element is a reference
Term compile_pattern(Ctx&, Term* a) {
  std::vector<std::string_view> ps;
  if (!patterns_of(a[0], ps)) bif_badarg(B, "compile_pattern", {a[0]});
  std::vector<Term> list;
  for (auto p : ps) list.push_back(Term::string(p));
  return Term::tuple({Term::atom(ps.size() == 1 ? "bm" : "ac"), Term::list(list)});
}

// longest_common_prefix/1 and longest_common_suffix/1: a non-empty list of binaries
template <bool suffix>
Term longest_common(Ctx&, Term* a) {
  std::vector<std::string_view> bins;
  const Term* c = &a[0];
  for (; c->is_cons() && c->head().is_binary(); c = &c->tail()) bins.push_back(c->head().binary());
  if (!c->is_nil() || bins.empty())
    bif_badarg(B, suffix ? "longest_common_suffix" : "longest_common_prefix", {a[0]});
  size_t n = bins[0].size();
  for (auto b : bins) {
    size_t k = 0, limit = std::min(n, b.size());
    while (k < limit &&
           (suffix ? bins[0][bins[0].size() - 1 - k] == b[b.size() - 1 - k] : bins[0][k] == b[k]))
      ++k;
    n = k;
  }
  return Term::integer(static_cast<int64_t>(n));
}

constexpr Native kTable[] = {
    {B, "compile_pattern", 1, compile_pattern, nullptr},
    {B, "split", 2, split<2>, nullptr},
    {B, "split", 3, split<3>, nullptr},
    {B, "match", 2, match<2>, nullptr},
    {B, "match", 3, match<3>, nullptr},
    {B, "matches", 2, matches<2>, nullptr},
    {B, "matches", 3, matches<3>, nullptr},
    {B, "replace", 3, replace<3>, nullptr},
    {B, "replace", 4, replace<4>, nullptr},
    {B, "longest_common_prefix", 1, longest_common<false>, nullptr},
    {B, "longest_common_suffix", 1, longest_common<true>, nullptr},
};

}  // namespace

bool binary_pattern_ok(const Term& pattern) {
  std::vector<std::string_view> ps;
  return patterns_of(pattern, ps);
}

const Term& uncompiled_pattern(const Term& p) {
  bool compiled = p.is_tuple(2) && (p.tuple_items()[0].is_atom(Atom("bm")) ||
                                    p.tuple_items()[0].is_atom(Atom("ac")));
  return compiled ? p.tuple_items()[1] : p;
}

std::span<const Native> binary_match_natives() { return kTable; }

}  // namespace taskplay::lang
