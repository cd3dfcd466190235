// libFuzzer target: the language's lexer, parser and compiler on arbitrary
// bytes. Every input must end in a tree and code, or a SyntaxError or
// CompileError: no crash, no hang, no leak, no stack overflow.
//
//   scripts/fuzz [SECONDS]   builds this with clang++ -fsanitize=fuzzer,address and runs it
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace taskplay::lang;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    NodeP tree = parse(source);
    CompileOptions opts;
    opts.file = "fuzz.exs";
    opts.shell = size % 2 == 0;  // both the script and the shell's way of compiling
    if (opts.shell) opts.bindings = {"x", "y"};
    compile(*tree, opts);
  } catch (const SyntaxError&) {
  } catch (const CompileError&) {
  }
  return 0;
}
