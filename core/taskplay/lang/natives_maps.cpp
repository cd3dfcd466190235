// Erlang's :maps, the pure-data half (:maps.map/2, :maps.filter/2, :maps.fold/3 and the
// other functions that take funs are written in the language: prelude_erlang.cpp). Errors
// are the BEAM's: {:badmap, term} for a non-map, {:badkey, key} for a missing key, with
// the :maps call in the stack trace (Elixir shows them as BadMapError and KeyError).

#include "taskplay/lang/natives.hpp"
#include "taskplay/map_order.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view MP = "maps";

const Term& map_of(const Term& m, const char* name, std::initializer_list<Term> args) {
  if (!m.is_map()) raise_in(Term::tuple({Term::atom("badmap"), m}), MP, name, args);
  return m;
}
Term pairs_list(const Term& m) {
  std::vector<Term> out;
  for_each_listed_pair(m, [&](const auto& kv) {
    out.push_back(Term::tuple({kv.first, kv.second}));
  });
  return Term::list(out);
}

Term get2(Ctx&, Term* a) {
  const Term* v = map_of(a[1], "get", {a[0], a[1]}).map_get(a[0]);
  if (!v) raise_in(Term::tuple({Term(atoms::badkey), a[0]}), MP, "get", {a[0], a[1]});
  return *v;
}
Term get3(Ctx&, Term* a) {
  const Term* v = map_of(a[1], "get", {a[0], a[1], a[2]}).map_get(a[0]);
  return v ? *v : a[2];
}
Term find(Ctx&, Term* a) {
  const Term* v = map_of(a[1], "find", {a[0], a[1]}).map_get(a[0]);
  return v ? Term::tuple({Term(atoms::ok), *v}) : Term(atoms::error);
}
Term is_key(Ctx&, Term* a) {
  return Term::boolean(map_of(a[1], "is_key", {a[0], a[1]}).map_get(a[0]) != nullptr);
}
Term put(Ctx&, Term* a) { return map_of(a[2], "put", {a[0], a[1], a[2]}).map_put(a[0], a[1]); }
Term update(Ctx&, Term* a) {
  const Term& m = map_of(a[2], "update", {a[0], a[1], a[2]});
  if (!m.map_get(a[0]))
    raise_in(Term::tuple({Term(atoms::badkey), a[0]}), MP, "update", {a[0], a[1], a[2]});
  return m.map_put(a[0], a[1]);
}
Term remove(Ctx&, Term* a) { return map_of(a[1], "remove", {a[0], a[1]}).map_remove(a[0]); }
Term take(Ctx&, Term* a) {
  const Term& m = map_of(a[1], "take", {a[0], a[1]});
  const Term* v = m.map_get(a[0]);
  if (!v) return Term(atoms::error);
  return Term::tuple({*v, m.map_remove(a[0])});
}
Term from_list(Ctx&, Term* a) {
  std::vector<std::pair<Term, Term>> pairs;
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) {
    if (!c->head().is_tuple(2)) raise_in(Term(atoms::badarg), MP, "from_list", {a[0]});
    pairs.emplace_back(c->head()[0], c->head()[1]);
  }
  if (!c->is_nil()) raise_in(Term(atoms::badarg), MP, "from_list", {a[0]});
  return Term::map(std::move(pairs));
}
Term from_keys(Ctx&, Term* a) {
  std::vector<std::pair<Term, Term>> pairs;
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) pairs.emplace_back(c->head(), a[1]);
  if (!c->is_nil()) raise_in(Term(atoms::badarg), MP, "from_keys", {a[0], a[1]});
  return Term::map(std::move(pairs));
}
Term to_list(Ctx&, Term* a) { return pairs_list(map_of(a[0], "to_list", {a[0]})); }
Term keys(Ctx&, Term* a) {
  std::vector<Term> out;
  for_each_listed_pair(map_of(a[0], "keys", {a[0]}),
                       [&](const auto& kv) { out.push_back(kv.first); });
  return Term::list(out);
}
Term values(Ctx&, Term* a) {
  std::vector<Term> out;
  for_each_listed_pair(map_of(a[0], "values", {a[0]}),
                       [&](const auto& kv) { out.push_back(kv.second); });
  return Term::list(out);
}
Term size(Ctx&, Term* a) {
  return Term::integer(static_cast<int64_t>(map_of(a[0], "size", {a[0]}).map_size()));
}
Term new0(Ctx&, Term*) { return Term::map({}); }
Term merge(Ctx&, Term* a) {
  const Term& left = map_of(a[0], "merge", {a[0], a[1]});
  const Term& right = map_of(a[1], "merge", {a[0], a[1]});
  return left.map_merge(right);
}
// the pairs whose key is (with) or is not (without) in the list `keys`
Term select(const Term& m, const Term& keys, bool keep, const char* name) {
  map_of(m, name, {m, keys});
  if (!keys.is_list()) raise_in(Term(atoms::badarg), MP, name, {m, keys});
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& kv : m.map_pairs()) {
    bool listed = false;
    for (const Term* c = &keys; c->is_cons() && !listed; c = &c->tail())
      listed = compare_exact(c->head(), kv.first) == 0;
    if (listed == keep) pairs.push_back(kv);
  }
  return Term::map_sorted(std::move(pairs));
}
Term with(Ctx&, Term* a) { return select(a[1], a[0], true, "with"); }

// :taskplay.map_iteration/1: the pairs in :maps.iterator's order (map_order.hpp), which
// :maps.fold/foreach/map/filter and Enum.reduce/3 on a map follow
Term map_iteration(Ctx&, Term* a) {
  std::vector<Term> out;
  out.reserve(a[0].map_pairs().size());
  for_each_iterated_pair(a[0], [&](const auto& kv) {
    out.push_back(Term::tuple({kv.first, kv.second}));
  });
  return Term::list(out);
}

// :taskplay.maps_error(name, reason, args): the prelude's :maps.name(args) refuses them,
// with that call on top of the stack trace (so a badarg is explained: bif_errors.cpp)
Term maps_error(Ctx&, Term* a) {
  std::vector<Term> args = a[2].is_list() ? a[2].list_items() : std::vector<Term>{};
  raise_in(a[1], MP, a[0].atom_value().name(), args);
}

// :maps.iterator/1 and :maps.next/1 as OTP 25 has them: an iterator is [path | map] (path 0
// to start), and next/1 answers {key, value, next} where `next` is again such a triple, the
// atom :none at the end, or an iterator: erts hands out a map of more than 32 keys 32 pairs
// at first, then (taskplay) the rest; where erts runs out of reductions first depends on
// its scheduler, so bigger maps may come in more pieces on the BEAM.
Term iterator(Ctx&, Term* a) {
  return Term::cons(Term::integer(0), map_of(a[0], "iterator", {a[0]}));
}
Term next(Ctx&, Term* a) {
  const Term& it = a[0];
  if (it.is_tuple(3) || it.is_atom(Atom("none"))) return it;
  if (!it.is_cons() || !it.head().is_integer() || !it.tail().is_map())
    raise_in(Term(atoms::badarg), MP, "next", {it});
  const Term& path = it.head();
  const Term& m = it.tail();
  size_t n = m.map_pairs().size();
  auto refuse = [&]() {
    raise_in(Term(atoms::badarg), "erts_internal", "map_next", {path, m, Term::atom("iterator")});
  };
  if (!path.is_small_int() || path.small_int() < 0) refuse();
  uint64_t p = static_cast<uint64_t>(path.small_int());
  std::vector<const std::pair<Term, Term>*> pairs;
  pairs.reserve(n);
  for_each_iterated_pair(m, [&](const auto& kv) { pairs.push_back(&kv); });
  size_t from = 0, to = n;
  Term rest = Term::atom("none");
  if (n <= kFlatMapLimit) {
    if (p > n) refuse();  // erts starts a small map over for any path up to its size
  } else if (p == 0) {
    to = kFlatMapLimit;
    rest = Term::cons(Term::integer(static_cast<int64_t>(beam_iterator_path(m, to))), m);
  } else {
    auto pos = beam_iterator_position(m, p);
    if (!pos) refuse();
    from = *pos;
  }
  for (size_t i = to; i-- > from;) rest = Term::tuple({pairs[i]->first, pairs[i]->second, rest});
  return rest;
}

Term without(Ctx&, Term* a) { return select(a[1], a[0], false, "without"); }

constexpr Native kTable[] = {
    {MP, "get", 2, get2, nullptr},
    {MP, "get", 3, get3, nullptr},
    {MP, "find", 2, find, nullptr},
    {MP, "is_key", 2, is_key, nullptr},
    {MP, "put", 3, put, nullptr},
    {MP, "update", 3, update, nullptr},
    {MP, "remove", 2, remove, nullptr},
    {MP, "take", 2, take, nullptr},
    {MP, "from_list", 1, from_list, nullptr},
    {MP, "from_keys", 2, from_keys, nullptr},
    {MP, "to_list", 1, to_list, nullptr},
    {MP, "keys", 1, keys, nullptr},
    {MP, "values", 1, values, nullptr},
    {MP, "size", 1, size, nullptr},
    {MP, "new", 0, new0, nullptr},
    {MP, "merge", 2, merge, nullptr},
    {MP, "with", 2, with, nullptr},
    {MP, "without", 2, without, nullptr},
    {MP, "iterator", 1, iterator, nullptr},
    {MP, "next", 1, next, nullptr},
    {"taskplay", "map_iteration", 1, map_iteration, nullptr},
    {"taskplay", "maps_error", 3, maps_error, nullptr},
};

}  // namespace

std::span<const Native> maps_natives() { return kTable; }

}  // namespace taskplay::lang
