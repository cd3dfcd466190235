#include "taskplay/observer.hpp"

#include <algorithm>

namespace taskplay {

bool is_supervisor_label(Atom label) {
  static const Atom sup("Elixir.Supervisor"), dyn("Elixir.DynamicSupervisor"),
      tsup("Elixir.Task.Supervisor");
  return label == sup || label == dyn || label == tsup;
}

ProcessRecord& Observer::record_for(Pid pid) {
  auto it = index_.find(pid.packed());
  if (it != index_.end()) return records_[it->second];
  index_[pid.packed()] = records_.size();
  records_.push_back(ProcessRecord{});
  records_.back().pid = pid;
  ++alive_;
  return records_.back();
}

const Observer::Children& Observer::children(Pid parent) const {
  static const Children none;
  auto it = children_.find(parent.packed());
  return it == children_.end() ? none : it->second;
}

void Observer::note_parent(ProcessRecord& r, Pid parent) {
  if (r.parent || !parent) return;
  r.parent = parent;
  Children& c = children_[parent.packed()];
  c.records.push_back(static_cast<uint32_t>(&r - records_.data()));
  c.alive += r.alive;
}

void Observer::note_label(ProcessRecord& r, Atom label) {
  if (label == atoms::nil || r.label == label) return;
  const bool was = is_supervisor_label(r.label);
  r.label = label;
  if (!was && is_supervisor_label(label))
    supervisors_.push_back(static_cast<uint32_t>(&r - records_.data()));
}

void Observer::note_exit(ProcessRecord& r) {
  if (!r.alive) return;
  r.alive = false;
  --alive_;
  if (r.parent) --children_[r.parent.packed()].alive;
}

void Observer::reindex() {
  ++version_;
  ++generation_;
  index_.clear();
  children_.clear();
  supervisors_.clear();
  alive_ = 0;
  for (size_t i = 0; i < records_.size(); ++i) {
    ProcessRecord& r = records_[i];
    index_[r.pid.packed()] = i;
    alive_ += r.alive;
    if (r.parent) {
      Children& c = children_[r.parent.packed()];
      c.records.push_back(static_cast<uint32_t>(i));
      c.alive += r.alive;
    }
    if (is_supervisor_label(r.label)) supervisors_.push_back(static_cast<uint32_t>(i));
  }
}

const ProcessRecord* Observer::find(Pid pid) const {
  auto it = index_.find(pid.packed());
  return it == index_.end() ? nullptr : &records_[it->second];
}

void Observer::update(const Runtime& rt) {
  const Trace& tr = rt.trace();
  bool missed_some = false;
  if (tr.size() > 0) {
    uint64_t oldest = tr[0].seq;
    if (next_seq_ < oldest) {
      missed_ += oldest - next_seq_;
      next_seq_ = oldest;
      missed_some = true;
    }
    for (size_t i = static_cast<size_t>(next_seq_ - oldest); i < tr.size(); ++i) {
      const Event& e = tr[i];
      switch (e.kind) {
        case EventKind::spawn:
        case EventKind::exit:
        case EventKind::link:
        case EventKind::unlink:
        case EventKind::register_name:
          ++version_;
          break;
        default:
          break;
      }
      switch (e.kind) {
        case EventKind::spawn: {
          ProcessRecord& r = record_for(e.pid);
          note_parent(r, e.other);
          r.spawned_us = e.time_us;
          if (e.data.is_atom()) note_label(r, e.data.atom_value());
          break;
        }
        case EventKind::exit: {
          ProcessRecord& r = record_for(e.pid);
          note_exit(r);
          r.exited_us = e.time_us;
          r.reason = e.data;
          // its links break (it keeps them, to be drawn faded)
          for (Pid l : r.last_links) drop_link(l, e.pid);
          break;
        }
        case EventKind::link:
          add_link(e.pid, e.other);
          add_link(e.other, e.pid);
          break;
        case EventKind::unlink:
          drop_link(e.pid, e.other);
          drop_link(e.other, e.pid);
          break;
        case EventKind::register_name:
          if (e.data.is_atom()) record_for(e.pid).name = e.data.atom_value();
          break;
        case EventKind::exit_signal:
        case EventKind::exit_trapped:
        case EventKind::exit_ignored:
        case EventKind::down: {
          Term reason = e.data;
          if (e.kind == EventKind::down && e.data.is_tuple(5)) reason = e.data[4];
          // a :DOWN is recorded on the watcher (pid) about the dead process (other)
          signals_.push_back(SignalRecord{e.seq, e.time_us, e.kind, e.other, e.pid, reason});
          if (signals_.size() > max_signals_) signals_.pop_front();
          break;
        }
        default:
          break;
      }
    }
    next_seq_ = tr.total();
  }
  // The trace says everything above, so an update costs what happened since the last one,
  // not how many processes exist (a million idle ones cost a frame nothing: issue 16).
  // Only when the ring dropped events unread are the live processes read whole, for those
  // whose spawn was lost.
  if (!missed_some) return;
  ++version_;
  rt.each_process([&](const Process& p) {
    ProcessRecord& r = record_for(p.pid);
    note_label(r, p.label);
    if (p.name != atoms::nil) r.name = p.name;
    note_parent(r, p.parent);
  });
}

void Observer::add_link(Pid a, Pid b) {
  std::vector<Pid>& links = record_for(a).last_links;
  if (std::find(links.begin(), links.end(), b) == links.end()) links.push_back(b);
}

void Observer::drop_link(Pid a, Pid b) {
  auto it = index_.find(a.packed());
  if (it == index_.end()) return;
  ProcessRecord& r = records_[it->second];
  if (!r.alive) return;  // an exited process keeps the links it died with
  auto at = std::find(r.last_links.begin(), r.last_links.end(), b);
  if (at != r.last_links.end()) r.last_links.erase(at);
}

void Observer::clear_dead() {
  std::erase_if(records_, [](const ProcessRecord& r) { return !r.alive; });
  reindex();
  signals_.clear();
}

void Observer::reset() {
  records_.clear();
  reindex();
  signals_.clear();
  missed_ = 0;
}

}  // namespace taskplay
