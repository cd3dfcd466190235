// The Launch panel: pick a workload and a way to run it; the panel shows the Elixir
// lines that does and, on Run, gives them to the shell, the same as typing them.
#include <algorithm>
#include <cstring>
#include <string>

#include "ui/bridge.hpp"
#include "ui/concepts.hpp"
#include "ui/panels/panels.hpp"
#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

// [SECTION] Flow layout: chips wrap to the next line when the panel is narrow.
void flow(bool first, const char* label) {
  if (first) return;
  const ImGuiStyle& st = ImGui::GetStyle();
  const float w = ImGui::CalcTextSize(label).x + st.FramePadding.x * 2;
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine();
  if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
}

const char* workload_id(Workload w) {
  static const char* ids[] = {"fib", "sleep", "raise", "exit", "loop", "crash_after"};
  return ids[static_cast<int>(w)];
}
const char* how_id(How h) {
  static const char* ids[] = {"task_async",       "task_async_mfa", "task_start_link",
                              "task_start",       "tsup_async",     "tsup_async_nolink",
                              "tsup_start_child", "sup_task_child", "sup_use_task"};
  return ids[static_cast<int>(h)];
}

void heading(const char* text) {
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

bool int_field(const char* label, const char* bridge_name, int* value, int lo, int hi,
               float width) {
  ImGui::SetNextItemWidth(width);
  const bool changed = ImGui::InputInt(label, value, 0, 0);
  mark(bridge_name);
  if (*value < lo) *value = lo;
  if (*value > hi) *value = hi;
  return changed;
}

// [SECTION] The choices

void workload_choice(LaunchChoice& c) {
  heading("Workload");
  static const Workload all[] = {Workload::fib,  Workload::sleep, Workload::raise,
                                 Workload::exit, Workload::loop,  Workload::crash_after};
  bool first = true;
  for (Workload w : all) {
    flow(first, workload_label(w));
    first = false;
    const std::string name = std::string("launch.workload.") + workload_id(w);
    if (chip(workload_label(w), c.workload == w, name.c_str())) c.workload = w;
  }
  const float field = ImGui::GetFontSize() * 6;
  switch (c.workload) {
    case Workload::fib:
      int_field("n", "launch.n", &c.fib_n, 0, 90, field);
      ImGui::SameLine();
      ImGui::TextDisabled("Fib.of(30) takes a while; Fib.of(45) runs for hours");
      break;
    case Workload::sleep:
      int_field("ms", "launch.sleep_ms", &c.sleep_ms, 0, 600000, field);
      break;
    case Workload::crash_after:
      int_field("ms, then raise", "launch.crash_ms", &c.crash_ms, 0, 600000, field);
      [[fallthrough]];
    case Workload::raise: {
      static char message[64];
      if (c.message != message) {
        std::snprintf(message, sizeof message, "%s", c.message.c_str());
      }
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
      if (ImGui::InputText("message", message, sizeof message)) c.message = message;
      mark("launch.message");
      break;
    }
    case Workload::exit: {
      static const ExitReason reasons[] = {ExitReason::boom, ExitReason::normal,
                                           ExitReason::shutdown, ExitReason::shutdown_tuple,
                                           ExitReason::kill};
      static const char* ids[] = {"boom", "normal", "shutdown", "shutdown_tuple", "kill"};
      ImGui::TextDisabled("reason");
      for (int i = 0; i < 5; ++i) {
        flow(false, exit_reason_code(reasons[i]));
        const std::string name = std::string("launch.reason.") + ids[i];
        if (chip(exit_reason_code(reasons[i]), c.reason == reasons[i], name.c_str()))
          c.reason = reasons[i];
      }
      help_marker(Concept::exit_reason);
      break;
    }
    case Workload::loop:
      ImGui::TextDisabled("Work.loop() calls itself forever; it never stalls the others");
      break;
  }
}

void how_choice(LaunchChoice& c) {
  heading("How");
  static const How all[] = {How::task_async,       How::task_async_mfa, How::task_start_link,
                            How::task_start,       How::tsup_async,     How::tsup_async_nolink,
                            How::tsup_start_child, How::sup_task_child, How::sup_use_task};
  bool first = true;
  for (How h : all) {
    flow(first, how_label(h));
    first = false;
    const std::string name = std::string("launch.how.") + how_id(h);
    if (chip(how_label(h), c.how == h, name.c_str())) c.how = h;
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().dim));
  ImGui::TextWrapped("%s", how_help(c.how));
  ImGui::PopStyleColor();
  mark("launch.how_help");

  if (!how_uses_supervisor(c.how)) return;
  ImGui::TextDisabled("strategy");
  static const StrategyChoice strategies[] = {
      StrategyChoice::one_for_one, StrategyChoice::one_for_all, StrategyChoice::rest_for_one};
  static const char* sids[] = {"one_for_one", "one_for_all", "rest_for_one"};
  static const Concept sconcepts[] = {Concept::one_for_one, Concept::one_for_all,
                                      Concept::rest_for_one};
  for (int i = 0; i < 3; ++i) {
    ImGui::SameLine();
    const std::string name = std::string("launch.strategy.") + sids[i];
    if (chip(strategy_code(strategies[i]), c.strategy == strategies[i], name.c_str()))
      c.strategy = strategies[i];
    explain_last_item(sconcepts[i]);
  }
  ImGui::TextDisabled("restart ");
  static const RestartChoice restarts[] = {RestartChoice::temporary, RestartChoice::transient,
                                           RestartChoice::permanent};
  static const char* rids[] = {"temporary", "transient", "permanent"};
  static const Concept rconcepts[] = {Concept::restart_temporary, Concept::restart_transient,
                                      Concept::restart_permanent};
  for (int i = 0; i < 3; ++i) {
    ImGui::SameLine();
    const std::string name = std::string("launch.restart.") + rids[i];
    if (chip(restart_code(restarts[i]), c.restart == restarts[i], name.c_str()))
      c.restart = restarts[i];
    explain_last_item(rconcepts[i]);
  }
  const float field = ImGui::GetFontSize() * 3.5f;
  int_field("max_restarts", "launch.max_restarts", &c.max_restarts, 0, 1000, field);
  ImGui::SameLine();
  int_field("max_seconds", "launch.max_seconds", &c.max_seconds, 1, 3600, field);
  help_marker(Concept::intensity);
  int_field("children", "launch.children", &c.children, 1, 8, field);
}

}  // namespace

// [SECTION] The panel

void draw_launch_panel(Frame& f, LaunchView& v) {
  const ShellLink& shell = f.session.shell();
  // Names count per shell (a new shell starts with no variables) and follow the run shown
  // (the past has fewer): the next after those the shell's variables hold, and after those
  // of launches still waiting to run.
  if (v.shown != f.session.shown_serial() || v.generation != shell.generation()) {
    v.shown = f.session.shown_serial();
    v.generation = shell.generation();
    v.next_task = v.next_pid = v.next_sup = 1;
  }
  LaunchContext ctx;
  ctx.work_module_defined = f.session.runtime().modules().has_module(Atom("Elixir.Work"));
  auto number_after = [](const std::string& name, const char* base) {
    const size_t n = std::strlen(base);
    if (name.compare(0, n, base) != 0) return 0;
    if (name.size() == n) return 2;  // sup, then sup2
    int k = 0;
    for (size_t i = n; i < name.size(); ++i) {
      if (name[i] < '0' || name[i] > '9') return 0;
      k = k * 10 + (name[i] - '0');
    }
    return k + 1;
  };
  ctx.next_task = v.next_task;
  ctx.next_pid = v.next_pid;
  ctx.next_sup = v.next_sup;
  for (const auto& [name, value] : shell.bindings()) {
    if (name == "tsup" && value.is_pid() && f.session.runtime().alive(value.pid()))
      ctx.task_supervisor_bound = true;
    ctx.next_task = std::max(ctx.next_task, number_after(name, "task"));
    ctx.next_pid = std::max(ctx.next_pid, number_after(name, "pid"));
    ctx.next_sup = std::max(ctx.next_sup, number_after(name, "sup"));
  }
  const LaunchPlan plan = plan_launch(v.choice, ctx);
  std::string code;
  for (const std::string& l : plan.setup) code += l + "\n";
  for (const std::string& l : plan.lines) code += l + "\n";
  if (!code.empty()) code.pop_back();
  int lines = 1;
  for (char ch : code) lines += ch == '\n';
  const float code_lines = static_cast<float>(std::min(lines, 6)) + 0.3f;

  // The choices scroll; the Elixir and the Run button stay in sight below them.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float footer = ImGui::GetTextLineHeightWithSpacing() +
                       ImGui::GetTextLineHeight() * code_lines + st.FramePadding.y * 2 +
                       st.ItemSpacing.y * 3 + ImGui::GetFrameHeight();
  ImGui::BeginChild("launch.choices", ImVec2(0, -footer), false);
  workload_choice(v.choice);
  ImGui::Spacing();
  how_choice(v.choice);
  ImGui::EndChild();
  ImGui::Separator();

  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted("The Elixir it runs");
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("(the same as typing it in the shell)");
  code_block("##launch.code", code, code_lines);
  mark("launch.code");

  if (button("Run in the shell", "launch.run")) {
    f.actions.run(plan.setup);
    f.actions.run(plan.lines);
    if (plan.uses_task_name) v.next_task = ctx.next_task + 1;
    if (plan.uses_pid_name) v.next_pid = ctx.next_pid + 1;
    if (plan.uses_sup_name) v.next_sup = ctx.next_sup + 1;
  }
  ImGui::SameLine();
  if (button("Copy", "launch.copy")) f.actions.copy(code, "the Elixir lines");
}

}  // namespace taskplay::ui
