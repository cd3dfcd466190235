#pragma once
// Modules: named functions callable by module, name and arity, as
// `apply(Fib, :of, [20])` and `Task.async(Fib, :of, [20])` need. Native
// modules (the workloads' Fib) and modules compiled by the shell's language
// (`defmodule`) register here; one registry per Runtime.

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

class Ctx;

class Modules {
 public:
  // Define (or redefine) module.fun/arity as `fun` (a fun term of that arity).
  void define(Atom module, Atom function, uint32_t arity, Term fun);
  // nullptr when undefined.
  const Term* find(Atom module, Atom function, uint32_t arity) const;
  bool has_module(Atom module) const;
  // Every exported function of a module, as {name, arity} pairs, sorted.
  std::vector<std::pair<Atom, uint32_t>> functions(Atom module) const;

 private:
  static uint64_t key(Atom f, uint32_t arity) { return (uint64_t{f.id()} << 32) | arity; }
  std::unordered_map<uint32_t, std::unordered_map<uint64_t, Term>> modules_;
};

// Kernel.apply/3: calls module.function(args...). An undefined function
// raises UndefinedFunctionError with Elixir's message.
Co<Term> apply(Ctx& ctx, Atom module, Atom function, std::vector<Term> args);

// %UndefinedFunctionError{} for module.function/arity, as Elixir 1.14 builds it.
Term undefined_function_error(Atom module, Atom function, uint32_t arity, bool module_exists);

}  // namespace taskplay
