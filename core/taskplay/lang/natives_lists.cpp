// Erlang's :lists, the pure-data half (the functions that take funs, :lists.map/2,
// :lists.foldl/3, ..., are written in the language: prelude_erlang.cpp). Errors are
// Erlang's: a bad argument is a FunctionClauseError in :lists.name/arity, as the BEAM
// raises from the module's clauses.

#include <algorithm>
#include <cmath>

#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view L = "lists";

// The items of a proper list, or the clause error of :lists.name/arity.
std::vector<Term> items(const Term& list, const char* name, std::initializer_list<Term> args) {
  std::vector<Term> out;
  const Term* c = &list;
  for (; c->is_cons(); c = &c->tail()) out.push_back(c->head());
  if (!c->is_nil()) no_clause(L, name, args);
  return out;
}

bool less(const Term& a, const Term& b) { return compare(a, b) < 0; }

Term reverse1(Ctx&, Term* a) {
  Term out;
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) out = Term::cons(c->head(), std::move(out));
  if (!c->is_nil()) badarg();
  return out;
}
Term reverse2(Ctx&, Term* a) {
  Term out = a[1];
  const Term* c = &a[0];
  for (; c->is_cons(); c = &c->tail()) out = Term::cons(c->head(), std::move(out));
  if (!c->is_nil()) badarg();
  return out;
}
Term sort1(Ctx&, Term* a) {
  auto v = items(a[0], "sort", {a[0]});
  std::stable_sort(v.begin(), v.end(), less);
  return Term::list(v);
}
Term usort1(Ctx&, Term* a) {
  auto v = items(a[0], "usort", {a[0]});
  std::stable_sort(v.begin(), v.end(), less);
  // equal by == (1 and 1.0 are one), the first kept
  v.erase(std::unique(v.begin(), v.end(),
                      [](const Term& x, const Term& y) { return compare(x, y) == 0; }),
          v.end());
  return Term::list(v);
}
Term seq(int64_t from, int64_t to, int64_t step, std::initializer_list<Term> args) {
  if (step == 0 ? from != to : (step > 0 ? to < from - step : to > from - step))
    no_clause(L, "seq", args);
  std::vector<Term> out;
  if (step == 0) return Term::list({Term::integer(from)});
  for (int64_t x = from; step > 0 ? x <= to : x >= to; x += step) out.push_back(Term::integer(x));
  return Term::list(out);
}
Term seq2(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_small_int()) no_clause(L, "seq", {a[0], a[1]});
  return seq(a[0].small_int(), a[1].small_int(), 1, {a[0], a[1]});
}
Term seq3(Ctx&, Term* a) {
  if (!a[0].is_small_int() || !a[1].is_small_int() || !a[2].is_small_int())
    no_clause(L, "seq", {a[0], a[1], a[2]});
  return seq(a[0].small_int(), a[1].small_int(), a[2].small_int(), {a[0], a[1], a[2]});
}
Term sum(Ctx&, Term* a) {
  Term acc = Term::integer(0);
  for (const Term& x : items(a[0], "sum", {a[0]})) {
    Term next = x.is_number() ? number::add(acc, x) : Term();
    if (!x.is_number() || (next.is_float() && !std::isfinite(next.float_value())))
      throw Raised{RaiseKind::error, Term(atoms::badarith),
                   Term::list({Term::tuple(
                       {Term::atom("erlang"), Term::atom("+"), Term::list({acc, x}), Term()})})};
    acc = next;
  }
  return acc;
}
Term max1(Ctx&, Term* a) {
  auto v = items(a[0], "max", {a[0]});
  if (v.empty()) no_clause(L, "max", {a[0]});
  Term best = v[0];
  for (const Term& x : v)
    if (compare(x, best) > 0) best = x;
  return best;
}
Term min1(Ctx&, Term* a) {
  auto v = items(a[0], "min", {a[0]});
  if (v.empty()) no_clause(L, "min", {a[0]});
  Term best = v[0];
  for (const Term& x : v)
    if (compare(x, best) < 0) best = x;
  return best;
}
Term member(Ctx&, Term* a) {
  const Term* c = &a[1];
  for (; c->is_cons(); c = &c->tail())
    if (c->head() == a[0]) return Term(atoms::true_);
  if (!c->is_nil()) badarg();
  return Term(atoms::false_);
}
Term nth(Ctx&, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 1) no_clause(L, "nth", {a[0], a[1]});
  int64_t n = a[0].small_int();
  const Term* c = &a[1];
  for (; c->is_cons(); c = &c->tail())
    if (--n == 0) return c->head();
  no_clause(L, "nth", {Term::integer(n), *c});
}
Term nthtail(Ctx&, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0) no_clause(L, "nthtail", {a[0], a[1]});
  int64_t n = a[0].small_int();
  const Term* c = &a[1];
  for (; n > 0 && c->is_cons(); --n) c = &c->tail();
  if (n > 0) no_clause(L, "nthtail", {Term::integer(n), *c});
  return *c;
}
Term last(Ctx&, Term* a) {
  auto v = items(a[0], "last", {a[0]});
  if (v.empty()) no_clause(L, "last", {a[0]});
  return v.back();
}
Term droplast(Ctx&, Term* a) {
  auto v = items(a[0], "droplast", {a[0]});
  if (v.empty()) no_clause(L, "droplast", {a[0]});
  v.pop_back();
  return Term::list(v);
}
void flatten_into(const Term& t, std::vector<Term>& out) {
  for (const Term* c = &t; c->is_cons(); c = &c->tail()) {
    if (c->head().is_list())
      flatten_into(c->head(), out);
    else
      out.push_back(c->head());
  }
}
Term flatten1(Ctx&, Term* a) {
  if (!a[0].is_list()) no_clause(L, "flatten", {a[0]});
  std::vector<Term> out;
  flatten_into(a[0], out);
  return Term::list(out);
}
Term flatten2(Ctx&, Term* a) {
  if (!a[0].is_list()) no_clause(L, "flatten", {a[0], a[1]});
  std::vector<Term> out;
  flatten_into(a[0], out);
  return Term::list(out, a[1]);
}
Term append1(Ctx&, Term* a) {
  std::vector<Term> lists = items(a[0], "append", {a[0]});
  Term out;
  for (size_t i = lists.size(); i-- > 0;) {
    if (!lists[i].is_list()) badarg();
    out = Term::list(lists[i].list_items(), std::move(out));
  }
  return out;
}
Term append2(Ctx&, Term* a) {
  if (!a[0].is_list()) badarg();
  return Term::list(a[0].list_items(), a[1]);
}
Term subtract(Ctx&, Term* a) {
  auto left = items(a[0], "subtract", {a[0], a[1]});
  for (const Term& r : items(a[1], "subtract", {a[0], a[1]})) {
    auto it = std::find_if(left.begin(), left.end(), [&](const Term& x) { return x == r; });
    if (it != left.end()) left.erase(it);
  }
  return Term::list(left);
}
Term delete2(Ctx&, Term* a) {
  auto v = items(a[1], "delete", {a[0], a[1]});
  auto it = std::find_if(v.begin(), v.end(), [&](const Term& x) { return x == a[0]; });
  if (it != v.end()) v.erase(it);
  return Term::list(v);
}
Term duplicate(Ctx&, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0) no_clause(L, "duplicate", {a[0], a[1]});
  return Term::list(std::vector<Term>(static_cast<size_t>(a[0].small_int()), a[1]));
}
Term sublist2(Ctx&, Term* a) {
  if (!a[1].is_small_int() || a[1].small_int() < 0) no_clause(L, "sublist", {a[0], a[1]});
  auto v = items(a[0], "sublist", {a[0], a[1]});
  v.resize(std::min(v.size(), static_cast<size_t>(a[1].small_int())));
  return Term::list(v);
}
Term sublist3(Ctx&, Term* a) {
  if (!a[1].is_small_int() || a[1].small_int() < 1 || !a[2].is_small_int() || a[2].small_int() < 0)
    no_clause(L, "sublist", {a[0], a[1], a[2]});
  auto v = items(a[0], "sublist", {a[0], a[1], a[2]});
  auto start = static_cast<size_t>(a[1].small_int() - 1);
  if (start > v.size()) no_clause(L, "sublist", {a[0], a[1], a[2]});
  size_t end = std::min(v.size(), start + static_cast<size_t>(a[2].small_int()));
  return Term::list(std::span<const Term>(v.data() + start, end - start));
}
Term split(Ctx&, Term* a) {
  if (!a[0].is_small_int() || a[0].small_int() < 0) badarg();
  auto v = items(a[1], "split", {a[0], a[1]});
  auto n = static_cast<size_t>(a[0].small_int());
  if (n > v.size()) badarg();
  return Term::tuple({Term::list(std::span<const Term>(v.data(), n)),
                      Term::list(std::span<const Term>(v.data() + n, v.size() - n))});
}
Term zip(Ctx&, Term* a) {
  auto x = items(a[0], "zip", {a[0], a[1]});
  auto y = items(a[1], "zip", {a[0], a[1]});
  if (x.size() != y.size()) no_clause(L, "zip", {a[0], a[1]});
  std::vector<Term> out;
  for (size_t i = 0; i < x.size(); ++i) out.push_back(Term::tuple({x[i], y[i]}));
  return Term::list(out);
}
Term unzip(Ctx&, Term* a) {
  std::vector<Term> x, y;
  for (const Term& t : items(a[0], "unzip", {a[0]})) {
    if (!t.is_tuple(2)) no_clause(L, "unzip", {a[0]});
    x.push_back(t[0]);
    y.push_back(t[1]);
  }
  return Term::tuple({Term::list(x), Term::list(y)});
}
Term prefix(Ctx&, Term* a) {
  const Term *p = &a[0], *l = &a[1];
  for (; p->is_cons(); p = &p->tail(), l = &l->tail())
    if (!l->is_cons() || !(l->head() == p->head())) return Term(atoms::false_);
  return Term(atoms::true_);
}
Term suffix(Ctx&, Term* a) {
  auto s = items(a[0], "suffix", {a[0], a[1]});
  auto l = items(a[1], "suffix", {a[0], a[1]});
  if (s.size() > l.size()) return Term(atoms::false_);
  return Term::boolean(std::equal(s.begin(), s.end(),
                                  l.end() - static_cast<std::ptrdiff_t>(s.size()),
                                  [](const Term& x, const Term& y) { return x == y; }));
}
Term merge2(Ctx&, Term* a) {
  auto x = items(a[0], "merge", {a[0], a[1]});
  auto y = items(a[1], "merge", {a[0], a[1]});
  std::vector<Term> out;
  std::merge(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out), less);
  return Term::list(out);
}

// [SECTION] Tuple lists (the key functions count positions from 1)
size_t key_pos(const Term& n, const char* name, std::initializer_list<Term> args) {
  if (!n.is_small_int() || n.small_int() < 1) no_clause(L, name, args);
  return static_cast<size_t>(n.small_int() - 1);
}
bool key_at(const Term& t, size_t pos, const Term& key) {
  return t.is_tuple() && pos < t.tuple_size() && compare(t[pos], key) == 0;
}
Term keyfind(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keyfind", {a[0], a[1], a[2]});
  const Term* c = &a[2];
  for (; c->is_cons(); c = &c->tail())
    if (key_at(c->head(), pos, a[0])) return c->head();
  if (!c->is_nil()) badarg();
  return Term(atoms::false_);
}
Term keymember(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keymember", {a[0], a[1], a[2]});
  const Term* c = &a[2];
  for (; c->is_cons(); c = &c->tail())
    if (key_at(c->head(), pos, a[0])) return Term(atoms::true_);
  if (!c->is_nil()) badarg();
  return Term(atoms::false_);
}
Term keydelete(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keydelete", {a[0], a[1], a[2]});
  auto v = items(a[2], "keydelete", {a[0], a[1], a[2]});
  auto it = std::find_if(v.begin(), v.end(), [&](const Term& t) { return key_at(t, pos, a[0]); });
  if (it != v.end()) v.erase(it);
  return Term::list(v);
}
Term keyreplace(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keyreplace", {a[0], a[1], a[2], a[3]});
  auto v = items(a[2], "keyreplace", {a[0], a[1], a[2], a[3]});
  auto it = std::find_if(v.begin(), v.end(), [&](const Term& t) { return key_at(t, pos, a[0]); });
  if (it != v.end()) *it = a[3];
  return Term::list(v);
}
Term keystore(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keystore", {a[0], a[1], a[2], a[3]});
  auto v = items(a[2], "keystore", {a[0], a[1], a[2], a[3]});
  auto it = std::find_if(v.begin(), v.end(), [&](const Term& t) { return key_at(t, pos, a[0]); });
  if (it != v.end())
    *it = a[3];
  else
    v.push_back(a[3]);
  return Term::list(v);
}
Term keytake(Ctx&, Term* a) {
  size_t pos = key_pos(a[1], "keytake", {a[0], a[1], a[2]});
  auto v = items(a[2], "keytake", {a[0], a[1], a[2]});
  auto it = std::find_if(v.begin(), v.end(), [&](const Term& t) { return key_at(t, pos, a[0]); });
  if (it == v.end()) return Term(atoms::false_);
  Term found = *it;
  v.erase(it);
  return Term::tuple({Term::atom("value"), found, Term::list(v)});
}
// stable, by the key at `pos` (Erlang term order); `unique` keeps the first of equal keys
Term keysort_at(size_t pos, std::vector<Term> v, bool unique, const char* name,
                std::initializer_list<Term> args) {
  for (const Term& t : v)
    if (!t.is_tuple() || pos >= t.tuple_size()) no_clause(L, name, args);
  std::stable_sort(v.begin(), v.end(),
                   [pos](const Term& x, const Term& y) { return compare(x[pos], y[pos]) < 0; });
  if (unique)
    v.erase(
        std::unique(v.begin(), v.end(),
                    [pos](const Term& x, const Term& y) { return compare(x[pos], y[pos]) == 0; }),
        v.end());
  return Term::list(v);
}
Term keysort(Ctx&, Term* a) {
  size_t pos = key_pos(a[0], "keysort", {a[0], a[1]});
  return keysort_at(pos, items(a[1], "keysort", {a[0], a[1]}), false, "keysort", {a[0], a[1]});
}
Term ukeysort(Ctx&, Term* a) {
  size_t pos = key_pos(a[0], "ukeysort", {a[0], a[1]});
  return keysort_at(pos, items(a[1], "ukeysort", {a[0], a[1]}), true, "ukeysort", {a[0], a[1]});
}

constexpr Native kTable[] = {
    {L, "reverse", 1, reverse1, nullptr},
    {L, "reverse", 2, reverse2, nullptr},
    {L, "sort", 1, sort1, nullptr},
    {L, "usort", 1, usort1, nullptr},
    {L, "seq", 2, seq2, nullptr},
    {L, "seq", 3, seq3, nullptr},
    {L, "sum", 1, sum, nullptr},
    {L, "max", 1, max1, nullptr},
    {L, "min", 1, min1, nullptr},
    {L, "member", 2, member, nullptr},
    {L, "nth", 2, nth, nullptr},
    {L, "nthtail", 2, nthtail, nullptr},
    {L, "last", 1, last, nullptr},
    {L, "droplast", 1, droplast, nullptr},
    {L, "flatten", 1, flatten1, nullptr},
    {L, "flatten", 2, flatten2, nullptr},
    {L, "append", 1, append1, nullptr},
    {L, "append", 2, append2, nullptr},
    {L, "subtract", 2, subtract, nullptr},
    {L, "delete", 2, delete2, nullptr},
    {L, "duplicate", 2, duplicate, nullptr},
    {L, "sublist", 2, sublist2, nullptr},
    {L, "sublist", 3, sublist3, nullptr},
    {L, "split", 2, split, nullptr},
    {L, "zip", 2, zip, nullptr},
    {L, "unzip", 1, unzip, nullptr},
    {L, "prefix", 2, prefix, nullptr},
    {L, "suffix", 2, suffix, nullptr},
    {L, "merge", 2, merge2, nullptr},
    {L, "keyfind", 3, keyfind, nullptr},
    {L, "keymember", 3, keymember, nullptr},
    {L, "keydelete", 3, keydelete, nullptr},
    {L, "keyreplace", 4, keyreplace, nullptr},
    {L, "keystore", 4, keystore, nullptr},
    {L, "keytake", 3, keytake, nullptr},
    {L, "keysort", 2, keysort, nullptr},
    {L, "ukeysort", 2, ukeysort, nullptr},
};

}  // namespace

std::span<const Native> lists_natives() { return kTable; }

}  // namespace taskplay::lang
