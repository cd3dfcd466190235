// Export (Timeline panel, "Export" tab): the trace as JSON lines, and the sequence
// diagram as the Mermaid text Livebook's Kino renders; each copied or downloaded in one
// click.
#include <string>

#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/sequence.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

Sequence current_sequence(const Session& s, Pid only);  // sequence_view.cpp

void draw_export_view(Frame& f, TimelineView& v) {
  const Trace& trace = f.session.runtime().trace();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("The trace, as JSON lines");
  ImGui::PopFont();
  ImGui::TextDisabled("%zu events, one JSON object per line: seq, time_us, kind, pid, other, data",
                      trace.size());
  // (the text is made only when asked for: the trace holds up to 100,000 events)
  if (button("Copy JSON lines", "export.copy_json"))
    f.actions.copy(trace.to_json_lines(), "the trace");
  ImGui::SameLine();
  if (button("Download trace.jsonl", "export.download_json"))
    f.actions.download("taskplay-trace.jsonl", trace.to_json_lines());

  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("The sequence diagram, as Mermaid");
  ImGui::PopFont();
  const std::string mermaid =
      to_mermaid(current_sequence(f.session, v.only_selected ? f.view.selected : Pid{}));
  ImGui::TextDisabled("paste it in a Livebook Mermaid cell, or on mermaid.live");
  if (button("Copy Mermaid", "export.copy_mermaid")) f.actions.copy(mermaid, "the Mermaid diagram");
  ImGui::SameLine();
  if (button("Download sequence.mmd", "export.download_mermaid"))
    f.actions.download("taskplay-sequence.mmd", mermaid);
  code_block("##mermaid", mermaid,
             std::max(4.0f, ImGui::GetContentRegionAvail().y / ImGui::GetTextLineHeight() - 1.5f));
  mark("export.mermaid");
}

}  // namespace taskplay::ui
