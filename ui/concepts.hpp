#pragma once
// Short explanations of the concepts a learner meets, shown on hover wherever the
// concept appears (a column, a toggle, an edge of the graph, a restart type), and all
// together in the help overlay. Each says what real Elixir does (docs/semantics.md).
#include <cstdint>
#include <string_view>

namespace taskplay::ui {

enum class Concept : uint8_t {
  process,
  shell,
  link,
  monitor,
  trap_exit,
  exit_signal,
  exit_reason,
  down,
  mailbox,
  reductions,
  task_owner,
  await,
  yield,
  shutdown,
  brutal_kill,
  kill,
  restart_permanent,
  restart_transient,
  restart_temporary,
  one_for_one,
  one_for_all,
  rest_for_one,
  intensity,
  supervision,
  schedule,
  outcome,
  count_
};

struct ConceptText {
  const char* title;
  const char* text;
};
const ConceptText& concept_text(Concept c);

// The concept's explanation as a tooltip, now.
void concept_tooltip(Concept c);
// A tooltip with the concept's explanation when the last item is hovered.
void explain_last_item(Concept c);
// A small "(?)" that explains the concept on hover (and on tap, for touch screens).
void help_marker(Concept c);

}  // namespace taskplay::ui
