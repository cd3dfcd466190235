// ExUnit's macros, as the compiler expands them (the runtime half, the runner and the
// formatter, is Elixir code in ex_unit.cpp):
//
//   use ExUnit.Case     test/describe/setup/setup_all and @tag/@describetag/@moduletag in
//                       the module body become functions, and the module gets
//                       __ex_unit__/1 (its tests, setups and tags) and registers itself
//                       with ExUnit.Server when its body runs, as ExUnit.Case's
//                       __after_compile__ does;
//   assert/refute ...   expand in place, as ExUnit.Assertions' macros do: the failure is
//                       raised from the test's own frame (its stack trace points at the
//                       assertion's line) and quotes the code as Macro.to_string prints it.
//
// Generated code is written as Elixir templates: `__0__`, `__1__`, ... stand for the
// user's own trees, spliced in (clones), and every generated node takes the line of the
// call it expands, so stack traces and `code:` lines point at the user's source.

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang::detail {

namespace {

// The variables a pattern binds (not pinned, not underscored), in order, once each.
void pattern_vars(const Node& n, std::vector<std::string>& out, bool pinned = false) {
  if (n.kind == NK::Var) {
    if (!pinned && !n.name.empty() && n.name[0] != '_' && n.name != "__MODULE__" &&
        std::find(out.begin(), out.end(), n.name) == out.end())
      out.push_back(n.name);
    return;
  }
  bool pin = pinned || (n.kind == NK::Unary && n.name == "^");
  for (const auto& k : n.kids) pattern_vars(*k, out, pin);
  if (n.extra && n.kind != NK::Struct) pattern_vars(*n.extra, out, pin);
  if (n.body && n.kind == NK::Struct) pattern_vars(*n.body, out, pin);  // %name{}
}

// The pinned variables of a pattern (^x), in order, once each.
void pinned_vars(const Node& n, std::vector<std::string>& out) {
  if (n.kind == NK::Unary && n.name == "^" && n.kids[0]->kind == NK::Var) {
    if (std::find(out.begin(), out.end(), n.kids[0]->name) == out.end())
      out.push_back(n.kids[0]->name);
    return;
  }
  for (const auto& k : n.kids) pinned_vars(*k, out);
  if (n.extra) pinned_vars(*n.extra, out);
}

std::string quoted(const std::string& s) { return inspect(Term::string(s)); }

// `{v1, v2}` (or `{}`) of the given variable names, as source.
std::string var_tuple(const std::vector<std::string>& vars) {
  std::string s = "{";
  for (size_t i = 0; i < vars.size(); ++i) s += (i ? ", " : "") + vars[i];
  return s + "}";
}

const std::set<std::string> kCompareOps = {"==", "!=", "===", "!==", "<", ">", "<=", ">=", "=~"};

}  // namespace

// [SECTION] Assertions -----------------------------------------------------------------

bool Compiler::exunit_assertions_visible() const {
  static const Atom assertions("Elixir.ExUnit.Assertions");
  if (imports_exunit_assertions_) return true;
  if (!mod_) return false;
  // use ExUnit.Case, a module nested in one, or `import ExUnit.Assertions` in the module
  return mod_->exunit_case || mod_->exunit_imports ||
         std::find(mod_->imports.begin(), mod_->imports.end(), assertions) != mod_->imports.end();
}

bool Compiler::assertion_form(const Node& call, uint16_t dst, bool is_tail) {
  if (call.kind != NK::Call || call.do_block || !exunit_assertions_visible()) return false;
  const std::string& name = call.name;
  size_t n = call.kids.size();
  uint32_t line = call.line;
  NodeP code;
  std::string src;
  auto arg = [&](size_t i) { return call.kids[i].get(); };
  auto code_of = [&](const std::string& text) { return quoted(text); };

  // whether the expansion's last call may be a tail call: where Elixir's macro ends in a
  // call to assert/2 or refute/2, a failure as the function's last expression leaves no
  // frame of it; where the macro raises inline (assert value, assert pattern = value) or
  // ends otherwise (refute with an operator, assert_receive, catch_*), its frame stays
  bool tailable = false;
  if ((name == "assert" || name == "refute") && (n == 1 || n == 2)) {
    bool refute = name == "refute";
    const Node& e = *arg(0);
    // the whole call when a message is given (Macro.to_string of the call)
    std::string c = code_of(to_source(call));
    std::string custom = n == 2 ? "__1__" : "nil";
    std::vector<const Node*> holes = {&e};
    if (n == 2) holes.push_back(arg(1));
    if (e.kind == NK::Binary && (kCompareOps.count(e.name) || (refute && e.name == "in"))) {
      tailable = !refute || n == 2;
      holes = {e.kids[0].get(), e.kids[1].get()};
      if (n == 2) holes.push_back(arg(1));
      custom = n == 2 ? "__2__" : "nil";
      src =
          "(taskplay_exunit_left = __0__\ntaskplay_exunit_right = __1__\n"
          "ExUnit.Assertions.__compare__(" +
          std::string(refute ? "true" : "false") + ", :\"" + e.name +
          "\", taskplay_exunit_left, taskplay_exunit_right, taskplay_exunit_left " + e.name +
          " taskplay_exunit_right, " + c + ", " + custom + "))";
    } else if (!refute && e.kind == NK::Binary && e.name == "in") {
      tailable = true;
      holes = {e.kids[0].get(), e.kids[1].get()};
      if (n == 2) holes.push_back(arg(1));
      custom = n == 2 ? "__2__" : "nil";
      src =
          "(taskplay_exunit_left = __0__\ntaskplay_exunit_right = __1__\n"
          "ExUnit.Assertions.__compare__(false, :in, taskplay_exunit_left, taskplay_exunit_right, "
          "taskplay_exunit_left in "
          "taskplay_exunit_right, " +
          c + ", " + custom + "))";
    } else if (!refute && e.kind == NK::Match && n == 1) {
      // assert pattern = value: binds the pattern's variables for what follows (with a
      // message it is assert/2 of the match's value: a failed match raises MatchError)
      const Node& pat = *e.kids[0];
      holes = {&pat, e.kids[1].get()};
      src =
          "(taskplay_exunit_right = __1__\n"
          "case taskplay_exunit_right do\n  __0__ -> :ok\n  _ -> "
          "ExUnit.Assertions.__match_failed__(" +
          code_of(to_source(pat)) + ", taskplay_exunit_right, " + c +
          ")\nend\n__0__ = taskplay_exunit_right)";
    } else if (e.kind == NK::Call && e.name == "match?" && e.kids.size() == 2) {
      tailable = true;
      holes = {e.kids[0].get(), e.kids[1].get()};
      if (n == 2) holes.push_back(arg(1));
      custom = n == 2 ? "__2__" : "nil";
      src = "(taskplay_exunit_right = __1__\nExUnit.Assertions.__match__(" +
            std::string(refute ? "true" : "false") + ", match?(__0__, taskplay_exunit_right), " +
            code_of(to_source(*e.kids[0])) + ", taskplay_exunit_right, " + c + ", " + custom + "))";
    } else {
      tailable = n == 2;
      src = "(exunit_value = __0__\nExUnit.Assertions.__truthy__(" +
            std::string(refute ? "true" : "false") + ", exunit_value, " + c + ", " + custom + "))";
    }
    code = tmpl(src, holes, line);
  } else if ((name == "assert_receive" || name == "assert_received") && n >= 1 && n <= 3) {
    bool received = name == "assert_received";
    if (received && n > 2) return false;
    const Node& pat_in = *arg(0);
    const Node* pat = &pat_in;
    const Node* guard = nullptr;
    if (pat_in.kind == NK::Binary && pat_in.name == "when") {
      pat = pat_in.kids[0].get();
      guard = pat_in.kids[1].get();
    }
    std::vector<std::string> vars, pins;
    pattern_vars(*pat, vars);
    pinned_vars(*pat, pins);
    std::string pins_src = "[";
    for (size_t i = 0; i < pins.size(); ++i)
      pins_src += (i ? ", " : "") + std::string("{") + quoted(pins[i]) + ", " + pins[i] + "}";
    pins_src += "]";
    std::vector<const Node*> holes = {pat, guard ? guard : pat};
    std::string timeout = received ? "0" : "ExUnit.Assertions.__timeout__(:assert_receive_timeout)";
    std::string custom = "nil";
    if (!received && n >= 2) {
      holes.push_back(arg(1));
      timeout = "__2__";
    }
    if ((received && n == 2) || (!received && n == 3)) {
      holes.push_back(arg(n - 1));
      custom = "__" + std::to_string(holes.size() - 1) + "__";
    }
    src =
        "(exunit_timeout = " + timeout + "\n{exunit_received, " + var_tuple(vars) +
        "} =\n  receive do\n    __0__ = exunit_message" + (guard ? " when __1__" : "") +
        " -> {exunit_message, " + var_tuple(vars) +
        "}\n  after\n    exunit_timeout -> ExUnit.Assertions.__receive_failed__(exunit_timeout, " +
        code_of(to_source(pat_in)) + ", " + code_of(name + " " + to_source(pat_in)) + ", " +
        pins_src + ", " + custom + ")\n  end\nexunit_received)";
    code = tmpl(src, holes, line);
  } else if ((name == "refute_receive" || name == "refute_received") && n >= 1 && n <= 3) {
    bool received = name == "refute_received";
    if (received && n > 2) return false;
    tailable = true;
    const Node& pat_in = *arg(0);
    const Node* pat = &pat_in;
    const Node* guard = nullptr;
    if (pat_in.kind == NK::Binary && pat_in.name == "when") {
      pat = pat_in.kids[0].get();
      guard = pat_in.kids[1].get();
    }
    std::vector<const Node*> holes = {pat, guard ? guard : pat};
    std::string timeout = received ? "0" : "ExUnit.Assertions.__timeout__(:refute_receive_timeout)";
    std::string custom = "nil";
    if (!received && n >= 2) {
      holes.push_back(arg(1));
      timeout = "__2__";
    }
    if ((received && n == 2) || (!received && n == 3)) {
      holes.push_back(arg(n - 1));
      custom = "__" + std::to_string(holes.size() - 1) + "__";
    }
    src = "(exunit_timeout = " + timeout + "\nreceive do\n  __0__ = exunit_message" +
          (guard ? " when __1__" : "") +
          " -> ExUnit.Assertions.__unexpected_message__(exunit_message, " +
          code_of(to_source(pat_in)) + ", " + code_of(name + " " + to_source(pat_in)) + ", " +
          custom + ")\nafter\n  exunit_timeout -> false\nend)";
    code = tmpl(src, holes, line);
  } else if ((name == "catch_exit" || name == "catch_throw" || name == "catch_error") && n == 1) {
    std::string kind = name == "catch_exit" ? "exit" : name == "catch_throw" ? "throw" : "error";
    // (the flunk's own error passes through catch_error)
    src = "try do\n  _ = __0__\n  ExUnit.Assertions.flunk(\"Expected to catch " + kind +
          ", got nothing\")\nrescue\n  exunit_e in [ExUnit.AssertionError] -> "
          "reraise(exunit_e, __STACKTRACE__)\ncatch\n  :" +
          kind + ", exunit_what -> exunit_what\nend";
    code = tmpl(src, {arg(0)}, line);
  } else {
    return false;
  }
  generated_.push_back(std::move(code));
  const Node& g = *generated_.back();
  if (!is_tail) {
    expr(g, dst);
    return true;
  }
  if (tailable) {
    tail(g);
    return true;
  }
  uint16_t mark = f_->temp_top;
  uint16_t t = temp();
  expr(g, t);
  emit(Op::Return, t);
  free_to(mark);
  return true;
}

// [SECTION] use ExUnit.Case ----------------------------------------------------------------

namespace {

struct TestDef {
  std::string name;  // "test <describe> <name>" (or "doctest Mod.fun/1 (n)")
  bool doctest = false;
  uint32_t line;
  std::string describe;  // "" outside a describe
  uint32_t describe_line = 0;
  std::vector<const Node*> tags;  // @tag values, in order (atoms or keyword lists)
  std::vector<const Node*> describe_tags;
  std::vector<std::string> setups;  // the describe's own setup functions
  bool not_implemented = false;
};

std::string atom_src(const std::string& name) { return inspect(Term(Atom(name))); }

// [SECTION] The module body's compile-time values (test "x #{i}", a module-level for)

// A string known when the module compiles: "name", "with #{var}" of bound variables.
bool const_string(const Node& n, std::string& out) {
  if (n.kind == NK::Literal && n.value.is_binary()) {
    out = std::string(n.value.binary());
    return true;
  }
  if (n.kind != NK::Interp) return false;
  out.clear();
  for (const auto& k : n.kids) {
    if (k->kind != NK::Literal) return false;
    const Term& v = k->value;
    if (v.is_binary())
      out += v.binary();
    else if (v.is_atom())
      out += v.atom_value().name().rfind("Elixir.", 0) == 0 ? v.atom_value().name().substr(7)
                                                            : v.atom_value().name();
    else if (v.is_integer() || v.is_float())
      out += inspect(v);
    else
      return false;
  }
  return true;
}

// Matches a generator's pattern against a value known at compile time.
bool const_match(const Node& p, const Term& v, std::map<std::string, Term>& env) {
  switch (p.kind) {
    case NK::Var:
      if (p.name != "_" && p.name[0] != '_') env[p.name] = v;
      return true;
    case NK::Literal:
      return compare_exact(p.value, v) == 0;
    case NK::Tuple: {
      if (!v.is_tuple(p.kids.size())) return false;
      for (size_t i = 0; i < p.kids.size(); ++i)
        if (!const_match(*p.kids[i], v[i], env)) return false;
      return true;
    }
    case NK::List: {
      if (p.has_tail || !v.is_list()) return false;
      std::vector<Term> items = v.list_items();
      if (items.size() != p.kids.size()) return false;
      for (size_t i = 0; i < items.size(); ++i)
        if (!const_match(*p.kids[i], items[i], env)) return false;
      return true;
    }
    default:
      return false;
  }
}

// The condition of a module-level `if` around tests (`if System.otp_release() >= "24"`),
// known when the module compiles: constants (`base`), System.otp_release/0 and
// System.version/0, comparisons, and/or/not. False when it is not known.
bool module_condition(const Node& n, Term& out,
                      const std::function<bool(const Node&, Term&)>& base) {
  if (n.kind == NK::Remote && n.kids.empty() && n.extra && n.extra->kind == NK::Alias &&
      n.extra->name == "System" && (n.name == "otp_release" || n.name == "version")) {
    out = Term::string(n.name == "version" ? "1.14.0" : "25");
    return true;
  }
  if (n.kind == NK::Unary && (n.name == "!" || n.name == "not")) {
    Term v;
    if (!module_condition(*n.kids[0], v, base)) return false;
    out = Term(v.is_atom(atoms::false_) || v.is_atom(atoms::nil) ? atoms::true_ : atoms::false_);
    return true;
  }
  if (n.kind == NK::Binary) {
    static const char* kOps[] = {"==", "!=", "===", "!==", "<",  ">",
                                 "<=", ">=", "and", "or",  "&&", "||"};
    bool known = false;
    for (const char* op : kOps) known = known || n.name == op;
    Term a, b;
    if (!known || !module_condition(*n.kids[0], a, base) || !module_condition(*n.kids[1], b, base))
      return false;
    auto truthy = [](const Term& t) { return !t.is_atom(atoms::false_) && !t.is_atom(atoms::nil); };
    const std::string& op = n.name;
    bool r;
    if (op == "and" || op == "&&") {
      out = truthy(a) ? b : a;
      return true;
    }
    if (op == "or" || op == "||") {
      out = truthy(a) ? a : b;
      return true;
    }
    int c = op == "===" || op == "!==" ? compare_exact(a, b) : compare(a, b);
    r = op == "==" || op == "==="   ? c == 0
        : op == "!=" || op == "!==" ? c != 0
        : op == "<"                 ? c < 0
        : op == ">"                 ? c > 0
        : op == "<="                ? c <= 0
                                    : c >= 0;
    out = Term(r ? atoms::true_ : atoms::false_);
    return true;
  }
  return base(n, out);
}

NodeP literal_node(const Term& v, const Node& at) {
  NodeP l = make_node(NK::Literal, at.line, at.col);
  l->value = v;
  return l;
}

// A module-level statement with the variables of a module-level `for` replaced by their
// values, where the module body sees them: names of tests and describes, attribute values,
// other module-level code. Not inside function bodies, test patterns or test bodies, which
// the BEAM compiles as functions of their own (there the for's variables do not exist).
NodeP module_subst(const Node& n, const std::map<std::string, Term>& env) {
  if (n.kind == NK::Var) {
    auto it = env.find(n.name);
    if (it != env.end()) return literal_node(it->second, n);
  }
  bool opaque = n.kind == NK::Call && (n.name == "def" || n.name == "defp" || n.name == "setup" ||
                                       n.name == "setup_all" || n.name == "test");
  if (opaque) {
    NodeP c = clone(n);
    if (n.name == "test" && !n.kids.empty()) c->kids[0] = module_subst(*n.kids[0], env);
    return c;
  }
  NodeP c = make_node(n.kind, n.line, n.col);
  c->name = n.name;
  c->value = n.value;
  c->has_tail = n.has_tail;
  c->parens = n.parens;
  c->ambiguous_op = n.ambiguous_op;
  c->height = n.height;
  for (const auto& k : n.kids) c->kids.push_back(module_subst(*k, env));
  for (auto [from, to] : {std::pair{&n.extra, &c->extra},
                          {&n.guard, &c->guard},
                          {&n.body, &c->body},
                          {&n.do_block, &c->do_block}})
    if (*from) *to = module_subst(**from, env);
  return c;
}

// A function body with each `@attr` read replaced by the attribute's value where the
// function is defined, as the BEAM reads it (a later `@attr x` does not change it).
NodeP inline_attrs(const Node& n, const std::map<std::string, const Node*>& attrs) {
  if (n.kind == NK::Attr && !n.extra) {
    auto it = attrs.find(n.name);
    if (it != attrs.end()) return clone(*it->second);
  }
  NodeP c = make_node(n.kind, n.line, n.col);
  c->name = n.name;
  c->value = n.value;
  c->has_tail = n.has_tail;
  c->parens = n.parens;
  c->ambiguous_op = n.ambiguous_op;
  c->height = n.height;
  for (const auto& k : n.kids) c->kids.push_back(inline_attrs(*k, attrs));
  for (auto [from, to] : {std::pair{&n.extra, &c->extra},
                          {&n.guard, &c->guard},
                          {&n.body, &c->body},
                          {&n.do_block, &c->do_block}})
    if (*from) *to = inline_attrs(**from, attrs);
  return c;
}

// a function's name after `Module.`: inc, valid?, "with space"
std::string remote_name(Atom f) {
  std::string a = inspect(Term(f));
  return a.size() > 1 && a[0] == ':' ? a.substr(1) : a;
}

// [SECTION] Doctests: the iex> examples of a module's docs, as ExUnit.DocTest reads them

struct DocExpr {
  std::vector<std::string> lines;  // the code, prompts stripped (a line per `iex>`/`...>` line)
  std::vector<std::string> shown;  // the same lines as the doc shows them, prompts included
  std::vector<std::string> expected;
};

struct DocExample {
  std::vector<DocExpr> exprs;
  uint32_t line = 0;  // of its first `iex>`
};

// "iex> code", "iex(3)> code", "...> more", "...(3)> more": the code after the prompt, or false.
bool prompt(std::string_view t, std::string_view head, std::string& code) {
  if (t.rfind(head, 0) != 0) return false;
  t.remove_prefix(head.size());
  if (!t.empty() && t[0] == '(') {
    size_t close = t.find(')');
    if (close == std::string_view::npos) return false;
    t.remove_prefix(close + 1);
  }
  if (t.empty() || t[0] != '>') return false;
  t.remove_prefix(1);
  if (!t.empty() && t[0] == ' ') t.remove_prefix(1);
  code = std::string(t);
  return true;
}

// The examples of one doc text: an example is a run of iex> prompts and expected results,
// ended by a blank line.
std::vector<DocExample> doc_examples(const std::string& text, uint32_t first_line) {
  std::vector<DocExample> out;
  DocExample cur;
  bool in_expected = false;
  size_t indent = 0;
  size_t pos = 0;
  for (uint32_t line = first_line; pos <= text.size(); ++line) {
    size_t nl = text.find('\n', pos);
    std::string_view raw(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() + 1 : nl + 1;
    size_t ws = raw.find_first_not_of(" \t");
    std::string_view t = ws == std::string_view::npos ? std::string_view() : raw.substr(ws);
    std::string code;
    if (t.empty()) {
      if (!cur.exprs.empty()) out.push_back(std::move(cur));
      cur = DocExample{};
      in_expected = false;
    } else if (prompt(t, "iex", code)) {
      if (cur.exprs.empty()) {
        cur.line = line;
        indent = ws;
      }
      cur.exprs.push_back({{code}, {std::string(t)}, {}});
      in_expected = false;
    } else if (!cur.exprs.empty() && !in_expected && prompt(t, "...", code)) {
      cur.exprs.back().lines.push_back(code);
      cur.exprs.back().shown.push_back(std::string(t));
    } else if (!cur.exprs.empty()) {
      in_expected = true;
      cur.exprs.back().expected.push_back(std::string(ws >= indent ? raw.substr(indent) : t));
    }
  }
  if (!cur.exprs.empty()) out.push_back(std::move(cur));
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) s += (i ? "\n" : "") + lines[i];
  return s;
}

// `#PID<0.1.0>`, `#Reference<...>`, `#Function<...>`: results compared as inspect shows them
bool opaque(const std::string& expected) {
  return expected.size() > 2 && expected[0] == '#' && expected.find('<') != std::string::npos &&
         expected.back() == '>';
}

}  // namespace

std::vector<const Node*> Compiler::exunit_case(const std::vector<const Node*>& stmts,
                                               const Node* use_opts, std::vector<NodeP>& owned) {
  std::vector<const Node*> out;
  std::vector<TestDef> tests;
  std::vector<const Node*> module_tags;
  std::vector<std::string> setups, setup_alls;
  std::vector<NodeP>& holes_owned = owned;  // unrolled bodies' statements are used as they are
  int counter = 0;
  // the module's attributes as set so far, in the body's order (test bodies read them)
  std::map<std::string, const Node*> attrs_now;
  auto with_attrs = [&](const Node& body) {
    holes_owned.push_back(inline_attrs(body, attrs_now));
    return holes_owned.back().get();
  };

  // setup/setup_all: a function for each block form, a name for `setup :fun` and lists.
  auto callback = [&](const Node& s, std::vector<std::string>& into, const std::string& kind) {
    size_t nargs;
    auto secs = sections(s, nargs);
    if (secs.count("do")) {
      std::string fname = "__ex_unit_" + kind + "_" + std::to_string(counter++);
      std::vector<const Node*> holes = {with_attrs(*secs["do"])};
      std::string head = "_";
      if (nargs == 1) {
        holes.push_back(s.kids[0].get());
        head = "__1__";
      }
      owned.push_back(tmpl("def " + fname + "(" + head + ") do\n  __0__\nend", holes, s.line));
      out.push_back(owned.back().get());
      into.push_back(fname);
      return;
    }
    if (nargs != 1) error(s, kind + " expects a block or callbacks");
    const Node& a = *s.kids[0];
    // `setup :name`: a local call of the module's function (a defp too), as ExUnit compiles it
    auto add_atom = [&](const Node& x) {
      if (x.kind != NK::Literal || !x.value.is_atom())
        error(x, kind + " expects an atom or a list of atoms, got: " + to_source(x));
      std::string fname = "__ex_unit_" + kind + "_" + std::to_string(counter++);
      owned.push_back(
          tmpl("def " + fname + "(context), do: " + x.value.atom_value().name() + "(context)", {},
               s.line));
      out.push_back(owned.back().get());
      into.push_back(fname);
    };
    if (a.kind == NK::List)
      for (const auto& k : a.kids) add_atom(*k);
    else
      add_atom(a);
  };

  // doctest Mod [, only: [...], except: [...], import: true]: a test per example of the
  // module's docs (its @moduledoc first, then its functions by name and arity)
  auto add_doctests = [&](const Node& s) {
    if (s.kids.empty() || s.kids[0]->kind != NK::Alias) error(s, "doctest expects a module");
    Atom mod = alias_atom(*s.kids[0]);
    std::string shown = mod.name().substr(7);
    const ModuleDef* def = opts_.documented ? opts_.documented(mod) : nullptr;
    bool defined_here = std::any_of(unit_.modules.begin(), unit_.modules.end(),
                                    [&](const ModuleDef& d) { return d.name == mod; });
    if (!def && defined_here)
      error(s, "could not retrieve the documentation for module " + shown +
                   ". The BEAM file of the module cannot be accessed");
    if (!def) return;  // the library's modules: taskplay does not ship Elixir's docs
    std::vector<std::pair<std::string, uint32_t>> only, except;
    bool import = false, moduledoc_only = false, moduledoc_except = false;
    if (s.kids.size() > 1 && s.kids[1]->kind == NK::List)
      for (const auto& kv : s.kids[1]->kids) {
        if (kv->kind != NK::Tuple || kv->kids.size() != 2) continue;
        std::string key =
            kv->kids[0]->value.is_atom() ? kv->kids[0]->value.atom_value().name() : "";
        if (key == "import") import = kv->kids[1]->value.is_atom(atoms::true_);
        if (key != "only" && key != "except") continue;
        for (const auto& f : kv->kids[1]->kids) {
          if (f->kind == NK::Literal && f->value.is_atom(Atom("moduledoc")))
            (key == "only" ? moduledoc_only : moduledoc_except) = true;
          else if (f->kind == NK::Tuple && f->kids.size() == 2 && f->kids[0]->value.is_atom() &&
                   f->kids[1]->value.is_small_int())
            (key == "only" ? only : except)
                .emplace_back(f->kids[0]->value.atom_value().name(),
                              static_cast<uint32_t>(f->kids[1]->value.small_int()));
        }
      }
    if (import) (mod_ ? mod_->imports : imports_).push_back(Import{mod});
    std::vector<const DocText*> docs;
    for (const DocText& d : def->docs) docs.push_back(&d);
    std::stable_sort(docs.begin(), docs.end(), [](const DocText* a, const DocText* b) {
      if ((a->name == atoms::nil) != (b->name == atoms::nil)) return a->name == atoms::nil;
      if (a->name != b->name) return a->name.name() < b->name.name();
      return a->arity < b->arity;
    });
    int n = 0;
    for (const DocText* d : docs) {
      bool is_moduledoc = d->name == atoms::nil;
      std::pair<std::string, uint32_t> fa{is_moduledoc ? "" : d->name.name(), d->arity};
      bool listed_only =
          is_moduledoc ? moduledoc_only : std::find(only.begin(), only.end(), fa) != only.end();
      bool listed_except = is_moduledoc
                               ? moduledoc_except
                               : std::find(except.begin(), except.end(), fa) != except.end();
      if ((!only.empty() || moduledoc_only) && !listed_only) continue;
      if (listed_except) continue;
      for (const DocExample& ex : doc_examples(d->text, d->line)) {
        ++n;
        TestDef t;
        t.doctest = true;
        t.name =
            "doctest " +
            (is_moduledoc ? "module " + shown
                          : shown + "." + remote_name(d->name) + "/" + std::to_string(d->arity)) +
            " (" + std::to_string(n) + ")";
        t.line = s.line;
        for (const auto& tt : tests)
          if (tt.name == t.name) error(s, "\"" + t.name + "\" is already defined");
        std::string body;
        std::vector<std::string> pending, pending_shown;  // expressions with no result yet
        for (size_t i = 0; i < ex.exprs.size(); ++i) {
          const DocExpr& e = ex.exprs[i];
          for (const auto& l : e.lines) pending.push_back(l);
          for (const auto& l : e.shown) pending_shown.push_back(l);
          if (e.expected.empty() && i + 1 < ex.exprs.size()) continue;
          std::string code = joined(pending);
          std::string line = std::to_string(ex.line + i);
          std::string where =
              ", " + inspect(Term(def->name)) + ", " + quoted(def->file) + ", " + line;
          if (e.expected.empty()) {
            body += "(" + code + ")\n";
          } else if (e.expected[0].rfind("** (", 0) == 0) {
            // ** (Mod) message: the expression must raise that exception
            std::string first = e.expected[0];
            size_t close = first.find(')');
            std::string exc = first.substr(4, close == std::string::npos ? 0 : close - 4);
            std::vector<std::string> msg_lines = e.expected;
            msg_lines[0] =
                close == std::string::npos ? "" : first.substr(std::min(first.size(), close + 2));
            std::string msg = joined(msg_lines);
            std::string text = joined(pending_shown) + "\n** (" + exc + ") " + quoted(msg);
            body += "ExUnit.DocTest.__raises__(fn ->\n" + code + "\nend, " + quoted(exc) + ", " +
                    quoted(msg) + ", " + quoted(text) + where + ")\n";
          } else {
            std::string expected = joined(e.expected);
            NodeP last = parse(code);
            std::string last_src = last->kids.empty() ? code : to_source(*last->kids.back());
            if (opaque(expected)) {
              std::string text = joined(pending_shown) + "\n" + quoted(expected);
              body += "ExUnit.DocTest.__compare__(inspect((" + code + ")), " + quoted(expected) +
                      ", " + quoted(text) + ", " +
                      quoted("inspect(" + last_src + ") === " + quoted(expected)) + where + ")\n";
            } else {
              NodeP exp = parse(expected);
              std::string exp_src = exp->kids.empty() ? expected : to_source(*exp->kids.back());
              std::string text = joined(pending_shown) + "\n" + expected;
              body += "ExUnit.DocTest.__compare__((" + code + "), (" + expected + "), " +
                      quoted(text) + ", " + quoted(last_src + " === " + exp_src) + where + ")\n";
            }
          }
          pending.clear();
          pending_shown.clear();
        }
        owned.push_back(tmpl("def exunit_test(_) do\n" + body + ":ok\nend", {}, ex.line));
        owned.back()->kids[0]->name = t.name;
        mod_->frame_file[t.name] = "(for doctest at) " + def->file;
        out.push_back(owned.back().get());
        tests.push_back(std::move(t));
      }
    }
  };

  std::vector<const Node*> pending_tags;
  // one level of describe: the caller gives the describe's name and line
  std::function<void(const std::vector<const Node*>&, const std::string&, uint32_t)> walk =
      [&](const std::vector<const Node*>& body, const std::string& describe, uint32_t dline) {
        std::vector<const Node*> describe_tags;
        std::vector<std::string> describe_setups;
        size_t first_test = tests.size();
        for (const Node* s : body) {
          if (s->kind == NK::Attr &&
              (s->name == "tag" || s->name == "describetag" || s->name == "moduletag")) {
            if (!s->extra) error(*s, "@" + s->name + " needs a value");
            if (s->name == "tag") pending_tags.push_back(s->extra.get());
            if (s->name == "describetag") {
              if (describe.empty()) error(*s, "@describetag must be set inside describe/2 blocks");
              describe_tags.push_back(s->extra.get());
            }
            if (s->name == "moduletag") module_tags.push_back(s->extra.get());
            continue;
          }
          if (s->kind == NK::Attr && s->extra) attrs_now[s->name] = s->extra.get();
          if (s->kind != NK::Call) {
            out.push_back(s);
            continue;
          }
          if (s->name == "test") {
            size_t nargs;
            auto secs = sections(*s, nargs);
            if (nargs < 1 || nargs > 2) error(*s, "test expects a name and a block");
            const Node& tname = *s->kids[0];
            std::string base;
            if (!const_string(tname, base))
              error(tname,
                    "taskplay's ExUnit needs test names known when the module compiles "
                    "(a string, or one built from a module-level for's variables)");
            TestDef t;
            t.name = "test " + (describe.empty() ? "" : describe + " ") + base;
            t.line = s->line;
            t.describe = describe;
            t.describe_line = dline;
            t.tags = pending_tags;
            pending_tags.clear();
            for (const auto& tt : tests)
              if (tt.name == t.name)
                error(*s, "\"" + t.name + "\" is already defined in " + mod_->display);
            std::vector<const Node*> holes;
            std::string src = "def exunit_test(";
            if (nargs == 2) {
              holes.push_back(with_attrs(*s->kids[1]));
              src += "__0__";
            } else {
              src += "_";
            }
            src += ") do\n";
            if (secs.count("do")) {
              holes.push_back(with_attrs(*secs["do"]));
              // ExUnit's test macro ends the body with :ok: nothing in it is a tail call,
              // so the test's frame is in every stack trace (shown as "(test)")
              std::string code = "__" + std::to_string(holes.size() - 1) + "__\n  :ok\n";
              if (secs.count("after")) {  // test "x" do ... after ... end: the body in a try
                holes.push_back(with_attrs(*secs["after"]));
                code = "try do\n  " + code + "after\n  __" + std::to_string(holes.size() - 1) +
                       "__\nend\n";
              }
              src += "  " + code;
            } else {
              t.not_implemented = true;
              src += "  ExUnit.Assertions.__not_implemented__()\n";
            }
            src += "end";
            owned.push_back(tmpl(src, holes, s->line));
            owned.back()->kids[0]->name = t.name;  // def :"test name"(context)
            out.push_back(owned.back().get());
            tests.push_back(std::move(t));
            continue;
          }
          if (s->name == "doctest") {
            add_doctests(*s);
            continue;
          }
          if (s->name == "describe") {
            size_t nargs;
            auto secs = sections(*s, nargs);
            if (!describe.empty())
              error(*s,
                    "cannot call \"describe\" inside another \"describe\". See the "
                    "documentation for ExUnit.Case.describe/2 on named setups and how to "
                    "handle hierarchies");
            std::string dname;
            if (nargs != 1 || !secs.count("do") || !const_string(*s->kids[0], dname))
              error(*s, "describe expects a name (a string) and a block");
            std::vector<const Node*> inner;
            const Node* b = secs["do"];
            if (b->kind == NK::Block)
              for (const auto& k : b->kids) inner.push_back(k.get());
            else
              inner.push_back(b);
            walk(inner, dname, s->line);
            continue;
          }
          if (s->name == "for" && s->do_block) {
            // a module-level for (tests written once for several values): unrolled here,
            // one copy of its body per value, with the variables' values in the body
            size_t nargs;
            auto secs = sections(*s, nargs);
            std::vector<std::map<std::string, Term>> envs{{}};
            for (size_t i = 0; i < nargs; ++i) {
              const Node& g = *s->kids[i];
              Term values;
              if (g.kind != NK::Binary || g.name != "<-" || !constant(*g.kids[1], values) ||
                  !values.is_list())
                error(g, "a for around tests needs generators over lists written in the code");
              std::vector<std::map<std::string, Term>> next;
              for (const auto& env : envs)
                for (const Term& v : values.list_items()) {
                  auto e = env;
                  if (const_match(*g.kids[0], v, e)) next.push_back(std::move(e));
                }
              envs = std::move(next);
            }
            for (const auto& env : envs) {
              holes_owned.push_back(module_subst(*secs["do"], env));
              const Node* b = holes_owned.back().get();
              std::vector<const Node*> inner;
              if (b->kind == NK::Block)
                for (const auto& k : b->kids) inner.push_back(k.get());
              else
                inner.push_back(b);
              walk(inner, describe, dline);
            }
            continue;
          }
          if ((s->name == "if" || s->name == "unless") && s->do_block) {
            // a module-level if around tests: the branch its condition picks when the
            // module compiles, walked as if written in its place
            size_t nargs;
            auto secs = sections(*s, nargs);
            Term v;
            if (nargs == 1 && module_condition(*s->kids[0], v, [&](const Node& n, Term& o) {
                  return constant(n, o);
                })) {
              bool truthy = !v.is_atom(atoms::false_) && !v.is_atom(atoms::nil);
              if (s->name == "unless") truthy = !truthy;
              const char* pick = truthy ? "do" : "else";
              if (secs.count(pick)) {
                const Node* b = secs[pick];
                std::vector<const Node*> inner;
                if (b->kind == NK::Block)
                  for (const auto& k : b->kids) inner.push_back(k.get());
                else
                  inner.push_back(b);
                walk(inner, describe, dline);
              }
              continue;
            }
          }
          if (s->name == "setup") {
            callback(*s, describe.empty() ? setups : describe_setups, "setup");
            continue;
          }
          if (s->name == "setup_all") {
            if (!describe.empty())
              error(*s,
                    "cannot invoke setup_all/1,2 inside describe as setup_all always "
                    "applies to all tests in a module");
            callback(*s, setup_alls, "setup_all");
            continue;
          }
          out.push_back(s);
        }
        if (!describe.empty())
          for (size_t i = first_test; i < tests.size(); ++i) {
            tests[i].describe_tags = describe_tags;
            tests[i].setups = describe_setups;
          }
      };
  walk(stmts, "", 0);

  // def __ex_unit__(:info): what the runner needs, the tags as the user wrote them
  std::vector<const Node*> holes;
  auto hole = [&](const Node* n) {
    holes.push_back(n);
    return "__" + std::to_string(holes.size() - 1) + "__";
  };
  auto list_of = [&](const std::vector<const Node*>& ns) {
    std::string s = "[";
    for (size_t i = 0; i < ns.size(); ++i) s += (i ? ", " : "") + hole(ns[i]);
    return s + "]";
  };
  auto names_of = [&](const std::vector<std::string>& ns) {
    std::string s = "[";
    for (size_t i = 0; i < ns.size(); ++i) s += (i ? ", " : "") + atom_src(ns[i]);
    return s + "]";
  };
  std::string src = "def __ex_unit__(:info) do\n  %{async: ";
  src += use_opts ? "Keyword.get(" + hole(use_opts) + ", :async, false)" : "false";
  src += ", file: " + quoted(opts_.file) + ", moduletags: " + list_of(module_tags) +
         ", setup: " + names_of(setups) + ", setup_all: " + names_of(setup_alls) + ", tests: [";
  for (size_t i = 0; i < tests.size(); ++i) {
    const TestDef& t = tests[i];
    src += std::string(i ? ", " : "") + "%{name: " + atom_src(t.name) +
           ", line: " + std::to_string(t.line) +
           ", describe: " + (t.describe.empty() ? "nil" : quoted(t.describe)) +
           ", describe_line: " + (t.describe.empty() ? "nil" : std::to_string(t.describe_line)) +
           ", tags: " + list_of(t.tags) + ", describetags: " + list_of(t.describe_tags) +
           ", setup: " + names_of(t.setups) +
           ", not_implemented: " + (t.not_implemented ? "true" : "false") +
           ", test_type: " + (t.doctest ? ":doctest" : ":test") + "}";
  }
  src += "]}\nend";
  // first in the body, so that its last statement stays the user's (defmodule's value)
  owned.push_back(tmpl(src, holes, 0));
  out.insert(out.begin(), owned.back().get());
  // registered where the module's body runs, as ExUnit.Case does after compiling it
  owned.push_back(tmpl("ExUnit.Server.__register__(__MODULE__)", {}, 0));
  out.insert(out.begin(), owned.back().get());
  return out;
}

}  // namespace taskplay::lang::detail
