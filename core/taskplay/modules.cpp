#include "taskplay/modules.hpp"

#include <algorithm>

#include "taskplay/errors.hpp"
#include "taskplay/fun.hpp"
#include "taskplay/inspect.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay {

void Modules::define(Atom module, Atom function, uint32_t arity, Term fun) {
  modules_[module.id()][key(function, arity)] = std::move(fun);
}

const Term* Modules::find(Atom module, Atom function, uint32_t arity) const {
  auto m = modules_.find(module.id());
  if (m == modules_.end()) return nullptr;
  auto f = m->second.find(key(function, arity));
  return f == m->second.end() ? nullptr : &f->second;
}

bool Modules::has_module(Atom module) const { return modules_.count(module.id()) > 0; }

std::vector<std::pair<Atom, uint32_t>> Modules::functions(Atom module) const {
  std::vector<std::pair<Atom, uint32_t>> out;
  auto m = modules_.find(module.id());
  if (m == modules_.end()) return out;
  for (const auto& [k, v] : m->second)
    out.emplace_back(Atom::from_id(static_cast<uint32_t>(k >> 32)), static_cast<uint32_t>(k));
  std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
    return x.first.name() != y.first.name() ? x.first.name() < y.first.name() : x.second < y.second;
  });
  return out;
}

Term undefined_function_error(Atom module, Atom function, uint32_t arity, bool module_exists) {
  // Elixir 1.14: defexception [:module, :function, :arity, :reason, :message];
  // the message is computed when shown, so the struct's :message is nil.
  (void)module_exists;
  return make_struct(Atom("Elixir.UndefinedFunctionError"),
                     {{Term(atoms::__exception__), Term(atoms::true_)},
                      {Term::atom("module"), Term(module)},
                      {Term::atom("function"), Term(function)},
                      {Term::atom("arity"), Term::integer(arity)},
                      {Term(atoms::reason), Term(atoms::nil)},
                      {Term(atoms::message), Term(atoms::nil)}});
}

Co<Term> apply(Ctx& ctx, Atom module, Atom function, std::vector<Term> args) {
  const Modules& mods = ctx.runtime().modules();
  const Term* f = mods.find(module, function, static_cast<uint32_t>(args.size()));
  if (!f) {
    raise(undefined_function_error(module, function, static_cast<uint32_t>(args.size()),
                                   mods.has_module(module)),
          Term::list({Term::tuple({Term(module), Term(function), Term::list(args), Term()})}));
  }
  Term keep = *f;  // the fun must outlive the call
  co_return co_await keep.fun_obj()->call(ctx, std::move(args));
}

}  // namespace taskplay
