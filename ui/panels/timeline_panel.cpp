// The Timeline panel: every event of the runtime with its time, filtered by kind, text or
// the selected process; a sequence diagram of the same events; and the export of both.
#include <functional>
#include <optional>
#include <string>

#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

struct KindGroup {
  const char* name;
  const char* help;
};
const KindGroup kGroups[8] = {
    {"spawn/exit", "processes starting and ending"},
    {"links", "link, unlink, monitor, demonitor"},
    {"send", "messages sent"},
    {"receive", "messages taken out of a mailbox by receive"},
    {"signals", "exit signals (killed, trapped, ignored) and :DOWN messages"},
    {"timers", "receive ... after and Process.sleep timing out"},
    {"restarts", "a supervisor restarting a child"},
    {"logs", "Logger's error reports, limits"},
};

int group_of(EventKind k) {
  switch (k) {
    case EventKind::spawn:
    case EventKind::exit:
    case EventKind::register_name:
      return 0;
    case EventKind::link:
    case EventKind::unlink:
    case EventKind::monitor:
    case EventKind::demonitor:
      return 1;
    case EventKind::send:
      return 2;
    case EventKind::receive:
      return 3;
    case EventKind::exit_signal:
    case EventKind::exit_trapped:
    case EventKind::exit_ignored:
    case EventKind::down:
      return 4;
    case EventKind::timer:
      return 5;
    case EventKind::restart:
      return 6;
    case EventKind::log:
    case EventKind::limit:
      return 7;
  }
  return 7;
}

ImU32 colour_of(EventKind k) {
  const Palette& p = palette();
  switch (k) {
    case EventKind::spawn:
      return p.running;
    case EventKind::exit:
      return p.dim;
    case EventKind::exit_signal:
      return p.signal_kill;
    case EventKind::exit_trapped:
      return p.signal_trapped;
    case EventKind::exit_ignored:
      return p.signal_ignored;
    case EventKind::down:
      return p.signal_down;
    case EventKind::restart:
      return p.supervisor;
    case EventKind::log:
    case EventKind::limit:
      return p.log;
    case EventKind::link:
    case EventKind::unlink:
      return p.link;
    case EventKind::monitor:
    case EventKind::demonitor:
      return p.monitor;
    default:
      return p.text;
  }
}

uint64_t filter_hash(const TimelineView& v, Pid selected) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t x) { h = (h ^ x) * 1099511628211ull; };
  for (bool k : v.kinds) mix(k);
  mix(v.only_selected);
  mix(v.only_selected ? selected.packed() : 0);
  for (const char* c = v.filter; *c; ++c) mix(static_cast<unsigned char>(*c));
  return h;
}

// [SECTION] The events

void events_view(Frame& f, TimelineView& v) {
  // Every event of the live run; while the past is shown, those after it are its future
  // (dimmed), and the one shown is highlighted. A click on any shows the run at it.
  const Session& s = f.session;
  const Trace& trace = s.live().runtime().trace();
  const uint64_t shown_end = s.viewing_past() ? s.runtime().trace().total() : trace.total();
  const std::optional<uint64_t> highlight = s.highlight();
  const Pid selected = f.view.selected;

  // Filters
  for (int i = 0; i < 8; ++i) {
    if (i > 0) ImGui::SameLine();
    ImGui::Checkbox(kGroups[i].name, &v.kinds[i]);
    mark(std::string("timeline.kind.") + kGroups[i].name);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", kGroups[i].help);
  }
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  ImGui::InputTextWithHint("##filter", "filter text", v.filter, sizeof v.filter);
  mark("timeline.filter");
  ImGui::SameLine();
  ImGui::Checkbox("only the selected process", &v.only_selected);
  mark("timeline.only_selected");
  if (v.only_selected && !selected) {
    ImGui::SameLine();
    ImGui::TextDisabled("(select one in the graph or the table)");
  }
  ImGui::SameLine();
  ImGui::Checkbox("follow", &v.follow);

  // Rows: rebuilt when the filter changes, extended with new events otherwise.
  const uint64_t h = filter_hash(v, selected);
  if (h != v.built_for || v.epoch != f.session.epoch() || v.scanned_to > trace.total()) {
    v.built_for = h;
    v.epoch = f.session.epoch();
    v.rows.clear();
    v.scanned_to = 0;
  }
  ImGuiTextFilter text(v.filter);
  const uint64_t oldest = trace.size() ? trace[0].seq : trace.total();
  if (v.scanned_to < oldest) v.scanned_to = oldest;
  for (size_t i = static_cast<size_t>(v.scanned_to - oldest); i < trace.size(); ++i) {
    const Event& e = trace[i];
    if (!v.kinds[group_of(e.kind)] || is_plumbing(e)) continue;
    if (v.only_selected && selected && e.pid != selected && e.other != selected) continue;
    if (text.IsActive() && !text.PassFilter(trace.format(e).c_str())) continue;
    v.rows.push_back(e.seq);
  }
  v.scanned_to = trace.total();
  // forget rows whose events the trace has dropped
  size_t drop = 0;
  while (drop < v.rows.size() && v.rows[drop] < oldest) ++drop;
  if (drop > 0) v.rows.erase(v.rows.begin(), v.rows.begin() + static_cast<std::ptrdiff_t>(drop));

  ImGui::TextDisabled("%zu of %llu events", v.rows.size(),
                      static_cast<unsigned long long>(trace.total()));
  if (trace.dropped() > 0) {
    ImGui::SameLine();
    ImGui::TextDisabled("(the oldest %llu no longer kept)",
                        static_cast<unsigned long long>(trace.dropped()));
  }

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("events", 5, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("time (ms)");
  ImGui::TableSetupColumn("event");
  ImGui::TableSetupColumn("process");
  ImGui::TableSetupColumn("other");
  ImGui::TableSetupColumn("detail", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(v.rows.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Event& e = trace[static_cast<size_t>(v.rows[static_cast<size_t>(row)] - oldest)];
      ImGui::PushID(row);
      ImGui::TableNextRow();
      const bool future = e.seq >= shown_end;
      if (future) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.45f);
      ImGui::TableSetColumnIndex(0);
      char t[32];
      std::snprintf(t, sizeof t, "%.3f", static_cast<double>(e.time_us) / 1000.0);
      const bool shown_here = highlight && *highlight == e.seq;
      if (ImGui::Selectable(t,
                            shown_here || (selected && (e.pid == selected || e.other == selected)),
                            ImGuiSelectableFlags_SpanAllColumns)) {
        f.view.selected = e.pid;
        f.actions.view_event(e.seq);
      }
      if (shown_here && v.scrolled_to != e.seq) {
        v.scrolled_to = e.seq;
        ImGui::SetScrollHereY(0.5f);
      }
      mark("timeline.row." + std::to_string(e.seq));
      if (ImGui::IsItemHovered()) {
        f.view.hovered = e.pid;
        ImGui::SetTooltip("Show the run as it stood at this event");
      }
      ImGui::TableSetColumnIndex(1);
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour_of(e.kind)));
      ImGui::TextUnformatted(event_kind_name(e.kind));
      ImGui::PopStyleColor();
      ImGui::TableSetColumnIndex(2);
      if (e.pid) ImGui::TextUnformatted(pid_short(e.pid).c_str());
      ImGui::TableSetColumnIndex(3);
      if (e.other) ImGui::TextUnformatted(pid_short(e.other).c_str());
      ImGui::TableSetColumnIndex(4);
      if (!e.data.is_nil()) {
        std::string d = e.data.is_binary() && e.kind == EventKind::log
                            ? std::string(e.data.binary())
                            : inspect(e.data, InspectOpts{8, 120});
        if (size_t nl = d.find('\n'); nl != std::string::npos) d = d.substr(0, nl) + " ...";
        ImGui::PushFont(fonts().mono);
        ImGui::TextUnformatted(short_text(d, 160).c_str());
        ImGui::PopFont();
      }
      if (future) ImGui::PopStyleVar();
      ImGui::PopID();
    }
  }
  if (v.follow && !s.viewing_past() &&
      ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - ImGui::GetTextLineHeight() * 3)
    ImGui::SetScrollHereY(1.0f);
  if (!highlight) v.scrolled_to = UINT64_MAX;
  ImGui::EndTable();
}

}  // namespace

// [SECTION] The panel

void draw_timeline_panel(Frame& f, TimelineView& v) { events_view(f, v); }

}  // namespace taskplay::ui
