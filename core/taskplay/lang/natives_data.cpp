// Map, Keyword, List, Tuple, Atom, Integer, Float, System, and the list
// helpers the prelude's Enum is written with. Functions that take funs
// (Map.update/4, Enum.map/2, ...) are written in Elixir, in the prelude.

#include <algorithm>
#include <cmath>

#include "taskplay/enumerable.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view M = "Elixir.Map";
constexpr std::string_view KW = "Elixir.Keyword";
constexpr std::string_view L = "Elixir.List";
constexpr std::string_view TU = "Elixir.Tuple";

[[noreturn]] void badmap(const Term& t) { badarg(Term::tuple({Term::atom("badmap"), t})); }
const Term& map_arg(const Term& t) {
  if (!t.is_map()) badmap(t);
  return t;
}
std::vector<Term> list_arg(const Term& t) {
  if (!t.is_list()) badarg();
  return t.list_items();
}
Term key_error(const Term& key, const Term& term) {
  return make_struct(atoms::KeyError, {{Term(atoms::__exception__), Term(atoms::true_)},
                                       {Term(atoms::key), key},
                                       {Term(atoms::term), term},
                                       {Term(atoms::message), Term(atoms::nil)}});
}

// [SECTION] Map -----------------------------------------------------------------------------------
Term map_get2(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? *v : Term(atoms::nil);
}
Term map_get3(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? *v : a[2];
}
Term map_put(Ctx&, Term* a) { return map_arg(a[0]).map_put(a[1], a[2]); }
Term map_put_new(Ctx&, Term* a) {
  return map_arg(a[0]).map_get(a[1]) ? a[0] : a[0].map_put(a[1], a[2]);
}
Term map_fetch(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  return v ? Term::tuple({Term(atoms::ok), *v}) : Term(atoms::error);
}
Term map_fetch_bang(Ctx&, Term* a) {
  const Term* v = map_arg(a[0]).map_get(a[1]);
  // as :maps.get/2 fails: {:badkey, key}, with the map in the stack trace
  if (!v)
    throw Raised{RaiseKind::error, Term::tuple({Term(atoms::badkey), a[1]}),
                 Term::list({Term::tuple(
                     {Term::atom("maps"), Term::atom("get"), Term::list({a[1], a[0]}), Term()})})};
  return *v;
}
Term map_has_key(Ctx&, Term* a) { return Term::boolean(map_arg(a[0]).map_get(a[1]) != nullptr); }
Term map_keys(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const auto& kv : map_arg(a[0]).map_pairs()) out.push_back(kv.first);
  return Term::list(out);
}
Term map_values(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const auto& kv : map_arg(a[0]).map_pairs()) out.push_back(kv.second);
  return Term::list(out);
}
Term map_to_list(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const auto& kv : map_arg(a[0]).map_pairs())
    out.push_back(Term::tuple({kv.first, kv.second}));
  return Term::list(out);
}
Term map_merge(Ctx&, Term* a) {
  Term m = map_arg(a[0]);
  for (const auto& kv : map_arg(a[1]).map_pairs()) m = m.map_put(kv.first, kv.second);
  return m;
}
Term map_new0(Ctx&, Term*) { return Term::map({}); }
Term map_new1(Ctx&, Term* a) {
  auto items = enum_to_list(a[0]);
  if (!items) badarg();
  std::vector<std::pair<Term, Term>> pairs;
  for (const Term& t : *items) {
    if (!t.is_tuple(2)) badarg();
    pairs.emplace_back(t[0], t[1]);
  }
  return Term::map(std::move(pairs));
}
Term map_delete(Ctx&, Term* a) {
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& kv : map_arg(a[0]).map_pairs())
    if (!(kv.first == a[1])) pairs.push_back(kv);
  return Term::map(std::move(pairs));
}
Term map_drop(Ctx&, Term* a) {
  std::vector<Term> keys = list_arg(a[1]);
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& kv : map_arg(a[0]).map_pairs())
    if (std::none_of(keys.begin(), keys.end(), [&](const Term& k) { return k == kv.first; }))
      pairs.push_back(kv);
  return Term::map(std::move(pairs));
}
Term map_take(Ctx&, Term* a) {
  std::vector<Term> keys = list_arg(a[1]);
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& kv : map_arg(a[0]).map_pairs())
    if (std::any_of(keys.begin(), keys.end(), [&](const Term& k) { return k == kv.first; }))
      pairs.push_back(kv);
  return Term::map(std::move(pairs));
}
Term map_from_struct(Ctx&, Term* a) {
  std::vector<std::pair<Term, Term>> pairs;
  for (const auto& kv : map_arg(a[0]).map_pairs())
    if (!kv.first.is_atom(atoms::__struct__)) pairs.push_back(kv);
  return Term::map(std::move(pairs));
}

// [SECTION] Keyword
// ----------------------------------------------------------------------------------
std::vector<Term> kw_arg(const Term& t) {
  std::vector<Term> items = list_arg(t);
  for (const Term& i : items)
    if (!i.is_tuple(2) || !i[0].is_atom()) badarg();
  return items;
}
Term kw_get2(Ctx&, Term* a) {
  for (const Term& i : kw_arg(a[0]))
    if (i[0] == a[1]) return i[1];
  return Term(atoms::nil);
}
Term kw_get3(Ctx&, Term* a) {
  for (const Term& i : kw_arg(a[0]))
    if (i[0] == a[1]) return i[1];
  return a[2];
}
Term kw_fetch(Ctx&, Term* a) {
  for (const Term& i : kw_arg(a[0]))
    if (i[0] == a[1]) return Term::tuple({Term(atoms::ok), i[1]});
  return Term(atoms::error);
}
Term kw_fetch_bang(Ctx&, Term* a) {
  for (const Term& i : kw_arg(a[0]))
    if (i[0] == a[1]) return i[1];
  raise(key_error(a[1], a[0]));
}
Term kw_has_key(Ctx&, Term* a) {
  for (const Term& i : kw_arg(a[0]))
    if (i[0] == a[1]) return Term(atoms::true_);
  return Term(atoms::false_);
}
Term kw_delete(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const Term& i : kw_arg(a[0]))
    if (!(i[0] == a[1])) out.push_back(i);
  return Term::list(out);
}
Term kw_put(Ctx& c, Term* a) {
  Term rest = kw_delete(c, a);
  return Term::cons(Term::tuple({a[1], a[2]}), rest);
}
Term kw_keys(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const Term& i : kw_arg(a[0])) out.push_back(i[0]);
  return Term::list(out);
}
Term kw_values(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const Term& i : kw_arg(a[0])) out.push_back(i[1]);
  return Term::list(out);
}
Term kw_merge(Ctx&, Term* a) {
  std::vector<Term> right = kw_arg(a[1]);
  std::vector<Term> out;
  for (const Term& i : kw_arg(a[0]))
    if (std::none_of(right.begin(), right.end(), [&](const Term& r) { return r[0] == i[0]; }))
      out.push_back(i);
  out.insert(out.end(), right.begin(), right.end());
  return Term::list(out);
}
Term kw_new0(Ctx&, Term*) { return Term(); }
Term kw_new1(Ctx&, Term* a) {
  std::vector<Term> out;
  for (const Term& i : kw_arg(a[0])) {
    auto it = std::find_if(out.begin(), out.end(), [&](const Term& o) { return o[0] == i[0]; });
    if (it != out.end())
      *it = i;
    else
      out.push_back(i);
  }
  return Term::list(out);
}
Term kw_keyword(Ctx&, Term* a) {
  if (!a[0].is_list()) return Term(atoms::false_);
  for (const Term* c = &a[0]; c->is_cons(); c = &c->tail())
    if (!c->head().is_tuple(2) || !c->head()[0].is_atom()) return Term(atoms::false_);
  return Term(atoms::true_);
}

// [SECTION] List and Tuple
// -------------------------------------------------------------------------------
Term list_first(Ctx&, Term* a) {
  if (!a[0].is_list()) badarg();
  return a[0].is_cons() ? a[0].head() : Term(atoms::nil);
}
Term list_last(Ctx&, Term* a) {
  std::vector<Term> items = list_arg(a[0]);
  return items.empty() ? Term(atoms::nil) : items.back();
}
void flatten_into(const Term& t, std::vector<Term>& out) {
  for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
    if (c->head().is_list())
      flatten_into(c->head(), out);
    else
      out.push_back(c->head());
  }
}
Term list_flatten(Ctx&, Term* a) {
  std::vector<Term> out;
  if (!a[0].is_list()) badarg();
  flatten_into(a[0], out);
  return Term::list(out);
}
Term list_delete(Ctx&, Term* a) {
  std::vector<Term> items = list_arg(a[0]);
  auto it = std::find_if(items.begin(), items.end(), [&](const Term& x) { return x == a[1]; });
  if (it != items.end()) items.erase(it);
  return Term::list(items);
}
Term list_wrap(Ctx&, Term* a) {
  if (a[0].is_list()) return a[0];
  if (a[0].is_atom(atoms::nil)) return Term();
  return Term::list({a[0]});
}
Term list_duplicate(Ctx&, Term* a) {
  int64_t n = int_arg(a[1]);
  if (n < 0 || n > 10'000'000) badarg();
  return Term::list(std::vector<Term>(static_cast<size_t>(n), a[0]));
}
Term list_to_tuple(Ctx&, Term* a) { return Term::tuple(list_arg(a[0])); }
Term list_keyfind(Ctx&, Term* a) {
  int64_t pos = int_arg(a[2]);
  for (const Term& t : list_arg(a[0]))
    if (t.is_tuple() && pos >= 0 && static_cast<size_t>(pos) < t.tuple_size() &&
        compare(t[static_cast<size_t>(pos)], a[1]) == 0)
      return t;
  return Term(atoms::nil);
}
Term list_insert_at(Ctx&, Term* a) {
  std::vector<Term> items = list_arg(a[0]);
  int64_t i = int_arg(a[1]);
  auto n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(0, n + i + 1);
  items.insert(items.begin() + std::min(i, n), a[2]);
  return Term::list(items);
}
Term list_delete_at(Ctx&, Term* a) {
  std::vector<Term> items = list_arg(a[0]);
  int64_t i = int_arg(a[1]);
  auto n = static_cast<int64_t>(items.size());
  if (i < 0) i += n;
  if (i >= 0 && i < n) items.erase(items.begin() + i);
  return Term::list(items);
}
Term list_replace_at(Ctx&, Term* a) {
  std::vector<Term> items = list_arg(a[0]);
  int64_t i = int_arg(a[1]);
  auto n = static_cast<int64_t>(items.size());
  if (i < 0) i += n;
  if (i >= 0 && i < n) items[static_cast<size_t>(i)] = a[2];
  return Term::list(items);
}
Term tuple_to_list(Ctx&, Term* a) {
  if (!a[0].is_tuple()) badarg();
  return Term::list(a[0].tuple_items());
}
Term tuple_append(Ctx&, Term* a) {
  if (!a[0].is_tuple()) badarg();
  std::vector<Term> items(a[0].tuple_items().begin(), a[0].tuple_items().end());
  items.push_back(a[1]);
  return Term::tuple(items);
}
Term tuple_duplicate(Ctx&, Term* a) {
  int64_t n = int_arg(a[1]);
  if (n < 0 || n > 1'000'000) badarg();
  return Term::tuple(std::vector<Term>(static_cast<size_t>(n), a[0]));
}

// [SECTION] Atom, System
// ---------------------------------------------------------------
Term atom_to_string(Ctx&, Term* a) {
  if (!a[0].is_atom()) badarg();
  return Term::string(a[0].atom_value().name());
}
Term schedulers(Ctx&, Term*) { return Term::integer(1); }
Term monotonic_time(Ctx& c, Term*) { return Term::integer(c.runtime().now_us() * 1000); }
Term monotonic_time1(Ctx& c, Term* a) {
  int64_t us = c.runtime().now_us();
  if (a[0].is_atom(Atom("millisecond"))) return Term::integer(us / 1000);
  if (a[0].is_atom(Atom("microsecond"))) return Term::integer(us);
  if (a[0].is_atom(Atom("second"))) return Term::integer(us / 1000000);
  return Term::integer(us * 1000);
}

constexpr Native kTable[] = {
    {M, "get", 2, map_get2, nullptr},
    {M, "get", 3, map_get3, nullptr},
    {M, "put", 3, map_put, nullptr},
    {M, "put_new", 3, map_put_new, nullptr},
    {M, "fetch", 2, map_fetch, nullptr},
    {M, "fetch!", 2, map_fetch_bang, nullptr},
    {M, "has_key?", 2, map_has_key, nullptr},
    {M, "keys", 1, map_keys, nullptr},
    {M, "values", 1, map_values, nullptr},
    {M, "to_list", 1, map_to_list, nullptr},
    {M, "merge", 2, map_merge, nullptr},
    {M, "new", 0, map_new0, nullptr},
    {M, "new", 1, map_new1, nullptr},
    {M, "delete", 2, map_delete, nullptr},
    {M, "drop", 2, map_drop, nullptr},
    {M, "take", 2, map_take, nullptr},
    {M, "from_struct", 1, map_from_struct, nullptr},
    {KW, "get", 2, kw_get2, nullptr},
    {KW, "get", 3, kw_get3, nullptr},
    {KW, "fetch", 2, kw_fetch, nullptr},
    {KW, "fetch!", 2, kw_fetch_bang, nullptr},
    {KW, "has_key?", 2, kw_has_key, nullptr},
    {KW, "delete", 2, kw_delete, nullptr},
    {KW, "put", 3, kw_put, nullptr},
    {KW, "keys", 1, kw_keys, nullptr},
    {KW, "values", 1, kw_values, nullptr},
    {KW, "merge", 2, kw_merge, nullptr},
    {KW, "new", 0, kw_new0, nullptr},
    {KW, "new", 1, kw_new1, nullptr},
    {KW, "keyword?", 1, kw_keyword, nullptr},
    {L, "first", 1, list_first, nullptr},
    {L, "last", 1, list_last, nullptr},
    {L, "flatten", 1, list_flatten, nullptr},
    {L, "delete", 2, list_delete, nullptr},
    {L, "wrap", 1, list_wrap, nullptr},
    {L, "duplicate", 2, list_duplicate, nullptr},
    {L, "to_tuple", 1, list_to_tuple, nullptr},
    {L, "keyfind", 3, list_keyfind, nullptr},
    {L, "insert_at", 3, list_insert_at, nullptr},
    {L, "delete_at", 2, list_delete_at, nullptr},
    {L, "replace_at", 3, list_replace_at, nullptr},
    {TU, "to_list", 1, tuple_to_list, nullptr},
    {TU, "append", 2, tuple_append, nullptr},
    {TU, "duplicate", 2, tuple_duplicate, nullptr},
    {"Elixir.Atom", "to_string", 1, atom_to_string, nullptr},
    {"Elixir.System", "schedulers_online", 0, schedulers, nullptr},
    {"Elixir.System", "monotonic_time", 0, monotonic_time, nullptr},
    {"Elixir.System", "monotonic_time", 1, monotonic_time1, nullptr},
};

}  // namespace

std::span<const Native> data_natives() { return kTable; }

}  // namespace taskplay::lang
