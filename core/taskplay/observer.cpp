#include "taskplay/observer.hpp"

#include <algorithm>

namespace taskplay {

ProcessRecord& Observer::record_for(Pid pid) {
  auto it = index_.find(pid.packed());
  if (it != index_.end()) return records_[it->second];
  index_[pid.packed()] = records_.size();
  records_.push_back(ProcessRecord{});
  records_.back().pid = pid;
  return records_.back();
}

const ProcessRecord* Observer::find(Pid pid) const {
  auto it = index_.find(pid.packed());
  return it == index_.end() ? nullptr : &records_[it->second];
}

void Observer::update(const Runtime& rt) {
  const Trace& tr = rt.trace();
  if (tr.size() > 0) {
    uint64_t oldest = tr[0].seq;
    if (next_seq_ < oldest) {
      missed_ += oldest - next_seq_;
      next_seq_ = oldest;
    }
    for (size_t i = static_cast<size_t>(next_seq_ - oldest); i < tr.size(); ++i) {
      const Event& e = tr[i];
      switch (e.kind) {
        case EventKind::spawn: {
          ProcessRecord& r = record_for(e.pid);
          r.parent = e.other;
          r.spawned_us = e.time_us;
          if (e.data.is_atom()) r.label = e.data.atom_value();
          break;
        }
        case EventKind::exit: {
          ProcessRecord& r = record_for(e.pid);
          r.alive = false;
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
  // Live processes: labels as they are now (a process may say what it is after its spawn).
  rt.each_process([&](const Process& p) {
    ProcessRecord& r = record_for(p.pid);
    r.alive = true;
    if (p.label != atoms::nil) r.label = p.label;
    if (p.name != atoms::nil) r.name = p.name;
    if (!r.parent) r.parent = p.parent;
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
  std::vector<ProcessRecord> kept;
  index_.clear();
  for (auto& r : records_) {
    if (!r.alive) continue;
    index_[r.pid.packed()] = kept.size();
    kept.push_back(std::move(r));
  }
  records_ = std::move(kept);
  signals_.clear();
}

void Observer::reset() {
  records_.clear();
  index_.clear();
  signals_.clear();
  missed_ = 0;
}

}  // namespace taskplay
