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
#include <utility>
#include <vector>

#include "taskplay/lang/ast.hpp"
#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

// Elixir's CompileError: `** (CompileError) iex:2: undefined function foo/1 ...`, or an
// exception a macro raised while the code was compiled (`kind` names it: a bad ~r is
// `** (Regex.CompileError) missing ) at position 2`, with `frames` as Elixir's trace shows
// them above the line's "(file)" frame).
struct CompileError {
  CompileError(std::string m, uint32_t l, std::string k = {}, std::string f = {})
      : message(std::move(m)), line(l), kind(std::move(k)), frames(std::move(f)) {}
  std::string message;
  uint32_t line = 0;
  std::string kind;    // empty: CompileError
  std::string frames;  // "    (elixir 1.14.0) lib/regex.ex:231: Regex.compile!/2\n..."
  std::string where;   // the last frame's place: "(file)" when empty, "(module)", "M.f/0"
};

struct CompileOptions {
  std::string file = "nofile";
  std::vector<std::string> bindings;  // the shell's variables, in order
  // `require M` at the top level, carried from one shell input to the next as iex does:
  // read when compiling starts, and the input's own top-level requires are added to it.
  std::vector<Atom>* required = nullptr;
  bool shell = false;  // main returns {value, bindings}
  // aliases in force from the start (Code.eval_string's __ENV__): short name, full name
  std::vector<std::pair<std::string, std::string>> aliases;
  // A project's lib/ file (taskplay test): its modules keep their docs, as a compiled
  // module's BEAM file does; a script's modules have none (Elixir's doctest then fails).
  bool docs = false;
  // ...and of this application ("app 0.1.0", from mix.exs): stack frames name it.
  std::string application;
  // The documented module of that name defined so far in the runtime, or null (doctest).
  std::function<const ModuleDef*(Atom)> documented;
  // Runs a macro while the program compiles: `fn` (its module's "MACRO-name" function) with
  // the caller's environment and the quoted arguments, the `modules` the program has compiled
  // so far defined first (the one being compiled with the functions compiled so far), so that
  // the macro can call their functions as an .exs can once it has reached their defmodule. Returns
  // what the macro returned; throws CompileError if it raised (`macro` names it: "My.unless/2",
  // `line` is the call's). compile_for sets it; unset, macros cannot be expanded. With `printed`,
  // what the macro writes to stdout is kept there instead (the compiler prints it where Elixir's
  // expansion would, MacroOutput).
  std::function<Term(const std::vector<const ModuleDef*>& modules, const Proto* fn,
                     std::vector<Term> args, uint32_t line, const std::string& macro,
                     std::string* printed)>
      run_macro;
};

// Throws CompileError.
std::unique_ptr<Unit> compile(const Node& program, const CompileOptions& opts);

}  // namespace taskplay::lang
