// Special forms: if/unless, case, cond, receive, try, for, with, defmodule,
// def/defp, use, alias, match?. Everything else named in a call is a function.

#include <algorithm>
#include <cctype>
#include <functional>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/prelude.hpp"
#include "taskplay/lang/quote.hpp"
#include "taskplay/lang/use.hpp"

namespace taskplay::lang::detail {

namespace {

// [SECTION] Building trees for generated code -------------------------------------------
NodeP mk(NK k, const Node& at) { return make_node(k, at.line, at.col); }
NodeP mk_var(const std::string& name, const Node& at) {
  NodeP v = mk(NK::Var, at);
  v->name = name;
  return v;
}
NodeP mk_list(const Node& at, std::vector<NodeP> items = {}) {
  NodeP l = mk(NK::List, at);
  l->kids = std::move(items);
  return l;
}
NodeP mk_clause(const Node& at, NodeP pattern, NodeP guard, NodeP body) {
  NodeP c = mk(NK::Clause, at);
  c->kids.push_back(std::move(pattern));
  c->guard = std::move(guard);
  NodeP b = mk(NK::Block, at);
  b->kids.push_back(std::move(body));
  c->body = std::move(b);
  return c;
}
// A call with a do-block made of the given sections.
NodeP mk_form(const Node& at, const std::string& name, std::vector<NodeP> args,
              std::vector<std::pair<std::string, NodeP>> secs) {
  NodeP c = mk(NK::Call, at);
  c->name = name;
  c->kids = std::move(args);
  NodeP db = mk(NK::DoBlock, at);
  for (auto& [n, body] : secs) {
    NodeP s = mk(NK::Section, at);
    s->name = n;
    s->extra = std::move(body);
    db->kids.push_back(std::move(s));
  }
  c->do_block = std::move(db);
  return c;
}
NodeP mk_remote(const Node& at, const std::string& alias, const std::string& fun,
                std::vector<NodeP> args) {
  NodeP r = mk(NK::Remote, at);
  NodeP a = mk(NK::Alias, at);
  a->name = alias;
  a->value = Term(Atom("Elixir." + alias));
  r->extra = std::move(a);
  r->name = fun;
  r->kids = std::move(args);
  return r;
}

// `pattern when guard` on the left of <-, or a plain pattern
void split_guard(const Node& lhs, NodeP& pattern, NodeP& guard) {
  if (lhs.kind == NK::Binary && lhs.name == "when") {
    pattern = clone(*lhs.kids[0]);
    guard = clone(*lhs.kids[1]);
  } else {
    pattern = clone(lhs);
  }
}

}  // namespace

bool is_kw_list(const Node& n) {
  if (n.kind != NK::List || n.kids.empty() || n.has_tail) return false;
  for (const auto& kv : n.kids)
    if (kv->kind != NK::Tuple || kv->kids.size() != 2 || kv->kids[0]->kind != NK::Literal ||
        !kv->kids[0]->value.is_atom())
      return false;
  return true;
}

void Compiler::note_require(const Node& call) {
  // a module this file defined is compiled with the file, not loaded while it compiles: the
  // file's top level cannot require or import it (Elixir's error)
  if (!mod_ && !call.kids.empty() && call.kids[0]->kind == NK::Alias) {
    Atom m = alias_atom(*call.kids[0]);
    for (const ModuleDef& d : unit_.modules)
      if (d.name == m)
        error(call, "module " + inspect_atom(m) +
                        " is not loaded but was defined. This happens when you depend on a "
                        "module in the same context in which it is defined. For example:\n\n"
                        "    defmodule MyApp do\n      defmodule Mod do\n      end\n\n"
                        "      use Mod\n    end\n\nTry defining the module outside the context "
                        "that uses it:\n\n    defmodule MyApp.Mod do\n    end\n\n"
                        "    defmodule MyApp do\n      use MyApp.Mod\n    end\n\nIf the "
                        "module is defined at the top-level and you are trying to use it at the "
                        "top-level, this is not supported by Elixir\n");
  }
  if (call.name == "import" && !call.kids.empty() &&
      (call.kids[0]->kind == NK::Alias ||
       (call.kids[0]->kind == NK::Literal && call.kids[0]->value.is_atom()))) {
    Import imp{call.kids[0]->kind == NK::Alias ? alias_atom(*call.kids[0])
                                               : call.kids[0]->value.atom_value()};
    if (call.kids.size() > 1 && is_kw_list(*call.kids[1]))
      for (const auto& kv : call.kids[1]->kids) {
        const bool only = kv->kids[0]->value.is_atom(Atom("only"));
        if (!only && !kv->kids[0]->value.is_atom(Atom("except"))) continue;
        const Node& list = *kv->kids[1];
        // only: :functions imports every function; only: :macros none (of either, here)
        if (only) imp.has_only = !list.value.is_atom(Atom("functions"));
        if (list.kind != NK::List) continue;
        for (const auto& f : list.kids)
          if (f->kind == NK::Tuple && f->kids.size() == 2 && f->kids[0]->value.is_atom() &&
              f->kids[1]->value.is_small_int())
            (only ? imp.only : imp.except)
                .emplace_back(f->kids[0]->value.atom_value().name(),
                              static_cast<uint32_t>(f->kids[1]->value.small_int()));
      }
    if (imp.module == Atom("Elixir.ExUnit.Assertions") && !mod_) imports_exunit_assertions_ = true;
    // a second import of a module replaces the first, as in Elixir
    std::vector<Import>& imports = mod_ ? mod_->imports : imports_;
    std::erase(imports, imp.module);
    imports.push_back(std::move(imp));
  }
  if (call.name == "require" && !call.kids.empty() && call.kids[0]->kind == NK::Alias) {
    Atom m = alias_atom(*call.kids[0]);
    (mod_ ? mod_->required : requires_).push_back(m);
    if (!mod_ && opts_.required) opts_.required->push_back(m);
  }
  // import M requires M too (its macros become callable)
  if (call.name == "import" && !call.kids.empty() && call.kids[0]->kind == NK::Alias) {
    Atom m = alias_atom(*call.kids[0]);
    (mod_ ? mod_->required : requires_).push_back(m);
  }
}

// [SECTION] Sections and bodies ----------------------------------------------------------------

std::map<std::string, const Node*> Compiler::sections(const Node& call, size_t& nargs) {
  std::map<std::string, const Node*> out;
  nargs = call.kids.size();
  if (call.do_block) {
    for (const auto& s : call.do_block->kids) out[s->name] = s->extra.get();
    return out;
  }
  if (nargs > 0 && is_kw_list(*call.kids.back())) {
    const Node& kw = *call.kids.back();
    bool all_sections = true;
    for (const auto& kv : kw.kids) {
      const std::string& k = kv->kids[0]->value.atom_value().name();
      if (k != "do" && k != "else" && k != "after" && k != "rescue" && k != "catch")
        all_sections = false;
    }
    if (all_sections) {
      for (const auto& kv : kw.kids)
        out[kv->kids[0]->value.atom_value().name()] = kv->kids[1].get();
      --nargs;
    }
  }
  return out;
}

void Compiler::branch_body(const Node* body, uint16_t dst, bool is_tail, Label end) {
  push_scope();
  uint16_t mark = f_->temp_top;
  if (is_tail) {
    if (body) {
      block_tail(*body);
    } else {
      uint16_t t = temp();
      emit(Op::LoadNil, t);
      emit(Op::Return, t);
    }
  } else {
    if (body) {
      if (body->kind == NK::Block)
        block(*body, dst);
      else
        expr(*body, dst);
    } else {
      emit(Op::LoadNil, dst);
    }
    jump(Op::Jmp, end);
  }
  free_to(mark);
  pop_scope();
}

// [SECTION] Dispatch ------------------------------------------------------------------------------

namespace {
// A variable the program wrote, not one the compiler made for an expansion ("&acc0",
// "taskplay_bin")
bool user_variable(const std::string& name) {
  if (name.empty() || name.rfind("taskplay_", 0) == 0) return false;
  if (!(std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_')) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}
}  // namespace

const Node* Compiler::var_bang(const Node& call) {
  // var!(x) or Kernel.var!(x)
  const bool kernel = call.kind == NK::Remote && call.extra && call.extra->kind == NK::Alias &&
                      alias_atom(*call.extra) == Atom("Elixir.Kernel");
  if ((call.kind != NK::Call && !kernel) || call.name != "var!" || call.kids.empty() ||
      call.kids.size() > 2 || call.kids[0]->kind != NK::Var)
    return nullptr;
  std::string name = call.kids[0]->name;
  if (call.kids.size() == 2) {
    const Node& ctx = *call.kids[1];
    if (ctx.kind == NK::Literal && ctx.value.is_atom() && !ctx.value.is_atom(atoms::nil))
      name = hygienic_name(name, ctx.value.atom_value());
    else if (!(ctx.kind == NK::Literal && ctx.value.is_atom()))
      return nullptr;
  }
  NodeP v = make_node(NK::Var, call.line, call.col);
  v->name = name;
  generated_.push_back(std::move(v));
  return generated_.back().get();
}

bool Compiler::special_form(const Node& call, uint16_t dst, bool is_tail) {
  const std::string& name = call.name;
  auto tail_value = [&](auto&& compile_into) {
    if (!is_tail) return compile_into(dst);
    uint16_t mark = f_->temp_top;
    uint16_t t = temp();
    compile_into(t);
    emit(Op::Return, t);
    free_to(mark);
  };
  if (name == "if" || name == "unless") {
    if_form(call, name == "unless", dst, is_tail);
    return true;
  }
  if (name == "destructure" && call.kids.size() == 2 && call.kids[0]->kind == NK::List) {
    // Kernel.destructure/2: the list pattern matched against the right side cut or padded
    // with nils to its length
    const Node* holes[] = {call.kids[0].get(), call.kids[1].get()};
    generated_.push_back(tmpl(
        "__0__ = Kernel.__destructure__(__1__, " + std::to_string(call.kids[0]->kids.size()) + ")",
        {holes[0], holes[1]}, call.line));
    const Node& g = *generated_.back();
    tail_value([&](uint16_t d) { expr(g, d); });
    return true;
  }
  if (name == "dbg" && dbg_form(call, dst, is_tail)) return true;
  if (name == "&with_else") {  // with_form's else clauses, in the scopes of before the with
    std::vector<Scope*> inner = f_->scopes;
    std::optional<uint16_t> unmatched = lookup(call.kids[1]->name);
    f_->scopes.resize(static_cast<size_t>(call.value.small_int()));
    push_scope();
    if (unmatched) bind(call.kids[1]->name, *unmatched);
    if (is_tail)
      tail(*call.kids[0]);
    else
      expr(*call.kids[0], dst);
    pop_scope();
    f_->scopes = std::move(inner);
    return true;
  }
  if (const Node* v = var_bang(call)) {
    tail_value([&](uint16_t d) { expr(*v, d); });
    return true;
  }
  if (name == "binding" &&
      (call.kids.empty() || (call.kids.size() == 1 && call.kids[0]->kind == NK::Literal &&
                             call.kids[0]->value.is_atom()))) {
    // Kernel.binding/0: every variable in scope (a closure's enclosing ones too), by name;
    // binding(:ctx) those of a context (var!(x, :ctx) = 1), named x@ctx here
    const std::string suffix =
        call.kids.empty() ? std::string() : "@" + call.kids[0]->value.atom_value().name();
    std::vector<std::string> names;
    for (FnState* f = f_; f; f = f->parent)
      for (const Scope* sc : f->scopes)
        for (const auto& v : sc->vars) {
          const std::string& n = v.first;
          if (suffix.empty()
                  ? user_variable(n)
                  : n.size() > suffix.size() &&
                        n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                        user_variable(n.substr(0, n.size() - suffix.size())))
            names.push_back(n);
        }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::string src = "[";
    std::vector<const Node*> holes;
    for (size_t i = 0; i < names.size(); ++i) {
      NodeP v = make_node(NK::Var, call.line, call.col);
      v->name = names[i];
      generated_.push_back(std::move(v));
      holes.push_back(generated_.back().get());
      src += (i ? ", " : "") + names[i].substr(0, names[i].size() - suffix.size()) + ": __" +
             std::to_string(i) + "__";
    }
    generated_.push_back(tmpl(src + "]", holes, call.line));
    const Node& g = *generated_.back();
    tail_value([&](uint16_t d) { expr(g, d); });
    return true;
  }
  if (name == "case") {
    case_form(call, dst, is_tail);
    return true;
  }
  if (name == "cond") {
    cond_form(call, dst, is_tail);
    return true;
  }
  if (name == "receive") {
    receive_form(call, dst, is_tail);
    return true;
  }
  if (name == "try") {
    tail_value([&](uint16_t d) { try_form(call, d); });
    return true;
  }
  if (name == "for") {
    tail_value([&](uint16_t d) { for_form(call, d); });
    return true;
  }
  if (name == "with") {
    with_form(call, dst, is_tail);
    return true;
  }
  if (name == "defmodule") {
    tail_value([&](uint16_t d) { defmodule(call, d); });
    return true;
  }
  if (name == "use" && !call.kids.empty() && call.kids[0]->kind != NK::Alias &&
      !(call.kids[0]->kind == NK::Literal && call.kids[0]->value.is_atom()) &&
      !(call.kids[0]->kind == NK::Remote && call.kids[0]->name == "{}"))
    expansion_error(call, "ArgumentError",
                    "invalid arguments for use, expected a compile time atom or alias, got: " +
                        to_source(*call.kids[0]),
                    "    (elixir 1.14.0) lib/kernel.ex:5684: anonymous fn/3 in "
                    "Kernel.\"MACRO-use\"/3\n"
                    "    (elixir 1.14.0) lib/enum.ex:1658: Enum.\"-map/2-lists^map/1-0-\"/2\n"
                    "    (elixir 1.14.0) lib/kernel.ex:5676: Kernel.\"MACRO-use\"/3\n"
                    "    (elixir 1.14.0) expanding macro: Kernel.use/1\n");
  if (name == "super") {
    // super(args) in a def that overrides (defoverridable): a call of the one overridden
    if (!mod_ || super_.target.empty())
      error(call, "no super defined for " + super_.name + "/" + std::to_string(super_.arity) +
                      " in module " + (mod_ ? mod_->display : std::string("nil")) +
                      ". Overridable functions available are: " + super_.available);
    if (call.kids.size() != super_.arity)
      error(call,
            "super must be called with the same number of arguments as the current "
            "definition");
    NodeP c = clone(call);
    c->name = super_.target;
    local_call(*c, dst, is_tail);
    generated_.push_back(std::move(c));
    return true;
  }
  if ((name == "def" || name == "defp") && body_eval_) {
    // a def run in a module's body (run_body_defs): its code quoted, unquote fragments
    // evaluated, kept for the module
    QuoteOpts q;
    q.caller = true;
    NodeP quoted;
    try {
      quoted = quote_builder(call, q);
    } catch (const BadQuote& e) {
      error(call, e.what());
    }
    NodeP t =
        tmpl("Process.put(:\"$taskplay_body\", [{:def, __0__} | Process.get(:\"$taskplay_body\")])",
             {quoted.get()}, call.line);
    tail_value([&](uint16_t d) { expr(*t, d); });
    generated_.push_back(std::move(quoted));
    generated_.push_back(std::move(t));
    return true;
  }
  if (name == "def" || name == "defp") error(call, "cannot invoke " + name + "/2 outside module");
  if (name == "defprotocol" && call.do_block) {
    tail_value([&](uint16_t d) { defprotocol(call, d); });
    return true;
  }
  if (name == "defimpl" && call.do_block) {
    tail_value([&](uint16_t d) { defimpl(call, d); });
    return true;
  }
  if (name == "quote") {
    tail_value([&](uint16_t d) { quote_form(call, d); });
    return true;
  }
  if (name == "unquote" || name == "unquote_splicing") error(call, name + " called outside quote");
  if (name == "defmacro" || name == "defmacrop")
    error(call, "cannot invoke " + name + "/2 outside module");
  if (mod_ && mod_->defstruct && f_ == mod_->body_fn &&
      (mod_->defstruct == &call ||
       (call.name == mod_->defstruct->name && call.line == mod_->defstruct->line &&
        call.col == mod_->defstruct->col))) {
    // x = defstruct [...] in the body (or a copy an assert made): the module's defstruct
    tail_value([&](uint16_t d) { struct_body(call, d); });
    return true;
  }
  if (name == "defstruct" || name == "defexception" || name == "defprotocol" || name == "defimpl")
    error(call, name + " is not supported by taskplay's language (see docs/language.md)");
  if (name == "raise" && raise_call(call, dst, is_tail)) return true;
  if (assertion_form(call, dst, is_tail)) return true;
  if (name == "import" || name == "require") note_require(call);
  if (name == "alias" || name == "require" || name == "import") {
    if (name == "alias" && !call.kids.empty() && call.kids[0]->kind == NK::Alias) {
      std::string full = alias_atom(*call.kids[0]).name().substr(7);
      std::string as = full.substr(full.rfind('.') + 1);
      if (call.kids.size() > 1 && is_kw_list(*call.kids[1]))
        for (const auto& kv : call.kids[1]->kids)
          if (kv->kids[0]->value.is_atom(Atom("as")) && kv->kids[1]->kind == NK::Alias)
            as = kv->kids[1]->name;
      aliases_[as] = full;
    }
    tail_value([&](uint16_t d) { emit(Op::LoadK, d, 0, 0, konst(Term(atoms::nil))); });
    return true;
  }
  if ((name == "put_in" || name == "update_in" || name == "get_and_update_in" ||
       name == "pop_in") &&
      !call.kids.empty() &&
      (call.kids[0]->kind == NK::Field || call.kids[0]->kind == NK::Access ||
       call.kids.size() == (name == "pop_in" ? 1u : 2u))) {
    if (NodeP g = path_macro(call)) {
      generated_.push_back(std::move(g));
      const Node& e = *generated_.back();
      tail_value([&](uint16_t d) { expr(e, d); });
      return true;
    }
  }
  if (name == "match?" && call.kids.size() == 2) {
    tail_value([&](uint16_t d) {
      uint16_t mark = f_->temp_top;
      uint16_t v = operand(*call.kids[1]);
      Label fail = label(), end = label();
      push_scope();
      const Node& pat = *call.kids[0];
      if (pat.kind == NK::Binary && pat.name == "when")
        clause_head({pat.kids[0].get()}, {v}, pat.kids[1].get(), fail);
      else
        clause_head({&pat}, {v}, nullptr, fail);
      pop_scope();
      emit(Op::LoadK, d, 0, 0, konst(Term(atoms::true_)));
      jump(Op::Jmp, end);
      place(fail);
      emit(Op::LoadK, d, 0, 0, konst(Term(atoms::false_)));
      place(end);
      free_to(mark);
    });
    return true;
  }
  if (name == "apply" && (call.kids.size() == 2 || call.kids.size() == 3)) {
    std::vector<const Node*> given;
    for (const auto& k : call.kids) given.push_back(k.get());
    if (apply_arith(given, dst, is_tail)) return true;
    tail_value([&](uint16_t d) {
      uint16_t mark = f_->temp_top;
      auto n = static_cast<uint16_t>(call.kids.size());
      uint16_t a = temps(n);
      std::vector<const Node*> args;
      for (const auto& k : call.kids) args.push_back(k.get());
      args_at(a, args);
      line_ = call.line;
      emit(Op::Apply, a, n, 0, 0, n == 2 ? 1 : 0);
      emit(Op::Move, d, a);
      free_to(mark);
    });
    return true;
  }
  return false;
}

// [SECTION] if / unless / case / cond ------------------------------------------------------

void Compiler::if_form(const Node& call, bool negate, uint16_t dst, bool is_tail) {
  size_t nargs;
  auto secs = sections(call, nargs);
  const bool repeated =  // if x, do: 1, do: 2
      !call.do_block && nargs == 1 && call.kids.size() == 2 &&
      call.kids[1]->kids.size() != secs.size();
  if (nargs != 1 || !secs.count("do") || repeated)
    expansion_error(call, "ArgumentError",
                    std::string("invalid or duplicate keys for ") + (negate ? "unless" : "if") +
                        ", only \"do\" and an optional \"else\" are permitted",
                    negate ? "    (elixir 1.14.0) lib/kernel.ex:3775: Kernel.build_unless/2\n"
                             "    (elixir 1.14.0) expanding macro: Kernel.unless/2\n"
                           : "    (elixir 1.14.0) lib/kernel.ex:3731: Kernel.build_if/2\n"
                             "    (elixir 1.14.0) expanding macro: Kernel.if/2\n");
  uint16_t mark = f_->temp_top;
  Label other = label(), end = label();
  uint16_t c = operand(*call.kids[0]);
  line_ = call.line;
  jump(negate ? Op::JmpTruthy : Op::JmpFalsy, other, c);
  free_to(mark);
  branch_body(secs["do"], dst, is_tail, end);
  place(other);
  branch_body(secs.count("else") ? secs["else"] : nullptr, dst, is_tail, end);
  place(end);
}

void Compiler::case_form(const Node& call, uint16_t dst, bool is_tail) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs != 1 || !secs.count("do") || secs["do"]->kind != NK::Clauses)
    error(call, "expected -> clauses for :do in \"case\"");
  uint16_t mark = f_->temp_top;
  uint16_t v = operand(*call.kids[0]);
  Label end = label();
  for (const auto& c : secs["do"]->kids) {
    if (c->kids.size() != 1) error(*c, "expected one argument for :do clauses (->) in \"case\"");
    line_ = c->line;
    Label fail = label();
    push_scope();
    clause_head({c->kids[0].get()}, {v}, c->guard.get(), fail);
    branch_body(c->body.get(), dst, is_tail, end);
    pop_scope();
    place(fail);
  }
  line_ = call.line;
  emit(Op::CaseClause, v);
  place(end);
  free_to(mark);
}

void Compiler::cond_form(const Node& call, uint16_t dst, bool is_tail) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs != 0 || !secs.count("do") || secs["do"]->kind != NK::Clauses)
    error(call, "expected -> clauses for :do in \"cond\"");
  Label end = label();
  for (const auto& c : secs["do"]->kids) {
    if (c->kids.size() != 1 || c->guard)
      error(*c, "expected one argument for :do clauses (->) in \"cond\"");
    line_ = c->line;
    Label next = label();
    uint16_t mark = f_->temp_top;
    push_scope();  // what a condition binds is seen by its body only
    uint16_t t = operand(*c->kids[0]);
    jump(Op::JmpFalsy, next, t);
    free_to(mark);
    branch_body(c->body.get(), dst, is_tail, end);
    pop_scope();
    place(next);
  }
  // (Elixir raises at the last clause: cond is nested cases, the innermost one raising)
  if (!secs["do"]->kids.empty()) line_ = secs["do"]->kids.back()->line;
  emit(Op::CondClause);
  place(end);
}

// [SECTION] receive
// --------------------------------------------------------------------------------- Receive
// (message register, timeout register) is followed by After (the after-branch pc) and then the
// matcher: every clause's tests, each ending in MatchOk (its body's pc), and a final MatchFail. The
// VM runs the matcher on each message, in the runtime's selective receive; bodies follow.

void Compiler::receive_form(const Node& call, uint16_t dst, bool is_tail) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs != 0 || !secs.count("do")) error(call, "expected -> clauses for :do in \"receive\"");
  const Node* clauses = secs["do"];
  if (clauses->kind != NK::Clauses && !(clauses->kind == NK::Block && clauses->kids.empty()))
    error(call, "expected -> clauses for :do in \"receive\"");
  const Node* after = secs.count("after") ? secs["after"] : nullptr;
  if (after &&
      (after->kind != NK::Clauses || after->kids.size() != 1 || after->kids[0]->kids.size() != 1))
    error(call, "expected a single -> clause for :after in \"receive\"");
  uint16_t mark = f_->temp_top;
  uint16_t treg = kNoReg;
  if (after) {
    treg = temp();
    expr(*after->kids[0]->kids[0], treg);
  }
  uint16_t msg = temp();
  line_ = call.line;
  uint32_t recv = emit(Op::Receive, msg, treg);
  uint32_t aft = emit(Op::After, 0, 0, 0, kNoTarget);
  f_->proto->code[recv].t = pc();
  struct Body {
    Label label;
    Scope* scope;
    const Node* body;
  };
  std::vector<Body> bodies;
  if (clauses->kind == NK::Clauses) {
    for (const auto& c : clauses->kids) {
      if (c->kids.size() != 1)
        error(*c, "expected one argument for :do clauses (->) in \"receive\"");
      line_ = c->line;
      Label fail = label(), body = label();
      push_scope();
      clause_head({c->kids[0].get()}, {msg}, c->guard.get(), fail);
      jump(Op::MatchOk, body);
      bodies.push_back({body, pop_scope(), c->body.get()});
      place(fail);
    }
  }
  emit(Op::MatchFail);
  Label end = label();
  for (auto& b : bodies) {
    place(b.label);
    use_scope(b.scope);
    branch_body(b.body, dst, is_tail, end);
    pop_scope();
  }
  if (after) {
    f_->proto->code[aft].t = pc();
    branch_body(after->kids[0]->body.get(), dst, is_tail, end);
  }
  place(end);
  free_to(mark);
}

// [SECTION] try
// --------------------------------------------------------------------------------------

void Compiler::try_form(const Node& call, uint16_t dst) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs != 0 || !secs.count("do")) error(call, "missing :do option in \"try\"");
  const Node* rescue = secs.count("rescue") ? secs["rescue"] : nullptr;
  const Node* catches = secs.count("catch") ? secs["catch"] : nullptr;
  const Node* elses = secs.count("else") ? secs["else"] : nullptr;
  const Node* after = secs.count("after") ? secs["after"] : nullptr;
  for (const Node* s : {rescue, catches, elses})
    if (s && s->kind != NK::Clauses) error(call, "expected -> clauses in \"try\"");
  if (!rescue && !catches && !after && !elses)
    error(call, "missing :catch/:rescue/:after option in \"try\"");
  uint16_t mark = f_->temp_top;
  uint16_t k = temps(3);  // kind, value, stacktrace
  Label handler = label(), end = label(), done = label();
  auto run_after = [&]() {
    if (!after) return;
    uint16_t m = f_->temp_top;
    uint16_t scratch = temp();
    push_scope();
    block(*after, scratch);
    pop_scope();
    free_to(m);
  };
  line_ = call.line;
  jump(Op::Try, handler, k);
  push_scope();
  block(*secs["do"], dst);
  pop_scope();
  emit(Op::TryEnd);
  if (elses) {
    uint16_t v = temp();
    emit(Op::Move, v, dst);
    Label els_end = label();
    for (const auto& c : elses->kids) {
      Label fail = label();
      push_scope();
      clause_head({c->kids[0].get()}, {v}, c->guard.get(), fail);
      branch_body(c->body.get(), dst, false, els_end);
      pop_scope();
      place(fail);
    }
    emit(Op::TryClause, v);
    place(els_end);
  }
  run_after();
  jump(Op::Jmp, end);

  // the handler: the body raised (kind, value, stacktrace in k, k+1, k+2)
  place(handler);
  Label after_handler = label();
  uint16_t k2 = 0;
  if (after) {
    k2 = temps(3);
    jump(Op::Try, after_handler, k2);
  }
  uint16_t exc = temp();
  if (rescue) {
    for (const auto& c : rescue->kids) {
      line_ = c->line;
      if (c->kids.size() != 1)
        error(*c, "expected one argument for :rescue clauses (->) in \"try\"");
      const Node& pat = *c->kids[0];
      Label next = label();
      jump(Op::TestK, next, k, 0, konst(Term(atoms::error)));
      emit(Op::Normalize, exc, static_cast<uint16_t>(k + 1), static_cast<uint16_t>(k + 2));
      push_scope();
      bind("__STACKTRACE__", static_cast<uint16_t>(k + 2));
      // e in [A, B] / e in A / A / e / _ / %A{...}
      const Node* var = nullptr;
      std::vector<Term> mods;
      bool any = false;
      if (pat.kind == NK::Binary && pat.name == "in") {
        var = pat.kids[0].get();
        const Node* in = pat.kids[1].get();
        Term listed;
        if (const MacroDef* md =
                (in->kind == NK::Call || in->kind == NK::Remote) ? macro_at(*in) : nullptr)
          in = expand(*md, *in, quoted_args(*in));  // e in exceptions(), a macro giving the list
        const Node& m = *in;
        if (m.kind == NK::Var && m.name == "_")
          any = true;  // e in _
        else if ((m.kind == NK::Attr || m.kind == NK::Literal) && constant(m, listed) &&
                 listed.is_list())  // e in @errors, or what a macro gave
          for (const Term& x : listed.list_items()) mods.push_back(x);
        else if (m.kind == NK::Alias)
          mods.emplace_back(alias_atom(m));
        else if (m.kind == NK::List)
          for (const auto& x : m.kids) {
            if (x->kind == NK::Literal && x->value.is_atom()) {  // as a macro's list gives it
              mods.push_back(x->value);
              continue;
            }
            if (x->kind != NK::Alias)
              error(pat,
                    "invalid rescue clause. The clause should match on an alias, a variable or be "
                    "in the \"var in [alias]\" format");
            mods.emplace_back(alias_atom(*x));
          }
        else
          error(pat,
                "invalid rescue clause. The clause should match on an alias, a variable or be in "
                "the \"var in [alias]\" format");
      } else if (pat.kind == NK::Alias) {
        mods.emplace_back(alias_atom(pat));
      } else if (pat.kind == NK::List && !pat.has_tail && !pat.kids.empty() &&
                 std::all_of(pat.kids.begin(), pat.kids.end(),
                             [](const NodeP& x) { return x->kind == NK::Alias; })) {
        for (const auto& x : pat.kids) mods.emplace_back(alias_atom(*x));  // rescue [A, B] ->
      } else if (pat.kind == NK::Var) {
        var = &pat;
        any = true;
      } else if (pat.kind != NK::Struct) {
        error(pat,
              "invalid rescue clause. The clause should match on an alias, a variable or be in the "
              "\"var in [alias]\" format");
      }
      if (pat.kind == NK::Struct) {
        clause_head({&pat}, {exc}, c->guard.get(), next);
      } else {
        if (!any) {
          uint16_t t = temp();
          emit(Op::IsException, t, exc, static_cast<uint16_t>(k + 1), konst(Term::list(mods)));
          jump(Op::JmpNotTrue, next, t);
        }
        if (var && var->name != "_")
          clause_head({var}, {exc}, c->guard.get(), next);
        else if (c->guard)
          guard(*c->guard, next);
      }
      branch_body(c->body.get(), dst, false, done);
      pop_scope();
      place(next);
    }
  }
  if (catches) {
    for (const auto& c : catches->kids) {
      line_ = c->line;
      Label next = label();
      push_scope();
      bind("__STACKTRACE__", static_cast<uint16_t>(k + 2));
      if (c->kids.size() == 1) {
        jump(Op::TestK, next, k, 0, konst(Term(atoms::throw_)));
        clause_head({c->kids[0].get()}, {static_cast<uint16_t>(k + 1)}, c->guard.get(), next);
      } else if (c->kids.size() == 2) {
        clause_head({c->kids[0].get(), c->kids[1].get()}, {k, static_cast<uint16_t>(k + 1)},
                    c->guard.get(), next);
      } else {
        error(*c, "expected one or two args for :catch clauses (->) in \"try\"");
      }
      branch_body(c->body.get(), dst, false, done);
      pop_scope();
      place(next);
    }
  }
  // nothing matched: run after, raise again
  if (after) emit(Op::TryEnd);
  run_after();
  emit(Op::Reraise, k);
  place(done);
  if (after) emit(Op::TryEnd);
  run_after();
  jump(Op::Jmp, end);
  if (after) {
    place(after_handler);  // a rescue/catch body raised: after runs, the error goes on
    run_after();
    emit(Op::Reraise, k2);
  }
  place(end);
  free_to(mark);
}

// [SECTION] for / with
// ---------------------------------------------------------------------------------

void Compiler::for_form(const Node& call, uint16_t dst) {
  size_t nargs;
  auto secs = sections(call, nargs);
  const Node* body = secs.count("do") ? secs["do"] : nullptr;
  std::vector<const Node*> quals;
  const Node* into = nullptr;
  const Node* reduce = nullptr;
  bool uniq = false;
  for (size_t i = 0; i < nargs; ++i) {
    const Node& q = *call.kids[i];
    if (i + 1 == nargs && is_kw_list(q)) {
      for (const auto& kv : q.kids) {
        const std::string& k = kv->kids[0]->value.atom_value().name();
        if (k == "into")
          into = kv->kids[1].get();
        else if (k == "reduce")
          reduce = kv->kids[1].get();
        else if (k == "uniq")
          uniq = kv->kids[1]->kind == NK::Literal && kv->kids[1]->value.is_atom(atoms::true_);
        else if (k == "do")
          body = kv->kids[1].get();
        else
          error(q, "unsupported option :" + k + " given to for");
      }
      continue;
    }
    // <<c <- bin>>: a generator over the binary's chunks
    if (q.kind == NK::Bin && !q.kids.empty() && q.kids.back()->kind == NK::Binary &&
        q.kids.back()->name == "<-") {
      generated_.push_back(bin_generator(q));
      quals.push_back(generated_.back().get());
      continue;
    }
    quals.push_back(&q);
  }
  if (!body) error(call, "missing :do option in \"for\"");
  if (quals.empty() || !(quals[0]->kind == NK::Binary && quals[0]->name == "<-"))
    error(call, "for comprehensions must start with a generator");
  if (reduce && into) error(call, "cannot use :reduce alongside :into/:uniq in comprehension");
  if (reduce && uniq) error(call, "cannot use :reduce alongside :into/:uniq in comprehension");
  if (reduce && body->kind != NK::Clauses)
    error(call,
          "when using :reduce with comprehensions, the do block must be written using acc -> "
          "expr clauses, where each clause expects the accumulator as a single argument");
  if (!reduce && body->kind == NK::Clauses)
    error(call,
          "the do block was written using acc -> expr clauses but the :reduce option was not "
          "given");
  // `into: ""` is Elixir's inline binary comprehension: the values are kept in a list and
  // joined at the end (:erlang.list_to_bitstring), any other `into:` goes through Collectable
  const bool into_text =
      into && into->kind == NK::Literal && into->value.is_binary() && into->value.binary().empty();
  // As Elixir expands a comprehension, a reduction over each generator, nested, threading
  // one accumulator (a loop whatever the size: for over a million elements runs in constant
  // stack):
  //   for x <- xs, f, y <- ys, do: b  ==>
  //   :lists.reverse(Enum.reduce(xs, [], fn &x, &acc -> case &x do
  //     x -> if f, do: Enum.reduce(ys, &acc, fn ...  [b | &acc] ...), else: &acc
  //     _ -> &acc end end))
  // reduce: init puts the clauses `acc -> ...` where [b | &acc] is.
  std::function<NodeP(size_t, const std::string&)> gen = [&](size_t i,
                                                             const std::string& acc) -> NodeP {
    if (i == quals.size()) {
      if (reduce) {
        std::vector<NodeP> subj;
        subj.push_back(mk_var(acc, *body));
        std::vector<std::pair<std::string, NodeP>> s;
        s.emplace_back("do", clone(*body));
        return mk_form(*body, "case", std::move(subj), std::move(s));
      }
      std::vector<NodeP> cons;
      if (into_text)  // Elixir's inline `into: ""`: each value a bitstring, checked as made
        cons.push_back(
            tmpl("case __0__ do\n  taskplay_for_value when is_bitstring(taskplay_for_value) -> "
                 "taskplay_for_value\n  taskplay_for_value -> :erlang.error({:badarg, "
                 "taskplay_for_value})\nend",
                 {body}, body->line));
      else
        cons.push_back(clone(*body));
      cons.push_back(mk_var(acc, *body));
      NodeP l = mk_list(*body, std::move(cons));
      l->has_tail = true;
      return l;
    }
    const Node& q = *quals[i];
    if (q.kind == NK::Binary && q.name == "<-") {
      std::string n = std::to_string(anon_count_++);
      std::string v = "&for" + n, a = "&acc" + n;
      NodeP pattern, g;
      split_guard(*q.kids[0], pattern, g);
      NodeP clauses = mk(NK::Clauses, q);
      clauses->kids.push_back(mk_clause(q, std::move(pattern), std::move(g), gen(i + 1, a)));
      clauses->kids.push_back(mk_clause(q, mk_var("_", q), nullptr, mk_var(a, q)));
      std::vector<NodeP> subj;
      subj.push_back(mk_var(v, q));
      std::vector<std::pair<std::string, NodeP>> s;
      s.emplace_back("do", std::move(clauses));
      NodeP cs = mk_form(q, "case", std::move(subj), std::move(s));
      NodeP f = mk(NK::Fn, q);
      NodeP c = mk_clause(q, mk_var(v, q), nullptr, std::move(cs));
      c->kids.push_back(mk_var(a, q));
      f->kids.push_back(std::move(c));
      std::vector<NodeP> args;
      args.push_back(clone(*q.kids[1]));
      args.push_back(mk_var(acc, q));
      args.push_back(std::move(f));
      return mk_remote(q, "Enum", "reduce", std::move(args));
    }
    std::vector<NodeP> cond;
    cond.push_back(clone(q));
    std::vector<std::pair<std::string, NodeP>> s;
    s.emplace_back("do", gen(i + 1, acc));
    s.emplace_back("else", mk_var(acc, q));
    return mk_form(q, "if", std::move(cond), std::move(s));
  };
  // the initial accumulator: a variable bound first, so that gen's trees only name variables
  std::string acc0 = "&acc" + std::to_string(anon_count_++);
  NodeP init = mk(NK::Match, call);
  init->kids.push_back(mk_var(acc0, call));
  init->kids.push_back(reduce ? clone(*reduce) : mk_list(call));
  NodeP tree = gen(0, acc0);
  if (!reduce) {
    std::vector<NodeP> a;
    a.push_back(std::move(tree));
    NodeP erl = mk(NK::Remote, call);
    NodeP lists = mk(NK::Literal, call);
    lists->value = Term::atom("lists");
    erl->extra = std::move(lists);
    erl->name = "reverse";
    erl->kids = std::move(a);
    tree = std::move(erl);
  }
  if (uniq) {
    std::vector<NodeP> a;
    a.push_back(std::move(tree));
    tree = mk_remote(call, "Enum", "uniq", std::move(a));
  }
  if (into_text) {
    tree = tmpl(":erlang.list_to_bitstring(__0__)", {tree.get()}, call.line);
  } else if (into) {
    std::vector<NodeP> a;
    a.push_back(std::move(tree));
    a.push_back(clone(*into));
    tree = mk_remote(call, "Enum", "into", std::move(a));
  }
  NodeP blk = mk(NK::Block, call);
  blk->kids.push_back(std::move(init));
  blk->kids.push_back(std::move(tree));
  const Node& t = *blk;
  generated_.push_back(std::move(blk));
  push_scope();
  expr(t, dst);
  pop_scope();
}

void Compiler::with_form(const Node& call, uint16_t dst, bool is_tail) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (!secs.count("do")) error(call, "missing :do option in \"with\"");
  const Node* body = secs["do"];
  const Node* elses = secs.count("else") ? secs["else"] : nullptr;
  if (elses && elses->kind != NK::Clauses) error(call, "expected -> clauses for :else in \"with\"");
  const size_t outer_scopes = f_->scopes.size();
  std::function<NodeP(size_t)> gen = [&](size_t i) -> NodeP {
    if (i == nargs) return clone(*body);
    const Node& q = *call.kids[i];
    if (q.kind == NK::Binary && q.name == "<-") {
      NodeP pattern, g;
      split_guard(*q.kids[0], pattern, g);
      std::string other = "&with" + std::to_string(anon_count_++);
      NodeP clauses = mk(NK::Clauses, q);
      clauses->kids.push_back(mk_clause(q, std::move(pattern), std::move(g), gen(i + 1)));
      NodeP fallback;
      if (elses) {
        NodeP ec = clone(*elses);
        // no else clause matches: WithClauseError, as :erlang.error({:with_clause, value})
        std::string unmatched = "&with" + std::to_string(anon_count_++);
        NodeP tag = mk(NK::Literal, q);
        tag->value = Term::atom("with_clause");
        NodeP reason = mk(NK::Tuple, q);
        reason->kids.push_back(std::move(tag));
        reason->kids.push_back(mk_var(unmatched, q));
        NodeP raise = mk(NK::Remote, q);
        NodeP erlang = mk(NK::Literal, q);
        erlang->value = Term::atom("erlang");
        raise->extra = std::move(erlang);
        raise->name = "error";
        raise->kids.push_back(std::move(reason));
        ec->kids.push_back(mk_clause(q, mk_var(unmatched, q), nullptr, std::move(raise)));
        std::vector<NodeP> subj;
        subj.push_back(mk_var(other, q));
        std::vector<std::pair<std::string, NodeP>> s;
        s.emplace_back("do", std::move(ec));
        // the else clauses see the variables of before the `with`, none of its clauses'
        fallback = mk(NK::Call, q);
        fallback->name = "&with_else";
        fallback->value = Term::integer(static_cast<int64_t>(outer_scopes));
        fallback->kids.push_back(mk_form(q, "case", std::move(subj), std::move(s)));
        fallback->kids.push_back(mk_var(other, q));  // the unmatched value, seen there too
      } else {
        fallback = mk_var(other, q);
      }
      clauses->kids.push_back(mk_clause(q, mk_var(other, q), nullptr, std::move(fallback)));
      std::vector<NodeP> subj;
      subj.push_back(clone(*q.kids[1]));
      std::vector<std::pair<std::string, NodeP>> s;
      s.emplace_back("do", std::move(clauses));
      return mk_form(q, "case", std::move(subj), std::move(s));
    }
    NodeP b = mk(NK::Block, q);
    b->kids.push_back(clone(q));
    NodeP rest = gen(i + 1);
    if (rest->kind == NK::Block)
      for (auto& k : rest->kids) b->kids.push_back(std::move(k));
    else
      b->kids.push_back(std::move(rest));
    return b;
  };
  NodeP tree = gen(0);
  const Node& t = *tree;
  generated_.push_back(std::move(tree));
  push_scope();
  if (is_tail)
    tail(t);
  else
    expr(t, dst);
  pop_scope();
}

// [SECTION] defmodule
// -------------------------------------------------------------------------------

namespace {
struct DefHead {
  std::string name;
  std::vector<const Node*> params;
  const Node* guard = nullptr;
};
bool def_head(const Node& h, DefHead& out) {
  const Node* call = &h;
  if (h.kind == NK::Binary && h.name == "when") {
    call = h.kids[0].get();
    out.guard = h.kids[1].get();
  }
  if (call->kind == NK::Var) {
    out.name = call->name;
    return true;
  }
  if (call->kind != NK::Call || call->do_block) return false;
  out.name = call->name;
  for (const auto& k : call->kids) out.params.push_back(k.get());
  return true;
}

// [name: arity, ...] sorted as Erlang orders them, for __info__/1
std::string keyword_source(std::vector<std::pair<std::string, uint32_t>> fas) {
  std::sort(fas.begin(), fas.end());
  fas.erase(std::unique(fas.begin(), fas.end()), fas.end());
  std::string out = "[";
  for (const auto& [name, arity] : fas)
    out += (out.size() > 1 ? ", {" : "{") + inspect_atom(Atom(name)) + ", " +
           std::to_string(arity) + "}";
  return out + "]";
}
}  // namespace

// Mod.__info__/1 as Elixir defines it in every module: :functions (the public ones, each
// arity a default argument adds, what defstruct and use generate), :macros (the public
// defguards), :module.
std::vector<NodeP> Compiler::info_def(const Node& at, const std::vector<const Node*>& defined) {
  std::vector<std::pair<std::string, uint32_t>> functions, macros;
  for (const Node* s : defined) {
    DefHead h;
    if (s->kind != NK::Call || s->name != "def" || s->kids.empty() || !def_head(*s->kids[0], h))
      continue;
    auto arity = static_cast<uint32_t>(h.params.size());
    if (is_macro_function(h.name)) {  // a defmacro: listed under :macros, without its env
      const std::string name = h.name.substr(6);
      const MacroDef* m = macro_of(mod_->name, name, arity - 1);
      if (m && !m->is_private) macros.emplace_back(name, arity - 1);
      continue;
    }
    uint32_t defaults = 0;
    for (const Node* p : h.params)
      if (p->kind == NK::Binary && p->name == "\\\\") ++defaults;
    for (uint32_t a = arity - defaults; a <= arity; ++a) functions.emplace_back(h.name, a);
  }
  for (const DefGuard& g : defguards_)
    if (g.module == mod_->name && !g.is_private)
      macros.emplace_back(g.name, static_cast<uint32_t>(g.params.size()));
  // @callback and @macrocallback make behaviour_info/1 (which __info__ does not list), the
  // callbacks in Erlang's term order of {name, arity}, descending (a macro's name without
  // its MACRO- prefix there, with it in the list), as Elixir 1.14 hands them to the compiler
  std::vector<std::pair<std::string, uint32_t>> callbacks, optional;
  bool behaviour = false;
  for (const Node* s : defined) {
    if (s->kind != NK::Attr || !s->extra) continue;
    if (s->name == "callback" || s->name == "macrocallback") {
      const Node* spec = s->extra.get();
      if (spec->kind == NK::Binary && spec->name == "when") spec = spec->kids[0].get();
      if (spec->kind == NK::Binary && spec->name == "::") spec = spec->kids[0].get();
      if (spec->kind != NK::Call && spec->kind != NK::Var) continue;
      behaviour = true;
      bool macro = s->name == "macrocallback";
      callbacks.emplace_back((macro ? "MACRO-" : "") + spec->name,
                             static_cast<uint32_t>(spec->kids.size()) + (macro ? 1 : 0));
    } else if (s->name == "optional_callbacks" && s->extra->kind == NK::List) {
      for (const auto& kv : s->extra->kids)
        if (kv->kind == NK::Tuple && kv->kids.size() == 2 && kv->kids[0]->kind == NK::Literal &&
            kv->kids[0]->value.is_atom() && kv->kids[1]->kind == NK::Literal &&
            kv->kids[1]->value.is_small_int())
          optional.emplace_back(kv->kids[0]->value.atom_value().name(),
                                static_cast<uint32_t>(kv->kids[1]->value.small_int()));
    }
  }
  auto descending = [](std::vector<std::pair<std::string, uint32_t>>& v) {
    auto key = [](const std::pair<std::string, uint32_t>& c) {
      bool macro = c.first.rfind("MACRO-", 0) == 0;
      return std::make_pair(macro ? c.first.substr(6) : c.first, macro ? c.second - 1 : c.second);
    };
    std::sort(v.begin(), v.end(), [&](const auto& a, const auto& b) { return key(b) < key(a); });
  };
  descending(callbacks);
  descending(optional);
  if (behaviour && mod_) behaviour_callbacks_[mod_->name.name()] = callbacks;  // defoverridable B
  // one clause (generated defs of one name give way to each other); another kind is a
  // FunctionClauseError, as Elixir's
  std::vector<NodeP> out;
  auto listed = [](const std::vector<std::pair<std::string, uint32_t>>& v) {
    std::string text = "[";
    for (size_t i = 0; i < v.size(); ++i)
      if (i == 0 || v[i] != v[i - 1])
        text += (text.size() > 1 ? ", {" : "{") + inspect_atom(Atom(v[i].first)) + ", " +
                std::to_string(v[i].second) + "}";
    return text + "]";
  };
  if (behaviour)
    out.push_back(tmpl(
        "def behaviour_info(kind) when kind in [:callbacks, :optional_callbacks] "
        "do\n  case kind do\n    :callbacks -> " +
            listed(callbacks) + "\n    :optional_callbacks -> " + listed(optional) + "\n  end\nend",
        {}, at.line));
  out.push_back(
      tmpl("def __info__(kind) when kind in [:functions, :macros, :module] do\n"
           "  case kind do\n    :functions -> " +
               keyword_source(functions) + "\n    :macros -> " + keyword_source(macros) +
               "\n    :module -> __MODULE__\n  end\nend",
           {}, at.line));
  // module_info/0,1, as every BEAM module has them: exports are the functions, the macros
  // (as MACRO-name/arity + 1), then __info__/1 and module_info/0,1
  std::vector<std::pair<std::string, uint32_t>> exports = functions, privates;
  for (const auto& [name, arity] : macros) exports.emplace_back("MACRO-" + name, arity + 1);
  exports.insert(exports.end(), {{"__info__", 1}, {"module_info", 0}, {"module_info", 1}});
  for (const Node* s : defined) {
    DefHead h;
    if (s->kind == NK::Call && s->name == "defp" && !s->kids.empty() && def_head(*s->kids[0], h))
      privates.emplace_back(h.name, static_cast<uint32_t>(h.params.size()));
  }
  std::sort(privates.begin(), privates.end());
  privates.erase(std::unique(privates.begin(), privates.end()), privates.end());
  std::vector<std::pair<std::string, uint32_t>> all = exports;
  all.insert(all.end(), privates.begin(), privates.end());
  out.push_back(
      tmpl("def module_info do\n  [module: __MODULE__, exports: module_info(:exports), attributes: "
           "module_info(:attributes), compile: module_info(:compile), md5: module_info(:md5)]\nend",
           {}, at.line));
  out.push_back(tmpl(
      "def module_info(key) when key in [:module, :exports, :functions, :attributes, :compile, "
      ":md5, :nifs, :native] do\n  case key do\n    :module -> __MODULE__\n    :exports -> " +
          keyword_source(exports) + "\n    :functions -> " + keyword_source(all) +
          "\n    :attributes -> [vsn: [:erlang.phash2(__MODULE__, 4294967296)]]"
          "\n    :compile -> [version: '8.2', options: [:no_spawn_compiler_process, :from_core, "
          ":no_core_prepare, :no_auto_import], source: String.to_charlist(__ENV__.file)]"
          "\n    :md5 -> <<:erlang.phash2(__MODULE__, 4294967296)::128>>"
          "\n    :nifs -> []\n    :native -> false\n  end\nend",
      {}, at.line));
  return out;
}

// @name value in the module's body, `value` known as it compiles
void Compiler::set_attribute(const std::string& name, Term v) {
  ModuleCtx& m = *mod_;
  if (auto d = m.attrs.find("derive"); name == "derive" && d != m.attrs.end()) {
    // @derive accumulates, as Elixir registers it: every protocol each one names
    std::vector<Term> derived =
        d->second.is_list() ? d->second.list_items() : std::vector<Term>{d->second};
    for (const Term& x : v.is_list() ? v.list_items() : std::vector<Term>{v}) derived.push_back(x);
    v = Term::list(derived);
  }
  // an attribute registered with accumulate: true reads as every value set, newest first
  if (m.accumulated.count(name)) v = Term::cons(v, m.attrs[name]);
  m.attrs[name] = v;
  m.dyn_attrs.erase(name);
}

// Module.register_attribute(__MODULE__, :tests, accumulate: true): @tests starts as []
bool Compiler::register_attribute(const Node& s) {
  if (s.kind != NK::Remote || s.name != "register_attribute" || s.kids.size() != 3 || !s.extra ||
      s.extra->kind != NK::Alias || s.extra->name != "Module" || s.kids[1]->kind != NK::Literal ||
      !s.kids[1]->value.is_atom())
    return false;
  ModuleCtx& m = *mod_;
  const std::string name = s.kids[1]->value.atom_value().name();
  Term opts;
  if (constant(*s.kids[2], opts) && opts.is_list())
    for (const Term& o : opts.list_items())
      if (o.is_tuple(2) && o[0].is_atom(Atom("accumulate")) && o[1].is_atom(atoms::true_) &&
          !m.accumulated.count(name)) {
        m.accumulated.insert(name);
        m.attrs[name] = Term::list({});
      }
  return true;
}

// Does `n`, a statement of a module's body, define as it runs? A def or defp in it (not
// one standing alone, unless it has unquote fragments) or a call of a macro of the program
// (it may expand to defs). Quotes and nested modules define nothing here.
bool Compiler::defines_when_run(const Node& n, bool top) const {
  if (n.kind == NK::Call &&
      (n.name == "quote" || n.name == "defmodule" || n.name == "defmacro" || n.name == "defmacrop"))
    return false;
  if (n.kind == NK::Call && (n.name == "def" || n.name == "defp")) {
    if (!top) return true;
    std::function<bool(const Node&)> unquotes = [&](const Node& h) {
      if (h.kind == NK::Call && (h.name == "unquote" || h.name == "unquote_splicing")) return true;
      if (h.kind == NK::Call && h.name == "quote") return false;
      for (const auto& k : h.kids)
        if (k && unquotes(*k)) return true;
      for (const Node* k : {h.extra.get(), h.guard.get(), h.body.get(), h.do_block.get()})
        if (k && unquotes(*k)) return true;
      return false;
    };
    return unquotes(n);
  }
  if (!top && (n.kind == NK::Call || n.kind == NK::Remote))
    if (const MacroDef* m = macro_at(n))
      for (const ModuleDef& d : unit_.modules)
        if (d.name == m->module) return true;
  for (const auto& k : n.kids)
    if (k && defines_when_run(*k, false)) return true;
  for (const Node* k : {n.extra.get(), n.guard.get(), n.body.get(), n.do_block.get()})
    if (k && defines_when_run(*k, false)) return true;
  return false;
}

// A module body's statements that define as they run, as Elixir runs a body: each is
// compiled into a function run now (CompileOptions::run_macro) that records each def it
// makes (quoted, its unquote fragments evaluated) and each `@name value` it sets; the
// statement is replaced by them, in order. What the body bound before it (`names = [...]`)
// is bound again first; the attributes it reads are the ones set before it.
std::vector<const Node*> Compiler::run_body_defs(const std::vector<const Node*>& stmts) {
  if (!opts_.run_macro || opts_.file == kPreludeFile ||
      std::none_of(stmts.begin(), stmts.end(),
                   [&](const Node* s) { return defines_when_run(*s, true); }))
    return stmts;
  ModuleCtx& m = *mod_;
  auto saved_attrs = m.attrs;
  auto saved_accumulated = m.accumulated;
  std::vector<const Node*> out, bindings;
  for (const Node* s : stmts) {
    if (s->kind == NK::Attr && s->extra) {
      Term v;
      if (constant(*s->extra, v)) set_attribute(s->name, v);
    } else if (s->kind == NK::Remote && s->name == "register_attribute") {
      register_attribute(*s);
    } else if (s->kind == NK::Match) {
      bindings.push_back(s);
    }
    if (!defines_when_run(*s, true)) {
      out.push_back(s);
      continue;
    }
    NodeP run = make_node(NK::Block, s->line, s->col);
    run->kids.push_back(tmpl("Process.put(:\"$taskplay_body\", [])", {}, s->line));
    for (const Node* b : bindings) run->kids.push_back(clone(*b));
    run->kids.push_back(clone(*s));
    run->kids.push_back(tmpl(":lists.reverse(Process.get(:\"$taskplay_body\"))", {}, s->line));
    Proto* p = new_proto();
    p->module = m.name;
    p->name = Atom("__MODULE__");
    p->line = s->line;
    ClauseView c;
    c.body = run.get();
    c.line = s->line;
    const bool saved_eval = body_eval_;
    body_eval_ = true;
    function(p, {c}, 0, nullptr);
    body_eval_ = saved_eval;
    generated_.push_back(std::move(run));
    std::string printed;
    Term made = opts_.run_macro(modules_so_far(), p, {}, s->line,
                                inspect_atom(m.name) + " (module)", &printed);
    if (!printed.empty()) {  // what it printed shows where it stands when the script runs
      NodeP text = make_node(NK::Literal, s->line, s->col);
      text->value = Term::string(printed);
      generated_.push_back(tmpl("IO.write(__0__)", {text.get()}, s->line));
      out.push_back(generated_.back().get());
    }
    for (const Term& e : made.list_items()) {
      NodeP n;
      if (e[0].is_atom(Atom("def"))) {
        try {
          n = ast_to_node(e[1], true, s->line);
        } catch (const BadQuote& b) {
          error(*s, "invalid quoted expression: " + inspect(b.term));
        }
      } else {  // {:attr, name, value}
        n = make_node(NK::Attr, s->line, s->col);
        n->name = e[1].atom_value().name();
        n->extra = make_node(NK::Literal, s->line, s->col);
        n->extra->value = e[2];
        set_attribute(n->name, e[2]);
      }
      generated_.push_back(std::move(n));
      out.push_back(generated_.back().get());
    }
  }
  m.attrs = std::move(saved_attrs);
  m.accumulated = std::move(saved_accumulated);
  return out;
}

// The callbacks of Elixir's own behaviours (Mod.behaviour_info(:callbacks) on Elixir 1.14),
// for defoverridable GenServer
static const std::map<std::string, std::vector<std::pair<std::string, uint32_t>>>&
elixir_behaviour_callbacks() {
  static const std::map<std::string, std::vector<std::pair<std::string, uint32_t>>> all = {
      {"Elixir.GenServer",
       {{"terminate", 2},
        {"init", 1},
        {"handle_info", 2},
        {"handle_continue", 2},
        {"handle_cast", 2},
        {"handle_call", 3},
        {"format_status", 2},
        {"code_change", 3}}},
      {"Elixir.Supervisor", {{"init", 1}}},
      {"Elixir.DynamicSupervisor", {{"init", 1}}},
      {"Elixir.Application",
       {{"stop", 1}, {"start_phase", 3}, {"start", 2}, {"prep_stop", 1}, {"config_change", 3}}},
      {"Elixir.Access", {{"pop", 2}, {"get_and_update", 3}, {"fetch", 2}}},
  };
  return all;
}

// A defmodule inside a function (a def, a test, an fn) compiles when it runs, as in Elixir:
// a compile error in it is raised there, as a CompileError (or the exception an expansion
// raised), not reported for the whole file. At the top level or in a module's body it is
// the file's compile error.
void Compiler::defmodule(const Node& call, uint16_t dst) {
  const bool in_function = (f_->parent || mod_) && !(mod_ && f_ == mod_->body_fn);
  if (!in_function) return define_module(call, dst);
  struct Saved {
    FnState* f;
    ModuleCtx* mod;
    std::map<std::string, std::string> aliases;
    int output_slot;
    SuperTarget super;
    bool body_eval;
    uint16_t temp_top;
    size_t scopes, code, labels, children, modules;
  } saved{f_,
          mod_,
          aliases_,
          output_slot_,
          super_,
          body_eval_,
          f_->temp_top,
          f_->scopes.size(),
          f_->proto->code.size(),
          f_->labels.size(),
          f_->children.size(),
          unit_.modules.size()};
  try {
    define_module(call, dst);
  } catch (const CompileError& e) {
    f_ = saved.f;
    mod_ = saved.mod;
    aliases_ = std::move(saved.aliases);
    output_slot_ = saved.output_slot;
    super_ = saved.super;
    body_eval_ = saved.body_eval;
    f_->temp_top = saved.temp_top;
    f_->scopes.resize(saved.scopes);
    f_->proto->code.resize(saved.code);
    f_->labels.resize(saved.labels);
    f_->children.resize(saved.children);
    unit_.modules.resize(saved.modules);
    Term exception = e.kind.empty()
                         ? make_struct(Atom("Elixir.CompileError"),
                                       {{Term(atoms::__exception__), Term(atoms::true_)},
                                        {Term::atom("description"), Term::string(e.message)},
                                        {Term::atom("file"), Term::string(opts_.file)},
                                        {Term::atom("line"), Term::integer(e.line)}})
                         : exception_struct(Atom("Elixir." + e.kind), e.message);
    NodeP value = make_node(NK::Literal, call.line, call.col);
    value->value = exception;
    generated_.push_back(std::move(value));
    generated_.push_back(tmpl(":erlang.error(__0__)", {generated_.back().get()}, call.line));
    line_ = call.line;
    expr(*generated_.back(), dst);
  }
}

void Compiler::define_module(const Node& call, uint16_t dst) {
  size_t nargs;
  auto secs = sections(call, nargs);
  // `defmodule :lists do` names a module by its atom, as Erlang's are named
  const bool by_atom =
      nargs == 1 && call.kids[0]->kind == NK::Literal && call.kids[0]->value.is_atom();
  if (nargs != 1 || (call.kids[0]->kind != NK::Alias && !by_atom) || !secs.count("do"))
    error(call, "invalid module name or missing do block in defmodule");
  ModuleCtx m;
  std::string short_name = call.kids[0]->name;
  if (by_atom) {
    m.name = call.kids[0]->value.atom_value();
    m.display = inspect_atom(m.name);
  } else {
    const std::string full = alias_atom(*call.kids[0]).name();  // "Elixir.Foo"
    if (!mod_ && full.rfind("Elixir.", 0) != 0)  // `defmodule Elixir` (found by the fuzzer)
      error(call, "module " + full + " is reserved and cannot be defined");
    // defmodule __MODULE__.Sub names the module in full (and makes no alias)
    const bool under_module = short_name.rfind("__MODULE__.", 0) == 0;
    m.display = mod_ && !under_module ? mod_->display + "." + short_name : full.substr(7);
    m.name = Atom("Elixir." + m.display);
  }
  ModuleCtx* outer = mod_;
  m.body_fn = f_;
  m.exunit_imports = outer && (outer->exunit_case || outer->exunit_imports);
  auto saved_aliases = aliases_;
  if (outer && !by_atom && short_name.rfind("__MODULE__.", 0) != 0)
    aliases_[short_name] = m.display;  // the inner name resolves inside the outer body
  mod_ = &m;
  const Node* body = secs["do"];
  std::vector<const Node*> stmts;
  if (body->kind == NK::Block) {
    for (const auto& k : body->kids) stmts.push_back(k.get());
  } else {
    stmts.push_back(body);
  }

  // first pass: which functions exist (local calls may come before a definition)
  struct Group {
    std::string name;
    uint32_t arity;
    bool is_private;
    std::vector<ClauseView> clauses;
    const char* file = nullptr;  // generated by a `use`: the file its frames name
    std::string super{};         // what `super` in its clauses calls (defoverridable)
  };
  std::vector<Group> groups;
  // defoverridable: the functions it named that no def has overridden yet, and how many
  // times each was overridden (Elixir names the one overridden "f (overridable N)")
  std::map<std::pair<std::string, uint32_t>, bool> overridable;
  std::map<std::pair<std::string, uint32_t>, int> overridden;
  std::vector<Atom> behaviours;  // @behaviour B so far
  std::vector<NodeP> use_defs;
  std::vector<NodeP> exunit_nodes;
  auto is_use_case = [&](const Node* s) {
    return s->kind == NK::Call && s->name == "use" && !s->kids.empty() &&
           s->kids[0]->kind == NK::Alias && alias_atom(*s->kids[0]) == Atom("Elixir.ExUnit.Case");
  };
  if (auto u = std::find_if(stmts.begin(), stmts.end(), is_use_case); u != stmts.end()) {
    m.exunit_case = true;
    const Node* opts = (*u)->kids.size() > 1 ? (*u)->kids[1].get() : nullptr;
    stmts = exunit_case(stmts, opts, exunit_nodes);
  }
  // where what macros print shows when the script runs: the body's own expansions (`use`
  // among them) at its start, a def's where it stands (only once the program has macros)
  const int saved_slot = output_slot_;
  const bool slots = !macros_.empty() && opts_.run_macro && opts_.file != kPreludeFile;
  if (slots) output_slot_ = reserve_output_slot();
  const int body_slot = output_slot_;
  stmts = expand_body(stmts);
  // Module.put_attribute(__MODULE__, :name, value) standing in the body: @name value;
  // defdelegate unquote(name)(args): the def it stands for, whose name the body computes
  for (const Node*& s : stmts)
    if (s->kind == NK::Call && s->name == "defdelegate" && !s->kids.empty() &&
        s->kids[0]->kind == NK::Call && s->kids[0]->name == "unquote" && s->kids[0]->body) {
      generated_.push_back(delegate_def(*s));
      s = generated_.back().get();
    } else if (s->kind == NK::Remote && s->name == "put_attribute" && s->kids.size() == 3 &&
               s->extra && s->extra->kind == NK::Alias && s->extra->name == "Module" &&
               s->kids[0]->kind == NK::Var && s->kids[0]->name == "__MODULE__" &&
               s->kids[1]->kind == NK::Literal && s->kids[1]->value.is_atom()) {
      NodeP a = make_node(NK::Attr, s->line, s->col);
      a->name = s->kids[1]->value.atom_value().name();
      a->extra = clone(*s->kids[2]);
      generated_.push_back(std::move(a));
      s = generated_.back().get();
    }
  // @before_compile Mod: Mod.__before_compile__(env)'s code joins the body at its end, each
  // in the order they were set (a `use` sets them for the module using it)
  for (size_t i = 0; i < stmts.size(); ++i) {
    const Node* s = stmts[i];
    if (s->kind != NK::Attr || s->name != "before_compile" || !s->extra ||
        s->extra->kind != NK::Alias)
      continue;
    const MacroDef* hook = macro_of(alias_atom(*s->extra), "__before_compile__", 1);
    if (!hook) continue;
    const Node* code = expand(*hook, *s, {env_term(s->line)});
    std::vector<const Node*> added;
    if (code->kind == NK::Block)
      for (const auto& k : code->kids) added.push_back(k.get());
    else
      added.push_back(code);
    for (const Node* k : expand_body(added)) stmts.push_back(k);
  }
  stmts = run_body_defs(stmts);
  std::vector<const char*> use_files;  // the file each generated def's frames name
  // a defstruct inside a body statement (x = defstruct [...]): the module's, once
  std::function<const Node*(const Node&)> nested_defstruct = [&](const Node& n) -> const Node* {
    if (n.kind == NK::Call && (n.name == "defstruct" || n.name == "defexception") &&
        n.kids.size() == 1 && !n.do_block)
      return &n;
    if (n.kind == NK::Fn || (n.kind == NK::Call && n.name == "quote")) return nullptr;
    for (const auto& k : n.kids)
      if (const Node* d = nested_defstruct(*k)) return d;
    return n.extra ? nested_defstruct(*n.extra) : nullptr;
  };
  for (const Node* s : stmts) {
    if (!m.defstruct && s->kind != NK::Attr &&
        !(s->kind == NK::Call && (s->name.rfind("def", 0) == 0 || s->name == "use")))
      if (const Node* d = nested_defstruct(*s)) {
        m.defstruct = d;
        for (NodeP& g : struct_defs(*d)) {
          use_defs.push_back(std::move(g));
          use_files.push_back(nullptr);
        }
      }
    if (s->kind != NK::Call) continue;
    if ((s->name == "defstruct" || s->name == "defexception") && s->kids.size() == 1 &&
        !s->do_block) {
      if (m.defstruct)
        expansion_error(*s, "ArgumentError",
                        "defstruct has already been called for " + m.display +
                            ", defstruct can only be called once per module",
                        "    (elixir 1.14.0) lib/kernel/utils.ex:107: Kernel.Utils.defstruct/3\n");
      m.defstruct = s;
      for (NodeP& d : struct_defs(*s)) {
        use_defs.push_back(std::move(d));
        use_files.push_back(nullptr);
      }
      continue;
    }
    if (s->name == "defguard" || s->name == "defguardp") {
      record_defguard(*s);
      continue;
    }
    if (s->name == "defdelegate") {
      use_defs.push_back(delegate_def(*s));
      use_files.push_back(nullptr);
      continue;
    }
    if (s->name == "use" && !s->kids.empty() && s->kids[0]->kind == NK::Alias) {
      std::string what = s->kids[0]->name;
      if (is_use_case(s)) continue;
      auto defs = expand_use(what, s->kids.size() > 1 ? s->kids[1].get() : nullptr, *s);
      if (!defs)
        error(*s, "use " + what +
                      " is not supported (only use Task, Agent, GenServer, Supervisor, "
                      "DynamicSupervisor, Application and ExUnit.Case)");
      for (UsedDef& d : *defs) {
        use_defs.push_back(std::move(d.def));
        use_files.push_back(d.file);
      }
    }
  }
  if (opts_.file != kPreludeFile) {
    std::vector<const Node*> defined = stmts;
    for (auto& d : use_defs) defined.push_back(d.get());
    for (NodeP& d : info_def(call, defined)) {
      use_defs.push_back(std::move(d));
      use_files.push_back(nullptr);
    }
  }
  std::vector<const Node*> all = stmts;
  for (auto& d : use_defs) all.push_back(d.get());
  struct Defaults {
    std::string name;
    uint32_t arity;
    bool is_private;
    std::vector<const Node*> values;  // per parameter: its default, or null
    const Node* def;
  };
  std::vector<Defaults> defaults;
  std::vector<NodeP> default_nodes_early;  // the try bodies of defs with rescue/catch/after
  for (const Node* s : all) {
    if (s->kind == NK::Attr && s->name == "behaviour" && s->extra && s->extra->kind == NK::Alias)
      behaviours.push_back(alias_atom(*s->extra));
    // use GenServer (Supervisor, ...) declares the behaviour, as its __using__ does
    if (s->kind == NK::Call && s->name == "use" && !s->kids.empty() &&
        s->kids[0]->kind == NK::Alias) {
      Atom b = alias_atom(*s->kids[0]);
      if (elixir_behaviour_callbacks().count(b.name())) behaviours.push_back(b);
    }
    if (s->kind == NK::Call && s->name == "defoverridable") {
      // defoverridable f: 1 (or a behaviour: its callbacks the module defines): the next
      // def of f/1 replaces it, and its `super` calls it
      auto defined = [&](const std::string& name, uint32_t arity) {
        return std::any_of(groups.begin(), groups.end(),
                           [&](const Group& g) { return g.name == name && g.arity == arity; });
      };
      Term which;
      if (s->kids.size() == 1 && s->kids[0]->kind == NK::Alias) {
        Atom b = alias_atom(*s->kids[0]);
        const std::vector<std::pair<std::string, uint32_t>>* callbacks = nullptr;
        if (auto own = behaviour_callbacks_.find(b.name()); own != behaviour_callbacks_.end())
          callbacks = &own->second;
        else if (auto e = elixir_behaviour_callbacks().find(b.name());
                 e != elixir_behaviour_callbacks().end())
          callbacks = &e->second;
        if (!callbacks)
          throw CompileError("cannot pass module " + inspect_atom(b) +
                                 " as argument to defoverridable/1 because it does not define "
                                 "any callbacks",
                             s->line, "ArgumentError");
        if (std::find(behaviours.begin(), behaviours.end(), b) == behaviours.end())
          throw CompileError("cannot pass module " + inspect_atom(b) +
                                 " as argument to defoverridable/1 because its corresponding "
                                 "behaviour is missing. Did you forget to add @behaviour " +
                                 inspect_atom(b) + "?",
                             s->line, "ArgumentError");
        for (const auto& [name, arity] : *callbacks)
          if (defined(name, arity)) overridable[{name, arity}] = true;
      } else if (s->kids.size() == 1 && constant(*s->kids[0], which) && which.is_list()) {
        for (const Term& fa : which.list_items()) {
          if (!fa.is_tuple(2) || !fa[0].is_atom() || !fa[1].is_small_int())
            error(*s, "invalid arguments for defoverridable");
          std::string name = fa[0].atom_value().name();
          auto arity = static_cast<uint32_t>(fa[1].small_int());
          if (!defined(name, arity))
            throw CompileError("cannot make function " + name + "/" + std::to_string(arity) +
                                   " overridable because it was not defined",
                               s->line, "ArgumentError");
          overridable[{name, arity}] = true;
        }
      } else {
        error(*s, "invalid arguments for defoverridable");
      }
      continue;
    }
    if (s->kind != NK::Call || (s->name != "def" && s->name != "defp")) continue;
    size_t n;
    auto ds = sections(*s, n);
    DefHead h;
    if (n != 1 || !def_head(*s->kids[0], h))
      error(*s,
            "invalid syntax in " + s->name + " " + (s->kids.empty() ? "" : to_source(*s->kids[0])));
    auto arity = static_cast<uint32_t>(h.params.size());
    bool priv = s->name == "defp";
    // default arguments: `def f(a, b \\ 1)` also defines f/1 as f(a, 1), once per function
    std::vector<const Node*> dflt(arity, nullptr);
    bool has_defaults = false;
    for (size_t i = 0; i < arity; ++i)
      if (h.params[i]->kind == NK::Binary && h.params[i]->name == "\\\\") {
        dflt[i] = h.params[i]->kids[1].get();
        h.params[i] = h.params[i]->kids[0].get();
        has_defaults = true;
      }
    if (has_defaults) {
      auto known = std::find_if(defaults.begin(), defaults.end(), [&](const Defaults& d) {
        return d.name == h.name && d.arity == arity;
      });
      if (known != defaults.end())
        error(*s,
              (priv ? "defp " : "def ") + h.name + "/" + std::to_string(arity) +
                  " defines defaults multiple times. Elixir allows defaults to be declared "
                  "once per definition. Instead of:\n\n    def foo(:first_clause, b \\\\ "
                  ":default) do ... end\n    def foo(:second_clause, b \\\\ :default) do ... "
                  "end\n\none "
                  "should write:\n\n    def foo(a, b \\\\ :default)\n    def foo(:first_clause, "
                  "b) do ... end\n    def foo(:second_clause, b) do ... end\n");
      defaults.push_back({h.name, arity, priv, std::move(dflt), s});
    }
    // a bodiless head (`def f(a, b \\ 1)` before the clauses) declares, it defines nothing
    if (!ds.count("do")) {
      if (h.guard) error(*s, "missing :do option in \"" + s->name + "\"");
      continue;
    }
    // what a `use` generates gives way to the module's own (defoverridable)
    auto used = std::find_if(use_defs.begin(), use_defs.end(),
                             [&](const NodeP& d) { return d.get() == s; });
    bool generated = used != use_defs.end();
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const Group& g) { return g.name == h.name && g.arity == arity; });
    bool joins_super = false;  // the clause joins the function an override's `super` calls
    if (it != groups.end() && (generated || overridable.count({h.name, arity}))) {
      // the definition so far is overridden: it stays, named for `super` to call (what a
      // `use` generates is overridable by the module's own def, as GenServer's defaults)
      auto& count = overridden[{h.name, arity}];
      if (!generated || it->super.empty()) {
        std::string hidden = h.name + " (overridable " + std::to_string(++count) + ")";
        if (generated) {
          it->super = hidden;
          groups.push_back({hidden, arity, true, {}});
        } else {
          it->name = hidden;
          it->is_private = true;
          groups.push_back({h.name, arity, priv, {}});
          groups.back().super = hidden;
        }
        m.defs[{hidden, arity}] = true;
        overridable.erase({h.name, arity});
        it = groups.end() - 1;
      } else {
        it = std::find_if(groups.begin(), groups.end(),
                          [&](const Group& g) { return g.name == it->super && g.arity == arity; });
      }
      if (generated) it->file = use_files[static_cast<size_t>(used - use_defs.begin())];
      joins_super = generated;
    }
    if (it == groups.end()) {
      groups.push_back({h.name, arity, priv, {}});
      it = groups.end() - 1;
      if (generated) it->file = use_files[static_cast<size_t>(used - use_defs.begin())];
    } else if (it->is_private != priv && !joins_super) {
      error(*s, (priv ? "defp " : "def ") + h.name + "/" + std::to_string(arity) +
                    " already defined as " + (priv ? "def" : "defp"));
    }
    ClauseView v;
    v.patterns = h.params;
    v.guard = h.guard;
    v.body = ds["do"];
    v.def = s;
    if (ds.count("rescue") || ds.count("catch") || ds.count("after") || ds.count("else")) {
      // `def f do ... rescue/catch/after/else ... end`: the body is a try of those sections
      NodeP t = mk(NK::Call, *s);
      t->name = "try";
      if (s->do_block) {
        t->do_block = clone(*s->do_block);
      } else {
        t->kids.push_back(clone(*s->kids.back()));
      }
      v.body = t.get();
      default_nodes_early.push_back(std::move(t));
    }
    v.line = s->line;
    it->clauses.push_back(std::move(v));
    m.defs[{h.name, arity}] = priv;
  }

  // each arity a function with defaults can be called with: a clause passing the given
  // arguments on, the leftmost defaults first, as Elixir generates it (f(a, b \\ 1, c \\ 2)
  // gives f/1 calling f(a, 1, 2) and f/2 calling f(a, b, 2))
  std::vector<NodeP> default_nodes;
  for (const Defaults& d : defaults) {
    const Node& at = *d.def;
    size_t given_defaults = 0, required = 0;
    for (const Node* v : d.values) required += v ? 0 : 1;
    for (uint32_t k = static_cast<uint32_t>(required); k < d.arity; ++k, ++given_defaults) {
      auto clash = std::find_if(groups.begin(), groups.end(),
                                [&](const Group& g) { return g.name == d.name && g.arity == k; });
      if (clash != groups.end()) {
        // the one defined later is at fault, as Elixir reports it
        uint32_t other = clash->clauses.front().line;
        if (other < at.line)
          error(at, (d.is_private ? "defp " : "def ") + d.name + "/" + std::to_string(d.arity) +
                        " defaults conflicts with " + d.name + "/" + std::to_string(k));
        NodeP where = mk(NK::Block, at);
        where->line = other;
        error(*where, (clash->is_private ? "defp " : "def ") + d.name + "/" + std::to_string(k) +
                          " conflicts with defaults from " + d.name + "/" +
                          std::to_string(d.arity));
      }
      NodeP head = mk(NK::Clause, at);
      NodeP forward = mk(NK::Call, at);
      forward->name = d.name;
      size_t used = 0;
      for (uint32_t i = 0; i < d.arity; ++i) {
        if (d.values[i] && used >= given_defaults) {
          forward->kids.push_back(clone(*d.values[i]));
          continue;
        }
        if (d.values[i]) ++used;
        std::string v = "&arg" + std::to_string(i);
        head->kids.push_back(mk_var(v, at));
        forward->kids.push_back(mk_var(v, at));
      }
      NodeP b = mk(NK::Block, at);
      b->kids.push_back(std::move(forward));
      head->body = std::move(b);
      ClauseView v;
      for (const auto& p : head->kids) v.patterns.push_back(p.get());
      v.body = head->body.get();
      v.line = at.line;
      groups.push_back({d.name, k, d.is_private, {std::move(v)}});
      m.defs[{d.name, k}] = d.is_private;
      default_nodes.push_back(std::move(head));
    }
  }

  // the body's other statements run where the module is defined
  uint16_t mark = f_->temp_top;
  uint16_t last = temp();
  emit(Op::LoadNil, last);
  push_scope();
  // `import Kernel, except: [+: 2]` is lexical: the body's code before it still sees Kernel's
  // operator (the book's Operators example prints 579, then 123456). The body's own import
  // statement brings it back as it compiles, in its place.
  std::erase(m.imports, Atom("Elixir.Kernel"));
  for (const Node* s : stmts) {
    line_ = s->line;
    if (s->kind == NK::Call && (s->name == "def" || s->name == "defp"))
      m.attrs_at[s] = ModuleCtx::Attrs{m.attrs, m.dyn_attrs};
    if (slots && s->kind == NK::Call && (s->name == "def" || s->name == "defp"))
      def_output_slot_[s] = reserve_output_slot();
    if (s->kind == NK::Call &&
        (s->name == "def" || s->name == "defp" || s->name == "use" || s->name == "defdelegate" ||
         s->name == "defguard" || s->name == "defguardp" || s->name == "defoverridable"))
      continue;
    if (s == m.defstruct) {
      struct_body(*s, last);
      continue;
    }
    if (s->kind == NK::Attr) {
      static const char* ignored[] = {
          "moduledoc", "doc",      "impl",    "spec",  "type",       "typep",        "opaque",
          "behaviour", "callback", "typedoc", "since", "deprecated", "macrocallback"};
      bool skip = false;
      for (const char* i : ignored)
        if (s->name == i) skip = true;
      if (skip) continue;
      if (!s->extra) error(*s, "module attribute @" + s->name + " read outside a function");
      Term v;
      if (!constant(*s->extra, v)) {
        computed_attribute(*s, last);
        continue;
      }
      set_attribute(s->name, v);
      continue;
    }
    if (register_attribute(*s)) {
      emit(Op::LoadK, last, 0, 0, konst(Term(atoms::ok)));
      continue;
    }
    expr(*s, last);
  }
  pop_scope();

  ModuleDef def;
  def.name = m.name;
  def.documented = opts_.docs;
  def.file = opts_.file;
  def.application = opts_.application;
  // @moduledoc and each function's @doc (the one just before its first clause), for doctests
  const Node* pending_doc = nullptr;
  for (const Node* s : stmts) {
    if (s->kind == NK::Attr && (s->name == "doc" || s->name == "moduledoc") && s->extra &&
        s->extra->kind == NK::Literal && s->extra->value.is_binary()) {
      std::string text(s->extra->value.binary());
      // a heredoc's text starts on the line after its """ (and ends with a newline)
      uint32_t line = s->line + (!text.empty() && text.back() == '\n' ? 1 : 0);
      if (s->name == "moduledoc")
        def.docs.insert(def.docs.begin(), DocText{atoms::nil, 0, std::move(text), line});
      else
        pending_doc = s;
      continue;
    }
    if (!pending_doc || s->kind != NK::Call || (s->name != "def" && s->name != "defp")) continue;
    DefHead h;
    if (!s->kids.empty() && def_head(*s->kids[0], h)) {
      std::string text(pending_doc->extra->value.binary());
      uint32_t line = pending_doc->line + (!text.empty() && text.back() == '\n' ? 1 : 0);
      def.docs.push_back(
          DocText{Atom(h.name), static_cast<uint32_t>(h.params.size()), std::move(text), line});
    }
    pending_doc = nullptr;
  }
  // macros first: the functions after them may call them
  output_slot_ = body_slot;  // a def's clauses set their own (function_body)
  std::stable_partition(groups.begin(), groups.end(),
                        [](const Group& g) { return is_macro_function(g.name); });
  const ModuleDef* saved_compiling = compiling_;
  compiling_ = &def;  // a local macro may call the functions compiled before its caller
  for (auto& g : groups) {
    Proto* p = new_proto();
    p->module = m.name;
    p->name = Atom(g.name);
    p->fun_arity = g.arity;
    if (g.file) p->file = g.file;
    p->line = g.clauses.front().line;
    if (auto ff = m.frame_file.find(g.name); ff != m.frame_file.end()) p->file = ff->second;
    std::string available;  // what "no super defined" lists
    for (const auto& [fa, yes] : overridable)
      available += (available.empty() ? "" : ", ") + fa.first + "/" + std::to_string(fa.second);
    super_ = SuperTarget{g.super, g.name, g.arity, available};
    function(p, g.clauses, g.arity, nullptr);
    super_ = {};
    note_macro_proto(m.name, g.name, g.arity, p);
    def.functions.push_back({Atom(g.name), g.arity, p, g.is_private});
  }
  compiling_ = saved_compiling;
  output_slot_ = saved_slot;
  unit_.modules.push_back(std::move(def));
  line_ = call.line;
  emit(Op::DefModule, dst, last, 0, static_cast<uint32_t>(unit_.modules.size() - 1));
  free_to(mark);
  for (auto& d : use_defs) generated_.push_back(std::move(d));
  for (auto& d : exunit_nodes) generated_.push_back(std::move(d));
  for (auto& d : default_nodes) generated_.push_back(std::move(d));
  for (auto& d : default_nodes_early) generated_.push_back(std::move(d));
  mod_ = outer;
  aliases_ = saved_aliases;
  if (outer && !by_atom && short_name.rfind("__MODULE__.", 0) != 0)
    aliases_[short_name] = m.display;
}

}  // namespace taskplay::lang::detail
