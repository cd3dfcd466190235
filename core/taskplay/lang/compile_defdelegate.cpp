// defdelegate: a function that calls another module's, as Kernel.defdelegate/2 defines it.
//
//   defdelegate reverse(list), to: Enum                 def reverse(list), do: Enum.reverse(list)
//   defdelegate rev(list), to: Enum, as: :reverse       def rev(list), do: Enum.reverse(list)
//   defdelegate f(a, b \\ 1), to: M                     def f(a, b \\ 1), do: M.f(a, b)
//
// The generated def joins the module's own (compile_forms.cpp), so it has a frame and
// function_exported?/3 sees it, as in Elixir.

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"

namespace taskplay::lang::detail {

NodeP Compiler::delegate_def(const Node& call) {
  auto invalid = [&](const std::string& why) { error(call, why); };
  if (call.kids.size() != 2 || call.do_block)
    invalid("defdelegate/2 expects a function head and the keyword list to:, as:");
  const Node& head = *call.kids[0];
  if (head.kind != NK::Call && head.kind != NK::Var)
    invalid("invalid syntax in defdelegate " + to_source(head));
  const Node* to = nullptr;
  std::string as = head.name;
  const Node& opts = *call.kids[1];
  if (opts.kind == NK::List)
    for (const auto& kv : opts.kids) {
      if (kv->kind != NK::Tuple || kv->kids.size() != 2 || kv->kids[0]->kind != NK::Literal ||
          !kv->kids[0]->value.is_atom())
        continue;
      const std::string key(kv->kids[0]->value.atom_value().name());
      const Node& v = *kv->kids[1];
      if (key == "to") to = &v;
      if (key == "as") {
        if (v.kind != NK::Literal || !v.value.is_atom())
          invalid("defdelegate's :as must be an atom");
        as = std::string(v.value.atom_value().name());
      }
    }
  if (!to) invalid("missing :to option in defdelegate");
  // the call passes each parameter by name (a default stays in the head)
  std::string args;
  for (const auto& p : head.kids) {
    const Node* param = p.get();
    if (param->kind == NK::Binary && param->name == "\\\\") param = param->kids[0].get();
    if (param->kind != NK::Var)
      invalid("defdelegate/2 only accepts function parameters, got: " + to_source(*param));
    args += (args.empty() ? "" : ", ") + param->name;
  }
  std::vector<const Node*> holes{&head, to};
  // (the name as a remote call writes it: reverse, "odd name", +)
  const std::string name = inspect_atom(Atom(as)).substr(1);
  return tmpl("def __0__, do: __1__." + name + "(" + args + ")", holes, call.line);
}

}  // namespace taskplay::lang::detail
