#pragma once
// ExUnit, as Elixir 1.14 runs it: ExUnit.start/configure/run, the server that collects
// test modules, the runner (a process per module for setup_all, a process per test,
// timeouts, on_exit), the assertions' failure reports and the CLI formatter's output
// (dots, numbered failures, "Finished in", "N tests, N failures", "Randomized with seed").
// The runtime half is written in the language itself (ex_unit.cpp); the macros (test,
// describe, setup, assert, ...) are expanded by the compiler (compile_exunit.cpp).

#include <span>

#include "taskplay/lang/bytecode.hpp"
#include "taskplay/lang/natives.hpp"

namespace taskplay::lang {

// The compiled ExUnit library (once per program, like the prelude).
const Unit& ex_unit();

// ExUnit's helpers written in C++ (the source line of a stack frame, ...).
std::span<const Native> ex_unit_natives();

}  // namespace taskplay::lang
