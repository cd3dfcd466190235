#include "taskplay/supervisor_status.hpp"

namespace taskplay {

namespace {
const Atom kStrategy("strategy"), kIntensity("intensity"), kPeriod("period"), kRestarts("restarts"),
    kChildren("children");
}

int64_t SupervisorStatus::restarts_in_window(int64_t now_s) const {
  int64_t n = 0;
  for (int64_t t : restarts)
    if (now_s <= t + max_seconds) ++n;
  return n;
}

Term supervisor_status_term(Atom strategy, const RestartIntensity& intensity,
                            const std::vector<SupervisorChildStatus>& children) {
  std::vector<Term> restarts;
  for (int64_t t : intensity.restarts) restarts.push_back(Term::integer(t));
  std::vector<Term> kids;
  for (const SupervisorChildStatus& c : children)
    kids.push_back(Term::tuple({c.id, c.pid, restart_term(c.restart), child_type_term(c.type)}));
  return Term::map({{Term(kStrategy), Term(strategy)},
                    {Term(kIntensity), Term::integer(intensity.max_restarts)},
                    {Term(kPeriod), Term::integer(intensity.max_seconds)},
                    {Term(kRestarts), Term::list(restarts)},
                    {Term(kChildren), Term::list(kids)}});
}

std::optional<SupervisorStatus> read_supervisor_status(const Term& t) {
  if (!t.is_map()) return std::nullopt;
  const Term* strategy = t.map_get(Term(kStrategy));
  const Term* intensity = t.map_get(Term(kIntensity));
  const Term* period = t.map_get(Term(kPeriod));
  const Term* restarts = t.map_get(Term(kRestarts));
  const Term* children = t.map_get(Term(kChildren));
  if (!strategy || !strategy->is_atom() || !intensity || !intensity->is_small_int() || !period ||
      !period->is_small_int() || !restarts || !restarts->is_list() || !children ||
      !children->is_list())
    return std::nullopt;
  SupervisorStatus s;
  s.strategy = strategy->atom_value();
  s.max_restarts = intensity->small_int();
  s.max_seconds = period->small_int();
  for (const Term& r : restarts->list_items())
    if (r.is_small_int()) s.restarts.push_back(r.small_int());
  for (const Term& c : children->list_items()) {
    if (!c.is_tuple(4)) continue;
    SupervisorChildStatus child;
    child.id = c[0];
    child.pid = c[1];
    child.restart = restart_of(c[2]).value_or(Restart::permanent);
    child.type = c[3].is_atom(Atom("supervisor")) ? ChildType::supervisor : ChildType::worker;
    s.children.push_back(std::move(child));
  }
  return s;
}

}  // namespace taskplay
