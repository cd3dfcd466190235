#include "taskplay/line_diff.hpp"

#include <algorithm>

namespace taskplay {

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> v;
  size_t at = 0;
  while (at < s.size()) {
    size_t nl = s.find('\n', at);
    if (nl == std::string::npos) nl = s.size();
    v.push_back(s.substr(at, nl - at));
    at = nl + 1;
  }
  return v;
}

std::vector<DiffLine> diff_lines(const std::string& a, const std::string& b) {
  const auto x = lines_of(a), y = lines_of(b);
  const size_t n = x.size(), m = y.size();
  // l[i][k]: the length of the longest common subsequence of x[i..] and y[k..]
  std::vector<std::vector<uint32_t>> l(n + 1, std::vector<uint32_t>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t k = m; k-- > 0;)
      l[i][k] = x[i] == y[k] ? l[i + 1][k + 1] + 1 : std::max(l[i + 1][k], l[i][k + 1]);
  std::vector<DiffLine> out;
  size_t i = 0, k = 0;
  while (i < n || k < m) {
    if (i < n && k < m && x[i] == y[k]) {
      out.push_back({DiffLine::Kind::same, x[i++]});
      ++k;
    } else if (i < n && (k == m || l[i + 1][k] >= l[i][k + 1])) {
      out.push_back({DiffLine::Kind::removed, x[i++]});
    } else {
      out.push_back({DiffLine::Kind::added, y[k++]});
    }
  }
  return out;
}

}  // namespace taskplay
