#pragma once
// The syntax tree of the shell's language. One node type; `kind` says which
// fields mean what. Calls keep Elixir's generic shape (`if`, `case`, `def`,
// `defmodule` are calls whose last argument may be a do-block), so the parser
// knows no special forms; the compiler gives them their meaning.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay::lang {

struct Node;
using NodeP = std::unique_ptr<Node>;

enum class NK : uint8_t {
  Literal,     // value: an integer, float, atom or string
  Interp,      // "a#{x}b": kids are Literal strings and expressions
  Var,         // name (a variable, or a call to a local function of arity 0)
  Alias,       // name: "MyApp.MyTask"; value: the atom Elixir.MyApp.MyTask
  Tuple,       // kids
  List,        // kids; `has_tail`: the last kid is the tail ([a, b | t])
  Map,         // kids: Tuple(key, value) pairs; `extra`: the map updated (%{m | k: v})
  Struct,      // name: the struct's alias; kids and extra as for Map
  Binary,      // name: the operator; kids: left, right
  Unary,       // name: - + ! not ^ ; kids: operand
  Match,       // kids: pattern, expression
  Call,        // name: the local function; kids: arguments; `do_block` if any
               // (`unquote(e)(args)` in a quote: name "unquote", body: e)
  Remote,      // extra: the module expression; name: the function; kids: arguments
  Field,       // extra: the expression; name: the key (map.key, or a remote call with no args)
  DotCall,     // extra: the fun expression; kids: arguments  (f.(x))
  Access,      // kids: container, key  (m[k])
  Fn,          // kids: Clause nodes
  Clause,      // kids: the patterns; guard (or null); body (a Block)
  Clauses,     // kids: Clause nodes (the body of a case/receive/cond section)
  Block,       // kids: expressions
  DoBlock,     // kids: Section nodes
  Section,     // name: do / else / after / rescue / catch; extra: a Block or Clauses
  Capture,     // &Mod.fun/arity or &fun/arity: extra: module (or null), name, value: arity
  CaptureArg,  // &1: value: the index
  Attr,        // @name (extra: null) or @name value (extra: the value)
  Bin,         // <<a, b::16, rest::binary>>: kids are the segments (a `::` Binary node when
               // typed); in a `for`, one segment may be a generator (`<<c <- str>>`)
  Sigil,       // ~w(a b)a: name: the letter and the opening delimiter ("w("); value: the
               // modifiers (a string); kids: the text
               // as written (Literal strings) and interpolated expressions
};

struct Node {
  NK kind;
  uint32_t line = 0;
  uint32_t col = 0;
  std::string name;
  Term value;
  std::vector<NodeP> kids;
  NodeP extra;
  NodeP guard;
  NodeP body;
  NodeP do_block;
  bool has_tail = false;
  bool parens = false;        // a call written with parentheses
  bool ambiguous_op = false;  // `x -1`: a call of x unless x is a variable
  bool piped = false;         // `a |> f(b)`, read as f(a, b): quote gives the pipe back
  uint32_t height = 1;        // of the tree below; the parser bounds it (no deep recursion)

  Node(NK k, uint32_t l, uint32_t c) : kind(k), line(l), col(c) {}
};

inline NodeP make_node(NK k, uint32_t line, uint32_t col) {
  return std::make_unique<Node>(k, line, col);
}

// A deep copy (for code the compiler generates around user code: for, with, use).
NodeP clone(const Node& n);

// Code the compiler generates, written as an Elixir template: its single expression (or
// block), with `__0__`, `__1__`, ... replaced by clones of holes[0], holes[1], ..., and every
// generated node at `line` (ExUnit's macros, what `use GenServer` injects).
NodeP tmpl(const std::string& source, const std::vector<const Node*>& holes, uint32_t line);

// The source form of a node as Macro.to_string/1 prints it (macro_string.cpp): for
// messages that quote code (`Fib.of(n - 1)`, ExUnit's `code: assert x == 1`).
std::string to_source(const Node& n);

}  // namespace taskplay::lang
