// Code as data at run time: Macro.to_string/1, Macro.escape/1, Code.eval_string/1,2 and
// Code.eval_quoted/1,2 (the code compiled then, as the shell compiles an input: the binding's
// variables in, {value, binding} out).

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/lexer.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/quote.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/lang/vm.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/runtime.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view M = "Elixir.Macro";
constexpr std::string_view C = "Elixir.Code";

Term compile_error(const std::string& message, uint32_t line) {
  return make_struct(Atom("Elixir.CompileError"),
                     {{Term(atoms::__exception__), Term(atoms::true_)},
                      {Term::atom("description"), Term::string(message)},
                      {Term::atom("file"), Term::string("nofile")},
                      {Term::atom("line"), Term::integer(line)}});
}

// What Code.eval_string/Code.string_to_quoted! raise for a compile error: a CompileError, or
// the exception a macro's expansion raised (defstruct twice: ArgumentError)
Term compile_failure(const CompileError& e) {
  if (e.kind.empty()) return compile_error(e.message, e.line);
  return exception_struct(Atom("Elixir." + e.kind), e.message);
}

// ...and for a syntax error: a TokenMissingError when the input ended too soon, else a
// SyntaxError, with the offending line as its snippet (%{content: line, offset: col - 1})
Term syntax_error_term(const SyntaxError& e, std::string_view source) {
  const bool missing = e.incomplete && (e.message.rfind("missing terminator", 0) == 0 ||
                                        e.message == "syntax error: expression is incomplete");
  size_t start = 0;
  for (uint32_t l = 1; l < e.line && start != std::string_view::npos; ++l) {
    start = source.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  Term snippet;  // nil
  if (start != std::string_view::npos && start <= source.size()) {
    size_t end = source.find('\n', start);
    std::string_view text = source.substr(start, end == std::string_view::npos ? end : end - start);
    snippet = Term::map({{Term::atom("content"), Term::string(text)},
                         {Term::atom("offset"), Term::integer(e.col > 0 ? e.col - 1 : 0)}});
  }
  return make_struct(Atom(missing ? "Elixir.TokenMissingError" : "Elixir.SyntaxError"),
                     {{Term(atoms::__exception__), Term(atoms::true_)},
                      {Term::atom("description"), Term::string(e.message)},
                      {Term::atom("file"), Term::string("nofile")},
                      {Term::atom("line"), Term::integer(e.line)},
                      {Term::atom("column"), Term::integer(e.col)},
                      {Term::atom("snippet"), snippet}});
}

NodeP tree_of(const Term& ast) {
  try {
    return ast_to_node(ast, true, 1);
  } catch (const BadQuote& e) {
    raise_argument_error("invalid quoted expression: " + inspect(e.term));
  }
}

Term to_string1(Ctx&, Term* a) {
  NodeP n;
  try {
    n = ast_to_node(a[0], false, 0);
  } catch (const BadQuote& e) {
    raise_argument_error("invalid quoted expression: " + inspect(e.term));
  }
  return Term::string(to_source(*n));
}

Term escape1(Ctx&, Term* a) { return escape_term(a[0]); }

// The term a quote builder (quote_builder, no unquotes in it) stands for
Term built(const Node& n) {
  switch (n.kind) {
    case NK::Literal:
      return n.value;
    case NK::Tuple:
    case NK::List: {
      std::vector<Term> items;
      for (const auto& k : n.kids) items.push_back(built(*k));
      if (n.kind == NK::Tuple) return Term::tuple(items);
      if (n.has_tail) {
        Term tail = items.back();
        items.pop_back();
        return Term::list(items, tail);
      }
      return Term::list(items);
    }
    default:
      throw BadQuote("not a constant", Term());
  }
}

// Code.string_to_quoted/1,2: the code's quoted form as Elixir's parser gives it ([line: n]
// metadata, variables of context nil; several expressions a __block__), or
// {:error, {meta, message, token}}; the ! forms raise the SyntaxError
Term quoted_of(const std::string& source, bool raising) {
  NodeP tree;
  try {
    tree = parse(source);
  } catch (const SyntaxError& e) {
    if (raising) raise(syntax_error_term(e, source));
    std::string message = e.message, token;
    const std::string before = "syntax error before: ";
    if (message.rfind(before, 0) == 0) {
      token = message.substr(before.size());
      token = token.substr(0, token.find(". \""));  // a reserved word's explanation
      message = before;
    }
    if (message == "syntax error: expression is incomplete") message = before;
    Term meta = Term::list({Term::tuple({Term::atom("line"), Term::integer(e.line)}),
                            Term::tuple({Term::atom("column"), Term::integer(e.col)})});
    return Term::tuple(
        {Term::atom("error"), Term::tuple({meta, Term::string(message), Term::string(token)})});
  }
  QuoteOpts q;
  q.caller = true;
  q.unquote = false;
  Term quoted;
  try {
    if (tree->kids.size() == 1) {
      quoted = built(*quote_builder(*tree->kids[0], q));
    } else {
      std::vector<Term> exprs;
      for (const auto& k : tree->kids) exprs.push_back(built(*quote_builder(*k, q)));
      quoted = Term::tuple({Term::atom("__block__"), Term(), Term::list(exprs)});
    }
  } catch (const BadQuote& e) {
    raise_argument_error(e.what());
  }
  return raising ? quoted : Term::tuple({Term::atom("ok"), quoted});
}
std::string code_string(const Term& code) {
  std::string s;
  if (code.is_binary()) return std::string(code.binary());
  if (!code.is_list() || !to_string_term(code, s))
    raise_argument_error("expected a string of code");
  return s;
}
Term string_to_quoted1(Ctx&, Term* a) { return quoted_of(code_string(a[0]), false); }
// Macro.unescape_string/1: the escapes of a double-quoted string resolved ("\\n" is "\n")
Term unescape_string1(Ctx&, Term* a) {
  if (!a[0].is_binary()) no_clause("Elixir.Macro", "unescape_string", {a[0]});
  try {
    return Term::string(unescape(a[0].binary(), false, 0, 0));
  } catch (const SyntaxError& e) {
    raise_argument_error(e.message);
  }
}
Term string_to_quoted_bang1(Ctx&, Term* a) { return quoted_of(code_string(a[0]), true); }

// A binding's key: `x`, or {x, Context} for a variable a quote made
std::string binding_name(const Term& key) {
  if (key.is_atom()) return key.atom_value().name();
  if (key.is_tuple(2) && key[0].is_atom() && key[1].is_atom())
    return hygienic_name(key[0].atom_value().name(), key[1].atom_value());
  raise_argument_error("invalid binding key: " + inspect(key));
}

Term binding_key(const std::string& name) {
  size_t at = name.find('@');
  if (at == std::string::npos) return Term::atom(name);
  return Term::tuple({Term::atom(name.substr(0, at)), Term::atom(name.substr(at + 1))});
}

// Compiles `tree` (or `source` when tree is null) with `binding`'s variables, runs it in the
// calling process and returns {value, binding}.
// `env`, when a map (a __ENV__ given for the options), lends the code its aliases, requires
// and file, as Elixir evaluates code in that environment.
Co<Term> eval(Ctx& ctx, const Node* tree, std::string_view source, Term binding, Term env = {}) {
  CompileOptions o;
  o.file = "nofile";
  o.shell = true;
  std::vector<Atom> required;
  if (env.is_map()) {
    const Term* aliases = env.map_get(Term::atom("aliases"));
    for (const Term& a :
         aliases && aliases->is_list() ? aliases->list_items() : std::vector<Term>{})
      if (a.is_tuple(2) && a[0].is_atom() && a[1].is_atom()) {
        std::string short_name = a[0].atom_value().name(), full = a[1].atom_value().name();
        if (short_name.rfind("Elixir.", 0) == 0 && full.rfind("Elixir.", 0) == 0)
          o.aliases.emplace_back(short_name.substr(7), full.substr(7));
      }
    const Term* reqs = env.map_get(Term::atom("requires"));
    for (const Term& r : reqs && reqs->is_list() ? reqs->list_items() : std::vector<Term>{})
      if (r.is_atom()) required.push_back(r.atom_value());
    o.required = &required;
  }
  std::vector<Term> values;
  if (!binding.is_list()) raise_argument_error("expected a keyword list as binding");
  for (const Term& kv : binding.list_items()) {
    if (!kv.is_tuple(2)) raise_argument_error("expected a keyword list as binding");
    std::string name = binding_name(kv[0]);
    auto known = std::find(o.bindings.begin(), o.bindings.end(), name);
    if (known != o.bindings.end()) continue;  // the first wins, as in a keyword list
    o.bindings.push_back(name);
    values.push_back(kv[1]);
  }
  const Unit* unit = nullptr;
  Term failure;  // raised outside the handler (coroutines: see coro.hpp)
  try {
    unit = tree ? compile_tree(ctx.runtime(), *tree, o) : compile_for(ctx.runtime(), source, o);
  } catch (const SyntaxError& e) {
    failure = syntax_error_term(e, source);
  } catch (const CompileError& e) {
    failure = compile_failure(e);
  }
  if (!unit) raise(failure);
  Term r = co_await Vm::run(ctx, unit->main, values);
  std::vector<Term> pairs;
  auto bound = r[1].tuple_items();
  for (size_t i = 0; i < unit->bindings_out.size() && i < bound.size(); ++i)
    pairs.push_back(Term::tuple({binding_key(unit->bindings_out[i]), bound[i]}));
  // Elixir lists the binding by its keys, the last first
  std::sort(pairs.begin(), pairs.end(),
            [](const Term& x, const Term& y) { return compare(x[0], y[0]) > 0; });
  co_return Term::tuple({r[0], Term::list(pairs)});
}

Co<Term> eval_string(Ctx& ctx, Term code, Term binding, Term env = {}) {
  std::string source = code_string(code);  // a string or a charlist, as Elixir's to_charlist
  co_return co_await eval(ctx, nullptr, source, std::move(binding), std::move(env));
}
Co<Term> eval_string1(Ctx& ctx, std::vector<Term> a) {
  Term code = a[0];
  co_return co_await eval_string(ctx, std::move(code), Term());
}
Co<Term> eval_string2(Ctx& ctx, std::vector<Term> a) {
  Term code = a[0], binding = a[1];
  co_return co_await eval_string(ctx, std::move(code), std::move(binding));
}

// eval_string/3: the options (file:, line:, ...) name where the code comes from; taskplay
// evaluates it alike. A Macro.Env (__ENV__) instead lends its aliases and requires.
Co<Term> eval_string3(Ctx& ctx, std::vector<Term> a) {
  if (!a[2].is_list() && !a[2].is_map()) raise_argument_error("expected a keyword list of options");
  Term code = a[0], binding = a[1], env = a[2];
  co_return co_await eval_string(ctx, std::move(code), std::move(binding), std::move(env));
}

Co<Term> eval_quoted(Ctx& ctx, Term ast, Term binding, Term env = {}) {
  NodeP tree = tree_of(ast);
  NodeP block = make_node(NK::Block, tree->line, 0);
  block->kids.push_back(std::move(tree));
  co_return co_await eval(ctx, block.get(), {}, std::move(binding), std::move(env));
}
Co<Term> eval_quoted1(Ctx& ctx, std::vector<Term> a) {
  Term ast = a[0];
  co_return co_await eval_quoted(ctx, std::move(ast), Term());
}
Co<Term> eval_quoted2(Ctx& ctx, std::vector<Term> a) {
  Term ast = a[0], binding = a[1];
  co_return co_await eval_quoted(ctx, std::move(ast), std::move(binding));
}
Co<Term> eval_quoted3(Ctx& ctx, std::vector<Term> a) {
  if (!a[2].is_list() && !a[2].is_map()) raise_argument_error("expected a keyword list of options");
  Term ast = a[0], binding = a[1], env = a[2];
  co_return co_await eval_quoted(ctx, std::move(ast), std::move(binding), std::move(env));
}

// Code.ensure_loaded/1 and its kin: every module taskplay has is loaded (the program's once
// defined, Elixir's and Erlang's always); any other is {:error, :nofile}, as `elixir` says
bool loaded(Ctx& c, const Term& m) {
  if (!m.is_atom()) no_clause(C, "ensure_loaded", {m});
  Runtime& rt = c.runtime();
  return state(rt).module_defined(m.atom_value()) || rt.modules().has_module(m.atom_value());
}
Term ensure_loaded(Ctx& c, Term* a) {
  if (loaded(c, a[0])) return Term::tuple({Term::atom("module"), a[0]});
  return Term::tuple({Term::atom("error"), Term::atom("nofile")});
}
Term ensure_loaded_q(Ctx& c, Term* a) {
  return Term(loaded(c, a[0]) ? atoms::true_ : atoms::false_);
}
Term ensure_loaded_bang(Ctx& c, Term* a) {
  if (!loaded(c, a[0]))
    raise_argument_error("could not load module " + inspect(a[0]) + " due to reason :nofile");
  return a[0];
}

const Native kCodeNatives[] = {
    {C, "ensure_loaded", 1, ensure_loaded, nullptr},
    {C, "ensure_loaded?", 1, ensure_loaded_q, nullptr},
    {C, "ensure_loaded!", 1, ensure_loaded_bang, nullptr},
    {C, "ensure_compiled", 1, ensure_loaded, nullptr},
    {C, "ensure_compiled!", 1, ensure_loaded_bang, nullptr},
    {M, "to_string", 1, to_string1, nullptr},
    {M, "escape", 1, escape1, nullptr},
    {M, "unescape_string", 1, unescape_string1, nullptr},
    {C, "string_to_quoted", 1, string_to_quoted1, nullptr},
    {C, "string_to_quoted", 2, string_to_quoted1, nullptr},
    {C, "string_to_quoted!", 1, string_to_quoted_bang1, nullptr},
    {C, "string_to_quoted!", 2, string_to_quoted_bang1, nullptr},
    {C, "eval_string", 1, nullptr, eval_string1},
    {C, "eval_string", 2, nullptr, eval_string2},
    {C, "eval_quoted", 1, nullptr, eval_quoted1},
    {C, "eval_quoted", 2, nullptr, eval_quoted2},
    {C, "eval_string", 3, nullptr, eval_string3},
    {C, "eval_quoted", 3, nullptr, eval_quoted3},
};

}  // namespace

std::span<const Native> code_natives() { return kCodeNatives; }

}  // namespace taskplay::lang
