#pragma once
// Two texts compared line by line, as `diff` does: the explorer's report
// (`taskplay explore --outputs`) and the Explore panel both show an outcome's output against
// the default schedule's this way.
#include <cstdint>
#include <string>
#include <vector>

namespace taskplay {

// "a\nb\n" -> {"a", "b"}; a last line without its newline counts too.
std::vector<std::string> lines_of(const std::string& s);

struct DiffLine {
  enum class Kind : uint8_t { same, removed, added };
  Kind kind;
  std::string text;
  bool operator==(const DiffLine&) const = default;
};
// The lines of `b` against those of `a` (a longest common subsequence): what both print,
// what only `a` prints (removed), what only `b` prints (added).
std::vector<DiffLine> diff_lines(const std::string& a, const std::string& b);

}  // namespace taskplay
