#include "ui/process_table.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "taskplay/inspect.hpp"
#include "ui/process_kind.hpp"

namespace taskplay::ui {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The filter's words, split at spaces (not with a string stream: that alone links the C++
// locale machinery, about 19 KB gzipped, into the page).
std::vector<std::string> words_of(const std::string& filter) {
  std::vector<std::string> words;
  std::string w;
  for (char c : lower(filter) + ' ') {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      w += c;
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  return words;
}

}  // namespace

std::string process_state_words(const Process* p, const ProcessRecord& r) {
  if (p) {
    std::string st = state_name(p->state);
    if (p->state == ProcessState::waiting) st += " (receive)";
    return st;
  }
  if (r.alive) return "";
  // an atom (:normal, as a million exits of a chain are) without building a whole inspect
  return "exited: " +
         (r.reason.is_atom() ? inspect(r.reason) : inspect(r.reason, InspectOpts{6, 80}));
}

std::vector<uint32_t> process_rows(const Run& run, const ProcessQuery& q) {
  const Runtime& rt = run.runtime();
  const Observer& obs = run.observer();
  const auto& records = obs.processes();
  const auto& shells = run.shell().shells();
  const std::vector<std::string> words = words_of(q.filter);
  // One kind's words per label, not one string per row.
  std::unordered_map<uint32_t, std::string> kinds;
  auto kind_of = [&](const ProcessRecord& r) -> const std::string& {
    static const std::string shell = "shell";
    if (std::find(shells.begin(), shells.end(), r.pid) != shells.end()) return shell;
    auto it = kinds.find(r.label.id());
    if (it == kinds.end())
      it = kinds.emplace(r.label.id(), process_kind(rt, obs, shells, r.pid)).first;
    return it->second;
  };

  std::vector<uint32_t> rows;
  rows.reserve(q.show_exited ? records.size() : obs.alive_count());
  std::string text;
  for (size_t i = 0; i < records.size(); ++i) {
    const ProcessRecord& r = records[i];
    if (!q.show_exited && !r.alive) continue;
    if (!words.empty()) {
      const Process* p = r.alive ? rt.find(r.pid) : nullptr;
      text = pid_short(r.pid) + ' ' + kind_of(r) + ' ' +
             (r.name != atoms::nil ? inspect_atom(r.name) + ' ' : std::string()) +
             process_state_words(p, r);
      text = lower(std::move(text));
      bool all = true;
      for (const std::string& w : words) all = all && text.find(w) != std::string::npos;
      if (!all) continue;
    }
    rows.push_back(static_cast<uint32_t>(i));
  }

  // Sorted by a key read once per row; ties stay in spawn order.
  auto sort_by = [&](auto key) {
    using Key = decltype(key(records[0]));
    std::vector<std::pair<Key, uint32_t>> keyed;
    keyed.reserve(rows.size());
    for (uint32_t i : rows) keyed.emplace_back(key(records[i]), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
      return q.descending ? b.first < a.first : a.first < b.first;
    });
    for (size_t k = 0; k < rows.size(); ++k) rows[k] = keyed[k].second;
  };
  auto live = [&](const ProcessRecord& r) { return r.alive ? rt.find(r.pid) : nullptr; };
  switch (q.sort) {
    case ProcessQuery::Sort::spawned:
      if (q.descending) std::reverse(rows.begin(), rows.end());
      break;
    case ProcessQuery::Sort::kind:
      sort_by([&](const ProcessRecord& r) { return std::string_view(kind_of(r)); });
      break;
    case ProcessQuery::Sort::state:
      // alive first (runnable, running, waiting, exiting as the runtime orders them)
      sort_by([&](const ProcessRecord& r) {
        const Process* p = live(r);
        return p ? static_cast<int>(p->state) : 100;
      });
      break;
    case ProcessQuery::Sort::reductions:
      sort_by([&](const ProcessRecord& r) {
        const Process* p = live(r);
        return p ? p->reductions : uint64_t{0};
      });
      break;
    case ProcessQuery::Sort::mailbox:
      sort_by([&](const ProcessRecord& r) {
        const Process* p = live(r);
        return p ? p->mailbox.size() : size_t{0};
      });
      break;
  }
  return rows;
}

}  // namespace taskplay::ui
