#pragma once
// Code as data: the syntax tree (ast.hpp) to Elixir's quoted form (the terms `quote`
// returns: `{:+, [context: Elixir, imports: [{1, Kernel}, {2, Kernel}]], [1, 2]}`) and
// back (what a macro returns, Code.eval_quoted/2, Macro.to_string/1).

#include <stdexcept>
#include <string>

#include "taskplay/lang/ast.hpp"

namespace taskplay::lang {

struct QuoteOpts {
  // `quote` in code: variables and Kernel's imports carry this context (Elixir, or the
  // module being compiled). Caller code handed to a macro (`caller`) has [line: n] metadata
  // and variables of context nil instead.
  Term context = Term::atom("Elixir");
  bool caller = false;
  std::string keep_file;  // quote location: :keep: [keep: {file, line}] on each call
  bool unquote = true;    // unquote/unquote_splicing take their expression's value
  int64_t line = -1;      // quote line: n: [line: n] first in every node's metadata
};

// A tree of Literal, Tuple and List nodes that builds the quoted form of `n`, with the
// expressions of unquote/unquote_splicing in it: compiled, it makes the term `quote` returns;
// without unquotes it is a constant.
NodeP quote_builder(const Node& n, const QuoteOpts& q);

// The code a quoted term stands for. With `hygienic`, a variable of a context other than nil
// (made by a macro's quote) gets a name of its own, so it neither sees nor binds the caller's
// variable of the same name. `line` is the line of nodes whose metadata has none. Throws
// BadQuote for a term that is not valid quoted code.
struct BadQuote : std::runtime_error {
  explicit BadQuote(const std::string& m, Term t) : std::runtime_error(m), term(std::move(t)) {}
  Term term;
};
NodeP ast_to_node(const Term& ast, bool hygienic, uint32_t line);

// Macro.escape/1: the quoted form of a value (tuples other than pairs as {:{}, [], items},
// maps as {:%{}, [], pairs}).
Term escape_term(const Term& v);

// Whether Kernel (Elixir 1.14) defines name/arity: a call of it goes to Kernel's import
// before a macro of the calling module (Elixir's dispatch: imports, then locals).
bool is_kernel_import(const std::string& name, uint32_t arity);

// The name a hygienic variable gets (ast_to_node): `x` of context M.
std::string hygienic_name(const std::string& name, Atom context);

}  // namespace taskplay::lang
