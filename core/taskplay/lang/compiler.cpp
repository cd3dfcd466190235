#include "taskplay/lang/compiler.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/funs.hpp"
#include "taskplay/lang/library_units.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/prelude.hpp"
#include "taskplay/lang/state.hpp"

namespace taskplay::lang {

namespace detail {

bool is_underscore(const std::string& name) { return !name.empty() && name[0] == '_'; }

uint32_t count_vars(const Node& n) {
  uint32_t c = (n.kind == NK::Var || n.kind == NK::CaptureArg) ? 1 : 0;
  for (const auto& k : n.kids) c += count_vars(*k);
  for (const NodeP* p : {&n.extra, &n.guard, &n.body, &n.do_block})
    if (*p) c += count_vars(**p);
  return c;
}

// [SECTION] Program ---------------------------------------------------------------------

void Compiler::program(const Node& root) {
  Proto* main = new_proto();
  main->arity = static_cast<uint32_t>(opts_.bindings.size());
  main->module = Atom("elixir_compiler_0");
  main->name = Atom("__FILE__");
  main->fun_arity = 1;
  main->line = 1;
  unit_.main = main;

  uint32_t cap = count_vars(root) + static_cast<uint32_t>(opts_.bindings.size()) + 4;
  size_t nprotos = unit_.protos.size();
  while (true) {
    FnState f;
    f.proto = main;
    main->code.clear();
    main->consts.clear();
    f.var_next = static_cast<uint16_t>(main->arity);
    if (cap + main->arity > 30000) throw CompileError{"the program is too large", 1};
    f.var_end = static_cast<uint16_t>(main->arity + cap);
    f.temp_top = f.var_end;
    f.max_reg = f.var_end;
    f_ = &f;
    try {
      push_scope();
      for (size_t i = 0; i < opts_.bindings.size(); ++i)
        bind(opts_.bindings[i], static_cast<uint16_t>(i));
      uint16_t result = temp();
      if (root.kids.empty()) emit(Op::LoadNil, result);
      for (size_t i = 0; i < root.kids.size(); ++i) {
        uint16_t mark = f.temp_top;
        const Node& kid = *root.kids[i];
        // a script's last expression, a remote call, is a tail call as on the BEAM (which
        // compiles the file into one function): an error under it shows no (file) frame
        if (!opts_.shell && i + 1 == root.kids.size() &&
            (kid.kind == NK::Remote || kid.kind == NK::DotCall)) {
          tail(kid);
          continue;
        }
        expr(kid, result);
        free_to(mark);
      }
      if (opts_.shell) {
        // {value, {bindings...}}: every variable visible at the end, latest binding per name
        std::vector<std::pair<std::string, uint16_t>> seen;
        for (const auto& var : f.scopes.front()->vars) {
          const std::string& name = var.first;
          if (name.empty() || name[0] == '&') continue;
          auto it =
              std::find_if(seen.begin(), seen.end(), [&](auto& p) { return p.first == name; });
          if (it != seen.end())
            it->second = var.second;
          else
            seen.emplace_back(name, var.second);
        }
        unit_.bindings_out.clear();
        uint16_t base = temps(static_cast<uint16_t>(seen.size() + 1));
        for (size_t i = 0; i < seen.size(); ++i) {
          unit_.bindings_out.push_back(seen[i].first);
          emit(Op::Move, static_cast<uint16_t>(base + i), seen[i].second);
        }
        uint16_t tup = temp();
        emit(Op::Tuple, tup, base, static_cast<uint16_t>(seen.size()));
        uint16_t pair = temps(2);
        emit(Op::Move, pair, result);
        emit(Op::Move, static_cast<uint16_t>(pair + 1), tup);
        emit(Op::Tuple, result, pair, 2);
      }
      emit(Op::Return, result);
      for (auto& l : f.labels)
        for (uint32_t r : l.refs) main->code[r].t = static_cast<uint32_t>(l.pos);
      main->nregs = f.max_reg;
      compact_registers(f);
      f_ = nullptr;
      return;
    } catch (NeedMoreVars&) {
      f_ = nullptr;
      unit_.protos.resize(nprotos);
      unit_.modules.clear();
      output_slots_.clear();  // all in the top-level function, compiled again
      def_output_slot_.clear();
      output_slot_ = -1;
      cap *= 2;
    }
  }
}

// [SECTION] Functions and registers ------------------------------------------------------

// __ENV__ (and a macro's __CALLER__) at `line`: a map of Macro.Env's everyday fields,
// `module`, `file` (absolute), `line`, `function` ({name, arity} in a def, else nil) and
// `context` (:match for a macro called in a pattern).
Term Compiler::env_term(uint32_t line) const {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path file = fs::absolute(fs::path(opts_.file), ec).lexically_normal();
  Term function(atoms::nil);
  if (mod_ && f_ && f_->proto->module == mod_->name && !(f_->proto->name == atoms::nil)) {
    std::string name = f_->proto->name.name();
    uint32_t arity = f_->proto->fun_arity;
    if (is_macro_function(name) && arity > 0) {
      name = name.substr(6);  // "MACRO-"
      --arity;
    }
    function = Term::tuple({Term::atom(name), Term::integer(arity)});
  }
  // what Macro.expand/2 needs of the scope, as Macro.Env keeps it: `aliases`
  // ([{Short, Full}]), `required_mods` (modules) and `macros` ([{Module, [{name, arity}]}], the
  // program's macros imported here)
  std::vector<Term> aliases, required_mods, macros;
  for (const auto& [as, full] : aliases_)
    aliases.push_back(Term::tuple({Term::atom("Elixir." + as), Term::atom("Elixir." + full)}));
  for (Atom r : requires_) required_mods.push_back(Term(r));
  if (mod_)
    for (Atom r : mod_->required) required_mods.push_back(Term(r));
  auto imported_macros = [&](const Import& i) {
    std::vector<Term> these;
    for (const MacroDef& m : macros_)
      if (m.module == i.module && !m.is_private && i.allows(m.name, m.arity))
        these.push_back(Term::tuple({Term::atom(m.name), Term::integer(m.arity)}));
    if (!these.empty()) macros.push_back(Term::tuple({Term(i.module), Term::list(these)}));
  };
  if (mod_)
    for (const Import& i : mod_->imports) imported_macros(i);
  for (const Import& i : imports_) imported_macros(i);
  return Term::map({{Term::atom("module"), mod_ ? Term(mod_->name) : Term(atoms::nil)},
                    {Term::atom("file"), Term::string(file.string())},
                    {Term::atom("line"), Term::integer(line)},
                    {Term::atom("function"), function},
                    {Term::atom("context"), in_match_ ? Term::atom("match") : Term(atoms::nil)},
                    {Term::atom("aliases"), Term::list(aliases)},
                    {Term::atom("requires"), Term::list(required_mods)},
                    {Term::atom("macros"), Term::list(macros)}});
}

Proto* Compiler::new_proto() {
  auto p = std::make_unique<Proto>();
  p->unit = &unit_;
  p->index = static_cast<uint32_t>(unit_.protos.size());
  unit_.protos.push_back(std::move(p));
  return unit_.protos.back().get();
}

// A proto for an fn inside the function being compiled (named after it in
// stack traces and #Function<...>, as the BEAM names its funs).
Proto* Compiler::new_fn_proto(uint32_t line) {
  Proto* p = new_proto();
  p->anonymous = true;
  p->module = f_->proto->module;
  p->name = f_->proto->name;
  p->fun_arity = f_->proto->fun_arity;
  p->line = line;
  f_->children.push_back(p);
  return p;
}

void Compiler::function(Proto* p, const std::vector<ClauseView>& clauses, uint32_t arity,
                        FnState* parent) {
  uint32_t cap = 2;
  for (const auto& c : clauses) {
    for (const Node* pat : c.patterns) cap += count_vars(*pat);
    if (c.guard) cap += count_vars(*c.guard);
    if (c.body) cap += count_vars(*c.body);
  }
  size_t nprotos = unit_.protos.size();
  FnState* saved = f_;
  uint32_t saved_line = line_;
  while (true) {
    FnState f;
    f.proto = p;
    f.parent = parent;
    p->code.clear();
    p->consts.clear();
    p->capture_from.clear();
    p->capture_to.clear();
    p->arity = arity;
    if (cap + arity > 30000) error(*clauses.front().body, "the function is too large");
    f.var_next = static_cast<uint16_t>(arity);
    f.var_end = static_cast<uint16_t>(arity + cap);
    f.temp_top = f.var_end;
    f.max_reg = f.var_end;
    f_ = &f;
    try {
      function_body(clauses, arity);
      for (auto& l : f.labels)
        for (uint32_t r : l.refs) p->code[r].t = static_cast<uint32_t>(l.pos);
      p->nregs = std::max<uint32_t>(f.max_reg, 1);
      compact_registers(f);
      f_ = saved;
      line_ = saved_line;
      return;
    } catch (NeedMoreVars& e) {
      f_ = saved;
      line_ = saved_line;
      (void)e;
      // a capture ran the parent out of registers: the parent starts again
      if (f.var_next < f.var_end) throw;
      unit_.protos.resize(nprotos);
      cap *= 2;
    }
  }
}

void Compiler::function_body(const std::vector<ClauseView>& clauses, uint32_t arity) {
  std::vector<uint16_t> params;
  for (uint32_t i = 0; i < arity; ++i) params.push_back(static_cast<uint16_t>(i));
  push_scope();  // captures are bound here
  for (const auto& c : clauses) {
    line_ = c.line;
    Label fail = label();
    push_scope();
    uint16_t mark = f_->temp_top;
    // a def's clause reads the module attributes as they were where it was written
    std::optional<ModuleCtx::Attrs> saved;
    if (c.def && mod_)
      if (auto at = mod_->attrs_at.find(c.def); at != mod_->attrs_at.end()) {
        saved = ModuleCtx::Attrs{std::move(mod_->attrs), std::move(mod_->dyn_attrs)};
        mod_->attrs = at->second.values;
        mod_->dyn_attrs = at->second.computed;
      }
    const int saved_slot = output_slot_;
    if (c.def)
      if (auto at = def_output_slot_.find(c.def); at != def_output_slot_.end())
        output_slot_ = at->second;
    clause_head(c.patterns, params, c.guard, fail);
    if (c.body) {
      block_tail(*c.body);
    } else {
      uint16_t t = temp();
      emit(Op::LoadNil, t);
      emit(Op::Return, t);
    }
    if (saved) {
      mod_->attrs = std::move(saved->values);
      mod_->dyn_attrs = std::move(saved->computed);
    }
    output_slot_ = saved_slot;
    free_to(mark);
    pop_scope();
    place(fail);
  }
  line_ = clauses.empty() ? line_ : clauses.front().line;
  emit(Op::FunClause);
}

uint32_t Compiler::emit(Op op, uint16_t a, uint16_t b, uint16_t c, uint32_t t, uint8_t x) {
  auto& code = f_->proto->code;
  if (code.size() >= (1u << 24)) throw CompileError{"the function is too large", line_};
  code.push_back(Ins{op, x, a, b, c, t, line_});
  return static_cast<uint32_t>(code.size() - 1);
}

uint32_t Compiler::pc() const { return static_cast<uint32_t>(f_->proto->code.size()); }

Label Compiler::label() {
  f_->labels.emplace_back();
  return static_cast<Label>(f_->labels.size() - 1);
}

void Compiler::jump(Op op, Label l, uint16_t a, uint16_t b, uint16_t c, uint8_t x) {
  uint32_t i = emit(op, a, b, c, 0, x);
  f_->labels[l].refs.push_back(i);
}

void Compiler::place(Label l) { f_->labels[l].pos = static_cast<int32_t>(pc()); }

uint16_t Compiler::konst(const Term& t) {
  auto& k = f_->proto->consts;
  // small protos: reuse equal atoms and small integers
  if (t.is_atom() || t.is_small_int())
    for (size_t i = 0; i < k.size(); ++i)
      if (k[i].type() == t.type() && k[i] == t) return static_cast<uint16_t>(i);
  if (k.size() >= 0xFFFF) throw CompileError{"too many constants in one function", line_};
  k.push_back(t);
  return static_cast<uint16_t>(k.size() - 1);
}

uint16_t Compiler::temp() {
  if (f_->temp_top >= 0xFFF0) throw CompileError{"the function is too large", line_};
  uint16_t r = f_->temp_top++;
  f_->max_reg = std::max<uint32_t>(f_->max_reg, f_->temp_top);
  return r;
}

uint16_t Compiler::temps(uint16_t n) {
  uint16_t first = f_->temp_top;
  for (uint16_t i = 0; i < n; ++i) temp();
  if (n == 0) return first;
  return first;
}

uint16_t Compiler::new_var_in(FnState& f) {
  if (f.var_next >= f.var_end) throw NeedMoreVars{};
  return f.var_next++;
}
uint16_t Compiler::new_var() { return new_var_in(*f_); }

void Compiler::push_scope() {
  f_->scope_store.emplace_back();
  f_->scopes.push_back(&f_->scope_store.back());
}
Scope* Compiler::pop_scope() {
  Scope* s = f_->scopes.back();
  f_->scopes.pop_back();
  return s;
}
void Compiler::use_scope(Scope* s) { f_->scopes.push_back(s); }

void Compiler::bind(const std::string& name, uint16_t reg) {
  f_->scopes.back()->vars.emplace_back(name, reg);
}

std::optional<uint16_t> Compiler::resolve(FnState& f, const std::string& name) {
  for (size_t i = f.scopes.size(); i-- > 0;) {
    const auto& vars = f.scopes[i]->vars;
    for (size_t j = vars.size(); j-- > 0;)
      if (vars[j].first == name) return vars[j].second;
  }
  if (!f.parent) return std::nullopt;
  auto outer = resolve(*f.parent, name);
  if (!outer) return std::nullopt;
  // a closure captures it: copied into a register of its own at each call
  uint16_t r = new_var_in(f);
  f.proto->capture_from.push_back(*outer);
  f.proto->capture_to.push_back(r);
  f.scopes.front()->vars.emplace_back(name, r);
  return r;
}

std::optional<uint16_t> Compiler::lookup(const std::string& name) { return resolve(*f_, name); }

void Compiler::error(const Node& n, std::string message) {
  throw CompileError{std::move(message), n.line ? n.line : line_};
}

void Compiler::map_pairs_only(const Node& map) {
  for (const auto& kv : map.kids)
    if (kv->kids.size() != 2)
      error(*kv, "expected key-value pairs in a map, got: " + to_source(*kv->kids[0]));
}

void Compiler::expansion_error(const Node& n, std::string kind, std::string message,
                               std::string frames) {
  CompileError e{std::move(message), n.line ? n.line : line_, std::move(kind), std::move(frames)};
  const FnState* f = f_;
  while (f && f->proto && f->proto->anonymous && f->parent) f = f->parent;
  // outside any module (the file's own code) the place stays "(file)"
  if (mod_ && f == mod_->body_fn)
    e.where = "(module)";
  else if (mod_ && f && f->proto && f->proto->module != atoms::nil && !f->proto->anonymous)
    e.where = inspect_atom(f->proto->module) + "." + f->proto->name.name() + "/" +
              std::to_string(f->proto->fun_arity);
  throw e;
}

Atom Compiler::alias_atom(const Node& a) { return alias_atom(a.name); }

Atom Compiler::alias_atom(const std::string& path) {
  if (!path.empty() && path[0] == ':') return Atom(path.substr(1));  // %:mod{}
  std::string name = path;
  size_t dot = name.find('.');
  std::string first = name.substr(0, dot);
  // Elixir.Foo is Foo's atom itself, whatever Foo is an alias for here
  if (first == "Elixir") return Atom(name);
  auto it = aliases_.find(first);
  if (it != aliases_.end()) name = it->second + (dot == std::string::npos ? "" : name.substr(dot));
  if (first == "__MODULE__") {  // %__MODULE__{}, __MODULE__.Worker
    // outside a module __MODULE__ is nil and nil.Worker is Worker, as Elixir expands it
    if (!mod_) return dot == std::string::npos ? atoms::nil : Atom("Elixir" + name.substr(dot));
    name = mod_->name.name().substr(7) + (dot == std::string::npos ? "" : name.substr(dot));
  }
  if (name == "Elixir") return Atom("Elixir");
  return Atom("Elixir." + name);
}

// [SECTION] Register compaction ----------------------------------------------------------------

void compact_registers(FnState& f) {
  uint16_t delta = static_cast<uint16_t>(f.var_end - f.var_next);
  if (delta == 0) return;
  uint16_t first_temp = f.var_end;
  auto shift = [&](uint16_t& r) {
    if (r >= first_temp && r != kNoReg) r = static_cast<uint16_t>(r - delta);
  };
  for (Ins& i : f.proto->code) {
    uint8_t ops = kRegisterOperands[static_cast<size_t>(i.op)];
    if (ops & 1) shift(i.a);
    if (ops & 2) shift(i.b);
    if (ops & 4) shift(i.c);
  }
  for (Proto* child : f.children)
    for (uint16_t& r : child->capture_from) shift(r);
  f.proto->nregs = std::max<uint32_t>(f.proto->nregs - delta, 1);
}

// [SECTION] Expressions ----------------------------------------------------------------------

bool Compiler::constant(const Node& n, Term& out) {
  switch (n.kind) {
    case NK::Literal:
      out = n.value;
      return true;
    case NK::Alias:
      if (n.extra) return false;
      out = Term(alias_atom(n));
      return true;
    case NK::Tuple:
    case NK::List: {
      std::vector<Term> items(n.kids.size());
      for (size_t i = 0; i < n.kids.size(); ++i)
        if (!constant(*n.kids[i], items[i])) return false;
      if (n.kind == NK::Tuple) {
        out = Term::tuple(items);
      } else if (n.has_tail) {
        Term t = items.back();
        items.pop_back();
        out = Term::list(items, t);
      } else {
        out = Term::list(items);
      }
      return true;
    }
    case NK::Map: {
      if (n.extra) return false;
      std::vector<std::pair<Term, Term>> pairs;
      for (const auto& kv : n.kids) {
        Term k, v;
        if (kv->kids.size() != 2) return false;  // %{x}
        if (!constant(*kv->kids[0], k) || !constant(*kv->kids[1], v)) return false;
        pairs.emplace_back(k, v);
      }
      out = Term::map(std::move(pairs));
      return true;
    }
    case NK::Sigil:
      return sigil_value(n, out);
    case NK::Attr:
      if (!n.extra && mod_) {
        auto it = mod_->attrs.find(n.name);
        if (it != mod_->attrs.end()) {
          out = it->second;
          return true;
        }
      }
      return false;
    default:
      return false;
  }
}

void Compiler::expr(const Node& n, uint16_t dst) {
  if (n.line) line_ = n.line;
  switch (n.kind) {
    case NK::Literal:
      if (n.value.is_small_int() && n.value.small_int() >= INT32_MIN &&
          n.value.small_int() <= INT32_MAX)
        emit(Op::LoadInt, dst, 0, 0,
             static_cast<uint32_t>(static_cast<int32_t>(n.value.small_int())));
      else if (n.value.is_atom(atoms::nil))
        emit(Op::LoadNil, dst);
      else
        emit(Op::LoadK, dst, 0, 0, konst(n.value));
      return;
    case NK::Var: {
      if (auto r = lookup(n.name)) {
        if (*r != dst) emit(Op::Move, dst, *r);
        return;
      }
      if (n.name == "__MODULE__") {
        Term m = mod_ ? Term(mod_->name) : Term(atoms::nil);
        emit(Op::LoadK, dst, 0, 0, konst(m));
        return;
      }
      if (n.name == "__DIR__") {  // the absolute directory of the file being compiled
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::path file = fs::absolute(fs::path(opts_.file), ec).lexically_normal();
        emit(Op::LoadK, dst, 0, 0, konst(Term::string(file.parent_path().string())));
        return;
      }
      if (n.name == "__ENV__") {
        emit(Op::LoadK, dst, 0, 0, konst(env_term(n.line)));
        return;
      }
      if (n.name == "__STACKTRACE__")
        error(
            n,
            "__STACKTRACE__ is available only inside catch and rescue clauses of try expressions");
      if (is_underscore(n.name))
        error(n,
              "invalid use of _. _ can only be used inside patterns to ignore values and cannot be "
              "used in expressions. Make sure you are inside a pattern or change it accordingly");
      local_call(n, dst, false);
      return;
    }
    case NK::Alias:
      if (n.extra)  // Foo.bar().Baz
        error(n, "invalid alias: \"" + to_source(n) +
                     "\". If you wanted to define an alias, an alias must expand to an atom at "
                     "compile time but it did not, you may use Module.concat/2 to build it at "
                     "runtime. If instead you wanted to invoke a function or access a field, "
                     "wrap the function or field name in double quotes");
      emit(Op::LoadK, dst, 0, 0, konst(Term(alias_atom(n))));
      return;
    case NK::Interp: {
      uint16_t mark = f_->temp_top;
      uint16_t base = temps(static_cast<uint16_t>(n.kids.size()));
      Siblings siblings(f_->scopes.back());
      for (size_t i = 0; i < n.kids.size(); ++i) {
        auto r = static_cast<uint16_t>(base + i);
        expr(*n.kids[i], r);
        siblings.next();
        if (n.kids[i]->kind == NK::Literal) continue;
        // a map (a struct) goes through String.Chars, the program's implementation if any
        Label other = label();
        jump(Op::TestMap, other, r);
        line_ = n.kids[i]->line;
        emit(Op::Call, r, 1, 0, mfa_id(Atom("Elixir.String.Chars"), Atom("to_string"), 1), 0);
        place(other);
      }
      emit(Op::StrBuild, dst, base, static_cast<uint16_t>(n.kids.size()));
      free_to(mark);
      return;
    }
    case NK::Tuple:
    case NK::List: {
      Term k;
      if (constant(n, k)) {
        emit(Op::LoadK, dst, 0, 0, konst(k));
        return;
      }
      uint16_t mark = f_->temp_top;
      uint16_t cnt = static_cast<uint16_t>(n.kids.size());
      uint16_t base = temps(cnt);
      {
        Siblings siblings(f_->scopes.back());
        for (size_t i = 0; i < n.kids.size(); ++i) {
          expr(*n.kids[i], static_cast<uint16_t>(base + i));
          siblings.next();
        }
      }
      if (n.kind == NK::Tuple)
        emit(Op::Tuple, dst, base, cnt);
      else if (n.has_tail)
        emit(Op::List, dst, base, static_cast<uint16_t>(cnt - 1), 0, 1);
      else
        emit(Op::List, dst, base, cnt);
      free_to(mark);
      return;
    }
    case NK::Map:
    case NK::Struct: {
      map_pairs_only(n);
      if (n.kind == NK::Struct && n.body)
        error(n, "expected struct name to be a compile time atom or alias, got: " + n.body->name);
      if (n.kind == NK::Struct && struct_literal(n, dst)) return;
      Term k;
      if (n.kind == NK::Map && constant(n, k)) {
        emit(Op::LoadK, dst, 0, 0, konst(k));
        return;
      }
      uint16_t mark = f_->temp_top;
      bool update = n.extra != nullptr;
      bool is_struct = n.kind == NK::Struct && !update;
      uint16_t npairs = static_cast<uint16_t>(n.kids.size() + (is_struct ? 1 : 0));
      uint16_t base = temps(static_cast<uint16_t>(npairs * 2 + (update ? 1 : 0)));
      uint16_t p = base;
      Siblings siblings(f_->scopes.back());
      if (update) expr(*n.extra, p++);
      siblings.next();  // (the map being updated is one too)
      if (is_struct) {
        emit(Op::LoadK, p++, 0, 0, konst(Term(atoms::__struct__)));
        Term name = Term(alias_atom(n.name));
        emit(Op::LoadK, p++, 0, 0, konst(name));
      }
      for (const auto& kv : n.kids) {
        expr(*kv->kids[0], p++);
        siblings.next();
        expr(*kv->kids[1], p++);
        siblings.next();
      }
      uint16_t cnt = static_cast<uint16_t>(n.kids.size() + (is_struct ? 1 : 0));
      if (update)
        emit(Op::MapUpdate, dst, base, cnt);
      else
        emit(Op::Map, dst, base, cnt);
      free_to(mark);
      return;
    }
    case NK::Binary:
      binary(n, dst);
      return;
    case NK::Unary:
      unary(n, dst);
      return;
    case NK::Match:
      match_expr(n, dst);
      return;
    case NK::Call:
      local_call(n, dst, false);
      return;
    case NK::Remote:
      remote_call(n, dst, false);
      return;
    case NK::Field: {
      uint16_t mark = f_->temp_top;
      uint16_t obj = operand(*n.extra);
      uint16_t a = temp();
      line_ = n.line;
      emit(Op::CallDyn, a, 0, obj, konst(Term(Atom(n.name))), 1);
      emit(Op::Move, dst, a);
      free_to(mark);
      return;
    }
    case NK::DotCall:
      fun_call(n, dst, false);
      return;
    case NK::Access: {
      std::vector<const Node*> args{n.kids[0].get(), n.kids[1].get()};
      bif(find_native(Atom("taskplay"), Atom("access"), 2), args, dst);
      return;
    }
    case NK::Fn:
      fn(n, dst);
      return;
    case NK::Capture:
      capture(n, dst);
      return;
    case NK::CaptureArg: {
      std::string name = "&";
      name += inspect(n.value);
      if (auto r = lookup(name)) {
        if (*r != dst) emit(Op::Move, dst, *r);
        return;
      }
      error(n, "capture argument &" + inspect(n.value) +
                   " must be used within the capture operator &");
    }
    case NK::Attr: {
      Term v;
      if (n.extra && body_eval_ && mod_) {  // @name value in a body run as it compiles
        NodeP t = tmpl("Process.put(:\"$taskplay_body\", [{:attr, " + inspect(Term::atom(n.name)) +
                           ", __0__} | Process.get(:\"$taskplay_body\")])",
                       {n.extra.get()}, n.line);
        expr(*t, dst);
        generated_.push_back(std::move(t));
        return;
      }
      if (n.extra) error(n, "module attributes set outside of a module body: @" + n.name);
      if (!mod_) error(n, "cannot read attribute @" + n.name + " outside of a module");
      if (computed_attribute_read(n, dst)) return;
      if (!constant(n, v)) {
        emit(Op::LoadNil, dst);  // Elixir warns and gives nil
        return;
      }
      emit(Op::LoadK, dst, 0, 0, konst(v));
      return;
    }
    case NK::Sigil:
      sigil(n, dst);
      return;
    case NK::Bin:
      bin_build(n, dst);
      return;
    case NK::Block:
      block(n, dst);
      return;
    case NK::DoBlock:
    case NK::Section:
    case NK::Clause:
    case NK::Clauses:
      error(n, "unexpected do-block");
  }
}

void Compiler::block(const Node& n, uint16_t dst) {
  if (n.kind != NK::Block) return expr(n, dst);  // a keyword section: `try(do: x, after: y)`
  if (n.kids.empty()) {
    emit(Op::LoadNil, dst);
    return;
  }
  for (const auto& k : n.kids) {
    uint16_t mark = f_->temp_top;
    expr(*k, dst);
    free_to(mark);
  }
}

void Compiler::block_tail(const Node& n) {
  if (n.kind != NK::Block) return tail(n);
  if (n.kids.empty()) {
    uint16_t t = temp();
    emit(Op::LoadNil, t);
    emit(Op::Return, t);
    return;
  }
  for (size_t i = 0; i + 1 < n.kids.size(); ++i) {
    uint16_t mark = f_->temp_top;
    uint16_t t = temp();
    expr(*n.kids[i], t);
    free_to(mark);
  }
  tail(*n.kids.back());
}

void Compiler::tail(const Node& n) {
  if (n.line) line_ = n.line;
  switch (n.kind) {
    case NK::Call:
      local_call(n, 0, true);
      return;
    case NK::Remote:
      remote_call(n, 0, true);
      return;
    case NK::DotCall:
      fun_call(n, 0, true);
      return;
    case NK::Block:
      block_tail(n);
      return;
    case NK::Var:
      if (auto r = lookup(n.name)) {
        emit(Op::Return, *r);
        return;
      }
      if (n.name != "__MODULE__" && n.name != "__STACKTRACE__") {
        local_call(n, 0, true);
        return;
      }
      break;
    default:
      break;
  }
  uint16_t mark = f_->temp_top;
  uint16_t t = temp();
  expr(n, t);
  emit(Op::Return, t);
  free_to(mark);
}

uint16_t Compiler::operand(const Node& n) {
  if (n.kind == NK::Var)
    if (auto r = lookup(n.name)) return *r;
  uint16_t t = temp();
  expr(n, t);
  return t;
}

// [SECTION] Operators ---------------------------------------------------------------------------

namespace {
bool small_literal(const Node& n, int32_t& v) {
  if (n.kind != NK::Literal || !n.value.is_small_int()) return false;
  int64_t x = n.value.small_int();
  if (x < INT32_MIN + 1 || x > INT32_MAX) return false;
  v = static_cast<int32_t>(x);
  return true;
}
// An integer the BEAM keeps in a word (a "small": 60 bits on a 64-bit machine)
bool beam_small(const Term& v) {
  constexpr int64_t lo = -(int64_t{1} << 59), hi = (int64_t{1} << 59) - 1;
  return v.is_small_int() && v.small_int() >= lo && v.small_int() <= hi;
}
bool is_arith_op(const std::string& op) { return op == "+" || op == "-" || op == "*" || op == "/"; }
}  // namespace

// Where OTP 25 raises the :badarith of l op r (l null: not a literal), as measured with Elixir
// 1.14.0. The JIT checks inline, failing in the function's own frame with nothing for
// Exception.blame to add: + with a small integer literal on either side, - with a non-negative
// one on the right. In a module's code the compiler also turns + - * with a float literal
// and every / into float instructions, which fail inline too (the script's body, compiled
// without that pass, keeps the BIF's frame for them). Anything else fails in erlang:op/2,
// whose frame shows the arguments; in a module's code with a literal on the left of + or *
// moved to the right.
// An operand that is a constant other than a number (:a, "s", [1], {}): the operation fails
bool Compiler::known_not_number(const Node* n) {
  Term v;
  return n && n->kind != NK::Var && constant(*n, v) && !v.is_number();
}

uint8_t Compiler::arith_failure(const std::string& op, const Node* l, const Node& r) {
  auto literal = [&](const Node* n, Term& v) {
    return n && (n->kind == NK::Literal || n->kind == NK::Attr) && constant(*n, v);
  };
  Term lv, rv;
  const bool lk = literal(l, lv), rk = literal(&r, rv);
  // :a + 1, x * "s": the compiler sees it fail (and warns) and calls erlang:op/2 itself
  if (known_not_number(l) || known_not_number(&r)) return kArithInBif;
  const bool script = f_->proto->module == Atom("elixir_compiler_0");
  const bool float_literal = !script && ((lk && lv.is_float()) || (rk && rv.is_float()));
  bool in_place;
  if (op == "+")
    in_place = (lk && beam_small(lv)) || (rk && beam_small(rv)) || float_literal;
  else if (op == "-")
    in_place = (rk && beam_small(rv) && rv.small_int() >= 0) || float_literal;
  else if (op == "*")
    in_place = float_literal;
  else
    in_place = !script;
  if (in_place) return kArithInline;
  if (!script && (op == "+" || op == "*") && lk && lv.is_number() && !rk) return kArithInBifSwapped;
  return kArithInBif;
}

void Compiler::arith(const std::string& op, const Node& l, const Node& r, uint16_t dst) {
  const uint32_t line = line_;
  uint16_t mark = f_->temp_top;
  int32_t imm;
  const Node* x = nullptr;  // x + imm, x - imm: both fail inline
  if (known_not_number(&l) || known_not_number(&r))
    ;
  else if ((op == "+" || op == "-") && small_literal(r, imm) && (op == "+" || imm >= 0))
    x = &l;
  else if (op == "+" && small_literal(l, imm))
    x = &r;
  if (x) {
    uint16_t a = operand(*x);
    line_ = line;
    emit(op == "+" ? Op::AddInt : Op::SubInt, dst, a, 0, static_cast<uint32_t>(imm));
    free_to(mark);
    return;
  }
  const uint8_t failure = arith_failure(op, &l, r);
  Siblings siblings(f_->scopes.back());
  uint16_t a = operand(l);
  siblings.next();
  uint16_t b = operand(r);
  line_ = line;
  const Op o = op == "+" ? Op::Add : op == "-" ? Op::Sub : op == "*" ? Op::Mul : Op::Div;
  emit(o, dst, a, b, 0, failure);
  free_to(mark);
}

bool Compiler::arith_call(Atom module, const std::string& name,
                          const std::vector<const Node*>& args, uint16_t dst, bool is_tail) {
  if (module != Atom("Elixir.Kernel") && module != Atom("erlang")) return false;
  const size_t arity = args.size();
  if (!is_arith_op(name) || (arity == 1 && name != "+" && name != "-") || arity == 0 || arity > 2)
    return false;
  const uint32_t line = line_;
  uint16_t mark = f_->temp_top;
  uint16_t out = is_tail ? temp() : dst;
  if (arity == 2) {
    arith(name, *args[0], *args[1], out);
  } else {
    uint16_t a = operand(*args[0]);
    line_ = line;
    emit(name == "+" ? Op::Plus : Op::Neg, out, a);
  }
  if (is_tail) emit(Op::Return, out);
  free_to(mark);
  return true;
}

// apply(:erlang, :+, [x, 1]): the Erlang compiler makes it the call :erlang.+(x, 1), which
// fails as the operator does
bool Compiler::apply_arith(const std::vector<const Node*>& args, uint16_t dst, bool is_tail) {
  if (args.size() != 3) return false;
  const Node &m = *args[0], &f = *args[1], &list = *args[2];
  if (m.kind != NK::Literal || !m.value.is_atom(Atom("erlang")) || f.kind != NK::Literal ||
      !f.value.is_atom() || list.kind != NK::List || list.has_tail)
    return false;
  std::vector<const Node*> call_args;
  for (const auto& k : list.kids) call_args.push_back(k.get());
  return arith_call(Atom("erlang"), f.value.atom_value().name(), call_args, dst, is_tail);
}

void Compiler::binary(const Node& n, uint16_t dst) {
  const std::string& op = n.name;
  const Node& l = *n.kids[0];
  const Node& r = *n.kids[1];
  line_ = n.line;
  if (!kernel_allows(op, 2)) {
    // `import Kernel, except: [+: 2]`: the operator is whatever function of that name is in
    // scope (an import, or the module's own `def a + b`), compiled as the call it stands for.
    // When nothing else defines it (`only:` lists leave out what taskplay's own generated
    // code uses, `in` among them), it stays Kernel's.
    NodeP call = clone(n);
    call->kind = NK::Call;
    if (macro_at(*call) || imported(op, 2) != atoms::nil || (mod_ && mod_->defs.count({op, 2}))) {
      generated_.push_back(std::move(call));
      expr(*generated_.back(), dst);
      return;
    }
  }
  if (op == "&&" || op == "||" || op == "and" || op == "or") {
    Label end = label();
    expr(l, dst);
    line_ = n.line;
    if (op == "and" || op == "or") emit(Op::JmpNotBool, dst, konst(Term(Atom(op))));
    jump(op == "&&" || op == "and" ? Op::JmpFalsy : Op::JmpTruthy, end, dst);
    expr(r, dst);
    place(end);
    return;
  }
  if (op == "**") {
    std::vector<const Node*> args{&l, &r};
    bif(find_native(Atom("Elixir.Kernel"), Atom("**"), 2), args, dst);
    return;
  }
  if (op == "=~") {
    std::vector<const Node*> args{&l, &r};
    static_call(Atom("Elixir.Kernel"), Atom("=~"), args, false, dst, false);
    return;
  }
  if (op == "..//") {  // first..last//step: Range.new/3 checks the step as Kernel's macro does
    std::vector<const Node*> args{&l, &r, n.kids[2].get()};
    static_call(Atom("Elixir.Range"), Atom("new"), args, false, dst, false);
    return;
  }
  // x in y: a list or range written out is looked into here; anything else is Kernel's
  // Enum.member?(y, x) (y first, as Elixir), so a MapSet or Date.Range answers for itself
  if (op == "in" && r.kind != NK::List && !(r.kind == NK::Binary && r.name == "..")) {
    std::vector<const Node*> args{&r, &l};
    static_call(Atom("Elixir.Enum"), Atom("member?"), args, false, dst, false);
    return;
  }
  if (op == "in" || op == "..") {
    std::vector<const Node*> args{&l, &r};
    bif(find_native(Atom("taskplay"), Atom(op == "in" ? "in" : "range"), 2), args, dst);
    return;
  }
  if (op == "when")
    error(n, "unexpected when: guards are only allowed in clauses (fn, case, receive, def)");
  if (op == "|")
    error(n, "misplaced operator |/2: the | operator is only allowed in lists and map updates");
  if (op == "=>") error(n, "syntax error before: =>");
  if (op == "\\\\") error(n, "default arguments (\\\\) are not supported");
  if (is_arith_op(op)) return arith(op, l, r, dst);
  uint16_t mark = f_->temp_top;
  Siblings siblings(f_->scopes.back());
  uint16_t a = operand(l);
  siblings.next();
  uint16_t b = operand(r);
  line_ = n.line;
  Op o;
  if (op == "==")
    o = Op::Eq;
  else if (op == "!=")
    o = Op::Ne;
  else if (op == "===")
    o = Op::EqExact;
  else if (op == "!==")
    o = Op::NeExact;
  else if (op == "<")
    o = Op::Lt;
  else if (op == "<=")
    o = Op::Le;
  else if (op == ">")
    o = Op::Gt;
  else if (op == ">=")
    o = Op::Ge;
  else if (op == "<>")
    o = Op::Concat;
  else if (op == "++")
    o = Op::ListAppend;
  else if (op == "--")
    o = Op::ListSub;
  else
    error(n, "unsupported operator " + op);
  emit(o, dst, a, b);
  free_to(mark);
}

void Compiler::unary(const Node& n, uint16_t dst) {
  const std::string& op = n.name;
  const Node& x = *n.kids[0];
  if (op == "&") return capture_expr(x, dst);
  if (op == "^") error(n, "cannot use ^" + to_source(x) + " outside of match clauses");
  if (op == "@")  // @Upper (the parser's only unary @)
    expansion_error(n, "ArgumentError",
                    "module attributes set via @ cannot start with an uppercase letter",
                    "    (elixir 1.14.0) expanding macro: Kernel.@/1\n");
  uint16_t mark = f_->temp_top;
  if (op == "+" && known_not_number(&x)) {  // +:a: the compiler calls erlang:+(:a, 0)
    uint16_t a = operand(x);
    uint16_t zero = temp();
    line_ = n.line;
    emit(Op::LoadInt, zero, 0, 0, 0);
    emit(Op::Add, dst, a, zero, 0, kArithInBif);
    free_to(mark);
    return;
  }
  uint16_t a = operand(x);
  line_ = n.line;
  // +x fails inline (the JIT checks it is a number), -x in erlang:-/1
  emit(op == "+" ? Op::Plus : op == "-" ? Op::Neg : op == "!" ? Op::Bang : Op::Not, dst, a);
  free_to(mark);
}

// [SECTION] Calls ---------------------------------------------------------------------------------

uint16_t Compiler::call_base(uint16_t dst, uint16_t nargs) {
  uint16_t need = std::max<uint16_t>(nargs, 1);
  if (!is_var_register(dst) && dst + 1 == f_->temp_top) {
    // compile straight into dst: the arguments start there
    for (uint16_t i = 1; i < need; ++i) temp();
    return dst;
  }
  return temps(need);
}

void Compiler::args_at(uint16_t a, const std::vector<const Node*>& args) {
  Siblings siblings(f_->scopes.back());
  for (size_t i = 0; i < args.size(); ++i) {
    uint16_t mark = f_->temp_top;
    expr(*args[i], static_cast<uint16_t>(a + i));
    free_to(mark);
    siblings.next();
  }
}

void Compiler::bif(int native, const std::vector<const Node*>& args, uint16_t dst) {
  uint16_t mark = f_->temp_top;
  uint16_t b = temps(static_cast<uint16_t>(args.size()));
  uint32_t line = line_;
  args_at(b, args);
  line_ = line;
  emit(Op::Bif, dst, b, static_cast<uint16_t>(args.size()), static_cast<uint32_t>(native));
  free_to(mark);
}

void Compiler::static_call(Atom module, Atom fun, const std::vector<const Node*>& args, bool local,
                           uint16_t dst, bool is_tail) {
  uint32_t line = line_;
  auto n = static_cast<uint32_t>(args.size());
  int nat = find_native(module, fun, n);
  if (nat >= 0 && natives()[nat].sync) {
    if (is_tail) {
      uint16_t mark = f_->temp_top;
      uint16_t t = temp();
      bif(nat, args, t);
      emit(Op::Return, t);
      free_to(mark);
    } else {
      bif(nat, args, dst);
    }
    return;
  }
  uint16_t mark = f_->temp_top;
  uint16_t a = is_tail ? temps(static_cast<uint16_t>(std::max<uint32_t>(n, 1)))
                       : call_base(dst, static_cast<uint16_t>(n));
  args_at(a, args);
  line_ = line;
  emit(is_tail ? Op::TailCall : Op::Call, a, static_cast<uint16_t>(n), 0, mfa_id(module, fun, n),
       local ? 1 : 0);
  if (!is_tail && a != dst) emit(Op::Move, dst, a);
  free_to(mark);
}

Atom Compiler::imported(const std::string& name, uint32_t arity) const {
  static const Atom assertions("Elixir.ExUnit.Assertions"), callbacks("Elixir.ExUnit.Callbacks");
  auto defines = [&](Atom m) {
    if (find_native(m, Atom(name), arity) >= 0 || library_defines(m, name, arity)) return true;
    for (const ModuleDef& d : unit_.modules)  // modules compiled earlier in this program
      if (d.name == m)
        for (const FunctionDef& f : d.functions)
          if (!f.is_private && f.arity == arity && f.name.name() == name) return true;
    return false;
  };
  // ExUnit.Case imports ExUnit's assertions and callbacks into the test module
  if (mod_ && (mod_->exunit_case || mod_->exunit_imports))
    for (Atom m : {assertions, callbacks})
      if (defines(m)) return m;
  if (mod_)
    for (const Import& i : mod_->imports)
      if (i.allows(name, arity) && defines(i.module)) return i.module;
  for (const Import& i : imports_)
    if (i.allows(name, arity) && defines(i.module)) return i.module;
  return atoms::nil;
}

// `import Kernel, except: [...]` (or only:) in scope hides the rest of Kernel's imports
bool Compiler::kernel_allows(const std::string& name, uint32_t arity) const {
  static const Atom kernel("Elixir.Kernel");
  const std::vector<Import>* lists[] = {&imports_, mod_ ? &mod_->imports : nullptr};
  for (const std::vector<Import>* l : lists)
    if (l)
      for (const Import& i : *l)
        if (i.module == kernel && !i.allows(name, arity)) return false;
  return true;
}

bool Import::allows(const std::string& name, uint32_t arity) const {
  auto in = [&](const std::vector<std::pair<std::string, uint32_t>>& v) {
    return std::find(v.begin(), v.end(), std::pair{name, arity}) != v.end();
  };
  return has_only ? in(only) : !in(except);
}

bool Compiler::required(Atom module) const {
  auto in = [&](const std::vector<Atom>& v) {
    return std::find(v.begin(), v.end(), module) != v.end();
  };
  return in(requires_) || (mod_ && in(mod_->required));
}

bool Compiler::logger_macro(const Node& call, Atom module, uint16_t dst, bool is_tail) {
  static const Atom logger("Elixir.Logger"), integer("Elixir.Integer");
  static const char* const kLevels[] = {"emergency", "alert",  "critical", "error", "warning",
                                        "warn",      "notice", "info",     "debug"};
  const size_t n = call.kids.size();
  std::vector<const Node*> holes;
  for (const auto& k : call.kids) holes.push_back(k.get());
  std::string src;
  if (module == integer && !required(integer) && n == 1 &&
      (call.name == "is_even" || call.name == "is_odd")) {
    // Integer's macros without `require Integer` find no function, as on the BEAM (taskplay
    // has them as functions)
    src = ":taskplay.undef(Integer, :" + call.name + ", [__0__])";
  } else if (module != logger || !required(logger)) {
    return false;
  } else if (call.name == "log" && (n == 2 || n == 3)) {
    src = "Logger.__do_log__(__0__, __1__, " + std::string(n == 3 ? "__2__" : "[]") + ")";
  } else if (n == 1 || n == 2) {
    bool level = false;
    for (const char* l : kLevels) level = level || call.name == l;
    if (!level) return false;
    // Elixir 1.14's macros test the level before the message is evaluated
    std::string l = call.name == "warn" ? "warning" : call.name;
    src = "if Logger.__should_log__(:" + l + "), do: Logger.__do_log__(:" + l + ", __0__, " +
          (n == 2 ? "__1__" : "[]") + "), else: :ok";
  } else {
    return false;
  }
  generated_.push_back(tmpl(src, holes, call.line));
  const Node& g = *generated_.back();
  if (!is_tail) {
    expr(g, dst);
    return true;
  }
  uint16_t mark = f_->temp_top;
  uint16_t t = temp();
  expr(g, t);
  emit(Op::Return, t);
  free_to(mark);
  return true;
}

void Compiler::local_call(const Node& n, uint16_t dst, bool is_tail) {
  line_ = n.line;
  if (n.kind == NK::Var && n.name == "super") {
    // a bare `super`: Elixir warns and expands it to super() (no arguments)
    NodeP c = make_node(NK::Call, n.line, n.col);
    c->name = "super";
    generated_.push_back(std::move(c));
    local_call(*generated_.back(), dst, is_tail);
    return;
  }
  if (n.kind == NK::Call && special_form(n, dst, is_tail)) return;
  if (n.kind == NK::Call && macro_call(n, dst, is_tail)) return;
  std::vector<const Node*> args;
  for (const auto& k : n.kids) args.push_back(k.get());
  if (n.do_block)
    error(n, "undefined function " + n.name + "/" + std::to_string(args.size() + 1) +
                 " (there is no such import)");
  // `x -1` where x is a variable: a subtraction (the parser read `-1` or `-y` as an argument)
  if (n.ambiguous_op && args.size() == 1 && lookup(n.name)) {
    uint16_t mark = f_->temp_top;
    uint16_t out = is_tail ? temp() : dst;
    const Node& u = *args[0];
    uint16_t a = *lookup(n.name);
    if (u.kind == NK::Unary) {
      uint16_t b = operand(*u.kids[0]);
      emit(u.name == "-" ? Op::Sub : Op::Add, out, a, b, 0,
           arith_failure(u.name == "-" ? "-" : "+", nullptr, *u.kids[0]));
    } else {
      uint16_t b = operand(u);
      emit(Op::Add, out, a, b, 0, arith_failure("+", nullptr, u));
    }
    if (is_tail) emit(Op::Return, out);
    free_to(mark);
    return;
  }
  auto arity = static_cast<uint32_t>(args.size());
  if (const DefGuard* g = local_defguard(n.name, arity)) {
    expand_defguard(n, *g, args, dst, is_tail);
    return;
  }
  if (mod_ && mod_->defs.count({n.name, arity})) {
    static_call(mod_->name, Atom(n.name), args, true, dst, is_tail);
    return;
  }
  Atom kernel("Elixir.Kernel");
  if ((find_native(kernel, Atom(n.name), arity) >= 0 || prelude_kernel_has(n.name, arity)) &&
      kernel_allows(n.name, arity)) {
    static_call(kernel, Atom(n.name), args, false, dst, is_tail);
    return;
  }
  Atom from = imported(n.name, arity);
  if (from != atoms::nil) {
    static_call(from, Atom(n.name), args, false, dst, is_tail);
    return;
  }
  // the shell imports IEx.Helpers (flush/0)
  Atom helpers("Elixir.IEx.Helpers");
  if (opts_.shell && !mod_ && find_native(helpers, Atom(n.name), arity) >= 0) {
    static_call(helpers, Atom(n.name), args, false, dst, is_tail);
    return;
  }
  // (a macro's hygienic variable x@Ctx, called as x: its own name, as Elixir says it)
  std::string fa = n.name.substr(0, n.name.find('@')) + "/" + std::to_string(arity);
  // in a def, Elixir checks local calls once the module is compiled; in the module body's own
  // code (and its fns) it expands the call at once, as outside any module
  bool in_body = false;
  for (const FnState* f = f_; mod_ && f && !in_body; f = f->parent) in_body = f == mod_->body_fn;
  if (mod_ && !in_body)
    error(n, "undefined function " + fa + " (expected " + mod_->display +
                 " to define such a function or for it to be imported, but none are available)");
  error(n, "undefined function " + fa + " (there is no such import)");
}

void Compiler::remote_call(const Node& n, uint16_t dst, bool is_tail) {
  line_ = n.line;
  if (macro_call(n, dst, is_tail)) return;
  if (const Node* v = var_bang(n)) {  // Kernel.var!(x)
    expr(*v, dst);
    if (is_tail) emit(Op::Return, dst);
    return;
  }
  if (mod_ && f_ == mod_->body_fn && n.name == "get_attribute" && n.kids.size() == 2 && n.extra &&
      n.extra->kind == NK::Alias && n.extra->name == "Module" && n.kids[0]->kind == NK::Var &&
      n.kids[0]->name == "__MODULE__" && n.kids[1]->kind == NK::Literal &&
      n.kids[1]->value.is_atom()) {
    // Module.get_attribute(__MODULE__, :name) in the module's body: @name as it stands now
    NodeP a = make_node(NK::Attr, n.line, n.col);
    a->name = n.kids[1]->value.atom_value().name();
    generated_.push_back(std::move(a));
    expr(*generated_.back(), dst);
    if (is_tail) emit(Op::Return, dst);
    return;
  }
  std::vector<const Node*> args;
  for (const auto& k : n.kids) args.push_back(k.get());
  const Node& target = *n.extra;
  Atom module;
  bool is_static = false;
  if (target.kind == NK::Alias) {
    module = alias_atom(target);
    is_static = true;
  } else if (target.kind == NK::Literal && target.value.is_atom()) {
    module = target.value.atom_value();
    is_static = true;
  } else if (target.kind == NK::Var && target.name == "__MODULE__" && !lookup("__MODULE__")) {
    if (!mod_) error(n, "__MODULE__ is nil outside of a module");
    module = mod_->name;
    is_static = true;
  }
  if (n.do_block) error(n, "do-blocks are only supported by special forms");
  if (is_static) {
    if (logger_macro(n, module, dst, is_tail)) return;
    const bool inside = mod_ && mod_->name == module;
    const auto arity = static_cast<uint32_t>(args.size());
    if (const DefGuard* g = defguard_of(module, n.name, arity, inside)) {
      // a macro: usable from elsewhere once its module is required
      const std::string fa = inspect(Term(module)) + "." + n.name + "/" + std::to_string(arity);
      if (!inside && !required(module)) {
        if (f_->in_guard) error(n, "cannot invoke remote function " + fa + " inside guards");
        error(n, "you must require " + inspect(Term(module)) + " before invoking the macro " + fa);
      }
      expand_defguard(n, *g, args, dst, is_tail);
      return;
    }
    if (module == Atom("Elixir.Kernel") && arity == 2 &&
        (n.name == "||" || n.name == "&&" || n.name == "and" || n.name == "or")) {
      // Kernel.||(a, b): Kernel's macro, as the operator
      NodeP op = make_node(NK::Binary, n.line, n.col);
      op->name = n.name;
      for (const Node* a : args) op->kids.push_back(clone(*a));
      binary(*op, dst);
      if (is_tail) emit(Op::Return, dst);
      return;
    }
    if (arith_call(module, n.name, args, dst, is_tail)) return;
    if ((module == Atom("Elixir.Kernel") || module == Atom("erlang")) && n.name == "apply" &&
        apply_arith(args, dst, is_tail))
      return;
    static_call(module, Atom(n.name), args, false, dst, is_tail);
    return;
  }
  // a module (or map) known only at run time
  uint16_t mark = f_->temp_top;
  uint16_t out = is_tail ? temp() : dst;
  uint16_t m = operand(target);
  auto cnt = static_cast<uint16_t>(args.size());
  uint16_t a = temps(std::max<uint16_t>(cnt, 1));
  args_at(a, args);
  line_ = n.line;
  emit(Op::CallDyn, a, cnt, m, konst(Term(Atom(n.name))), 0);
  emit(Op::Move, out, a);
  if (is_tail) emit(Op::Return, out);
  free_to(mark);
}

void Compiler::fun_call(const Node& n, uint16_t dst, bool is_tail) {
  line_ = n.line;
  uint16_t mark = f_->temp_top;
  auto cnt = static_cast<uint16_t>(n.kids.size());
  uint16_t a = is_tail ? temps(static_cast<uint16_t>(cnt + 1))
                       : call_base(dst, static_cast<uint16_t>(cnt + 1));
  std::vector<const Node*> args;
  for (const auto& k : n.kids) args.push_back(k.get());
  args_at(a, args);
  {
    uint16_t m2 = f_->temp_top;
    expr(*n.extra, static_cast<uint16_t>(a + cnt));
    free_to(m2);
  }
  line_ = n.line;
  emit(is_tail ? Op::TailCallFun : Op::CallFun, a, cnt);
  if (!is_tail && a != dst) emit(Op::Move, dst, a);
  free_to(mark);
}

// [SECTION] Funs -------------------------------------------------------------------------------

void Compiler::fn(const Node& n, uint16_t dst) {
  std::vector<ClauseView> clauses;
  uint32_t arity = UINT32_MAX;
  for (const auto& c : n.kids) {
    ClauseView v;
    for (const auto& p : c->kids) v.patterns.push_back(p.get());
    v.guard = c->guard.get();
    v.body = c->body.get();
    v.line = c->line;
    if (arity != UINT32_MAX && arity != v.patterns.size())
      error(*c, "cannot mix clauses with different arities in anonymous functions");
    arity = static_cast<uint32_t>(v.patterns.size());
    clauses.push_back(std::move(v));
  }
  Proto* p = new_fn_proto(n.line);
  function(p, clauses, arity, f_);
  line_ = n.line;
  emit(Op::MakeFun, dst, 0, 0, p->index);
}

void Compiler::capture(const Node& n, uint16_t dst) {
  auto arity = static_cast<uint32_t>(n.value.small_int());
  Atom module;
  bool local = false;
  if (n.extra) {
    const Node& m = *n.extra;
    if (m.kind == NK::Alias)
      module = alias_atom(m);
    else if (m.kind == NK::Literal && m.value.is_atom())
      module = m.value.atom_value();
    else if (m.kind == NK::Var && m.name == "__MODULE__" && mod_)
      module = mod_->name;
    else if (m.kind == NK::Var) {  // &mod.flatten/1: made when it runs, as Elixir makes it
      NodeP name = make_node(NK::Literal, n.line, n.col),
            ar = make_node(NK::Literal, n.line, n.col);
      name->value = Term::atom(n.name);
      ar->value = n.value;
      generated_.push_back(
          tmpl(":erlang.make_fun(__0__, __1__, __2__)", {&m, name.get(), ar.get()}, n.line));
      expr(*generated_.back(), dst);
      return;
    } else
      error(n,
            "invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote "
            "function\n  * &fun/arity to capture a local or imported function\n  * &some_code(&1, "
            "...) containing at least one argument as &1");
  } else if (mod_ && mod_->defs.count({n.name, arity})) {
    module = mod_->name;
    local = true;
  } else if ((find_native(Atom("Elixir.Kernel"), Atom(n.name), arity) >= 0 ||
              prelude_kernel_has(n.name, arity) ||
              elixir_macro(Atom("Elixir.Kernel"), Atom(n.name), arity)) &&
             kernel_allows(n.name, arity)) {
    module = Atom("Elixir.Kernel");
  } else if (Atom from = imported(n.name, arity); from != atoms::nil) {
    module = from;  // &bor/2 after import Bitwise
  } else {
    error(n, "undefined function " + n.name + "/" + std::to_string(arity) +
                 " (there is no such import)");
  }
  Atom name(n.name);
  if (module == Atom("Elixir.Kernel") && elixir_macro(module, name, arity)) {
    // &||/2, &to_string/1: Kernel's macros, captured as the fn they expand in
    const bool op = !(std::isalpha(static_cast<unsigned char>(n.name[0])) || n.name[0] == '_') ||
                    n.name == "and" || n.name == "or" || n.name == "in";
    std::string fn = "fn taskplay_a" + std::string(arity == 2 ? ", taskplay_b" : "") + " -> ";
    if (arity == 2 && op)
      fn += "taskplay_a " + n.name + " taskplay_b";
    else if (arity == 1 && op)
      fn += n.name + "taskplay_a";
    else
      fn += "Kernel." + n.name + "(taskplay_a" + std::string(arity == 2 ? ", taskplay_b" : "") +
            ")";  // Kernel's, even where the module defines its own (Version.to_string/1)
    generated_.push_back(tmpl(fn + " end", {}, n.line));
    expr(*generated_.back(), dst);
    return;
  }
  // &abs/1, &Kernel.+/2, &===/2: Elixir inlines Kernel's BIFs into :erlang's (&:erlang.+/2,
  // &:erlang."=:="/2)
  if (module == Atom("Elixir.Kernel") && !erlang_bif_of(n.name).empty() &&
      find_native(module, name, arity) >= 0) {
    module = Atom("erlang");
    name = Atom(erlang_bif_of(n.name));
  }
  emit(Op::LoadK, dst, 0, 0, konst(make_external_fun(mfa_id(module, name, arity), local)));
}

namespace {
// The numbers of the capture arguments (&1, &2, ...) in a capture's body, its nested
// captures excluded; an fn inside the capture sees them as any variable
// (&(Task.async(fn -> f.(&1) end)), the book's pmap); `where` keeps one node per number.
struct ByNumber {
  bool operator()(const Term& a, const Term& b) const { return compare(a, b) < 0; }
};
using CaptureArgs = std::map<Term, const Node*, ByNumber>;

void capture_args(const Node& n, CaptureArgs& where) {
  if (n.kind == NK::CaptureArg) where.emplace(n.value, &n);
  if (n.kind == NK::Unary && n.name == "&") return;
  for (const auto& k : n.kids) capture_args(*k, where);
  for (const NodeP* p : {&n.extra, &n.guard, &n.body, &n.do_block})
    if (*p) capture_args(**p, where);
}
}  // namespace

// &(&1 + 1): a fn whose parameters are named &1, &2, ...
void Compiler::capture_expr(const Node& body, uint16_t dst) {
  CaptureArgs args;
  capture_args(body, args);
  // As Elixir 1.14: &0 is refused, and no number may be skipped (so a huge one is
  // refused as skipping &1 or the next). 256 or more arguments would need as many &N
  // written out, so the fn stays small.
  int64_t n = 0;
  for (const auto& [number, node] : args) {
    if (number.is_small_int() && number.small_int() == 0)
      error(*node, "capture argument &0 must be numbered between 1 and 255");
    if (!number.is_small_int() || number.small_int() != n + 1)
      error(*node, "capture argument &" + inspect(number) + " cannot be defined without &" +
                       std::to_string(n + 1) +
                       " (you cannot skip arguments, all arguments must be numbered)");
    n = number.small_int();
  }
  // the call's arguments are &1, &2 ... &n, in order
  auto args_in_order = [](const Node& call, int64_t count) {
    for (int64_t i = 0; i < count; ++i) {
      const Node& k = *call.kids[static_cast<size_t>(i)];
      if (k.kind != NK::CaptureArg || !k.value.is_small_int() || k.value.small_int() != i + 1)
        return false;
    }
    return true;
  };
  // &Mod.fun(&1, &2) is &Mod.fun/2, as Elixir captures it (inspect shows &String.upcase/1);
  // a macro's is an fn of its expansion (&My.mydef(&1))
  if (body.kind == NK::Remote && body.extra && body.extra->kind == NK::Alias && !body.do_block &&
      static_cast<int64_t>(body.kids.size()) == n && !macro_at(body)) {
    if (args_in_order(body, n)) {
      Atom module = alias_atom(*body.extra);
      emit(Op::LoadK, dst, 0, 0,
           konst(make_external_fun(mfa_id(module, Atom(body.name), static_cast<uint32_t>(n)),
                                   false)));
      return;
    }
  }
  // &is_atom(&1), &double(&1): a local or imported function, captured as &is_atom/1
  if (body.kind == NK::Call && !body.do_block && static_cast<int64_t>(body.kids.size()) == n &&
      n > 0 && !macro_at(body) && !lookup(body.name) &&
      !elixir_macro(Atom("Elixir.Kernel"), Atom(body.name), static_cast<uint32_t>(n))) {
    if (args_in_order(body, n)) {
      NodeP c = make_node(NK::Capture, body.line, body.col);
      c->name = body.name;
      c->value = Term::integer(n);
      capture(*c, dst);
      generated_.push_back(std::move(c));
      return;
    }
  }
  ClauseView v;
  v.line = body.line;
  v.body = &body;
  for (int64_t i = 1; i <= n; ++i) {
    NodeP var = make_node(NK::Var, body.line, body.col);
    var->name = "&";
    var->name += std::to_string(i);
    v.patterns.push_back(var.get());
    generated_.push_back(std::move(var));
  }
  Proto* p = new_fn_proto(body.line);
  function(p, {v}, static_cast<uint32_t>(n), f_);
  emit(Op::MakeFun, dst, 0, 0, p->index);
}

}  // namespace detail

std::unique_ptr<Unit> compile(const Node& program, const CompileOptions& opts) {
  if (opts.file != kPreludeFile) prelude();  // its Kernel functions are imported everywhere
  auto unit = std::make_unique<Unit>();
  unit->file = opts.file;
  detail::Compiler c(*unit, opts);
  c.program(program);
  return unit;
}

}  // namespace taskplay::lang
