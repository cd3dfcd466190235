#include "taskplay/lang/library_units.hpp"

#include "taskplay/lang/ex_unit.hpp"
#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

const std::vector<const Unit*>& library_units() {
  static const std::vector<const Unit*> units = [] {
    std::vector<const Unit*> v = prelude();
    v.push_back(&ex_unit());
    return v;
  }();
  return units;
}

bool library_defines(Atom module, std::string_view name, uint32_t arity) {
  for (const Unit* u : library_units())
    for (const ModuleDef& m : u->modules) {
      if (m.name != module) continue;
      for (const FunctionDef& f : m.functions)
        if (!f.is_private && f.arity == arity && f.name.name() == name) return true;
    }
  return false;
}

}  // namespace taskplay::lang
