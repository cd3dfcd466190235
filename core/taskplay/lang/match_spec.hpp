#pragma once
// ETS's match specifications, as :ets.select/2 and friends run them: a list of
// {pattern, guards, body}. A pattern binds :"$N" variables (the same N must match equal
// terms, ===) and ignores :_; any other term matches itself exactly. Guards and body are
// expressions in ETS's form: :"$N", :"$_" (the object), :"$$" (every binding, by N),
// {:const, term}, {{...}} (a tuple built), lists, and calls such as {:>, :"$1", 1},
// {:is_atom, :"$2"}, {:element, 1, :"$_"}, {:andalso, a, b}. A guard that fails to
// evaluate counts as false; an object's result is its first matching clause's last body
// expression.

#include <optional>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang {

class MatchSpec {
 public:
  // nullopt when `spec` is not a list of {pattern, [guard], [body]} (ETS's badarg).
  static std::optional<MatchSpec> compile(const Term& spec);
  // :ets.match/2's pattern as a spec: the bindings, in order of N ([:"$$"]).
  static MatchSpec of_pattern(const Term& pattern, bool whole_object);
  // The result for `object`, or nullopt when no clause matches it; {:self} is `self`.
  std::optional<Term> run(const Term& object, const Term& self) const;

 private:
  struct Clause {
    Term pattern;
    std::vector<Term> guards;
    std::vector<Term> body;
  };
  std::vector<Clause> clauses_;
};

// Does `pattern` match `term`, binding :"$N" variables into `binds` (index N)?
bool match_pattern(const Term& pattern, const Term& term, std::vector<std::optional<Term>>& binds);

}  // namespace taskplay::lang
