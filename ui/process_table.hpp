#pragma once
// The Processes table's rows, built without Dear ImGui: which processes it lists (the
// exited ones too, unless left out), those a filter's words match, in the order a column
// sorts them. The rows are indices into the observer's records, so the table draws only
// the rows on screen (a clipper) however many there are; the panel rebuilds them when the
// query or the run changed (ui/panels/processes_panel.cpp says how often).
//
// At a million processes a rebuild reads every record once (and sorts, if asked): tens of
// milliseconds, never per frame. The default query (spawn order, exited shown, no filter)
// needs no rows at all: row i is record i.
#include <cstdint>
#include <string>
#include <vector>

#include "ui/run.hpp"

namespace taskplay::ui {

struct ProcessQuery {
  enum class Sort : uint8_t { spawned, kind, state, reductions, mailbox };
  std::string filter;  // words every row must contain (any case), in its pid, kind, name or state
  Sort sort = Sort::spawned;
  bool descending = false;
  bool show_exited = true;
  bool operator==(const ProcessQuery&) const = default;
  // Row i is record i: nothing to build.
  bool is_identity() const {
    return filter.empty() && sort == Sort::spawned && !descending && show_exited;
  }
};

// The rows for `q`, as indices into run.observer().processes().
std::vector<uint32_t> process_rows(const Run& run, const ProcessQuery& q);

// A process's state in the table's words: "waiting (receive)", "runnable", "exited: ...".
std::string process_state_words(const Process* p, const ProcessRecord& r);

}  // namespace taskplay::ui
