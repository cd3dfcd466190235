#pragma once
// The conformance corpus inside the test program (tests/embed_corpus.cmake): every
// tests/conformance/<topic>/*.exs as {file, source}.

#include <string_view>
#include <utility>
#include <vector>

namespace taskplay::test {

extern const std::vector<std::pair<const char*, const char*>> kConformancePrograms;

// A program that reads or changes the host (its files, its environment variables): run
// twice natively, the second run finds what the first left (a file's new times, a variable
// it set), so the runs differ for reasons outside taskplay. Tests that run a program twice
// and compare (replay, the default schedule) leave these out.
inline bool uses_host(std::string_view source) {
  for (std::string_view s : {"File.", ":file.", "System.put_env", "System.delete_env", ":os.putenv",
                             ":os.unsetenv", "System.tmp_dir"})
    if (source.find(s) != std::string_view::npos) return true;
  return false;
}

// A program that needs what only `taskplay run` gives it: a 1 GB native stack (terms nested
// 100,000 deep compared and sent) and seconds of work (a recursion 3 million calls deep).
// Tests that run every program inside the test binary, on its own stack (8 MB natively,
// 1 MB as wasm), leave these out; scripts/conformance runs them.
inline bool needs_cli(std::string_view file) {
  for (std::string_view s : {"lang/deep_terms_compared.exs", "lang/deep_recursion.exs"})
    if (file == s) return true;
  return false;
}

}  // namespace taskplay::test
