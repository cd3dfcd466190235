#include "support.hpp"

namespace taskplay::test {
namespace {
// Replace every stack trace (a list of 4-tuples {module, fun, arity, location})
// at the second place of a 2-tuple whose first is an error by :stacktrace.
Term shorten_term(const Term& t) {
  if (t.is_tuple()) {
    std::vector<Term> items(t.tuple_items().begin(), t.tuple_items().end());
    if (items.size() == 2 && items[1].is_list()) {
      bool trace = true;
      for (const auto& f : items[1].list_items())
        if (!f.is_tuple(4)) trace = false;
      const Term& e = items[0];
      // only after an error value: an exception, {:nocatch, _}, {:badkey, _}, :badarith...
      bool error = e.is_exception() ||
                   (e.is_tuple(2) && e[0].is_atom() &&
                    (e[0].is_atom(atoms::nocatch) || e[0].is_atom(atoms::badkey) ||
                     e[0].atom_value().name() == "badmatch")) ||
                   e.is_atom(atoms::badarith) || e.is_atom(atoms::function_clause) ||
                   e.is_atom(atoms::badarg);
      if (trace && error) {
        items[0] = shorten_term(items[0]);
        items[1] = Term::atom("stacktrace");
        return Term::tuple(items);
      }
    }
    for (auto& i : items) i = shorten_term(i);
    return Term::tuple(items);
  }
  if (t.is_cons()) {
    std::vector<Term> items = t.list_items();
    for (auto& i : items) i = shorten_term(i);
    return Term::list(items);
  }
  return t;
}
}  // namespace

std::string show(const Term& t) { return inspect(shorten_term(t)); }
std::string World::reason(Pid pid) const {
  const Trace& tr = rt.trace();
  for (size_t i = tr.size(); i-- > 0;)
    if (tr[i].kind == EventKind::exit && tr[i].pid == pid) return show(tr[i].data);
  return "alive";
}

}  // namespace taskplay::test
