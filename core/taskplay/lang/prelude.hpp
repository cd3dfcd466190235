#pragma once
// The prelude: library functions that take funs (Enum.map/2, Map.update/4,
// Kernel.then/2, ...) written in the language itself, so they are preempted,
// counted and traced like user code. Compiled once per program and shared by
// every runtime (compiled code does not depend on a runtime).

#include <cstdint>
#include <string>
#include <string_view>

#include "taskplay/lang/bytecode.hpp"

namespace taskplay::lang {

inline constexpr std::string_view kPreludeFile = "prelude";

const Unit& prelude();

// Is Kernel.name/arity defined by the prelude (so a local call imports it)?
bool prelude_kernel_has(const std::string& name, uint32_t arity);

}  // namespace taskplay::lang
