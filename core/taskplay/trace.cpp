#include "taskplay/trace.hpp"

#include <cstdio>

#include "taskplay/inspect.hpp"
#include "taskplay/json.hpp"

namespace taskplay {

const char* event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::spawn:
      return "spawn";
    case EventKind::exit:
      return "exit";
    case EventKind::link:
      return "link";
    case EventKind::unlink:
      return "unlink";
    case EventKind::monitor:
      return "monitor";
    case EventKind::demonitor:
      return "demonitor";
    case EventKind::send:
      return "send";
    case EventKind::receive:
      return "receive";
    case EventKind::exit_signal:
      return "exit_signal";
    case EventKind::exit_trapped:
      return "exit_trapped";
    case EventKind::exit_ignored:
      return "exit_ignored";
    case EventKind::down:
      return "down";
    case EventKind::timer:
      return "timer";
    case EventKind::register_name:
      return "register";
    case EventKind::log:
      return "log";
    case EventKind::restart:
      return "restart";
    case EventKind::limit:
      return "limit";
  }
  return "?";
}

void Trace::set_capacity(size_t n) {
  std::vector<Event> held;
  held.reserve(events_.size());
  for (size_t i = 0; i < events_.size(); ++i) held.push_back((*this)[i]);
  capacity_ = n == 0 ? 1 : n;
  if (held.size() > capacity_) {
    dropped_ += held.size() - capacity_;
    held.erase(held.begin(), held.begin() + static_cast<long>(held.size() - capacity_));
  }
  events_ = std::move(held);
  start_ = 0;
}

void Trace::push(Event e) {
  if (events_.size() < capacity_) {
    events_.push_back(std::move(e));
    return;
  }
  events_[start_] = std::move(e);
  start_ = (start_ + 1) % events_.size();
  ++dropped_;
}

void Trace::clear() {
  events_.clear();
  start_ = 0;
}

std::string Trace::format(const Event& e) const {
  char t[32];
  std::snprintf(t, sizeof t, "%lld.%03lld", static_cast<long long>(e.time_us / 1000),
                static_cast<long long>(e.time_us % 1000));
  std::string s = t;
  s += ' ';
  s += event_kind_name(e.kind);
  s += ' ';
  s += inspect(Term(e.pid));
  if (e.other) {
    s += ' ';
    s += inspect(Term(e.other));
  }
  if (!e.data.is_nil()) {
    s += ' ';
    s += e.data.is_binary() && e.kind == EventKind::log ? std::string(e.data.binary())
                                                        : inspect(e.data);
  }
  return s;
}

std::string Trace::to_json_lines() const {
  std::string out;
  for (size_t i = 0; i < size(); ++i) {
    const Event& e = (*this)[i];
    out += "{\"seq\":" + std::to_string(e.seq) + ",\"step\":" + std::to_string(e.step) +
           ",\"time_us\":" + std::to_string(e.time_us) + ",\"kind\":\"" + event_kind_name(e.kind) +
           "\",\"pid\":";
    json::string(out, inspect(Term(e.pid)));
    if (e.other) {
      out += ",\"other\":";
      json::string(out, inspect(Term(e.other)));
    }
    if (!e.data.is_nil()) {
      out += ",\"data\":";
      json::string(out, e.data.is_binary() ? std::string(e.data.binary()) : inspect(e.data));
    }
    out += "}\n";
  }
  return out;
}

}  // namespace taskplay
