// defmacro/defmacrop and their expansion. A macro is compiled as Elixir compiles it: a
// function "MACRO-name" taking the caller's environment first, then the arguments as quoted
// code (quote.cpp, caller form: [line: n] metadata, variables of context nil). A call of it
// (Mod.m(...) after `require Mod`, m(...) after `import Mod` or in Mod itself, `use Mod`
// as Mod.__using__(opts)) runs it while the program compiles (CompileOptions::run_macro)
// and compiles the code it returns in the call's place, its variables hygienic.

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/quote.hpp"

namespace taskplay::lang::detail {

namespace {
constexpr std::string_view kMacroPrefix = "MACRO-";
}

bool is_macro_function(const std::string& name) { return name.rfind(kMacroPrefix, 0) == 0; }

const Compiler::MacroDef* Compiler::macro_of(Atom module, const std::string& name,
                                             uint32_t arity) const {
  for (const MacroDef& m : macros_)
    if (m.module == module && m.name == name && m.arity == arity) return &m;
  return nullptr;
}

std::vector<NodeP> Compiler::macro_defs(const Node& s) {
  const Node* head = s.kids.empty() ? nullptr : s.kids[0].get();
  const Node* guard = nullptr;
  if (head && head->kind == NK::Binary && head->name == "when") {
    guard = head->kids[1].get();
    head = head->kids[0].get();
  }
  if (!head || (head->kind != NK::Call && head->kind != NK::Var))
    error(s, "invalid syntax in " + s.name + " " + (head ? to_source(*head) : std::string()));
  const std::string fn = std::string(kMacroPrefix) + head->name;
  auto caller = [&] {
    NodeP c = make_node(NK::Var, head->line, head->col);
    c->name = "__CALLER__";
    return c;
  };
  NodeP call = make_node(NK::Call, head->line, head->col);
  call->name = fn;
  call->parens = true;
  call->kids.push_back(caller());
  for (const auto& p : head->kids) call->kids.push_back(clone(*p));
  const auto arity = static_cast<uint32_t>(head->kids.size());
  const bool priv = s.name == "defmacrop";
  uint32_t defaults = 0;
  for (const auto& p : head->kids)
    if (p->kind == NK::Binary && p->name == "\\\\") ++defaults;
  for (uint32_t a = arity - defaults; a <= arity; ++a)
    if (!macro_of(mod_->name, head->name, a))
      macros_.push_back({mod_->name, head->name, a, priv, nullptr});
  std::vector<NodeP> out;
  NodeP def = make_node(NK::Call, s.line, s.col);
  def->name = "def";
  if (guard) {
    NodeP w = make_node(NK::Binary, head->line, head->col);
    w->name = "when";
    w->kids.push_back(std::move(call));
    w->kids.push_back(clone(*guard));
    def->kids.push_back(std::move(w));
  } else {
    def->kids.push_back(std::move(call));
  }
  for (size_t i = 1; i < s.kids.size(); ++i) def->kids.push_back(clone(*s.kids[i]));
  if (s.do_block) def->do_block = clone(*s.do_block);
  out.push_back(std::move(def));
  // defmacro m(x \\ 3) is m/0 too. A def's default stubs call the full arity, which a macro
  // used in its own module cannot (the module is not loaded yet): each shorter arity is the
  // body itself, its parameters bound first from the arguments given (the leftmost defaults
  // taking them) and the rest from their defaults.
  const Node* body = nullptr;
  if (s.kids.size() == 2 && is_kw_list(*s.kids[1]) && s.kids[1]->kids.size() == 1 &&
      s.kids[1]->kids[0]->kids[0]->value.is_atom(Atom("do")))
    body = s.kids[1]->kids[0]->kids[1].get();
  else if (s.do_block && s.do_block->kids.size() == 1 && s.do_block->kids[0]->name == "do")
    body = s.do_block->kids[0]->extra.get();
  if (!body || defaults == 0) return out;
  for (uint32_t a = arity - defaults; a < arity; ++a) {
    NodeP stub_head = make_node(NK::Call, head->line, head->col);
    stub_head->name = fn;
    stub_head->parens = true;
    stub_head->kids.push_back(caller());
    NodeP block = make_node(NK::Block, s.line, s.col);
    uint32_t given = a - (arity - defaults);  // of the defaulted parameters, how many are given
    uint32_t arg = 0;
    for (const auto& p : head->kids) {
      const bool defaulted = p->kind == NK::Binary && p->name == "\\\\";
      NodeP bind = make_node(NK::Match, p->line, p->col);
      bind->kids.push_back(clone(defaulted ? *p->kids[0] : *p));
      if (!defaulted || given > 0) {
        if (defaulted) --given;
        NodeP v = make_node(NK::Var, p->line, p->col);
        v->name = "&macro_arg" + std::to_string(arg++);
        stub_head->kids.push_back(clone(*v));
        bind->kids.push_back(std::move(v));
      } else {
        bind->kids.push_back(clone(*p->kids[1]));
      }
      block->kids.push_back(std::move(bind));
    }
    if (body->kind == NK::Block)
      for (const auto& k : body->kids) block->kids.push_back(clone(*k));
    else
      block->kids.push_back(clone(*body));
    NodeP stub = make_node(NK::Call, s.line, s.col);
    stub->name = "def";
    stub->kids.push_back(std::move(stub_head));
    NodeP kw = make_node(NK::List, s.line, s.col);
    NodeP pair = make_node(NK::Tuple, s.line, s.col);
    NodeP key = make_node(NK::Literal, s.line, s.col);
    key->value = Term::atom("do");
    pair->kids.push_back(std::move(key));
    pair->kids.push_back(std::move(block));
    kw->kids.push_back(std::move(pair));
    stub->kids.push_back(std::move(kw));
    out.push_back(std::move(stub));
  }
  // the full arity keeps no defaults: its stubs are the ones above
  Node& full = *out[0]->kids[0];
  Node& full_call = full.kind == NK::Binary ? *full.kids[0] : full;
  for (auto& p : full_call.kids)
    if (p->kind == NK::Binary && p->name == "\\\\") p = std::move(p->kids[0]);
  return out;
}

void Compiler::push_macro_defs(const Node& defmacro, std::vector<const Node*>& out) {
  for (NodeP& d : macro_defs(defmacro)) {
    generated_.push_back(std::move(d));
    out.push_back(generated_.back().get());
  }
}

void Compiler::note_macro_proto(Atom module, const std::string& fn, uint32_t arity,
                                const Proto* p) {
  if (!is_macro_function(fn) || arity == 0) return;
  for (MacroDef& m : macros_)
    if (m.module == module && m.arity + 1 == arity && fn.substr(kMacroPrefix.size()) == m.name)
      m.proto = p;
}

// The macro `m` called at `at` with `args` (quoted): the code it returns.
const Node* Compiler::expand(const MacroDef& m, const Node& at, std::vector<Term> args) {
  if (!m.proto)
    error(at, "undefined function " + m.name + "/" + std::to_string(m.arity) +
                  " (a macro cannot be called before its module is compiled)");
  if (!opts_.run_macro)
    error(at, "macros cannot be expanded here (taskplay expands them when a script compiles)");
  if (++macro_depth_ > 100) error(at, "too many nested macro expansions");
  args.insert(args.begin(), env_term(at.line));
  std::string name = inspect_atom(m.module) + "." + m.name + "/" + std::to_string(m.arity);
  std::string printed;
  Term result = opts_.run_macro(modules_so_far(), m.proto, std::move(args), at.line, name,
                                output_slot_ >= 0 ? &printed : nullptr);
  if (!printed.empty()) {
    OutputSlot& slot = output_slots_[static_cast<size_t>(output_slot_)];
    slot.text += printed;
    slot.proto->consts[slot.konst] = Term::string(slot.text);
  }
  NodeP code;
  try {
    code = ast_to_node(result, true, at.line);
  } catch (const BadQuote& e) {
    error(at, "invalid quoted expression: " + inspect(e.term));
  }
  --macro_depth_;
  generated_.push_back(std::move(code));
  return generated_.back().get();
}

int Compiler::reserve_output_slot() {
  uint16_t k = konst(Term::string(""));  // a binary: konst() shares none
  emit(Op::MacroOutput, 0, 0, 0, k);
  output_slots_.push_back({f_->proto, k, {}});
  return static_cast<int>(output_slots_.size() - 1);
}

// The quoted arguments of a call (a do-block as the trailing keyword list).
std::vector<Term> Compiler::quoted_args(const Node& call) {
  QuoteOpts q;
  q.caller = true;
  q.unquote = false;
  std::vector<Term> out;
  for (const auto& k : call.kids) {
    NodeP b;
    try {
      b = quote_builder(*k, q);
    } catch (const BadQuote& e) {
      error(call, e.what());
    }
    Term t;
    if (!constant(*b, t)) error(call, "cannot quote this argument");
    out.push_back(t);
  }
  if (call.do_block) {
    NodeP whole = make_node(NK::Call, call.line, call.col);
    whole->name = "do";
    whole->do_block = clone(*call.do_block);
    NodeP b;
    try {
      b = quote_builder(*whole, q);
    } catch (const BadQuote& e) {
      error(call, e.what());
    }
    Term t;
    if (!constant(*b, t)) error(call, "cannot quote this argument");
    out.push_back(t[2].head());  // {:do, meta, [[do: ..., else: ...]]}
  }
  return out;
}

const Compiler::MacroDef* Compiler::macro_at(const Node& n) const {
  const auto arity = static_cast<uint32_t>(n.kids.size() + (n.do_block ? 1 : 0));
  if (n.kind == NK::Remote && n.extra) {
    Atom module = atoms::nil;
    if (n.extra->kind == NK::Alias)
      module = const_cast<Compiler*>(this)->alias_atom(*n.extra);
    else if (n.extra->kind == NK::Var && n.extra->name == "__MODULE__" && mod_)
      module = mod_->name;
    const MacroDef* m = macro_of(module, n.name, arity);
    if (!m || (m->is_private && (!mod_ || mod_->name != module))) return nullptr;
    if (!required(module) && !(mod_ && mod_->name == module)) return nullptr;
    return m;
  }
  if (n.kind != NK::Call) return nullptr;
  // Elixir dispatches a local call to an import first, then to the module's own macros: in
  // the book's Tracer, `def` stays Kernel's in the module that defines `defmacro def`
  const std::vector<Import>* lists[] = {&imports_, mod_ ? &mod_->imports : nullptr};
  for (const std::vector<Import>* l : lists) {
    if (!l) continue;
    for (const Import& i : *l)
      if (i.allows(n.name, arity))
        if (const MacroDef* m = macro_of(i.module, n.name, arity); m && !m->is_private) return m;
  }
  if (mod_ && !(is_kernel_import(n.name, arity) && kernel_allows(n.name, arity)))
    if (const MacroDef* m = macro_of(mod_->name, n.name, arity)) return m;
  return nullptr;
}

// `Kernel.def(...)` (as a macro's quote may write it) is `def(...)`: the forms a module's
// body defines with are found by name.
const Node* Compiler::kernel_form(const Node* s) {
  static constexpr std::string_view kForms[] = {
      "def",         "defp",     "defmacro",  "defmacrop",    "defstruct",
      "defdelegate", "defguard", "defguardp", "defexception", "defoverridable"};
  if (s->kind != NK::Remote || !s->extra || s->extra->kind != NK::Alias ||
      alias_atom(*s->extra) != Atom("Elixir.Kernel") ||
      std::find(std::begin(kForms), std::end(kForms), s->name) == std::end(kForms))
    return s;
  NodeP call = clone(*s);
  call->kind = NK::Call;
  call->extra = nullptr;
  generated_.push_back(std::move(call));
  return generated_.back().get();
}

bool Compiler::macro_call(const Node& n, uint16_t dst, bool is_tail) {
  const MacroDef* m = macro_at(n);
  if (!m) return false;
  const Node* code = expand(*m, n, quoted_args(n));
  if (code->kind == NK::Block) {
    if (is_tail)
      block_tail(*code);
    else
      block(*code, dst);
  } else if (is_tail) {
    tail(*code);
  } else {
    expr(*code, dst);
  }
  return true;
}

// Record.defrecord(:user, name: "meg", age: 25) (or defrecordp, or defrecord after import
// Record): the macros user/0,1,2 that Elixir's Record defines, each a call of
// Record.__access__ (prelude_structs.cpp) when expanded, as lib/record.ex's.
bool Compiler::is_defrecord(const Node& s) const {
  bool remote =
      s.kind == NK::Remote && s.extra && s.extra->kind == NK::Alias && s.extra->name == "Record";
  bool by_import = false;
  const std::vector<Import>* lists[] = {&imports_, mod_ ? &mod_->imports : nullptr};
  for (const std::vector<Import>* l : lists) {
    if (!l || s.kind != NK::Call) continue;
    for (const Import& i : *l)
      by_import = by_import || (i.module == Atom("Elixir.Record") && i.allows(s.name, 2));
  }
  return (remote || by_import) && (s.name == "defrecord" || s.name == "defrecordp") &&
         s.kids.size() == 2 && !s.do_block;
}

std::vector<const Node*> Compiler::defrecord(const Node& s) {
  const Node& name = *s.kids[0];
  if (name.kind != NK::Literal || !name.value.is_atom())
    error(s, "expected the record name to be an atom, got: " + to_source(name));
  std::string def = s.name == "defrecord" ? "defmacro " : "defmacrop ";
  std::string n = to_source(name).substr(1);
  std::string fields = "__0__";
  NodeP b = tmpl(def + n + "(), do: Record.__access__(" + to_source(name) + ", " + fields +
                     ", [], __CALLER__)\n" + def + n + "(args), do: Record.__access__(" +
                     to_source(name) + ", " + fields + ", args, __CALLER__)\n" + def + n +
                     "(record, args), do: Record.__access__(" + to_source(name) + ", " + fields +
                     ", record, args, __CALLER__)",
                 {s.kids[1].get()}, s.line);
  std::vector<const Node*> out;
  for (const auto& k : b->kids) push_macro_defs(*k, out);
  generated_.push_back(std::move(b));
  return out;
}

std::vector<const Node*> Compiler::expand_body(const std::vector<const Node*>& stmts) {
  std::vector<const Node*> out;
  for (const Node* s : stmts) {
    const Node* code = nullptr;
    if (s->kind == NK::Block) {  // alias MyApp.{A, B} (the parser's multi_alias), (a; b)
      std::vector<const Node*> inner;
      for (const auto& k : s->kids) inner.push_back(k.get());
      for (const Node* k : expand_body(inner)) out.push_back(k);
      continue;
    }
    if (s->kind == NK::Call && (s->name == "require" || s->name == "import")) note_require(*s);
    if (s->kind == NK::Call && (s->name == "defmacro" || s->name == "defmacrop")) {
      push_macro_defs(*s, out);
      continue;
    }
    if (is_defrecord(*s)) {
      for (const Node* d : expand_body(defrecord(*s))) out.push_back(d);
      continue;
    }
    if (s->kind == NK::Call && s->name == "use" && !s->kids.empty() &&
        s->kids[0]->kind == NK::Alias) {
      // use Mod, opts: require Mod; Mod.__using__(opts)
      Atom module = alias_atom(*s->kids[0]);
      if (const MacroDef* m = macro_of(module, "__using__", 1)) {
        std::vector<Term> args = quoted_args(*s);
        Term opts = args.size() > 1 ? args[1] : Term();
        code = expand(*m, *s, {opts});
      }
    } else if (s->kind == NK::Remote || s->kind == NK::Call) {
      if (const MacroDef* m = macro_at(*s)) code = expand(*m, *s, quoted_args(*s));
    }
    if (!code) {
      // Kernel.def(...) as a macro overriding def returns it (the book's Tracer): Kernel's
      // def, not expanded again through the import
      const Node* k = kernel_form(s);
      if (k != s && (k->name == "defmacro" || k->name == "defmacrop"))
        push_macro_defs(*k, out);
      else
        out.push_back(k);
      continue;
    }
    std::vector<const Node*> inner;
    if (code->kind == NK::Block) {
      for (const auto& k : code->kids) inner.push_back(k.get());
    } else {
      inner.push_back(code);
    }
    for (const Node* k : expand_body(inner)) out.push_back(k);
  }
  return out;
}

}  // namespace taskplay::lang::detail
