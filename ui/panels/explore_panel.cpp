// The Explore panel (Inspect's "Explore" tab): the race explorer (docs/races.md) on the
// program the person ran. Explore runs it under the other schedules the BEAM could take, a
// slice per frame (ui/explore.hpp), with a progress bar; then each distinct outcome with
// how many schedules gave it, where it left the default schedule, its output against the
// default's, and its replay token.
#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/explore.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

ImVec4 colour(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void heading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// Mono text, wrapped, in one colour.
void mono(const std::string& text, ImU32 c) {
  ImGui::PushFont(fonts().mono);
  ImGui::PushStyleColor(ImGuiCol_Text, colour(c));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

std::string plural(uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Two sequence diagrams side by side: the default schedule's path and the outcome's, from
// the step where they part.
void paths(Frame& f, const OutcomePaths& p, const std::string& id) {
  if (!p.misfit.empty()) ImGui::TextColored(colour(palette().error), "%s", p.misfit.c_str());
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float w = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
  const float h = ImGui::GetTextLineHeight() * 1.7f *
                      static_cast<float>(std::min<size_t>(
                          12, std::max(p.default_path.steps.size(), p.outcome_path.steps.size()))) +
                  ImGui::GetTextLineHeight() * 4.0f;
  ImGui::BeginGroup();
  ImGui::TextDisabled("the default schedule, from step %llu",
                      static_cast<unsigned long long>(p.from_step));
  SequenceCanvas narrow;
  narrow.column_em = 6.5f;
  draw_sequence_canvas(f, p.default_path, (id + ".default_path").c_str(), ImVec2(w, h), narrow);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextDisabled("this outcome, from step %llu", static_cast<unsigned long long>(p.from_step));
  draw_sequence_canvas(f, p.outcome_path, (id + ".path").c_str(), ImVec2(w, h), narrow);
  ImGui::EndGroup();
}

void outcome(Frame& f, const lang::Exploration& e, const std::vector<DiffLine>& diff, size_t i,
             const std::string& file) {
  const lang::Outcome& o = e.outcomes[i];
  const Palette& pal = palette();
  const std::string id = "explore.outcome." + std::to_string(i);
  ImGui::PushID(static_cast<int>(i));
  std::string title =
      "Outcome " + std::to_string(i + 1) + ": " + plural(o.schedules, "schedule", "schedules");
  if (o.schedule.changes.empty()) title += " (the default schedule's)";
  ImGui::SetNextItemOpen(true, ImGuiCond_Appearing);
  const bool open = ImGui::CollapsingHeader(title.c_str());
  mark(id);
  if (!open) {
    ImGui::PopID();
    return;
  }
  ImGui::Indent();
  if (!o.divergence.empty()) {
    ImGui::TextDisabled("diverged at step %llu:",
                        static_cast<unsigned long long>(o.diverged_at_step));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", o.divergence.c_str());
  }
  // the output, against the default schedule's
  const lang::ScheduledRun& base = e.outcomes.front().run;
  if (i == 0) {
    ImGui::TextDisabled("output:");
    mono(o.run.output.empty() ? "(nothing)" : o.run.output, pal.result);
  } else if (o.run.output == base.output) {
    ImGui::TextDisabled("output: the same as outcome 1's (it ends differently below)");
  } else {
    ImGui::TextDisabled("output, against outcome 1's:");
    for (const DiffLine& d : diff) {
      switch (d.kind) {
        case DiffLine::Kind::same:
          mono("  " + d.text, pal.dim);
          break;
        case DiffLine::Kind::removed:
          mono("- " + d.text, pal.error);
          break;
        case DiffLine::Kind::added:
          mono("+ " + d.text, pal.running);
          break;
      }
    }
    mark(id + ".diff");
  }
  if (!o.run.error.empty()) {
    ImGui::TextDisabled("errors:");
    mono(o.run.error, pal.error);
  }
  if (o.run.status != 0) ImGui::TextDisabled("exit status %d", o.run.status);
  if (ImGui::TreeNode("exits", "how each process ended (%zu), mailboxes left (%zu)",
                      o.run.exits.size(), o.run.mailboxes.size())) {
    for (const std::string& x : o.run.exits) mono(x, pal.text);
    for (const std::string& x : o.run.mailboxes) mono(x, pal.log);
    ImGui::TreePop();
  }
  // the replay token: selectable and copyable, and the command that replays it
  const std::string token = o.schedule.token();
  ImGui::TextDisabled("replay token:");
  ImGui::SameLine();
  ImGui::PushFont(fonts().mono);
  static std::string buffer;
  buffer = token;
  ImGui::SetNextItemWidth(ImGui::CalcTextSize(token.c_str()).x +
                          ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFontSize());
  ImGui::InputText("##token", buffer.data(), buffer.size() + 1, ImGuiInputTextFlags_ReadOnly);
  ImGui::PopFont();
  mark(id + ".token");
  ImGui::SameLine();
  if (button("Copy", (id + ".copy").c_str())) f.actions.copy(token, "the replay token");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("taskplay run %s --schedule %s\nreplays this outcome exactly", file.c_str(),
                      token.c_str());
  // its path against the default's, from where they part
  if (i > 0) {
    const auto& opened = f.explore.opened();
    const bool shown = opened && opened->outcome == i;
    ImGui::SameLine();
    ImGui::BeginDisabled(f.explore.opening());
    const bool clicked = button(shown ? "Hide paths" : "Open paths", (id + ".open").c_str());
    ImGui::EndDisabled();
    if (clicked) {
      if (shown)
        f.actions.close_outcome();
      else
        f.actions.open_outcome(i);
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "Runs the program again under this schedule and under the default one, and shows\n"
          "both sequence diagrams from the step where they part");
    if (shown) paths(f, *opened, id);
  }
  ImGui::Unindent();
  ImGui::PopID();
}

}  // namespace

void draw_explore_panel(Frame& f, ExploreView& v) {
  (void)v;
  const ExploreModel& m = f.explore;
  const ExploreProgram program = explore_program(f.session.scenario());
  const bool running = m.state() == ExploreModel::State::running || m.pending();

  heading("Explore: every ending the BEAM could give");
  help_marker(Concept::schedule);
  // (the whole explanation until there is something to show; then only in the (?)s)
  if (m.state() == ExploreModel::State::idle && !m.pending()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "Runs the program again under each schedule the BEAM could take (which process goes "
        "next, where one is preempted), skipping those that only reorder independent steps, "
        "and groups them by what you can see: the output, how each process ended, the "
        "mailboxes left.");
    ImGui::PopTextWrapPos();
  }

  // What Explore would explore now
  ImGui::BeginDisabled(program.empty() || running);
  if (button("Explore", "explore.run")) f.actions.explore(program);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::PushTextWrapPos(0);
  if (program.empty()) {
    ImGui::TextWrapped(
        "Load a race preset (Presets: race_two_senders.exs to race_get_and_update.exs), or "
        "type some lines in the shell, then Explore.");
  } else {
    ImGui::TextWrapped("%s", describe_program(program).c_str());
  }
  ImGui::PopTextWrapPos();
  if (!program.empty()) {
    const char* as_script =
        program.preset()
            ? "It runs as a script, as `taskplay explore` and `elixir` run the file: it prints "
              "only what the program writes (not each line's value, as the shell does), and "
              "ends when its last line is done."
            : "Typed lines are explored as one script, as `elixir` would run them from a file: "
              "it prints only what they write (not each line's value, as the shell does), "
              "and ends when the last line is done; the shell's own process and its "
              "variables are not part of it.";
    if (m.state() == ExploreModel::State::idle && !m.pending()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("%s", as_script);
      ImGui::PopTextWrapPos();
    } else {
      ImGui::SameLine();
      ImGui::TextDisabled("(?)");
      if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        ImGui::TextUnformatted(as_script);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
      }
    }
  }

  if (m.state() == ExploreModel::State::idle && !m.pending()) return;
  ImGui::Separator();
  const bool stale = !(m.program() == program);
  if (running) {
    const float fraction =
        m.bound() ? static_cast<float>(m.schedules()) / static_cast<float>(m.bound()) : 0.0f;
    char label[96];
    std::snprintf(label, sizeof label, "%u schedules of at most %u", m.schedules(), m.bound());
    ImGui::ProgressBar(fraction, ImVec2(-button_width("Stop") - ImGui::GetStyle().ItemSpacing.x, 0),
                       label);
    mark("explore.progress");
    ImGui::SameLine();
    if (button("Stop", "explore.cancel")) f.actions.stop_exploring();
    return;
  }
  const lang::Exploration* e = m.result();
  if (!e) return;
  ImGui::PushTextWrapPos(0);
  if (stale)
    ImGui::TextColored(colour(palette().signal_trapped),
                       "Explored %s, before the last lines given to the shell:",
                       m.program().preset() ? m.program().title.c_str() : "earlier lines");
  if (!e->error.empty()) {
    ImGui::TextDisabled("It does not compile, so nothing was explored:");
    mono(e->error, palette().error);
    ImGui::PopTextWrapPos();
    return;
  }
  ImGui::PushFont(fonts().bold);
  ImGui::Text("%s: %s", plural(e->schedules, "schedule", "schedules").c_str(),
              e->outcomes.size() == 1
                  ? "1 outcome"
                  : (std::to_string(e->outcomes.size()) + " distinct outcomes").c_str());
  ImGui::PopFont();
  mark("explore.summary");
  help_marker(Concept::outcome);
  if (e->complete)
    ImGui::TextDisabled("Every schedule within the bounds was explored.");
  else
    ImGui::TextColored(colour(palette().signal_trapped), "Cut short: %s.", e->cut_short.c_str());
  ImGui::PopTextWrapPos();
  const std::string& file = m.program().file;
  for (size_t i = 0; i < e->outcomes.size(); ++i) outcome(f, *e, m.diffs()[i], i, file);
}

}  // namespace taskplay::ui
