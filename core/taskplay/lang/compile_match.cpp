// Patterns and guards: `{:ok, x} = f()`, `def of(0)`, `fn [h | t] when h > 0 -> ... end`.
//
// A pattern compiles to tests that jump to a `fail` label on mismatch. Bound
// variables are recorded in FnState::pattern_vars while the pattern is
// compiled (a name seen twice tests equality, as in Elixir) and enter the
// scope only when the whole head is done, so `^x` always means the x from
// before the match.

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/number.hpp"

namespace taskplay::lang::detail {

namespace {
bool is_wildcard(const Node& n) { return n.kind == NK::Var && n.name == "_"; }
}  // namespace

void Compiler::bind_pattern_var(const std::string& name, uint16_t src) {
  auto& pv = *f_->pattern_vars;
  for (const auto& [n, r] : pv) {
    (void)r;
    if (n == name) return;
  }
  // a parameter or a variable's register never changes: share it
  if (is_var_register(src)) {
    pv.emplace_back(name, src);
    return;
  }
  uint16_t r = new_var();
  emit(Op::Move, r, src);
  pv.emplace_back(name, r);
}

void Compiler::match(const Node& pat, uint16_t src, Label fail) {
  if (pat.line) line_ = pat.line;
  switch (pat.kind) {
    case NK::Var: {
      if (pat.name == "_") return;
      if (pat.name == "__MODULE__" && !lookup("__MODULE__")) {
        jump(Op::TestK, fail, src, 0, konst(mod_ ? Term(mod_->name) : Term(atoms::nil)));
        return;
      }
      for (const auto& [n, r] : *f_->pattern_vars) {
        if (n == pat.name) {
          jump(Op::TestSame, fail, src, r);
          return;
        }
      }
      bind_pattern_var(pat.name, src);
      return;
    }
    case NK::Literal: {
      const Term& v = pat.value;
      if (v.is_small_int() && v.small_int() >= INT32_MIN && v.small_int() <= INT32_MAX) {
        auto x = static_cast<uint32_t>(static_cast<int32_t>(v.small_int()));
        jump(Op::TestInt, fail, src, static_cast<uint16_t>(x & 0xFFFF),
             static_cast<uint16_t>(x >> 16));
      } else {
        jump(Op::TestK, fail, src, 0, konst(v));
      }
      return;
    }
    case NK::Alias:
      jump(Op::TestK, fail, src, 0, konst(Term(alias_atom(pat))));
      return;
    case NK::Attr: {
      Term v;
      if (mod_ && f_ == mod_->body_fn)  // @foo = 42 in a module's body
        expansion_error(pat, "ArgumentError",
                        "invalid write attribute syntax. If you want to define an attribute, "
                        "don't do this:\n\n    @foo = :value\n\nInstead, do this:\n\n    "
                        "@foo :value\n",
                        "    (elixir 1.14.0) expanding macro: Kernel.@/1\n");
      if (!constant(pat, v)) error(pat, "undefined module attribute @" + pat.name + " in pattern");
      jump(Op::TestK, fail, src, 0, konst(v));
      return;
    }
    case NK::Unary:
      if (pat.name == "^") {
        const Node& v = *pat.kids[0];
        if (v.kind != NK::Var)
          error(pat,
                "invalid argument for unary operator ^, expected an existing variable, got: ^" +
                    to_source(v));
        auto r = lookup(v.name);
        if (!r) error(pat, "undefined variable ^" + v.name);
        jump(Op::TestSame, fail, src, *r);
        return;
      }
      if ((pat.name == "+" || pat.name == "-") && pat.kids[0]->kind == NK::Literal &&
          pat.kids[0]->value.is_number()) {  // fn +1 -> ... end, - 1 with a space
        Term v = pat.kids[0]->value;
        if (pat.name == "-") v = number::sub(Term::integer(0), v);
        jump(Op::TestK, fail, src, 0, konst(v));
        return;
      }
      break;
    case NK::Tuple: {
      Term k;
      if (constant(pat, k)) {
        jump(Op::TestK, fail, src, 0, konst(k));
        return;
      }
      jump(Op::TestTuple, fail, src, static_cast<uint16_t>(pat.kids.size()));
      for (size_t i = 0; i < pat.kids.size(); ++i) {
        if (is_wildcard(*pat.kids[i])) continue;
        uint16_t t = temp();
        emit(Op::GetElem, t, src, static_cast<uint16_t>(i));
        match(*pat.kids[i], t, fail);
      }
      return;
    }
    case NK::List:
      match_list(pat, src, fail);
      return;
    case NK::Sigil: {
      Term k;
      if (!sigil_value(pat, k)) error(pat, "invalid pattern in match: " + to_source(pat));
      jump(Op::TestK, fail, src, 0, konst(k));
      return;
    }
    case NK::Map:
    case NK::Struct:
      map_pairs_only(pat);
      match_map(pat, src, fail);
      return;
    case NK::Bin:
      match_bin(pat, src, fail);
      return;
    case NK::Binary:
      if (pat.name == "<>") {
        const Node& l = *pat.kids[0];
        if (l.kind == NK::Bin) {  // <<x::binary-size(3)>> <> rest: <<x::..., rest::binary>>
          NodeP whole = clone(l);
          NodeP rest = make_node(NK::Binary, pat.line, pat.col);
          rest->name = "::";
          rest->kids.push_back(clone(*pat.kids[1]));
          NodeP type = make_node(NK::Var, pat.line, pat.col);
          type->name = "binary";
          rest->kids.push_back(std::move(type));
          whole->kids.push_back(std::move(rest));
          match_bin(*whole, src, fail);
          generated_.push_back(std::move(whole));
          return;
        }
        if (l.kind != NK::Literal || !l.value.is_binary())
          error(pat, "the left argument of <> must be a literal string in patterns, got: " +
                         to_source(l));
        uint16_t rest = temp();
        jump(Op::TestPrefix, fail, src, rest, konst(l.value));
        match(*pat.kids[1], rest, fail);
        return;
      }
      if (pat.name == "++") {
        // 'say ' ++ rest, [a, b] ++ rest: a list of those elements and then the rest
        const Node& l = *pat.kids[0];
        bool charlist = l.kind == NK::Literal && l.value.is_list();
        if (!charlist && (l.kind != NK::List || l.has_tail))
          error(pat,
                "invalid argument for ++ operator inside a match, expected a literal proper "
                "list, got: " +
                    to_source(l));
        NodeP list = make_node(NK::List, pat.line, pat.col);
        if (charlist) {
          for (Term t = l.value; t.is_cons(); t = t.tail()) {
            NodeP c = make_node(NK::Literal, l.line, l.col);
            c->value = t.head();
            list->kids.push_back(std::move(c));
          }
        } else {
          for (const auto& k : l.kids) list->kids.push_back(clone(*k));
        }
        list->kids.push_back(clone(*pat.kids[1]));
        list->has_tail = true;
        const Node& lp = *list;
        generated_.push_back(std::move(list));
        match(lp, src, fail);
        return;
      }
      if (pat.name == "when") error(pat, "unexpected when inside a pattern");
      if (pat.name == ".." || pat.name == "..//") {
        // first..last matches any range (any step), as Kernel's ../2 expands in a pattern
        NodeP m = make_node(NK::Map, pat.line, pat.col);
        auto field = [&](const char* key, NodeP v) {
          NodeP k = make_node(NK::Literal, pat.line, pat.col);
          k->value = Term::atom(key);
          NodeP kv = make_node(NK::Tuple, pat.line, pat.col);
          kv->kids.push_back(std::move(k));
          kv->kids.push_back(std::move(v));
          m->kids.push_back(std::move(kv));
        };
        NodeP range = make_node(NK::Alias, pat.line, pat.col);
        range->name = "Range";
        range->value = Term(Atom("Elixir.Range"));
        field("__struct__", std::move(range));
        field("first", clone(*pat.kids[0]));
        field("last", clone(*pat.kids[1]));
        if (pat.kids.size() == 3) field("step", clone(*pat.kids[2]));
        const Node& mp = *m;
        generated_.push_back(std::move(m));
        match_map(mp, src, fail);
        return;
      }
      break;
    case NK::Match:
      match(*pat.kids[0], src, fail);
      match(*pat.kids[1], src, fail);
      return;
    default:
      break;
  }
  if (pat.kind == NK::Call || pat.kind == NK::Remote) {
    // a macro expands in a pattern too (a record's user(name: n)), its __CALLER__'s
    // context :match
    if (const MacroDef* m = macro_at(pat)) {
      bool saved = in_match_;
      in_match_ = true;
      const Node* code = expand(*m, pat, quoted_args(pat));
      in_match_ = saved;
      match(*code, src, fail);
      return;
    }
    if (const Node* v = var_bang(pat)) return match(*v, src, fail);
    error(pat, "cannot invoke remote function " + to_source(pat) + " inside a match");
  }
  error(pat, "invalid pattern in match: " + to_source(pat));
}

void Compiler::match_list(const Node& pat, uint16_t src, Label fail) {
  Term k;
  if (constant(pat, k)) {
    jump(Op::TestK, fail, src, 0, konst(k));
    return;
  }
  size_t n = pat.kids.size() - (pat.has_tail ? 1 : 0);
  uint16_t cur = src;
  for (size_t i = 0; i < n; ++i) {
    jump(Op::TestCons, fail, cur);
    if (!is_wildcard(*pat.kids[i])) {
      uint16_t h = temp();
      emit(Op::GetHead, h, cur);
      match(*pat.kids[i], h, fail);
    }
    bool last = i + 1 == n;
    if (last && pat.has_tail && is_wildcard(*pat.kids.back())) return;
    uint16_t t = temp();
    emit(Op::GetTail, t, cur);
    cur = t;
  }
  if (pat.has_tail)
    match(*pat.kids.back(), cur, fail);
  else
    jump(Op::TestNil, fail, cur);
}

void Compiler::match_map(const Node& pat, uint16_t src, Label fail) {
  if (pat.extra) error(pat, "cannot use map update syntax %{map | ...} inside a match");
  jump(Op::TestMap, fail, src);
  auto field = [&](uint16_t key, const Node* value_pat, const Term* expect) {
    uint16_t v = temp();
    jump(Op::MapGet, fail, v, src, key);
    if (expect) jump(Op::TestK, fail, v, 0, konst(*expect));
    if (value_pat) match(*value_pat, v, fail);
  };
  if (pat.kind == NK::Struct && pat.body) {  // %name{}: any struct, its module bound
    uint16_t key = temp();
    emit(Op::LoadK, key, 0, 0, konst(Term(atoms::__struct__)));
    uint16_t v = temp();
    jump(Op::MapGet, fail, v, src, key);
    // Elixir's expansion guards it with is_atom/1: %{__struct__: "x"} is no struct
    uint16_t is = temp();
    emit(Op::Bif, is, v, 1,
         static_cast<uint32_t>(find_native(Atom("Elixir.Kernel"), Atom("is_atom"), 1)));
    jump(Op::JmpNotTrue, fail, is);
    match(*pat.body, v, fail);
  } else if (pat.kind == NK::Struct) {
    uint16_t key = temp();
    emit(Op::LoadK, key, 0, 0, konst(Term(atoms::__struct__)));
    Term name = Term(alias_atom(pat.name));
    field(key, nullptr, &name);
  }
  for (const auto& kv : pat.kids) {
    const Node& k = *kv->kids[0];
    uint16_t key;
    Term kc;
    if (k.kind == NK::Unary && k.name == "^" && k.kids[0]->kind == NK::Var) {
      auto r = lookup(k.kids[0]->name);
      if (!r) error(k, "undefined variable ^" + k.kids[0]->name);
      key = *r;
    } else if (constant(k, kc)) {
      key = temp();
      emit(Op::LoadK, key, 0, 0, konst(kc));
    } else {
      error(k, "cannot use variable " + to_source(k) +
                   " as map key inside a pattern. Map keys in patterns can only be literals (such "
                   "as atoms, strings, tuples, and the like) or an existing variable matched with "
                   "the pin operator (such as ^some_var)");
    }
    field(key, kv->kids[1].get(), nullptr);
  }
}

void Compiler::clause_head(const std::vector<const Node*>& patterns,
                           const std::vector<uint16_t>& srcs, const Node* g, Label fail) {
  std::vector<std::pair<std::string, uint16_t>> vars;
  auto* saved = f_->pattern_vars;
  f_->pattern_vars = &vars;
  for (size_t i = 0; i < patterns.size(); ++i) match(*patterns[i], srcs[i], fail);
  f_->pattern_vars = saved;
  for (const auto& [n, r] : vars) bind(n, r);
  if (g) guard(*g, fail);
}

bool Compiler::guard_may_raise(const Node& g) const {
  switch (g.kind) {
    case NK::Binary:
      if (g.name == "+" || g.name == "-" || g.name == "*" || g.name == "/" || g.name == "in" ||
          g.name == "<>" || g.name == "++" || g.name == "--")
        return true;
      return guard_may_raise(*g.kids[0]) || guard_may_raise(*g.kids[1]);
    case NK::Unary:
      return g.name == "-" || guard_may_raise(*g.kids[0]);
    case NK::Call:
      if (g.name.rfind("is_", 0) == 0 && g.kids.size() == 1) return guard_may_raise(*g.kids[0]);
      return true;
    case NK::Var:
    case NK::Literal:
    case NK::Alias:
      return false;
    default:
      return true;
  }
}

void Compiler::guard(const Node& g, Label fail) {
  // `when a when b` means a or b
  if (g.kind == NK::Binary && g.name == "when") {
    Label ok = label(), next = label();
    guard(*g.kids[0], next);
    jump(Op::Jmp, ok);
    place(next);
    guard(*g.kids[1], fail);
    place(ok);
    return;
  }
  uint16_t mark = f_->temp_top;
  bool was = f_->in_guard;
  f_->in_guard = true;
  bool protect = guard_may_raise(g);
  if (protect) jump(Op::GuardTry, fail);
  uint16_t t = temp();
  expr(g, t);
  if (protect) emit(Op::GuardEnd);
  jump(Op::JmpNotTrue, fail, t);
  f_->in_guard = was;
  free_to(mark);
}

void Compiler::match_expr(const Node& n, uint16_t dst) {
  const Node& lhs = *n.kids[0];
  const Node& rhs = *n.kids[1];
  // x = expr: straight into a new register for x
  if (lhs.kind == NK::Var && lhs.name != "_" && lhs.name != "__MODULE__") {
    uint16_t r = new_var();
    expr(rhs, r);
    bind(lhs.name, r);
    if (dst != r) emit(Op::Move, dst, r);
    return;
  }
  uint16_t mark = f_->temp_top;
  uint16_t v = operand(rhs);
  line_ = n.line;
  Label fail = label(), ok = label();
  clause_head({&lhs}, {v}, nullptr, fail);
  jump(Op::Jmp, ok);
  place(fail);
  emit(Op::BadMatch, v);
  place(ok);
  if (dst != v) emit(Op::Move, dst, v);
  free_to(mark);
}

}  // namespace taskplay::lang::detail
