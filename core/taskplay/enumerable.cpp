#include "taskplay/enumerable.hpp"

#include "taskplay/map_order.hpp"

namespace taskplay {

Term make_range(int64_t first, int64_t last, int64_t step) {
  return make_struct(Atom("Elixir.Range"), {{Term::atom("first"), Term::integer(first)},
                                            {Term::atom("last"), Term::integer(last)},
                                            {Term::atom("step"), Term::integer(step)}});
}

std::optional<std::vector<Term>> enum_to_list(const Term& t) {
  if (t.is_list()) return t.list_items();
  if (t.struct_name() == Atom("Elixir.Range")) {
    const Term* f = t.map_get(Term::atom("first"));
    const Term* l = t.map_get(Term::atom("last"));
    const Term* s = t.map_get(Term::atom("step"));
    if (!f || !l || !s || !f->is_small_int() || !l->is_small_int() || !s->is_small_int() ||
        s->small_int() == 0)
      return std::nullopt;
    std::vector<Term> out;
    int64_t step = s->small_int();
    for (int64_t x = f->small_int(); step > 0 ? x <= l->small_int() : x >= l->small_int();
         x += step)
      out.push_back(Term::integer(x));
    return out;
  }
  if (t.is_map() && t.struct_name() == atoms::nil) {
    std::vector<Term> out;
    for_each_listed_pair(t, [&](const auto& kv) {
      out.push_back(Term::tuple({kv.first, kv.second}));
    });
    return out;
  }
  return std::nullopt;
}

}  // namespace taskplay
