#include "ui/explore.hpp"

#include <algorithm>

#include "taskplay/json.hpp"
#include "taskplay/lang/script.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/observer.hpp"
#include "taskplay/runtime.hpp"
#include "ui/presets.hpp"
#include "ui/process_kind.hpp"

namespace taskplay::ui {

// [SECTION] What is explored

ExploreProgram explore_program(const std::vector<std::string>& shell_lines) {
  ExploreProgram p;
  p.lines = shell_lines.size();
  for (size_t i = 0; i < shell_lines.size(); ++i) {
    if (i) p.source += '\n';
    p.source += shell_lines[i];
  }
  p.file = "shell.exs";
  // (Session::submit splits a preset at its newlines: joined again, they are its source)
  for (const Preset& preset : presets())
    if (preset.source == p.source) {
      p.file = preset.file;
      p.title = preset.title;
      break;
    }
  return p;
}

std::string describe_program(const ExploreProgram& p) {
  if (p.preset()) return "the preset " + p.title;
  if (p.empty()) return "nothing yet";
  return "the " + (p.lines == 1 ? std::string("line") : std::to_string(p.lines) + " lines") +
         " given to the shell since the last Reset, as one script";
}

// [SECTION] An outcome opened

PathRun::PathRun(const ExploreProgram& program, const lang::Schedule& schedule)
    : source_(program.source), file_(program.file) {
  RuntimeOptions o;
  o.trace_capacity = 1'000'000;  // (as the explorer's runs)
  rt_ = std::make_unique<Runtime>(o);
  follower_ = std::make_unique<lang::ScheduleFollower>(schedule);
  follower_->attach(*rt_);
  lang::State& st = lang::state(*rt_);
  st.output = [](Pid, std::string_view) {};
  st.error_output = [](Pid, std::string_view) {};
  // (the explorer's own bound on one run)
  runner_ = std::make_unique<lang::ScriptRunner>(*rt_, 50'000'000);
  runner_->start(source_, file_, true);
}

PathRun::~PathRun() = default;

bool PathRun::advance(uint64_t reductions) {
  if (!done_) done_ = runner_->advance(reductions);
  return done_;
}

const std::string& PathRun::misfit() const { return follower_->misfit(); }

Sequence PathRun::sequence(uint64_t from_step) const {
  Observer observer;
  observer.update(*rt_);
  const Pid main = runner_->result().main;
  constexpr size_t kMaxSteps = 300;
  return build_sequence(
      rt_->trace(), kMaxSteps, Pid{}, [from_step](const Event& e) { return e.step < from_step; },
      [&](Pid p) {
        return p == main ? std::string("script") : process_kind(*rt_, observer, {}, p);
      });
}

std::string step_text(const Sequence& seq, const SeqStep& step) {
  const std::string from = pid_short(seq.participants[static_cast<size_t>(step.from)].pid);
  if (step.kind == SeqStep::Kind::exit) return from + " exited " + step.detail;
  const std::string to = pid_short(seq.participants[static_cast<size_t>(step.to)].pid);
  return from + " -> " + to + " " + (step.kind == SeqStep::Kind::spawn ? "spawn" : step.detail);
}

// [SECTION] The exploration, a slice per frame

ExploreModel::ExploreModel(std::function<int64_t()> host_now_us)
    : host_now_us_(std::move(host_now_us)) {}

ExploreModel::~ExploreModel() = default;

void ExploreModel::start(ExploreProgram program, lang::ExploreOptions options) {
  command_ = Command::start;
  next_program_ = std::move(program);
  next_options_ = options;
}

void ExploreModel::cancel() { command_ = Command::cancel; }

void ExploreModel::apply() {
  if (open_request_ && command_ == Command::none) {
    const size_t i = *open_request_;
    open_request_.reset();
    opened_.reset();
    opening_.reset();
    paths_run_.reset();
    outcome_run_.reset();
    const lang::Exploration* e = result();
    if (e && i < e->outcomes.size()) {
      const lang::Outcome& o = e->outcomes[i];
      opening_ = OutcomePaths{};
      opening_->outcome = i;
      opening_->from_step = o.diverged_at_step;
      paths_run_ = std::make_unique<PathRun>(program_, lang::Schedule{});
      outcome_run_ = std::make_unique<PathRun>(program_, o.schedule);
    }
  }
  const Command c = command_;
  command_ = Command::none;
  if (c == Command::none) return;
  open_request_.reset();
  opened_.reset();
  opening_.reset();
  paths_run_.reset();
  outcome_run_.reset();
  job_.reset();
  diffs_.clear();
  state_ = State::idle;
  spent_ms_ = 0;
  frames_ = 0;
  if (c != Command::start || next_program_.empty()) return;
  program_ = std::move(next_program_);
  options_ = next_options_;
  job_ = std::make_unique<lang::ExploreJob>(program_.source, program_.file, options_);
  state_ = State::running;
}

void ExploreModel::advance(double budget_ms) {
  apply();
  const int64_t start = host_now_us_();
  const int64_t deadline = start + static_cast<int64_t>(budget_ms * 1000.0);
  if (paths_run_) {
    // the default schedule's path, then the outcome's, by chunks until the budget is spent
    bool over = false;
    do {
      over = paths_run_->advance(kChunk) && outcome_run_->advance(kChunk);
    } while (!over && host_now_us_() < deadline);
    if (over) {
      opening_->default_path = paths_run_->sequence(opening_->from_step);
      opening_->outcome_path = outcome_run_->sequence(opening_->from_step);
      opening_->misfit = outcome_run_->misfit();
      opened_ = std::move(opening_);
      opening_.reset();
      paths_run_.reset();
      outcome_run_.reset();
    }
    return;
  }
  if (state_ != State::running) return;
  bool over = false;
  do {
    over = job_->advance(kChunk);
  } while (!over && host_now_us_() < deadline);
  spent_ms_ += static_cast<double>(host_now_us_() - start) * 1e-3;
  ++frames_;
  if (!over) return;
  state_ = State::done;
  const lang::Exploration& e = job_->result();
  diffs_.clear();
  for (const lang::Outcome& o : e.outcomes)
    diffs_.push_back(diff_lines(e.outcomes.front().run.output, o.run.output));
}

uint32_t ExploreModel::schedules() const { return job_ ? job_->schedules() : 0; }

const lang::Exploration* ExploreModel::result() const {
  return state_ == State::done ? &job_->result() : nullptr;
}

// [SECTION] The test bridge

std::string explore_json(const ExploreModel& m) {
  std::string out = "{";
  json::key(out, "state");
  json::string(out, m.state() == ExploreModel::State::idle      ? "idle"
                    : m.state() == ExploreModel::State::running ? "running"
                                                                : "done");
  json::key(out, "program");
  json::string(out, m.program().title.empty() ? m.program().file : m.program().title);
  json::key(out, "preset");
  out += m.program().preset() ? "true" : "false";
  json::key(out, "schedules");
  json::number(out, m.schedules());
  json::key(out, "bound");
  json::number(out, m.bound());
  json::key(out, "frames");
  json::number(out, m.frames());
  if (const lang::Exploration* e = m.result()) {
    json::key(out, "complete");
    out += e->complete ? "true" : "false";
    json::key(out, "cut_short");
    json::string(out, e->cut_short);
    json::key(out, "error");
    json::string(out, e->error);
    json::key(out, "outcomes");
    out += '[';
    for (size_t i = 0; i < e->outcomes.size(); ++i) {
      const lang::Outcome& o = e->outcomes[i];
      if (i) out += ',';
      out += '{';
      json::key(out, "schedules");
      json::number(out, o.schedules);
      json::key(out, "token");
      json::string(out, o.schedule.token());
      json::key(out, "diverged_at_step");
      json::number(out, static_cast<double>(o.diverged_at_step));
      json::key(out, "divergence");
      json::string(out, o.divergence);
      json::key(out, "output");
      json::string(out, o.run.output);
      json::key(out, "status");
      json::number(out, o.run.status);
      out += '}';
    }
    out += ']';
  }
  if (const auto& p = m.opened()) {
    json::key(out, "opened");
    out += '{';
    json::key(out, "outcome");
    json::number(out, static_cast<double>(p->outcome));
    json::key(out, "from_step");
    json::number(out, static_cast<double>(p->from_step));
    json::key(out, "misfit");
    json::string(out, p->misfit);
    for (const auto& [name, seq] : {std::pair{"default_path", &p->default_path},
                                    std::pair{"outcome_path", &p->outcome_path}}) {
      json::key(out, name);
      out += '[';
      for (size_t i = 0; i < seq->steps.size(); ++i) {
        if (i) out += ',';
        json::string(out, step_text(*seq, seq->steps[i]));
      }
      out += ']';
    }
    out += '}';
  }
  out += '}';
  return out;
}

}  // namespace taskplay::ui
