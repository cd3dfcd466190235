// The Shell panel: the process you act as. Its pid and state (waiting in Task.await with
// the timeout counting down), trap_exit, its mailbox, the tasks it owns with await /
// yield / shutdown / kill, and the console: the transcript and a line editor.
#include <algorithm>
#include <cstring>
#include <string>

#include "taskplay/inspect.hpp"
#include "taskplay/task.hpp"
#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

void colored(ImU32 colour, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

// [SECTION] Header: pid, state, trap_exit

void header(Frame& f, ShellView& v) {
  const Runtime& rt = f.session.runtime();
  const ShellLink& shell = f.session.shell();
  const Process* p = rt.find(shell.pid());
  const Palette& pal = palette();

  ImGui::PushFont(fonts().bold);
  ImGui::Text("Shell %s", inspect(Term(shell.pid())).c_str());
  ImGui::PopFont();
  mark("shell.pid");
  explain_last_item(Concept::shell);

  ImGui::SameLine(0, ImGui::GetFontSize());
  const bool trapping = p && p->trap_exit;
  bool want = trapping;
  if (ImGui::Checkbox("trap_exit", &want)) {
    f.actions.run(want ? "Process.flag(:trap_exit, true)" : "Process.flag(:trap_exit, false)");
  }
  mark("shell.trap_exit");
  explain_last_item(Concept::trap_exit);

  // What it is doing.
  const bool waiting = p && p->state == ProcessState::waiting;
  if (!shell.busy()) {
    colored(pal.dim, "idle: waiting for your input");
    v.wait_deadline_us = -1;
  } else {
    std::string what = std::string(shell.current_input());
    if (what.find('\n') != std::string::npos) what = what.substr(0, what.find('\n')) + " ...";
    colored(waiting ? pal.waiting : pal.running,
            (waiting ? "blocked in receive: " : "evaluating: ") + short_text(what, 60));
    if (button("stop the shell", "shell.interrupt")) f.actions.interrupt_shell();
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "Kills the shell process, as iex's Ctrl+G then k does, for a line that never ends:\n"
          "a new shell takes over (the old one's variables are gone)");
    if (waiting && p->receive_deadline_us >= 0) {
      if (p->receive_deadline_us != v.wait_deadline_us) {
        v.wait_deadline_us = p->receive_deadline_us;
        v.wait_total_us = std::max<int64_t>(1, p->receive_deadline_us - rt.now_us());
      }
      const int64_t left = std::max<int64_t>(0, p->receive_deadline_us - rt.now_us());
      char label[64];
      std::snprintf(label, sizeof label, "%.1f s left of the timeout",
                    static_cast<double>(left) / 1e6);
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(pal.waiting));
      ImGui::ProgressBar(static_cast<float>(left) / static_cast<float>(v.wait_total_us),
                         ImVec2(-1, 0), label);
      ImGui::PopStyleColor();
      mark("shell.countdown");
    } else if (waiting) {
      ImGui::SameLine();
      ImGui::TextDisabled("(no timeout)");
    }
  }
  if (!shell.queued().empty()) {
    ImGui::TextDisabled("%zu line%s waiting their turn", shell.queued().size(),
                        shell.queued().size() == 1 ? "" : "s");
  }
}

// [SECTION] Mailbox

void mailbox(Frame& f) {
  const Process* p = f.session.runtime().find(f.session.shell().pid());
  const size_t n = p ? p->mailbox.size() : 0;
  ImGui::PushFont(fonts().bold);
  ImGui::Text("Mailbox (%zu)", n);
  ImGui::PopFont();
  explain_last_item(Concept::mailbox);
  ImGui::SameLine();
  if (button("receive", "shell.receive"))
    f.actions.run("receive do\n  msg -> msg\nafter\n  0 -> :nothing\nend");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Takes the oldest message out of the mailbox (or :nothing)");
  if (!p || n == 0) {
    ImGui::TextDisabled("empty");
    return;
  }
  ImGui::PushFont(fonts().mono);
  int shown = 0;
  for (const Mailbox::Node* m = p->mailbox.first(); m && shown < 8; m = m->next, ++shown) {
    const std::string text = inspect(m->message, InspectOpts{8, 200});
    ImGui::PushID(shown);
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopID();
  }
  if (n > 8) ImGui::TextDisabled("... and %zu more", n - 8);
  ImGui::PopFont();
  mark("shell.mailbox");
}

// [SECTION] Tasks and processes the shell's variables name

std::string status_of(const Session& s, Pid pid) {
  if (s.runtime().alive(pid)) {
    return state_name(s.runtime().find(pid)->state);
  }
  const ProcessRecord* r = s.observer().find(pid);
  if (r && !r->alive) return "exited: " + short_text(inspect(r->reason, InspectOpts{4, 40}), 40);
  return "gone";
}

void owned(Frame& f, ShellView& v) {
  const Session& s = f.session;
  const Pid shell = s.shell().pid();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("Tasks it owns");
  ImGui::PopFont();
  explain_last_item(Concept::task_owner);
  ImGui::SameLine(0, ImGui::GetFontSize());
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  ImGui::InputInt("timeout ms", &v.timeout_ms, 0, 0);
  mark("shell.timeout");
  if (v.timeout_ms < 0) v.timeout_ms = 0;
  const std::string timeout = std::to_string(v.timeout_ms);

  int tasks = 0;
  std::vector<std::pair<std::string, Term>> others;
  for (const auto& [name, value] : s.shell().bindings()) {
    auto task = task::fields(value);
    if (!task || task->owner != shell) {
      if (value.is_pid() || (value.is_tuple(2) && value[1].is_pid()))
        others.emplace_back(name, value);
      continue;
    }
    ++tasks;
    ImGui::PushID(name.c_str());
    ImGui::PushFont(fonts().mono);
    ImGui::Text("%s", name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    const std::string state = status_of(s, task->pid);
    ImGui::TextDisabled("%s %s", pid_short(task->pid).c_str(), short_text(state, 36).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", state.c_str());
    const std::string base = "shell.task." + name + ".";
    if (button("await", (base + "await").c_str()))
      f.actions.run("Task.await(" + name + ", " + timeout + ")");
    explain_last_item(Concept::await);
    ImGui::SameLine();
    if (button("yield", (base + "yield").c_str()))
      f.actions.run("Task.yield(" + name + ", " + timeout + ")");
    explain_last_item(Concept::yield);
    ImGui::SameLine();
    if (button("shutdown", (base + "shutdown").c_str()))
      f.actions.run("Task.shutdown(" + name + ", " + timeout + ")");
    explain_last_item(Concept::shutdown);
    ImGui::SameLine();
    if (button("brutal_kill", (base + "brutal_kill").c_str()))
      f.actions.run("Task.shutdown(" + name + ", :brutal_kill)");
    explain_last_item(Concept::brutal_kill);
    ImGui::SameLine();
    if (button("kill", (base + "kill").c_str()))
      f.actions.run("Process.exit(" + name + ".pid, :kill)");
    explain_last_item(Concept::kill);
    ImGui::PopID();
  }
  if (tasks == 0) ImGui::TextDisabled("none: launch one with Task.async");

  // pid1 = ..., {:ok, sup} = ...: the other processes its variables name.
  for (const auto& [name, value] : others) {
    const Pid pid = value.is_pid() ? value.pid() : value[1].pid();
    const std::string var = value.is_pid() ? name : "elem(" + name + ", 1)";
    ImGui::PushID(name.c_str());
    ImGui::PushFont(fonts().mono);
    ImGui::Text("%s", name.c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextDisabled("%s %s %s", process_kind(s, pid).c_str(), pid_short(pid).c_str(),
                        short_text(status_of(s, pid), 30).c_str());
    if (s.runtime().alive(pid)) {
      ImGui::SameLine();
      if (button("kill", ("shell.var." + name + ".kill").c_str()))
        f.actions.run("Process.exit(" + var + ", :kill)");
      explain_last_item(Concept::kill);
      ImGui::SameLine();
      if (button("exit :boom", ("shell.var." + name + ".exit").c_str()))
        f.actions.run("Process.exit(" + var + ", :boom)");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Process.exit(%s, :boom): an exit signal it can trap", var.c_str());
    }
    ImGui::PopID();
  }
}

// [SECTION] Console

int history_callback(ImGuiInputTextCallbackData* data) {
  auto* v = static_cast<ShellView*>(data->UserData);
  if (data->EventFlag != ImGuiInputTextFlags_CallbackHistory || v->history.empty()) return 0;
  const int n = static_cast<int>(v->history.size());
  if (data->EventKey == ImGuiKey_UpArrow) {
    v->history_pos = v->history_pos < 0 ? n - 1 : std::max(0, v->history_pos - 1);
  } else if (data->EventKey == ImGuiKey_DownArrow && v->history_pos >= 0) {
    v->history_pos = v->history_pos + 1 >= n ? -1 : v->history_pos + 1;
  }
  data->DeleteChars(0, data->BufTextLen);
  if (v->history_pos >= 0)
    data->InsertChars(0, v->history[static_cast<size_t>(v->history_pos)].c_str());
  return 0;
}

void console(Frame& f, ShellView& v) {
  const ShellLink& shell = f.session.shell();
  const Palette& pal = palette();
  const auto& lines = shell.transcript();
  const float input_h = ImGui::GetFrameHeightWithSpacing() * 1.1f;

  ImGui::PushFont(fonts().mono);
  ImGui::BeginChild("console", ImVec2(0, -input_h), true, ImGuiWindowFlags_HorizontalScrollbar);
  mark("shell.console");
  if (lines.empty() && shell.queued().empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.dim));
    ImGui::TextWrapped(
        "This is the shell, an iex session. Type Elixir below (Enter runs it), or use the "
        "Launch panel: every button writes its line here. Try a preset from the bar above.");
    ImGui::PopStyleColor();
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ConsoleLine& l = lines[static_cast<size_t>(i)];
      ImU32 colour = pal.result;
      switch (l.kind) {
        case ConsoleLine::Kind::input:
          colour = pal.text;
          break;
        case ConsoleLine::Kind::output:
          colour = pal.result;
          break;
        case ConsoleLine::Kind::error:
          colour = pal.error;
          break;
        case ConsoleLine::Kind::log:
          colour = pal.log;
          break;
        case ConsoleLine::Kind::note:
          colour = pal.note;
          break;
      }
      if (!l.prompt.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.input));
        ImGui::TextUnformatted(l.prompt.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine(0, 0);
      }
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
      ImGui::TextUnformatted(l.text.c_str());
      ImGui::PopStyleColor();
    }
  }
  // Lines waiting for the shell to finish what it is doing.
  for (const std::string& q : shell.queued()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.faint));
    ImGui::TextUnformatted(("  (waiting) " + q).c_str());
    ImGui::PopStyleColor();
  }
  if (lines.size() != v.last_transcript_size) {
    v.last_transcript_size = lines.size();
    v.scroll_to_bottom = true;
  }
  if (v.scroll_to_bottom) {
    ImGui::SetScrollHereY(1.0f);
    v.scroll_to_bottom = false;
  }
  ImGui::EndChild();

  // The line editor, after the prompt.
  const std::string prompt = shell.prompt();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(pal.input));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(prompt.c_str());
  ImGui::PopStyleColor();
  ImGui::SameLine(0, 0);
  ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4);
  if (f.view.focus_console) {
    ImGui::SetKeyboardFocusHere();
    f.view.focus_console = false;
  }
  const ImGuiInputTextFlags flags =
      ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory;
  if (ImGui::InputText("##input", v.input, sizeof v.input, flags, history_callback, &v)) {
    const std::string line = v.input;
    f.actions.run(line);
    if (!line.empty() && (v.history.empty() || v.history.back() != line)) v.history.push_back(line);
    v.history_pos = -1;
    v.input[0] = '\0';
    v.scroll_to_bottom = true;
    ImGui::SetKeyboardFocusHere(-1);  // keep typing
  }
  mark("shell.input");
  ImGui::PopFont();
  ImGui::SameLine();
  if (button("Copy", "shell.copy")) {
    std::string all;
    for (const ConsoleLine& l : lines) all += l.prompt + l.text + "\n";
    f.actions.copy(all, "the console");
  }
}

}  // namespace

// [SECTION] The panel

void draw_shell_panel(Frame& f, ShellView& v) {
  // The upper part scrolls on its own when the shell owns many tasks; the console
  // keeps at least half of the panel.
  const float avail = ImGui::GetContentRegionAvail().y;
  const float h = std::min(v.upper_h + ImGui::GetStyle().WindowPadding.y, avail * 0.5f);
  ImGui::BeginChild("shell.upper", ImVec2(0, std::max(h, ImGui::GetFrameHeight() * 3)), false);
  const float start = ImGui::GetCursorPosY();
  header(f, v);
  ImGui::Separator();
  mailbox(f);
  ImGui::Separator();
  owned(f, v);
  v.upper_h = ImGui::GetCursorPosY() - start;
  ImGui::EndChild();
  console(f, v);
}

}  // namespace taskplay::ui
