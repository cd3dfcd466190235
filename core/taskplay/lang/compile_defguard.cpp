// defguard and defguardp: a guard built from others, as Kernel.defguard/1 defines it (a
// macro): where `is_even(x)` is used, in a guard or in a body, it stands for its `when`
// expression with the argument put in for the parameter.
//
//   defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
//   def f(x) when is_even(x), do: :even        # when is_integer(x) and rem(x, 2) == 0
//
// A public one is used by other modules after `import` (or `require`, as Mod.is_even(x)).

#include "taskplay/lang/compiler_impl.hpp"

namespace taskplay::lang::detail {

namespace {

// The parameters' names put in by the arguments, through the whole tree.
void put_in_args(NodeP& n, const std::vector<std::string>& params,
                 const std::vector<const Node*>& args) {
  if (!n) return;
  if (n->kind == NK::Var)
    for (size_t i = 0; i < params.size(); ++i)
      if (n->name == params[i]) {
        n = clone(*args[i]);
        return;
      }
  for (auto& k : n->kids) put_in_args(k, params, args);
  put_in_args(n->extra, params, args);
  put_in_args(n->guard, params, args);
  put_in_args(n->body, params, args);
  put_in_args(n->do_block, params, args);
}

}  // namespace

void Compiler::record_defguard(const Node& s) {
  const std::string kind = s.name;
  const Node* when = s.kids.size() == 1 ? s.kids[0].get() : nullptr;
  if (!when || when->kind != NK::Binary || when->name != "when")
    error(s, kind + " must be written as `" + kind + " name(args) when guard_expression`");
  const Node& head = *when->kids[0];
  if (head.kind != NK::Call && head.kind != NK::Var)
    error(s, "invalid syntax in " + kind + " " + to_source(head));
  DefGuard g{mod_->name, head.name, {}, clone(*when->kids[1]), kind == "defguardp"};
  for (const auto& p : head.kids) {
    if (p->kind != NK::Var) error(s, kind + " only accepts variables as parameters");
    g.params.push_back(p->name);
  }
  defguards_.push_back(std::move(g));
}

const Compiler::DefGuard* Compiler::defguard_of(Atom module, const std::string& name,
                                                uint32_t arity, bool inside) const {
  for (const DefGuard& g : defguards_)
    if (g.module == module && g.name == name && g.params.size() == arity &&
        (inside || !g.is_private))
      return &g;
  return nullptr;
}

const Compiler::DefGuard* Compiler::local_defguard(const std::string& name, uint32_t arity) const {
  if (mod_)
    if (const DefGuard* g = defguard_of(mod_->name, name, arity, true)) return g;
  auto through = [&](const std::vector<Import>& imports) -> const DefGuard* {
    for (const Import& i : imports)
      if (i.allows(name, arity))
        if (const DefGuard* g = defguard_of(i.module, name, arity, false)) return g;
    return nullptr;
  };
  if (mod_)
    if (const DefGuard* g = through(mod_->imports)) return g;
  return through(imports_);
}

void Compiler::expand_defguard(const Node& call, const DefGuard& g,
                               const std::vector<const Node*>& args, uint16_t dst, bool is_tail) {
  // a guard that uses itself would expand for ever (the macro Elixir defines loops too)
  constexpr int kMaxNesting = 64;
  if (defguard_nesting_ >= kMaxNesting)
    error(call,
          "defguard " + g.name + "/" + std::to_string(g.params.size()) + " expands into itself");
  NodeP e = clone(*g.body);
  put_in_args(e, g.params, args);
  generated_.push_back(std::move(e));
  const Node& x = *generated_.back();
  struct Nesting {
    int& n;
    explicit Nesting(int& c) : n(++c) {}
    ~Nesting() { --n; }
  } nesting(defguard_nesting_);
  if (!is_tail) {
    expr(x, dst);
  } else {
    uint16_t mark = f_->temp_top;
    uint16_t t = temp();
    expr(x, t);
    emit(Op::Return, t);
    free_to(mark);
  }
}

}  // namespace taskplay::lang::detail
