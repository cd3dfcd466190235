#pragma once
// The parser: tokens to a syntax tree (ast.hpp), with Elixir's operator
// precedence, calls with and without parentheses, do-blocks and `->` clauses.
// The grammar is written down in docs/language.md.

#include <string_view>

#include "taskplay/lang/ast.hpp"
#include "taskplay/lang/lexer.hpp"

namespace taskplay::lang {

// Parses a whole program (a script, or what was typed at the shell) into a
// Block. Throws SyntaxError; `incomplete` is set when the input simply ended
// too early (an open `do`, bracket or string), so a shell can ask for more.
NodeP parse(std::string_view source);

// A binary operator's precedence in Elixir's table (higher binds tighter) and whether it
// is right-associative; 1000 for anything that is not a binary operator.
int operator_precedence(std::string_view op, bool* right = nullptr);

// Deeper trees are refused with a SyntaxError: the compiler recurses over
// the tree, and the native stack (a wasm stack especially) is small.
inline constexpr uint32_t kMaxTreeHeight = 256;

}  // namespace taskplay::lang
