// Where a fun of the language comes from, as Function.info/2 names it ({module, name}), for
// the "$initial_call" Agent and Task put in their process's dictionary (proc_lib.hpp):
// &Map.new/0 is {Map, :new}; fn -> ... end in Stack.run/0 is {Stack, :"-run/0-fun-0-"}
// (the name :erlang.fun_info/2 gives, lang/natives_erlang.cpp). A task is started for
// each of thousands of funs: the names of anonymous funs are made once per compiled
// function and thread.

#include <unordered_map>

#include "taskplay/lang/funs.hpp"
#include "taskplay/proc_lib.hpp"

namespace taskplay::lang {

namespace {
Term fun_origin(const Term& fun) {
  if (auto* e = dynamic_cast<const ExternalFun*>(fun.fun_obj())) {
    Mfa m = mfa_of(e->mfa());
    return Term::tuple({Term(m.module), Term(m.function)});
  }
  auto* c = dynamic_cast<const Closure*>(fun.fun_obj());
  if (!c) return Term(atoms::nil);
  const Proto* p = c->proto();
  // (a Proto's address may be reused by another program's once freed: an entry is taken only
  // when what the name is made of is the same)
  struct Named {
    Atom name;
    uint32_t fun_arity = 0, index = 0;
    Atom made;
    bool known = false;
  };
  thread_local std::unordered_map<const Proto*, Named> names;
  Named& n = names[p];
  if (!n.known || n.name != p->name || n.fun_arity != p->fun_arity || n.index != p->index)
    n = Named{p->name, p->fun_arity, p->index,
              Term::atom("-" + p->name.name() + "/" + std::to_string(p->fun_arity) + "-fun-" +
                         std::to_string(p->index) + "-")
                  .atom_value(),
              true};
  return Term::tuple({Term(p->module), Term(n.made)});
}
}  // namespace

void install_fun_origin() { proc_lib::set_fun_origin(&fun_origin); }

}  // namespace taskplay::lang
