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

// The rows for the view's query: rebuilt at once when the query, the run shown or its
// records' indices changed; while the run only moves on (a million spawns), at most twice
// a second, so that the table costs a frame what it draws.
const std::vector<uint32_t>* rows_for(const Session& s, ProcessesView& v, double now) {
  ProcessQuery q;
  q.filter = v.filter;
  q.sort = v.sort;
  q.descending = v.descending;
  q.show_exited = v.show_dead;
  if (q.is_identity()) return nullptr;
  const Observer& obs = s.observer();
  const bool moved = v.built_version != obs.version();
  const bool must =
      !(q == v.built_for) || v.built_from != &obs || v.built_generation != obs.generation();
  if (must || (moved && now - v.built_at >= 0.5)) {
    v.rows = process_rows(s.shown(), q);
    v.built_for = q;
    v.built_from = &obs;
    v.built_version = obs.version();
    v.built_generation = obs.generation();
    v.built_at = now;
  }
  return &v.rows;
}

}  // namespace

void draw_processes_panel(Frame& f, ProcessesView& v) {
  const Session& s = f.session;
  const Runtime& rt = s.runtime();
  const Palette& pal = palette();
  const Observer& obs = s.observer();
  const auto& records = obs.processes();

  ImGui::Text("%s alive", thousands(obs.alive_count()).c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s exited", thousands(obs.exited_count()).c_str());
  ImGui::SameLine();
  ImGui::Checkbox("show exited", &v.show_dead);
  mark("processes.show_dead");
  ImGui::SameLine();
  if (button("Clear exited", "processes.clear")) f.actions.clear_dead();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
  ImGui::InputTextWithHint("##filter", "filter: pid, kind, state", v.filter, sizeof v.filter);
  mark("processes.filter");

  const std::vector<uint32_t>* rows = rows_for(s, v, f.time_s);
  const size_t count = rows ? rows->size() : records.size();
  // (a row index past the records: clear_dead shrank them after the rows were built)
  auto record_of = [&](int row) -> const ProcessRecord* {
    const size_t i = rows ? (*rows)[static_cast<size_t>(row)] : static_cast<size_t>(row);
    return i < records.size() ? &records[i] : nullptr;
  };

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingFixedFit |
                                ImGuiTableFlags_Sortable | ImGuiTableFlags_SortTristate;
  if (!ImGui::BeginTable("processes", 10, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  const float em = ImGui::GetFontSize();
  using Sort = ProcessQuery::Sort;
  // a column's user id is the order it sorts by
  const ImGuiTableColumnFlags still = ImGuiTableColumnFlags_NoSort;
  ImGui::TableSetupColumn("pid", ImGuiTableColumnFlags_WidthFixed, em * 7.5f,
                          static_cast<ImGuiID>(Sort::spawned));
  ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthFixed, em * 7,
                          static_cast<ImGuiID>(Sort::kind));
  ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, em * 11,
                          static_cast<ImGuiID>(Sort::state));
  ImGui::TableSetupColumn("server state", ImGuiTableColumnFlags_WidthFixed | still, em * 9);
  ImGui::TableSetupColumn("reductions", ImGuiTableColumnFlags_WidthFixed, em * 5.5f,
                          static_cast<ImGuiID>(Sort::reductions));
  ImGui::TableSetupColumn("mailbox", ImGuiTableColumnFlags_WidthFixed, em * 4,
                          static_cast<ImGuiID>(Sort::mailbox));
  ImGui::TableSetupColumn("links", ImGuiTableColumnFlags_WidthFixed | still, em * 9);
  ImGui::TableSetupColumn("monitors", ImGuiTableColumnFlags_WidthFixed | still, em * 8);
  ImGui::TableSetupColumn("trap_exit", ImGuiTableColumnFlags_WidthFixed | still, em * 4);
  ImGui::TableSetupColumn("parent", ImGuiTableColumnFlags_WidthFixed | still, em * 5);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      v.sort = static_cast<Sort>(specs->Specs[0].ColumnUserID);
      v.descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    } else {
      v.sort = Sort::spawned;
      v.descending = false;
    }
    specs->SpecsDirty = false;
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableSetColumnIndex(0);
  header_tip("pid", Concept::process);
  mark("processes.sort.pid");
  ImGui::TableSetColumnIndex(1);
  ImGui::TableHeader("what");
  mark("processes.sort.what");
  ImGui::TableSetColumnIndex(2);
  header_tip("state", Concept::exit_reason);
  mark("processes.sort.state");
  ImGui::TableSetColumnIndex(3);
  ImGui::TableHeader("server state");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("A GenServer's or an Agent's state: what :sys.get_state/1 answers");
  ImGui::TableSetColumnIndex(4);
  header_tip("reductions", Concept::reductions);
  mark("processes.sort.reductions");
  ImGui::TableSetColumnIndex(5);
  header_tip("mailbox", Concept::mailbox);
  mark("processes.sort.mailbox");
  ImGui::TableSetColumnIndex(6);
  header_tip("links", Concept::link);
  ImGui::TableSetColumnIndex(7);
  header_tip("monitors", Concept::monitor);
  ImGui::TableSetColumnIndex(8);
  header_tip("trap_exit", Concept::trap_exit);
  ImGui::TableSetColumnIndex(9);
  ImGui::TableHeader("parent");

  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(count));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const ProcessRecord* rp = record_of(row);
      if (!rp) continue;
      const ProcessRecord& r = *rp;
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
        ImGui::TextUnformatted(process_state_words(p, r).c_str());
      } else if (!r.alive) {
        ImGui::TextUnformatted(short_text(process_state_words(p, r), 78).c_str());
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
