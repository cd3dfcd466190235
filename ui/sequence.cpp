#include "ui/sequence.hpp"

#include <unordered_map>

#include "taskplay/errors.hpp"
#include "taskplay/inspect.hpp"

namespace taskplay::ui {

namespace {

const InspectOpts kShort{6, 60};

// What Kino calls a message: its tag (the first atom of a tuple, the atom itself).
std::string tag_of(const Term& m) {
  if (m.is_tuple() && m.tuple_size() > 0 && m[0].is_atom()) return inspect(m[0]);
  if (m.is_atom() || m.is_ref()) return inspect(m);
  if (m.is_tuple()) return "tuple";
  return "term";
}

// A reason in a few words: RuntimeError "boom", :shutdown, :killed.
std::string reason_words(const Term& reason) {
  if (reason.is_tuple(2) && reason[0].is_exception())
    return inspect_atom(reason[0].struct_name()) + " " +
           inspect(Term::string(exception_message(reason[0])));
  return inspect(reason, kShort);
}

std::string message_label(const Term& m) {
  if (m.is_tuple(3) && m[0].is_atom(Atom("$gen_call"))) return "CALL: " + tag_of(m[2]);
  if (m.is_tuple(2) && m[0].is_atom(Atom("$gen_cast"))) return "CAST: " + tag_of(m[1]);
  return "INFO: " + tag_of(m);
}

bool is_down_message(const Term& m) { return m.is_tuple(5) && m[0].is_atom(atoms::DOWN); }

}  // namespace

Sequence build_sequence(const Trace& trace, size_t max_steps, Pid only,
                        const std::function<bool(const Event&)>& is_hidden,
                        const std::function<std::string(Pid)>& name_of) {
  // Walk back from the newest event until enough steps are found, then forwards.
  struct Raw {
    size_t index;
    SeqStep::Kind kind;
    Pid from, to;
  };
  std::vector<Raw> raw;
  uint64_t earlier = 0;
  for (size_t i = trace.size(); i-- > 0;) {
    const Event& e = trace[i];
    if (is_hidden && is_hidden(e)) continue;
    Raw r{i, SeqStep::Kind::message, Pid{}, Pid{}};
    switch (e.kind) {
      case EventKind::spawn:
        if (!e.other) continue;  // started by the host
        r = {i, SeqStep::Kind::spawn, e.other, e.pid};
        break;
      case EventKind::send:
        if (!e.other || !e.pid || e.pid == e.other || is_down_message(e.data)) continue;
        r = {i,
             e.data.is_tuple(3) && e.data[0].is_atom(Atom("$gen_call")) ? SeqStep::Kind::call
                                                                        : SeqStep::Kind::message,
             e.pid, e.other};
        break;
      case EventKind::exit_signal:
      case EventKind::exit_trapped:
      case EventKind::exit_ignored:
        if (!e.other || e.other == e.pid) continue;
        r = {i,
             e.kind == EventKind::exit_signal    ? SeqStep::Kind::exit_signal
             : e.kind == EventKind::exit_trapped ? SeqStep::Kind::exit_trapped
                                                 : SeqStep::Kind::exit_ignored,
             e.other, e.pid};
        break;
      case EventKind::down:
        if (!e.other) continue;
        r = {i, SeqStep::Kind::down, e.other, e.pid};
        break;
      case EventKind::exit:
        r = {i, SeqStep::Kind::exit, e.pid, e.pid};
        break;
      default:
        continue;
    }
    if (only && r.from != only && r.to != only) continue;
    if (raw.size() >= max_steps) {
      ++earlier;
      continue;
    }
    raw.push_back(r);
  }

  Sequence seq;
  seq.earlier = earlier;
  std::unordered_map<uint64_t, int> index;
  auto participant = [&](Pid p) {
    auto it = index.find(p.packed());
    if (it != index.end()) return it->second;
    const int n = static_cast<int>(seq.participants.size());
    index.emplace(p.packed(), n);
    seq.participants.push_back({p, name_of ? name_of(p) : std::string()});
    return n;
  };
  for (size_t k = raw.size(); k-- > 0;) {
    const Raw& r = raw[k];
    const Event& e = trace[r.index];
    SeqStep step;
    step.kind = r.kind;
    step.from = participant(r.from);
    step.to = participant(r.to);
    step.time_us = e.time_us;
    step.seq = e.seq;
    switch (r.kind) {
      case SeqStep::Kind::spawn:
        step.label = "SPAWN";
        break;
      case SeqStep::Kind::message:
      case SeqStep::Kind::call:
        step.detail = inspect(e.data, kShort);
        step.label = message_label(e.data);
        break;
      case SeqStep::Kind::exit_signal:
      case SeqStep::Kind::exit_trapped:
      case SeqStep::Kind::exit_ignored:
        step.detail = reason_words(e.data);
        step.label = "EXIT: " + step.detail;
        break;
      case SeqStep::Kind::down:
        step.detail = reason_words(e.data.is_tuple(5) ? e.data[4] : e.data);
        step.label = "DOWN: " + step.detail;
        break;
      case SeqStep::Kind::exit:
        step.detail = reason_words(e.data);
        step.label = "exited: " + step.detail;
        break;
    }
    seq.steps.push_back(std::move(step));
  }
  return seq;
}

namespace {
// Mermaid reads ';' as the end of a statement and '#' as the start of an entity.
std::string mermaid_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '#')
      out += "#35;";
    else if (c == ';')
      out += "#59;";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}
}  // namespace

std::string to_mermaid(const Sequence& seq) {
  std::string out = "sequenceDiagram\n";
  for (size_t i = 0; i < seq.participants.size(); ++i) {
    const SeqParticipant& p = seq.participants[i];
    out += "participant " + std::to_string(i) + " AS " + mermaid_text(inspect(Term(p.pid)));
    if (!p.name.empty() && p.name != "process") out += " " + mermaid_text(p.name);
    out += ";\n";
  }
  std::vector<bool> active(seq.participants.size(), false);
  for (const SeqStep& s : seq.steps) {
    const std::string from = std::to_string(s.from), to = std::to_string(s.to);
    switch (s.kind) {
      case SeqStep::Kind::exit:
        out += "Note over " + from + ": " + mermaid_text(s.label) + "\n";
        if (active[static_cast<size_t>(s.from)]) {
          out += "deactivate " + from + "\n";
          active[static_cast<size_t>(s.from)] = false;
        }
        break;
      case SeqStep::Kind::spawn:
        out += from + "->>" + to + ": SPAWN\n";
        if (!active[static_cast<size_t>(s.to)]) {
          out += "activate " + to + "\n";
          active[static_cast<size_t>(s.to)] = true;
        }
        break;
      case SeqStep::Kind::exit_signal:  // it kills: a cross at the receiving end
        out += from + "-x" + to + ": " + mermaid_text(s.label) + "\n";
        break;
      case SeqStep::Kind::down:
      case SeqStep::Kind::exit_ignored:
        out += from + "-->>" + to + ": " + mermaid_text(s.label) + "\n";
        break;
      default:
        out += from + "->>" + to + ": " + mermaid_text(s.label) + "\n";
        break;
    }
  }
  return out;
}

}  // namespace taskplay::ui
