// :persistent_term, one table per runtime: put/2, get/1,2, erase/1 as OTP 25 answers them
// (get/1 of a missing key is a badarg). Application's environment lives in it too
// (prelude_application.cpp), so a run's state is the runtime's and replays with it.

#include <utility>
#include <vector>

#include "taskplay/lang/natives.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view P = "persistent_term";

struct PersistentTerms {
  std::vector<std::pair<Term, Term>> entries;  // few: a scan with exact equality
  std::pair<Term, Term>* find(const Term& key) {
    for (auto& e : entries)
      if (e.first == key) return &e;
    return nullptr;
  }
};

PersistentTerms& table(Ctx& c) { return c.runtime().extension<PersistentTerms>(); }

Term put(Ctx& c, Term* a) {
  if (auto* e = table(c).find(a[0]))
    e->second = a[1];
  else
    table(c).entries.emplace_back(a[0], a[1]);
  return Term(atoms::ok);
}
Term get1(Ctx& c, Term* a) {
  if (auto* e = table(c).find(a[0])) return e->second;
  bif_badarg(P, "get", {a[0]});
}
Term get2(Ctx& c, Term* a) {
  auto* e = table(c).find(a[0]);
  return e ? e->second : a[1];
}
Term erase(Ctx& c, Term* a) {
  auto& v = table(c).entries;
  for (auto it = v.begin(); it != v.end(); ++it)
    if (it->first == a[0]) {
      v.erase(it);
      return Term(atoms::true_);
    }
  return Term(atoms::false_);
}

constexpr Native kTable[] = {
    {P, "put", 2, put, nullptr},
    {P, "get", 1, get1, nullptr},
    {P, "get", 2, get2, nullptr},
    {P, "erase", 1, erase, nullptr},
};

}  // namespace

std::span<const Native> persistent_term_natives() { return kTable; }

}  // namespace taskplay::lang
