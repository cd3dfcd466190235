// The Processes panel: every process (the dead ones too, with their reason, until
// cleared), as :observer's process table shows them.
#include <string>
#include <vector>

#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/server_view.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

std::string pids(const std::vector<Pid>& list) {
  std::string s;
  for (size_t i = 0; i < list.size() && i < 4; ++i) {
    if (i) s += ' ';
    s += pid_short(list[i]);
  }
  if (list.size() > 4) s += " +" + std::to_string(list.size() - 4);
  return s;
}

void header_tip(const char* name, Concept c) {
  ImGui::TableHeader(name);
  explain_last_item(c);
}

}  // namespace

void draw_processes_panel(Frame& f, ProcessesView& v) {
  const Session& s = f.session;
  const Runtime& rt = s.runtime();
  const Palette& pal = palette();
  const auto& records = s.observer().processes();

  size_t alive = 0;
  for (const ProcessRecord& r : records) alive += r.alive;
  ImGui::Text("%zu alive", alive);
  ImGui::SameLine();
  ImGui::TextDisabled("%zu exited", records.size() - alive);
  ImGui::SameLine();
  ImGui::Checkbox("show exited", &v.show_dead);
  mark("processes.show_dead");
  ImGui::SameLine();
  if (button("Clear exited", "processes.clear")) f.actions.clear_dead();

  std::vector<size_t> rows;
  rows.reserve(records.size());
  for (size_t i = 0; i < records.size(); ++i)
    if (v.show_dead || records[i].alive) rows.push_back(i);

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("processes", 10, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("pid", ImGuiTableColumnFlags_WidthFixed, em * 7.5f);
  ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, em * 7);
  ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, em * 11);
  ImGui::TableSetupColumn("server state", ImGuiTableColumnFlags_WidthFixed, em * 9);
  ImGui::TableSetupColumn("reductions", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
  ImGui::TableSetupColumn("mailbox", ImGuiTableColumnFlags_WidthFixed, em * 4);
  ImGui::TableSetupColumn("links", ImGuiTableColumnFlags_WidthFixed, em * 9);
  ImGui::TableSetupColumn("monitors", ImGuiTableColumnFlags_WidthFixed, em * 8);
  ImGui::TableSetupColumn("trap_exit", ImGuiTableColumnFlags_WidthFixed, em * 4);
  ImGui::TableSetupColumn("parent", ImGuiTableColumnFlags_WidthFixed, em * 5);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableSetColumnIndex(0);
  header_tip("pid", Concept::process);
  ImGui::TableSetColumnIndex(1);
  ImGui::TableHeader("what");
  ImGui::TableSetColumnIndex(2);
  header_tip("state", Concept::exit_reason);
  ImGui::TableSetColumnIndex(3);
  ImGui::TableHeader("server state");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("A GenServer's or an Agent's state: what :sys.get_state/1 answers");
  ImGui::TableSetColumnIndex(4);
  header_tip("reductions", Concept::reductions);
  ImGui::TableSetColumnIndex(5);
  header_tip("mailbox", Concept::mailbox);
  ImGui::TableSetColumnIndex(6);
  header_tip("links", Concept::link);
  ImGui::TableSetColumnIndex(7);
  header_tip("monitors", Concept::monitor);
  ImGui::TableSetColumnIndex(8);
  header_tip("trap_exit", Concept::trap_exit);
  ImGui::TableSetColumnIndex(9);
  ImGui::TableHeader("parent");

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const ProcessRecord& r = records[rows[static_cast<size_t>(row)]];
      const Process* p = r.alive ? rt.find(r.pid) : nullptr;
      ImGui::PushID(row);
      ImGui::TableNextRow();
      if (!r.alive) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.dead));

      ImGui::TableSetColumnIndex(0);
      const std::string pid = inspect(Term(r.pid));
      const bool selected = f.view.selected == r.pid;
      if (ImGui::Selectable(pid.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
        f.view.selected = selected ? Pid{} : r.pid;
      }
      if (ImGui::IsItemHovered()) f.view.hovered = r.pid;
      mark("processes.row." + pid_short(r.pid));

      ImGui::TableSetColumnIndex(1);
      const std::string kind = process_kind(s, r.pid);
      if (r.alive)
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kind_colour(kind)));
      if (r.name != atoms::nil) {
        ImGui::Text("%s %s", kind.c_str(), inspect_atom(r.name).c_str());
      } else {
        ImGui::TextUnformatted(kind.c_str());
      }
      if (r.alive) ImGui::PopStyleColor();

      ImGui::TableSetColumnIndex(2);
      if (p) {
        std::string st = state_name(p->state);
        if (p->state == ProcessState::waiting) st += " (receive)";
        ImGui::TextUnformatted(st.c_str());
      } else if (!r.alive) {
        const std::string reason = inspect(r.reason, InspectOpts{6, 80});
        ImGui::Text("exited: %s", short_text(reason, 70).c_str());
        if (ImGui::IsItemHovered()) {
          ImGui::BeginTooltip();
          ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
          ImGui::TextUnformatted(inspect(r.reason).c_str());
          ImGui::PopTextWrapPos();
          ImGui::EndTooltip();
        }
      }
      ImGui::TableSetColumnIndex(3);
      if (p) {
        const std::string state = server_state_text(*p, 8);
        if (!state.empty()) {
          ImGui::TextUnformatted(short_text(state, 24).c_str());
          mark("processes.server_state." + pid_short(r.pid));
          if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(server_state_text(*p, 50).c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
          }
        }
      }
      ImGui::TableSetColumnIndex(4);
      if (p) ImGui::Text("%llu", static_cast<unsigned long long>(p->reductions));
      ImGui::TableSetColumnIndex(5);
      if (p) ImGui::Text("%zu", p->mailbox.size());
      ImGui::TableSetColumnIndex(6);
      ImGui::TextUnformatted(pids(p ? p->links : r.last_links).c_str());
      ImGui::TableSetColumnIndex(7);
      if (p) {
        std::vector<Pid> watching;
        for (const Monitor& m : p->watching) watching.push_back(m.pid);
        std::string text = pids(watching);
        if (!p->watched_by.empty())
          text += (text.empty() ? "" : " ") + std::string("(watched by ") +
                  std::to_string(p->watched_by.size()) + ")";
        ImGui::TextUnformatted(text.c_str());
      }
      ImGui::TableSetColumnIndex(8);
      if (p) ImGui::TextUnformatted(p->trap_exit ? "true" : "false");
      ImGui::TableSetColumnIndex(9);
      if (r.parent) ImGui::TextUnformatted(pid_short(r.parent).c_str());

      if (!r.alive) ImGui::PopStyleColor();
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace taskplay::ui
