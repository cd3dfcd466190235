#include "ui/concepts.hpp"

#include <imgui.h>

#include "ui/theme.hpp"

namespace taskplay::ui {

namespace {

const ConceptText kTexts[] = {
    {"process",
     "A lightweight process of the runtime: its own pid, mailbox and state. Processes share "
     "nothing; they talk by sending messages."},
    {"the shell",
     "You act as this process, as in iex: what you type and what the buttons do runs in it. "
     "Tasks you start are owned by it. When it dies, a new shell (new pid) takes over, and "
     "its variables start empty."},
    {"link",
     "Two processes linked together share their fate: when one exits with an abnormal "
     "reason, the exit signal kills the other, unless that one traps exits. Links go both "
     "ways. Drawn as a solid line."},
    {"monitor",
     "One process watches another: when the watched one exits, for any reason, the watcher "
     "gets a {:DOWN, ref, :process, pid, reason} message. A monitor never kills anyone. "
     "Drawn as a dashed arrow from watcher to watched."},
    {"trap_exit",
     "Process.flag(:trap_exit, true): exit signals from links no longer kill this process; "
     "they arrive as {:EXIT, pid, reason} messages in its mailbox instead. "
     "Process.exit(pid, :kill) cannot be trapped."},
    {"exit signal",
     "What a process sends along its links when it exits. A non-trapping receiver dies "
     "with the same reason, unless the reason is :normal. :shutdown and {:shutdown, _} are "
     "abnormal for links. Drawn travelling along the link that carries it."},
    {"exit reason",
     ":normal (finished), :shutdown (asked to stop), :killed (Process.exit(pid, :kill)), "
     "or anything else: an exception {%RuntimeError{}, stacktrace}, exit(:boom)'s :boom..."},
    {":DOWN",
     "The message a monitor delivers when the watched process exits: "
     "{:DOWN, ref, :process, pid, reason}."},
    {"mailbox",
     "Messages sent to a process wait here, oldest first, until it takes them with "
     "receive (which can pick any matching message, not only the first)."},
    {"reductions",
     "Units of work (about one function call each). The scheduler switches processes "
     "after 4000 of them, so a long computation never stops the others."},
    {"task owner",
     "The process that started a task with Task.async: only it may await, yield or shut "
     "down the task."},
    {"Task.await",
     "Waits for the task's reply, blocking the shell (not the page), for at most the "
     "timeout (5000 ms by default). On a timeout the shell exits with {:timeout, {Task, "
     ":await, ...}}; the task keeps running until that exit reaches it through the link."},
    {"Task.yield",
     "Like await, but returns nil when the timeout passes (the task keeps running), "
     "{:ok, result} when it finished, or {:exit, reason} when it died."},
    {"Task.shutdown",
     "Stops the task: exit(task, :shutdown), and a :kill if it is still alive after the "
     "timeout. Returns nil, or {:ok, result} if the reply had already arrived."},
    {"Task.shutdown(task, :brutal_kill)",
     "Kills the task at once (its reason is :killed), without giving it a chance to trap "
     "the exit."},
    {"Process.exit(pid, :kill)",
     "An untrappable kill: the process dies with :killed, and its links receive :killed "
     "(a linked shell that does not trap exits dies too)."},
    {"restart: :permanent",
     "Always restarted when it exits, even after a normal return. The default for "
     "Supervisor children (but not for tasks)."},
    {"restart: :transient",
     "Restarted only after an abnormal exit: not after :normal, :shutdown or "
     "{:shutdown, _}."},
    {"restart: :temporary",
     "Never restarted, and forgotten once it exits. {Task, fn} children and "
     "Task.Supervisor children are temporary by default."},
    {":one_for_one", "Only the child that exited is restarted."},
    {":one_for_all",
     "When one child exits, the others are stopped (newest first) and all are started "
     "again, in order."},
    {":rest_for_one",
     "When a child exits, the children started after it are stopped (newest first), then "
     "it and they are started again, in order."},
    {"restart intensity",
     "max_restarts in max_seconds (3 in 5 by default). One restart more and the "
     "supervisor gives up: it stops every child and exits with :shutdown, which kills a "
     "linked parent that does not trap exits."},
    {"supervision",
     "A supervisor starts its children linked to it, traps their exits, and restarts "
     "them as their restart type and its strategy say. Drawn as a tree: supervisor above, "
     "children below."},
    {"schedule",
     "Which runnable process goes next at each point, and where one is stopped to let another "
     "run. On the BEAM it changes from run to run (schedulers, load); taskplay runs one by "
     "default, and Explore runs the others the BEAM could take. A replay token such as "
     "v1.2-2u names one: the points where it differs from the default."},
    {"outcome",
     "How a run ends, as you can see it: what it printed, how each process ended, what was "
     "left in the mailboxes. Schedules that end the same way are one outcome; a race is a "
     "program with more than one."},
};
static_assert(sizeof(kTexts) / sizeof(kTexts[0]) == static_cast<size_t>(Concept::count_));

}  // namespace

const ConceptText& concept_text(Concept c) { return kTexts[static_cast<size_t>(c)]; }

void explain_last_item(Concept c) {
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) concept_tooltip(c);
}

void concept_tooltip(Concept c) {
  const ConceptText& t = concept_text(c);
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(t.title);
  ImGui::PopFont();
  ImGui::TextUnformatted(t.text);
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void help_marker(Concept c) {
  ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::TextDisabled("(?)");
  explain_last_item(c);
}

}  // namespace taskplay::ui
