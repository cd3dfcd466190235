#pragma once
// The compiler: a syntax tree to a Unit of register-machine code (bytecode.hpp).
//
// A script compiles to one Unit whose `main` takes no arguments. A shell
// input compiles with the names of the variables already bound: `main` takes
// their values as arguments and returns {value, {v1, v2, ...}} with the
// variables bound afterwards (listed in Unit::bindings_out), so the shell
// keeps its bindings between inputs as iex does.

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "taskplay/lang/ast.hpp"
#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

// Elixir's CompileError: `** (CompileError) iex:2: undefined function foo/1 ...`
struct CompileError {
  std::string message;
  uint32_t line = 0;
};

struct CompileOptions {
  std::string file = "nofile";
  std::vector<std::string> bindings;  // the shell's variables, in order
  // `require M` at the top level, carried from one shell input to the next as iex does:
  // read when compiling starts, and the input's own top-level requires are added to it.
  std::vector<Atom>* required = nullptr;
  bool shell = false;  // main returns {value, bindings}
  // A project's lib/ file (taskplay test): its modules keep their docs, as a compiled
  // module's BEAM file does; a script's modules have none (Elixir's doctest then fails).
  bool docs = false;
  // ...and of this application ("app 0.1.0", from mix.exs): stack frames name it.
  std::string application;
  // The documented module of that name defined so far in the runtime, or null (doctest).
  std::function<const ModuleDef*(Atom)> documented;
};

// Throws CompileError.
std::unique_ptr<Unit> compile(const Node& program, const CompileOptions& opts);

}  // namespace taskplay::lang
