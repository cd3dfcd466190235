#include "taskplay/lang/explore.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/line_diff.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/schedule.hpp"

namespace taskplay::lang {

// [SECTION] Tokens: v1.<decision>-<pid>... in base 36 --------------------------------------------

namespace {

constexpr std::string_view kTokenVersion = "v1";

std::string base36(uint32_t n) {
  std::string s;
  do {
    s.insert(s.begin(), "0123456789abcdefghijklmnopqrstuvwxyz"[n % 36]);
    n /= 36;
  } while (n);
  return s;
}

std::optional<uint32_t> parse_base36(std::string_view s) {
  if (s.empty() || s.size() > 6) return std::nullopt;
  uint32_t n = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : -1;
    if (d < 0) return std::nullopt;
    n = n * 36 + static_cast<uint32_t>(d);
  }
  return n;
}

}  // namespace

std::string Schedule::token() const {
  std::string t(kTokenVersion);
  for (const Change& c : changes) t += "." + base36(c.decision) + "-" + base36(c.pid);
  return t;
}

std::optional<Schedule> Schedule::parse(std::string_view token) {
  if (token.substr(0, kTokenVersion.size()) != kTokenVersion) return std::nullopt;
  token.remove_prefix(kTokenVersion.size());
  Schedule s;
  while (!token.empty()) {
    if (token[0] != '.') return std::nullopt;
    token.remove_prefix(1);
    size_t end = std::min(token.find('.'), token.size());
    std::string_view item = token.substr(0, end);
    token.remove_prefix(end);
    size_t dash = item.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto d = parse_base36(item.substr(0, dash));
    auto p = parse_base36(item.substr(dash + 1));
    if (!d || !p) return std::nullopt;
    if (!s.changes.empty() && *d <= s.changes.back().decision) return std::nullopt;
    s.changes.push_back({*d, *p});
  }
  return s;
}

// [SECTION] Recording a run's decisions and steps
// --------------------------------------------------

namespace {

// A process put to sleep at a decision (sleep sets): its next step is known and has been
// tried there; it stays asleep while the steps taken are independent of it.
struct Sleeper {
  uint32_t pid;
  std::vector<Touch> step;
};

bool dependent_steps(const std::vector<Touch>& a, const std::vector<Touch>& b) {
  for (const Touch& x : a)
    for (const Touch& y : b)
      if (dependent(x, y)) return true;
  return false;
}

struct Point {
  std::vector<Sleeper> sleep;  // asleep when this decision was made
  std::vector<Pid> candidates;
  uint32_t chosen = 0;  // index into candidates
  bool continuing = false;
  uint64_t step = 0;        // the runtime's step number (the trace's stamp)
  uint32_t step_index = 0;  // in Recorder::steps
};

struct StepRecord {
  Pid actor;  // Pid{}: a timer firing (or the host, before the first step)
  std::vector<Touch> touches;
  int32_t point = -1;  // the decision that chose it
};

}  // namespace

class Recorder final : public Scheduler {
 public:
  std::vector<uint32_t> forced;  // the pid number to choose at each decision, for a prefix
  std::vector<Schedule::Change> changes;
  Runtime* rt = nullptr;
  std::vector<Point> points;
  std::vector<StepRecord> steps;
  std::unordered_map<uint32_t, uint32_t> spawn_step;  // child's pid number -> the step
  std::string misfit;
  uint32_t preemptions = 0;
  // sleep sets: asleep after the last forced decision; every later choice avoids them
  std::vector<Sleeper> pending_sleep;
  bool sleep_blocked = false;      // every candidate was asleep at some decision
  uint32_t ended_at = UINT32_MAX;  // the decision count when the script's process ended

  size_t choose(const std::vector<Pid>& c, bool continuing) override {
    auto d = static_cast<uint32_t>(points.size());
    if (!forced.empty() && d == forced.size()) {
      sleep_ = std::move(pending_sleep);
      filtered_ = points.back().step_index;
    }
    for (; filtered_ < steps.size(); ++filtered_)
      std::erase_if(sleep_, [&](const Sleeper& z) {
        return dependent_steps(z.step, steps[filtered_].touches);
      });
    auto asleep = [&](Pid p) {
      return std::any_of(sleep_.begin(), sleep_.end(),
                         [&](const Sleeper& z) { return z.pid == p.number; });
    };
    std::optional<uint32_t> want;
    if (d < forced.size()) {
      want = forced[d];
    } else {
      while (next_change_ < changes.size() && changes[next_change_].decision < d) ++next_change_;
      if (next_change_ < changes.size() && changes[next_change_].decision == d)
        want = changes[next_change_].pid;
    }
    size_t pick = 0;
    if (!want && !sleep_.empty() && asleep(c[0])) {
      auto awake = std::find_if(c.begin(), c.end(), [&](Pid p) { return !asleep(p); });
      if (awake == c.end())
        sleep_blocked = true;
      else
        pick = static_cast<size_t>(awake - c.begin());
    }
    if (want) {
      auto it = std::find_if(c.begin(), c.end(), [&](Pid p) { return p.number == *want; });
      if (it != c.end()) {
        pick = static_cast<size_t>(it - c.begin());
      } else if (misfit.empty()) {
        misfit = "at decision " + std::to_string(d) + " the process numbered " +
                 std::to_string(*want) + " cannot run";
      }
    }
    if (continuing && pick != 0) ++preemptions;
    points.push_back({sleep_, c, static_cast<uint32_t>(pick), continuing, rt->steps(),
                      static_cast<uint32_t>(steps.size())});
    steps.push_back({c[pick], {}, static_cast<int32_t>(d)});
    return pick;
  }
  void touched(Pid actor, Touch t) override {
    if (steps.empty() || steps.back().actor != actor) steps.push_back({actor, {}, -1});
    auto& v = steps.back().touches;
    if (std::find(v.begin(), v.end(), t) == v.end()) v.push_back(t);
  }
  void spawned(Pid, Pid child) override {
    if (!steps.empty()) spawn_step[child.number] = static_cast<uint32_t>(steps.size() - 1);
  }

 private:
  size_t next_change_ = 0;
  std::vector<Sleeper> sleep_;
  size_t filtered_ = 0;  // steps before this one have woken whom they wake
};

namespace {

// A bound on one run, so a program that loops forever under some schedule ends.
constexpr uint64_t kMaxReductionsPerRun = 50'000'000;

std::string normalized(const std::string& s) { return without_ids(s); }

ScheduledRun outcome_of(Runtime& rt, const ScriptResult& sr, const Recorder& rec);
constexpr uint32_t kMaxStepsAfterEnd = 20'000;
constexpr uint64_t kMaxReductionsAfterEnd = 2'000'000;

// One run under a Recorder, a slice at a time: the program as `elixir FILE` runs it (its
// at_exit funs too); then, with `after_end`, the other processes go on until they all wait
// (bounded), for the explorer to see what they would have raced with. The outcome is what
// there was when the script ended.
class RecordedRun {
 public:
  RecordedRun(std::string_view source, const std::string& file, Recorder& rec, bool after_end)
      : rt_(std::make_unique<Runtime>(options())),
        runner_(std::make_unique<ScriptRunner>(*rt_, kMaxReductionsPerRun)),
        rec_(rec),
        after_end_(after_end) {
    rec.rt = rt_.get();
    rt_->set_scheduler(&rec);
    State& st = state(*rt_);
    st.output = [this](Pid, std::string_view s) { output_ += s; };
    st.error_output = [this](Pid, std::string_view s) { error_ += s; };
    runner_->start(source, file, true);
  }
  ~RecordedRun() { rt_->set_scheduler(nullptr); }
  RecordedRun(const RecordedRun&) = delete;
  RecordedRun& operator=(const RecordedRun&) = delete;

  uint64_t reductions() const { return rt_->total_reductions(); }

  // About `reductions` more (at least one step); true when the run is over.
  bool advance(uint64_t reductions) {
    if (!ended_) {
      if (!runner_->advance(reductions)) return false;
      end_script();
      return !after_end_;  // the continuation starts with the next slice
    }
    const uint64_t from = rt_->total_reductions();
    while (steps_after_end_ < kMaxStepsAfterEnd &&
           rt_->total_reductions() - after_end_from_ < kMaxReductionsAfterEnd) {
      if (rt_->total_reductions() - from >= reductions && steps_after_end_ > 0) return false;
      ++steps_after_end_;
      if (rt_->step()) continue;
      auto next = rt_->next_timer_us();
      if (!next) break;
      rt_->clock().advance_to(*next);
    }
    return true;
  }

  ScheduledRun take() {
    rt_->set_scheduler(nullptr);
    return std::move(run_);
  }

 private:
  static RuntimeOptions options() {
    RuntimeOptions o;
    o.trace_capacity = 1'000'000;
    return o;
  }
  void end_script() {
    ended_ = true;
    const ScriptResult& sr = runner_->result();
    rec_.ended_at = static_cast<uint32_t>(rec_.points.size());
    run_ = outcome_of(*rt_, sr, rec_);
    run_.output = std::move(output_);
    run_.error = std::move(error_) + run_.error;
    State& st = state(*rt_);
    st.output = [](Pid, std::string_view) {};
    st.error_output = [](Pid, std::string_view) {};
    if (!(sr.main && sr.finished)) after_end_ = false;
    after_end_from_ = rt_->total_reductions();
  }

  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<ScriptRunner> runner_;
  Recorder& rec_;
  bool after_end_;
  bool ended_ = false;
  std::string output_, error_;
  ScheduledRun run_;
  uint32_t steps_after_end_ = 0;
  uint64_t after_end_from_ = 0;
};

ScheduledRun run_recorded(std::string_view source, const std::string& file, Recorder& rec) {
  RecordedRun run(source, file, rec, false);
  while (!run.advance(UINT64_MAX)) {
  }
  return run.take();
}

ScheduledRun outcome_of(Runtime& rt, const ScriptResult& sr, const Recorder& rec) {
  ScheduledRun r;
  const Trace& tr = rt.trace();
  std::string logs;
  uint32_t hash = kEventHashSeed;
  for (size_t i = 0; i < tr.size(); ++i) {
    const Event& e = tr[i];
    hash = event_hash(hash, e);
    if (e.kind == EventKind::log && e.data.is_binary())
      logs += logger::console_text(e.level, e.data.binary());
    if (e.kind == EventKind::exit) r.exits.push_back(inspect(Term(e.pid)) + " " + inspect(e.data));
  }
  r.trace_hash = hash;
  r.error = logs + sr.error;
  r.status = sr.status;
  r.finished = sr.finished;
  r.compiled = static_cast<bool>(sr.main);
  if (!sr.finished && sr.error.empty())
    r.error += "** (taskplay) every process waits for a message that cannot come\n";
  rt.each_process([&](const Process& p) {
    if (!p.mailbox.size()) return;
    std::string m = inspect(Term(p.pid)) + " [";
    bool first = true;
    for (const Mailbox::Node* n = p.mailbox.first(); n; n = n->next) {
      m += (first ? "" : ", ") + inspect(n->message);
      first = false;
    }
    r.mailboxes.push_back(m + "]");
  });
  r.misfit = rec.misfit;
  r.decisions = static_cast<uint32_t>(rec.points.size());
  r.preemptions = rec.preemptions;
  return r;
}

}  // namespace

std::string ScheduledRun::outcome_key() const {
  std::string k = output + "\x1f" + error + "\x1f" + std::to_string(status) +
                  (finished ? "" : " unfinished") + "\x1f";
  std::vector<std::string> e;
  for (const auto& x : exits) e.push_back(normalized(x));
  std::sort(e.begin(), e.end());
  for (const auto& x : e) k += x + "\n";
  k += "\x1f";
  std::vector<std::string> m;
  for (const auto& x : mailboxes) m.push_back(normalized(x));
  std::sort(m.begin(), m.end());
  for (const auto& x : m) k += x + "\n";
  return normalized(k);
}

ScheduleFollower::ScheduleFollower(const Schedule& schedule)
    : recorder_(std::make_unique<Recorder>()) {
  recorder_->changes = schedule.changes;
}
ScheduleFollower::~ScheduleFollower() {
  if (rt_) rt_->set_scheduler(nullptr);
}
void ScheduleFollower::attach(Runtime& rt) {
  rt_ = &rt;
  recorder_->rt = &rt;
  rt.set_scheduler(recorder_.get());
}
const std::string& ScheduleFollower::misfit() const { return recorder_->misfit; }

ScheduledRun run_scheduled(std::string_view source, const std::string& file,
                           const Schedule& schedule) {
  Recorder rec;
  rec.changes = schedule.changes;
  return run_recorded(source, file, rec);
}

// [SECTION] Exploration
// -------------------------------------------------------------------------------

namespace {

struct Decision {
  std::vector<Pid> candidates;
  std::vector<Sleeper> sleep;  // asleep on arrival here
  bool continuing = false;
  uint32_t chosen = 0;  // pid number
  uint64_t step = 0;
  std::set<uint32_t> backtrack, done;
  std::map<uint32_t, std::vector<Touch>> step_of;  // what each choice tried here did first
};

}  // namespace

class Explorer {
 public:
  Explorer(std::string_view source, const std::string& file, ExploreOptions opts)
      : source_(source), file_(file), opts_(opts) {}

  bool done() const { return done_; }
  const Exploration& result() const { return result_; }

  // About `reductions` more of work (at least one step); true when the exploration is over.
  bool advance(uint64_t reductions) {
    while (!done_) {
      if (!run_) {
        rec_ = std::make_unique<Recorder>();
        rec_->forced = prefix_;
        rec_->pending_sleep = std::move(sleep_);
        run_ = std::make_unique<RecordedRun>(source_, file_, *rec_, true);
      }
      const uint64_t from = run_->reductions();
      const bool over = run_->advance(reductions);
      reductions -= std::min(reductions, run_->reductions() - from);
      if (!over) return false;
      ScheduledRun r = run_->take();
      run_.reset();
      finish_schedule(std::move(r));
      if (reductions == 0) break;
    }
    return done_;
  }

 private:
  // A schedule has run: its outcome, its races, and the next schedule to try (or the end).
  void finish_schedule(ScheduledRun r) {
    const Recorder& rec = *rec_;
    if (!r.compiled) {
      result_.error = r.error;
      done_ = true;
      return;
    }
    ++result_.schedules;
    for (size_t d = stack_.size(); d < rec.points.size(); ++d) {
      const Point& p = rec.points[d];
      Decision n;
      n.candidates = p.candidates;
      n.continuing = p.continuing;
      n.chosen = p.candidates[p.chosen].number;
      n.step = p.step;
      n.sleep = p.sleep;
      n.done.insert(n.chosen);
      stack_.push_back(std::move(n));
    }
    for (size_t d = prefix_.empty() ? 0 : prefix_.size() - 1; d < rec.points.size(); ++d) {
      const Point& p = rec.points[d];
      stack_[d].step_of[p.candidates[p.chosen].number] = rec.steps[p.step_index].touches;
    }
    note_outcome(rec, std::move(r));
    find_races(rec);
    // the deepest decision with a choice left to try
    size_t d = stack_.size();
    uint32_t next = 0;
    while (d > 0) {
      Decision& n = stack_[d - 1];
      auto it = std::find_if(n.backtrack.begin(), n.backtrack.end(),
                             [&](uint32_t q) { return !n.done.count(q); });
      if (it != n.backtrack.end()) {
        next = *it;
        break;
      }
      --d;
    }
    if (d == 0) return finish();
    if (result_.schedules >= opts_.max_schedules) {
      result_.complete = false;
      result_.cut_short = "stopped after " + std::to_string(opts_.max_schedules) +
                          " schedules (--max-schedules); schedules were left to try";
      return finish();
    }
    Decision& n = stack_[d - 1];
    // asleep below: what was asleep here, and the choices tried here before
    sleep_ = n.sleep;
    for (uint32_t p : n.done)
      if (auto it = n.step_of.find(p); it != n.step_of.end()) sleep_.push_back({p, it->second});
    n.done.insert(next);
    n.chosen = next;
    stack_.resize(d);
    prefix_.clear();
    for (const Decision& x : stack_) prefix_.push_back(x.chosen);
  }

  void finish() {
    done_ = true;
    // outcomes that print the same side by side, in the order their outputs were first seen
    auto outputs = distinct_outputs(result_);
    auto rank = [&](const Outcome& o) {
      return std::find(outputs.begin(), outputs.end(), normalized(o.run.output)) - outputs.begin();
    };
    std::stable_sort(result_.outcomes.begin(), result_.outcomes.end(),
                     [&](const Outcome& a, const Outcome& b) { return rank(a) < rank(b); });
  }

  static bool preempts(const Decision& n, uint32_t pid) {
    return n.continuing && n.candidates[0].number != pid;
  }
  uint32_t preemptions_before(size_t d) const {
    uint32_t k = 0;
    for (size_t i = 0; i < d; ++i) k += preempts(stack_[i], stack_[i].chosen);
    return k;
  }

  void try_add(size_t d, uint32_t pid) {
    Decision& n = stack_[d];
    if (n.backtrack.count(pid) || n.done.count(pid)) return;
    if (std::any_of(n.sleep.begin(), n.sleep.end(), [&](const Sleeper& z) { return z.pid == pid; }))
      return;
    if (preemptions_before(d) + preempts(n, pid) > opts_.preemptions) {
      if (result_.complete) {
        result_.complete = false;
        result_.cut_short = "schedules with more than " + std::to_string(opts_.preemptions) +
                            " preemptions were left out (--preemptions)";
      }
      return;
    }
    n.backtrack.insert(pid);
  }

  void note_outcome(const Recorder& rec, ScheduledRun r) {
    Schedule s;
    for (size_t d = 0; d < rec.points.size(); ++d) {
      const Point& p = rec.points[d];
      if (p.chosen != 0)
        s.changes.push_back({static_cast<uint32_t>(d), p.candidates[p.chosen].number});
    }
    std::string key = r.outcome_key();
    auto it = index_.find(key);
    if (it != index_.end()) {
      ++result_.outcomes[it->second].schedules;
      return;
    }
    Outcome o;
    o.schedules = 1;
    if (!s.changes.empty()) {
      const Point& p = rec.points[s.changes[0].decision];
      o.diverged_at_step = p.step;
      o.divergence = inspect(Term(p.candidates[p.chosen])) +
                     " ran where the default schedule ran " + inspect(Term(p.candidates[0]));
    }
    o.schedule = std::move(s);
    o.run = std::move(r);
    index_.emplace(std::move(key), result_.outcomes.size());
    result_.outcomes.push_back(std::move(o));
  }

  // Dependent steps of different processes with nothing between that orders them: try the
  // other order (schedule.hpp's dependence; vector clocks give what happened before what).
  void find_races(const Recorder& rec) {
    const auto& steps = rec.steps;
    const size_t n = steps.size();
    std::unordered_map<uint64_t, uint32_t> actor_of;  // pid number -> dense index
    auto actor = [&](Pid p) {
      auto [it, fresh] = actor_of.emplace(p.packed(), static_cast<uint32_t>(actor_of.size()));
      return it->second;
    };
    std::vector<uint32_t> who(n), seq(n);
    std::vector<uint32_t> count;
    for (size_t j = 0; j < n; ++j) {
      who[j] = actor(steps[j].actor);
      if (count.size() <= who[j]) count.resize(who[j] + 1, 0);
      seq[j] = ++count[who[j]];
    }
    const size_t actors = count.size();
    std::vector<std::vector<uint32_t>> clock(n);
    std::vector<int32_t> last_of(actors, -1);
    struct Access {
      int32_t last = -1;
      std::vector<int32_t> readers;  // watch/runs since the last life touch
    };
    std::unordered_map<uint64_t, Access> objects;
    auto key = [](const Touch& t) {
      bool life_side =
          t.kind == TouchKind::life || t.kind == TouchKind::watch || t.kind == TouchKind::runs;
      uint64_t k = life_side ? 0 : static_cast<uint64_t>(t.kind);
      return (t.object << 3) | k;
    };
    auto happened_before = [&](size_t i, size_t k) {  // i -> k (i's step is in k's past)
      return clock[k][who[i]] >= seq[i];
    };
    for (size_t j = 0; j < n; ++j) {
      std::vector<int32_t> preds;
      for (const Touch& t : steps[j].touches) {
        Access& a = objects[key(t)];
        if (a.last >= 0) preds.push_back(a.last);
        if (t.kind == TouchKind::life || t.kind == TouchKind::mailbox ||
            t.kind == TouchKind::message || t.kind == TouchKind::name ||
            t.kind == TouchKind::output)
          for (int32_t r : a.readers) preds.push_back(r);
      }
      std::sort(preds.begin(), preds.end());
      preds.erase(std::unique(preds.begin(), preds.end()), preds.end());
      // the clock: program order, the spawn, every dependent step before
      std::vector<uint32_t>& c = clock[j];
      c.assign(actors, 0);
      auto join = [&](const std::vector<uint32_t>& o) {
        for (size_t x = 0; x < actors; ++x) c[x] = std::max(c[x], o[x]);
      };
      int32_t before = last_of[who[j]];
      if (before >= 0) {
        join(clock[before]);
      } else if (auto sp = rec.spawn_step.find(static_cast<uint32_t>(steps[j].actor.number));
                 sp != rec.spawn_step.end() && sp->second < j) {
        join(clock[sp->second]);
        if (before < 0) before = static_cast<int32_t>(sp->second);
      }
      for (int32_t i : preds) join(clock[i]);
      c[who[j]] = seq[j];
      // the races
      for (int32_t i : preds) {
        if (who[i] == who[j] || !steps[i].actor || !steps[j].actor || steps[i].point < 0) continue;
        // reordering what comes after the script's end changes nothing it printed
        if (static_cast<uint32_t>(steps[i].point) >= rec.ended_at) continue;
        bool ordered = before >= 0 && happened_before(i, before);
        for (int32_t k : preds)
          if (!ordered && k != i && k > i && happened_before(i, k)) ordered = true;
        if (!ordered) reverse(rec, static_cast<size_t>(i), j, clock, who, seq);
      }
      for (const Touch& t : steps[j].touches) {
        Access& a = objects[key(t)];
        if (t.kind == TouchKind::watch || t.kind == TouchKind::runs) {
          a.readers.push_back(static_cast<int32_t>(j));
        } else {
          a.last = static_cast<int32_t>(j);
          a.readers.clear();
        }
      }
      last_of[who[j]] = static_cast<int32_t>(j);
    }
  }

  // Step j should be tried before step i: at i's decision, schedule the first process of
  // what does not depend on i up to j (source sets), or every candidate when it cannot run.
  void reverse(const Recorder& rec, size_t i, size_t j,
               const std::vector<std::vector<uint32_t>>& clock, const std::vector<uint32_t>& who,
               const std::vector<uint32_t>& seq) {
    const auto& steps = rec.steps;
    auto d = static_cast<size_t>(steps[i].point);
    if (d >= stack_.size()) return;
    Pid q = steps[j].actor;
    for (size_t k = i + 1; k < j; ++k) {
      if (!steps[k].actor) continue;
      if (clock[k][who[i]] < seq[i]) {
        q = steps[k].actor;
        break;
      }
    }
    const Decision& n = stack_[d];
    bool enabled =
        std::any_of(n.candidates.begin(), n.candidates.end(), [&](Pid p) { return p == q; });
    if (enabled) {
      try_add(d, q.number);
    } else {
      for (Pid p : n.candidates) try_add(d, p.number);
    }
  }

  std::string source_;
  std::string file_;
  ExploreOptions opts_;
  std::vector<Decision> stack_;
  Exploration result_;
  std::unordered_map<std::string, size_t> index_;
  bool done_ = false;
  // the schedule to run next (a prefix of forced choices, asleep after it), or running
  std::vector<uint32_t> prefix_;
  std::vector<Sleeper> sleep_;
  std::unique_ptr<Recorder> rec_;
  std::unique_ptr<RecordedRun> run_;
};

std::vector<std::string> distinct_outputs(const Exploration& e) {
  std::vector<std::string> v;
  for (const Outcome& o : e.outcomes) {
    std::string out = normalized(o.run.output);
    if (std::find(v.begin(), v.end(), out) == v.end()) v.push_back(std::move(out));
  }
  return v;
}

ExploreJob::ExploreJob(std::string source, std::string file, ExploreOptions opts)
    : explorer_(std::make_unique<Explorer>(source, file, opts)) {}
ExploreJob::~ExploreJob() = default;
bool ExploreJob::advance(uint64_t reductions) { return explorer_->advance(reductions); }
bool ExploreJob::done() const { return explorer_->done(); }
uint32_t ExploreJob::schedules() const { return explorer_->result().schedules; }
const Exploration& ExploreJob::result() const { return explorer_->result(); }

Exploration explore(std::string_view source, const std::string& file, ExploreOptions opts) {
  ExploreJob job(std::string(source), file, opts);
  while (!job.advance(UINT64_MAX)) {
  }
  return job.result();
}

// [SECTION] The report
// ---------------------------------------------------------------------------------

namespace {

// A line diff: "  same", "- only in a", "+ only in b".
std::string line_diff(const std::string& a, const std::string& b) {
  static constexpr const char* kMark[] = {"      ", "    - ", "    + "};
  std::string out;
  for (const DiffLine& d : diff_lines(a, b)) out += kMark[static_cast<int>(d.kind)] + d.text + "\n";
  return out;
}

std::string indented(const std::string& s) {
  std::string out;
  for (const auto& l : lines_of(s)) out += "      " + l + "\n";
  return out;
}

}  // namespace

std::string describe(const Exploration& e, const std::string& file) {
  if (!e.error.empty()) return e.error;
  std::string out = "explored " + std::to_string(e.schedules) +
                    (e.schedules == 1 ? " schedule" : " schedules") + ": " +
                    std::to_string(e.outcomes.size()) +
                    (e.outcomes.size() == 1 ? " outcome" : " distinct outcomes") + "\n";
  out += e.complete ? "every schedule within the bounds was explored\n"
                    : "cut short: " + e.cut_short + "\n";
  // which outcomes print what (outcomes differ also by exit reasons and mailboxes left)
  auto outputs = distinct_outputs(e);
  if (e.outcomes.size() > 1) {
    out += std::to_string(outputs.size()) +
           (outputs.size() == 1 ? " output:\n" : " different outputs:\n");
    for (const std::string& text : outputs) {
      std::string which;
      for (size_t i = 0; i < e.outcomes.size(); ++i)
        if (normalized(e.outcomes[i].run.output) == text)
          which += (which.empty() ? "" : ", ") + std::to_string(i + 1);
      auto first = lines_of(text);
      std::string shown = first.empty() ? "(nothing)" : first[0] + (first.size() > 1 ? " ..." : "");
      out += "  outcome" + std::string(which.find(',') == std::string::npos ? " " : "s ") + which +
             ": " + shown + "\n";
    }
  }
  const ScheduledRun* base = e.outcomes.empty() ? nullptr : &e.outcomes[0].run;
  for (size_t i = 0; i < e.outcomes.size(); ++i) {
    const Outcome& o = e.outcomes[i];
    out += "\noutcome " + std::to_string(i + 1) + ": " + std::to_string(o.schedules) +
           (o.schedules == 1 ? " schedule" : " schedules");
    if (i == 0 && o.schedule.changes.empty()) out += " (the default schedule's)";
    out += "\n";
    if (!o.divergence.empty())
      out +=
          "  diverges at step " + std::to_string(o.diverged_at_step) + ": " + o.divergence + "\n";
    if (i == 0) {
      out += "  output:\n" + indented(o.run.output);
    } else if (o.run.output == base->output) {
      out += "  output: the same as outcome 1's\n";
    } else {
      out += "  output, against outcome 1's:\n" + line_diff(base->output, o.run.output);
    }
    if (!o.run.error.empty()) out += "  errors:\n" + indented(o.run.error);
    if (o.run.status != 0) out += "  exit status: " + std::to_string(o.run.status) + "\n";
    out += "  exits:\n";
    for (const auto& x : o.run.exits) out += "      " + x + "\n";
    if (!o.run.mailboxes.empty()) {
      out += "  mailboxes left:\n";
      for (const auto& x : o.run.mailboxes) out += "      " + x + "\n";
    }
    out += "  replay: taskplay run " + file + " --schedule " + o.schedule.token() + "\n";
  }
  return out;
}

}  // namespace taskplay::lang
