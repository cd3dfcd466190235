// Map's hot functions (get, put, fetch, ...), natives so a Map.put in a loop costs one
// call; the rest of Map is written in the language (prelude_map.cpp). A non-map argument
// fails with {:badmap, term} (BadMapError), a missing key of fetch!/2 in :maps.get/2
// ({:badkey, key}: KeyError with the map as term), as in Elixir.

#include "taskplay/lang/natives.hpp"
#include "taskplay/map_order.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view M = "Elixir.Map";

[[noreturn]] void badmap(const Term& t) { badarg(Term::tuple({Term::atom("badmap"), t})); }
const Term& map_arg(const Term& t) {
  if (!t.is_map()) badmap(t);
  return t;
}

Term get2(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? *v : Term(atoms::nil);
}
Term get3(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? *v : a[2];
}
Term put(Ctx&, Term* a) { return map_arg(a[0]).map_put(a[1], a[2]); }
Term put_new(Ctx&, Term* a) {
  return map_arg(a[0]).map_get(a[1]) ? a[0] : a[0].map_put(a[1], a[2]);
}
Term fetch(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? Term::tuple({Term(atoms::ok), *v}) : Term(atoms::error);
}
// Elixir 1.14 inlines Map.fetch!/2 as :erlang.map_get(key, map): {:badkey, key} or
// {:badmap, map}, with that call (and its error_info) on top of the caller's frames
Term fetch_bang(Ctx&, Term* a) {
  const Term* v = a[0].is_map() ? a[0].map_get(a[1]) : nullptr;
  if (!v) {
    Term info = Term::map({{Term::atom("module"), Term::atom("erl_erts_errors")}});
    Term frame = Term::tuple({Term::atom("erlang"), Term::atom("map_get"), Term::list({a[1], a[0]}),
                              Term::list({Term::tuple({Term::atom("error_info"), info})})});
    Term reason = a[0].is_map() ? Term::tuple({Term(atoms::badkey), a[1]})
                                : Term::tuple({Term::atom("badmap"), a[0]});
    throw Raised{RaiseKind::error, reason, Term::list({frame})};
  }
  return *v;
}
Term has_key(Ctx&, Term* a) { return Term::boolean(map_arg(a[0]).map_get(a[1]) != nullptr); }
Term keys(Ctx&, Term* a) {
  std::vector<Term> out;
  for_each_listed_pair(map_arg(a[0]), [&](const auto& kv) { out.push_back(kv.first); });
  return Term::list(out);
}
Term values(Ctx&, Term* a) {
  std::vector<Term> out;
  for_each_listed_pair(map_arg(a[0]), [&](const auto& kv) { out.push_back(kv.second); });
  return Term::list(out);
}
Term to_list(Ctx&, Term* a) {
  std::vector<Term> out;
  for_each_listed_pair(map_arg(a[0]), [&](const auto& kv) {
    out.push_back(Term::tuple({kv.first, kv.second}));
  });
  return Term::list(out);
}
Term merge(Ctx&, Term* a) {
  const Term& right = map_arg(a[1]);
  return map_arg(a[0]).map_merge(right);
}
Term new0(Ctx&, Term*) { return Term::map({}); }
Term delete2(Ctx&, Term* a) { return map_arg(a[0]).map_remove(a[1]); }

constexpr Native kTable[] = {
    {M, "get", 2, get2, nullptr},         {M, "get", 3, get3, nullptr},
    {M, "put", 3, put, nullptr},          {M, "put_new", 3, put_new, nullptr},
    {M, "fetch", 2, fetch, nullptr},      {M, "fetch!", 2, fetch_bang, nullptr},
    {M, "has_key?", 2, has_key, nullptr}, {M, "keys", 1, keys, nullptr},
    {M, "values", 1, values, nullptr},    {M, "to_list", 1, to_list, nullptr},
    {M, "merge", 2, merge, nullptr},      {M, "new", 0, new0, nullptr},
    {M, "delete", 2, delete2, nullptr},
};

}  // namespace

std::span<const Native> map_natives() { return kTable; }

}  // namespace taskplay::lang
