// The Supervisors panel: each supervisor's strategy, its restart intensity (restarts
// inside the window against max_restarts), and its children with their restart types.
#include <string>
#include <vector>

#include "taskplay/inspect.hpp"
#include "taskplay/supervisor_status.hpp"
#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/server_view.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

Concept restart_concept(Restart r) {
  switch (r) {
    case Restart::permanent:
      return Concept::restart_permanent;
    case Restart::transient:
      return Concept::restart_transient;
    case Restart::temporary:
      return Concept::restart_temporary;
  }
  return Concept::restart_permanent;
}

Concept strategy_concept(Atom s) {
  if (s == Atom("one_for_all")) return Concept::one_for_all;
  if (s == Atom("rest_for_one")) return Concept::rest_for_one;
  return Concept::one_for_one;
}

void supervisor(Frame& f, const Process& p, const SupervisorStatus& st) {
  const Session& s = f.session;
  const Palette& pal = palette();
  const std::string id = pid_short(p.pid);
  ImGui::PushID(id.c_str());
  ImGui::PushFont(fonts().bold);
  const std::string kind = process_kind(s, p.pid);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(kind_colour(kind)));
  // a module-based supervisor (use Supervisor) is named by its module: CounterSupervisor
  const Atom module = user_module(p);
  if (module != atoms::nil)
    ImGui::Text("%s (%s) %s", inspect_atom(module).c_str(), kind.c_str(),
                inspect(Term(p.pid)).c_str());
  else
    ImGui::Text("%s %s", kind.c_str(), inspect(Term(p.pid)).c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  mark("supervisor." + id);
  if (ImGui::IsItemHovered()) f.view.hovered = p.pid;
  if (ImGui::IsItemClicked()) f.view.selected = p.pid;
  ImGui::SameLine();
  ImGui::TextDisabled("strategy %s", inspect_atom(st.strategy).c_str());
  explain_last_item(strategy_concept(st.strategy));

  // Restart intensity: used vs allowed.
  const int64_t now_s = s.runtime().now_us() / 1'000'000;
  const int64_t used = st.restarts_in_window(now_s);
  char label[96];
  std::snprintf(label, sizeof label, "%lld of %lld restarts used in the last %lld s",
                static_cast<long long>(used), static_cast<long long>(st.max_restarts),
                static_cast<long long>(st.max_seconds));
  const float fraction =
      st.max_restarts > 0 ? static_cast<float>(used) / static_cast<float>(st.max_restarts) : 1.0f;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram,
                        ImGui::ColorConvertU32ToFloat4(used >= st.max_restarts ? pal.signal_kill
                                                       : used > 0              ? pal.signal_trapped
                                                                               : pal.supervisor));
  ImGui::ProgressBar(std::min(1.0f, fraction), ImVec2(-ImGui::GetFontSize() * 1.5f, 0), label);
  ImGui::PopStyleColor();
  mark("supervisor." + id + ".intensity");
  help_marker(Concept::intensity);

  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("children", 4, flags)) {
    ImGui::TableSetupColumn("child id");
    ImGui::TableSetupColumn("pid");
    ImGui::TableSetupColumn("restart");
    ImGui::TableSetupColumn("type");
    ImGui::TableHeadersRow();
    if (st.children.empty()) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      ImGui::TextDisabled("no children");
    }
    int row = 0;
    for (const SupervisorChildStatus& c : st.children) {
      ImGui::TableNextRow();
      ImGui::PushID(row++);
      ImGui::TableSetColumnIndex(0);
      ImGui::PushFont(fonts().mono);
      ImGui::TextUnformatted(short_text(inspect(c.id, InspectOpts{4, 40}), 30).c_str());
      ImGui::PopFont();
      ImGui::TableSetColumnIndex(1);
      if (c.pid.is_pid()) {
        ImGui::TextUnformatted(pid_short(c.pid.pid()).c_str());
        if (ImGui::IsItemHovered()) f.view.hovered = c.pid.pid();
      } else {
        ImGui::TextDisabled("%s", inspect(c.pid).c_str());
      }
      ImGui::TableSetColumnIndex(2);
      ImGui::TextUnformatted(inspect(restart_term(c.restart)).c_str());
      explain_last_item(restart_concept(c.restart));
      ImGui::TableSetColumnIndex(3);
      ImGui::TextUnformatted(c.type == ChildType::supervisor ? ":supervisor" : ":worker");
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
  ImGui::Spacing();
}

}  // namespace

void draw_supervisor_panel(Frame& f, SupervisorView&) {
  const Session& s = f.session;
  int shown = 0;
  // The supervisors by the observer's index (not every process: there may be a million).
  const Observer& obs = s.observer();
  for (uint32_t i : obs.supervisors()) {
    const ProcessRecord& r = obs.processes()[i];
    const Process* p = r.alive ? s.runtime().find(r.pid) : nullptr;
    if (!p || !p->status_source) continue;
    auto st = read_supervisor_status(p->status());
    if (!st) continue;
    supervisor(f, *p, *st);
    ++shown;
  }
  // Supervisors that exited, and why (a supervisor past its intensity exits :shutdown).
  for (uint32_t i : obs.supervisors()) {
    const ProcessRecord& r = obs.processes()[i];
    if (r.alive) continue;
    const std::string kind = process_kind(s, r.pid);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().dead));
    ImGui::Text("%s %s exited: %s", kind.c_str(), inspect(Term(r.pid)).c_str(),
                short_text(inspect(r.reason, InspectOpts{4, 60}), 60).c_str());
    ImGui::PopStyleColor();
    ++shown;
  }
  if (shown == 0) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().dim));
    ImGui::TextWrapped(
        "No supervisor yet. In Launch, choose \"{Task, fn} under a Supervisor\" and a restart "
        "type, then make the task crash.");
    ImGui::PopStyleColor();
  }
}

}  // namespace taskplay::ui
