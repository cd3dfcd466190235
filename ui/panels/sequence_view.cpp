// The sequence diagram (Timeline panel, "Sequence" tab): lifelines and arrows for the
// last few hundred spawns, messages, exit signals and :DOWNs, as Kino.Process.seq_trace
// draws them in Livebook.
#include <algorithm>
#include <optional>
#include <string>

#include "taskplay/inspect.hpp"
#include "ui/bridge.hpp"
#include "ui/panels/panels.hpp"
#include "ui/sequence.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

constexpr size_t kSteps = 400;

ImU32 step_colour(SeqStep::Kind k) {
  const Palette& p = palette();
  switch (k) {
    case SeqStep::Kind::spawn:
      return p.running;
    case SeqStep::Kind::exit_signal:
      return p.signal_kill;
    case SeqStep::Kind::exit_trapped:
      return p.signal_trapped;
    case SeqStep::Kind::exit_ignored:
      return p.signal_ignored;
    case SeqStep::Kind::down:
      return p.signal_down;
    case SeqStep::Kind::exit:
      return p.dim;
    default:
      return p.message;
  }
}

}  // namespace

// The live run's sequence (while the past is shown, what comes after it is its future).
Sequence current_sequence(const Session& s, Pid only) {
  const Run& live = s.live();
  return build_sequence(
      live.runtime().trace(), kSteps, only, [](const Event& e) { return is_plumbing(e); },
      [&live](Pid p) {
        return process_kind(live.runtime(), live.observer(), live.shell().shells(), p);
      });
}

void draw_sequence_view(Frame& f, TimelineView& v) {
  ImGui::Checkbox("only the selected process", &v.only_selected);
  mark("sequence.only_selected");
  const Sequence seq = current_sequence(f.session, v.only_selected ? f.view.selected : Pid{});
  ImGui::SameLine();
  ImGui::TextDisabled(
      "%zu steps%s", seq.steps.size(),
      seq.earlier ? (", " + std::to_string(seq.earlier) + " earlier ones not shown").c_str() : "");
  if (seq.steps.empty()) {
    ImGui::TextDisabled("Nothing yet: launch a task and its messages and signals appear here.");
    return;
  }

  SequenceCanvas c;
  c.highlight = f.session.highlight();
  c.shown_end = f.session.viewing_past() ? f.session.runtime().trace().total() : UINT64_MAX;
  c.travel = true;
  c.scrolled_to = &v.seq_scrolled_to;
  draw_sequence_canvas(f, seq, "sequence.canvas", ImVec2(0, 0), c);
}

void draw_sequence_canvas(Frame& f, const Sequence& seq, const char* id, ImVec2 size,
                          const SequenceCanvas& c) {
  const std::optional<uint64_t> highlight = c.highlight;
  const uint64_t shown_end = c.shown_end;
  if (!highlight && c.scrolled_to) *c.scrolled_to = UINT64_MAX;
  const float em = ImGui::GetFontSize();
  const float col_w = em * c.column_em;
  const float row_h = ImGui::GetTextLineHeight() * 1.7f;
  const float header_h = ImGui::GetTextLineHeight() * 2.6f;
  const float width = col_w * static_cast<float>(seq.participants.size());
  ImGui::BeginChild(id, size, true, ImGuiWindowFlags_HorizontalScrollbar);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Palette& pal = palette();
  auto column_x = [&](int i) { return origin.x + col_w * (static_cast<float>(i) + 0.5f); };

  // Room for the header, then one row per step.
  ImGui::Dummy(ImVec2(width, header_h));
  const float rows_top = ImGui::GetCursorScreenPos().y;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(seq.steps.size()), row_h);
  while (clipper.Step()) {
    // lifelines for the visible rows
    const float y0 = rows_top + static_cast<float>(clipper.DisplayStart) * row_h;
    const float y1 = rows_top + static_cast<float>(clipper.DisplayEnd) * row_h;
    for (size_t p = 0; p < seq.participants.size(); ++p)
      dl->AddLine(ImVec2(column_x(static_cast<int>(p)), y0),
                  ImVec2(column_x(static_cast<int>(p)), y1), pal.faint, 1);
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const SeqStep& s = seq.steps[static_cast<size_t>(row)];
      const float y = rows_top + static_cast<float>(row) * row_h + row_h * 0.62f;
      const float row_y = rows_top + static_cast<float>(row) * row_h;
      ImGui::SetCursorScreenPos(ImVec2(origin.x, row_y));
      ImGui::Dummy(ImVec2(width, row_h));
      // the step shown (highlighted), and its future (faded)
      const bool here = highlight && *highlight == s.seq;
      if (here) {
        dl->AddRectFilled(ImVec2(origin.x, row_y), ImVec2(origin.x + width, row_y + row_h),
                          (pal.accent & ~IM_COL32_A_MASK) | (60u << IM_COL32_A_SHIFT));
        if (c.scrolled_to && *c.scrolled_to != s.seq) {
          *c.scrolled_to = s.seq;
          ImGui::SetScrollHereY(0.5f);
        }
      }
      if (c.travel && ImGui::IsItemClicked()) f.actions.view_event(s.seq);
      const bool future = s.seq >= shown_end;
      const ImU32 col = future
                            ? (step_colour(s.kind) & ~IM_COL32_A_MASK) | (90u << IM_COL32_A_SHIFT)
                            : step_colour(s.kind);
      const float xa = column_x(s.from), xb = column_x(s.to);
      std::string label = s.kind == SeqStep::Kind::spawn ? "spawn" : s.detail;
      if (s.kind == SeqStep::Kind::exit_trapped) label = "{:EXIT, ..., " + s.detail + "}";
      if (s.kind == SeqStep::Kind::down) label = ":DOWN " + s.detail;
      if (s.kind == SeqStep::Kind::exit_signal) label = "exit signal " + s.detail;
      if (s.kind == SeqStep::Kind::exit_ignored) label = "exit " + s.detail + " (ignored)";
      if (s.kind == SeqStep::Kind::exit) {
        const float k = em * 0.35f;
        dl->AddLine(ImVec2(xa - k, y - k), ImVec2(xa + k, y + k), pal.signal_kill, 2);
        dl->AddLine(ImVec2(xa - k, y + k), ImVec2(xa + k, y - k), pal.signal_kill, 2);
        label = "exited: " + s.detail;
        label = short_text(label, 40);
        dl->AddText(ImVec2(xa + em * 0.6f, y - ImGui::GetTextLineHeight() * 0.5f), pal.dim,
                    label.c_str());
      } else {
        const bool dashed = s.kind == SeqStep::Kind::down || s.kind == SeqStep::Kind::exit_ignored;
        if (dashed) {
          const float dir = xb > xa ? 1.0f : -1.0f;
          for (float x = xa; (xb - x) * dir > 0; x += dir * 8) {
            const float e = dir > 0 ? std::min(x + 4, xb) : std::max(x - 4, xb);
            dl->AddLine(ImVec2(x, y), ImVec2(e, y), col, 2);
          }
        } else {
          dl->AddLine(ImVec2(xa, y), ImVec2(xb, y), col,
                      s.kind == SeqStep::Kind::exit_signal ? 3.0f : 2.0f);
        }
        const float dir = xb > xa ? 1.0f : -1.0f;
        const float a = em * 0.45f;
        if (s.kind == SeqStep::Kind::exit_signal) {
          dl->AddLine(ImVec2(xb - a, y - a), ImVec2(xb + a, y + a), col, 3);
          dl->AddLine(ImVec2(xb - a, y + a), ImVec2(xb + a, y - a), col, 3);
        } else {
          dl->AddTriangleFilled(ImVec2(xb, y), ImVec2(xb - dir * a * 1.4f, y - a * 0.7f),
                                ImVec2(xb - dir * a * 1.4f, y + a * 0.7f), col);
        }
        const float span = std::abs(xb - xa) - em;
        const std::string shown =
            short_text(label, static_cast<size_t>(std::max(6.0f, span / (em * 0.5f))));
        const ImVec2 sz = ImGui::CalcTextSize(shown.c_str());
        dl->AddText(ImVec2((xa + xb) * 0.5f - sz.x * 0.5f, y - sz.y - 1), col, shown.c_str());
      }
      if (ImGui::IsItemHovered()) {
        char t[32];
        std::snprintf(t, sizeof t, "%.3f ms", static_cast<double>(s.time_us) / 1000.0);
        ImGui::SetTooltip("%s  %s\n%s -> %s\n%s", t, s.label.c_str(),
                          inspect(Term(seq.participants[static_cast<size_t>(s.from)].pid)).c_str(),
                          inspect(Term(seq.participants[static_cast<size_t>(s.to)].pid)).c_str(),
                          s.detail.c_str());
      }
    }
  }

  // The header stays at the top while the rows scroll under it.
  const float top = ImGui::GetWindowPos().y + ImGui::GetStyle().WindowPadding.y * 0.5f;
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  dl->AddRectFilled(ImVec2(clip_min.x, top - 2), ImVec2(clip_max.x, top + header_h), pal.panel_bg);
  for (size_t p = 0; p < seq.participants.size(); ++p) {
    const SeqParticipant& part = seq.participants[p];
    const float x = column_x(static_cast<int>(p));
    const ImVec2 mn(x - col_w * 0.45f, top + 2), mx(x + col_w * 0.45f, top + header_h - 4);
    const ImU32 colour = kind_colour(part.name);
    dl->AddRect(mn, mx, colour, 4, 0, f.view.selected == part.pid ? 2.0f : 1.0f);
    const std::string a = part.name, b = pid_short(part.pid);
    const ImVec2 sa = ImGui::CalcTextSize(a.c_str()), sb = ImGui::CalcTextSize(b.c_str());
    dl->AddText(ImVec2(x - sa.x * 0.5f, mn.y + 2), colour, a.c_str());
    dl->AddText(ImVec2(x - sb.x * 0.5f, mn.y + 2 + sa.y), pal.dim, b.c_str());
    if (c.travel && ImGui::IsMouseHoveringRect(mn, mx) && ImGui::IsWindowHovered()) {
      f.view.hovered = part.pid;
      if (ImGui::IsMouseClicked(0)) f.view.selected = part.pid;
    }
  }
  ImGui::EndChild();
  mark(id);
}

}  // namespace taskplay::ui
