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
  if (call.kids.size() != 2 && !call.do_block)  // defdelegate/1 and /3 are no macros
    invalid("undefined function defdelegate/" + std::to_string(call.kids.size()) +
            " (there is no such import)");
  if (call.kids.size() != 2 || call.do_block)
    invalid("defdelegate/2 expects a function head and the keyword list to:, as:");
  const Node& head = *call.kids[0];
  // what Kernel.Utils raises while defdelegate expands (an ArgumentError)
  // (defdelegate_each runs for each head in an Enum.reduce of the module's body)
  const std::string each = "    " + opts_.file + ":" + std::to_string(call.line) +
                           ": anonymous fn/3 in :elixir_compiler_0.__MODULE__/1\n"
                           "    (elixir 1.14.0) lib/enum.ex:2468: "
                           "Enum.\"-reduce/3-lists^foldl/2-0-\"/3\n";
  auto refuse = [&](const std::string& why, const std::string& where) {
    expansion_error(call, "ArgumentError", why,
                    "    (elixir 1.14.0) lib/kernel/utils.ex:" + where + "\n" +
                        (where.rfind("32:", 0) == 0 ? "" : each));
  };
  if (head.kind == NK::Binary && head.name == "when")
    refuse("guards are not allowed in defdelegate/2, got: when " + to_source(*head.kids[1]),
           "63: Kernel.Utils.defdelegate_each/2");
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
  bool has_as = false;
  if (opts.kind == NK::List)
    for (const auto& kv : opts.kids)
      if (kv->kind == NK::Tuple && kv->kids.size() == 2 && kv->kids[0]->kind == NK::Literal &&
          kv->kids[0]->value.is_atom(Atom("as")))
        has_as = true;
  const bool to_self = (to->kind == NK::Var && to->name == "__MODULE__") ||
                       (mod_ && to->kind == NK::Alias && alias_atom(*to) == mod_->name);
  if (to_self && !has_as)
    refuse(
        "defdelegate function is calling itself, which will lead to an infinite loop. You "
        "should either change the value of the :to option or specify the :as option",
        "32: Kernel.Utils.defdelegate_all/3");
  // the call passes each parameter by name (a default stays in the head)
  std::string args;
  for (const auto& p : head.kids) {
    const Node* param = p.get();
    if (param->kind == NK::Binary && param->name == "\\\\") param = param->kids[0].get();
    if (param->kind != NK::Var)
      refuse("defdelegate/2 only accepts function parameters, got: " + to_source(*param),
             "96: Kernel.Utils.validate_arg/1\n"
             "    (stdlib 4.2) lists.erl:1315: :lists.map/2\n"
             "    (elixir 1.14.0) lib/kernel/utils.ex:80: Kernel.Utils.build_as_args/2\n"
             "    (elixir 1.14.0) lib/kernel/utils.ex:74: Kernel.Utils.defdelegate_each/2");
    args += (args.empty() ? "" : ", ") + param->name;
  }
  std::vector<const Node*> holes{&head, to};
  // (the name as a remote call writes it: reverse, "odd name", +)
  const std::string name = inspect_atom(Atom(as)).substr(1);
  return tmpl("def __0__, do: __1__." + name + "(" + args + ")", holes, call.line);
}

}  // namespace taskplay::lang::detail
