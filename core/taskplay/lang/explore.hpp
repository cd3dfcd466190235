#pragma once
// The race explorer: a program run under other schedules than the default one, each a
// schedule the BEAM could take (docs/races.md), grouped by what a learner can see.
//
//   auto r = lang::run_scheduled(source, "race.exs", *Schedule::parse("v1.3-2t"));
//   auto e = lang::explore(source, "race.exs", {.max_schedules = 1000, .preemptions = 2});
//   // e.outcomes: each distinct ending, how many schedules gave it, a token to replay it
//
// A schedule is written down as the choices where it differs from the default policy
// (decision number, the process chosen there): a token, `v1.3-2t.9-2u` (base 36), that
// `taskplay run FILE --schedule TOKEN` replays exactly. The exploration is dynamic
// partial-order reduction (Flanagan and Godefroid's, with source sets' choice of whom to
// try): it runs the program again and again from the start, and at each point where two
// dependent steps of different processes could have come in the other order it schedules
// that order too; schedules that only reorder independent steps are not run.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "taskplay/term.hpp"

namespace taskplay {
class Runtime;
}

namespace taskplay::lang {

struct Schedule {
  struct Change {
    uint32_t decision;  // the decision's number in the run (0: the first choice made)
    uint32_t pid;       // the pid's number chosen there
    bool operator==(const Change&) const = default;
  };
  std::vector<Change> changes;  // in decision order; every other decision is the default

  std::string token() const;
  // nullopt for anything that is not a token this version wrote
  static std::optional<Schedule> parse(std::string_view token);
};

// One run under a schedule.
struct ScheduledRun {
  std::string output;  // stdout
  std::string error;   // what the run printed on stderr at its end (the script's crash)
  int status = 0;
  bool finished = true;  // false: every process waits forever, or the reduction bound hit
  bool compiled = true;  // false: the program did not compile (error says why)
  // each process's exit reason ("#PID<0.101.0> :normal"), in the order they ended, and the
  // mailbox of each process still alive at the end ("#PID<0.102.0> [:hello]")
  std::vector<std::string> exits;
  std::vector<std::string> mailboxes;
  uint32_t trace_hash = 0;  // trace.hpp's event_hash over the whole trace
  // where the schedule did not fit the program (a decision's process could not run)
  std::string misfit;
  uint32_t decisions = 0;
  uint32_t preemptions = 0;
  // The outcome as compared between schedules: output, error, status, exits and mailboxes
  // with pids and refs written #PID<> and #Reference<> (a process's number depends on the
  // order of spawns, not on what happened).
  std::string outcome_key() const;
};

ScheduledRun run_scheduled(std::string_view source, const std::string& file,
                           const Schedule& schedule);

class Recorder;
// A schedule followed on a runtime its owner runs (`taskplay run --schedule`): attached,
// the runtime takes its steps as the schedule says until the follower is destroyed.
class ScheduleFollower {
 public:
  explicit ScheduleFollower(const Schedule& schedule);
  ~ScheduleFollower();
  ScheduleFollower(const ScheduleFollower&) = delete;
  ScheduleFollower& operator=(const ScheduleFollower&) = delete;
  void attach(Runtime& rt);
  // empty, or where the schedule asked for a process that could not run
  const std::string& misfit() const;

 private:
  std::unique_ptr<Recorder> recorder_;
  Runtime* rt_ = nullptr;
};

struct ExploreOptions {
  uint32_t max_schedules = 1000;
  uint32_t preemptions = 2;  // choices that stop a process that could go on, per schedule
};

struct Outcome {
  uint32_t schedules = 0;  // how many of the explored schedules ended so
  Schedule schedule;       // the first of them
  ScheduledRun run;        // its run
  // its first change from the default schedule: the runtime's step, and who ran there
  // instead of whom (empty for the default schedule's own outcome)
  uint64_t diverged_at_step = 0;
  std::string divergence;
};

struct Exploration {
  std::vector<Outcome> outcomes;  // the default schedule's first
  uint32_t schedules = 0;
  bool complete = true;   // false: a bound (max_schedules, preemptions) left schedules out
  std::string cut_short;  // which bound, in words
  std::string error;      // a program that does not compile: the message; nothing explored
};

Exploration explore(std::string_view source, const std::string& file, ExploreOptions opts = {});

class Explorer;
// The same a slice at a time, for a page that must keep drawing: advance() does about
// `reductions` reductions of work (at least one step of a run; compiling the program for
// each schedule is not counted) and says whether the exploration is over; result() holds
// the outcomes found so far, and is final once done().
class ExploreJob {
 public:
  ExploreJob(std::string source, std::string file, ExploreOptions opts = {});
  ~ExploreJob();
  ExploreJob(const ExploreJob&) = delete;
  ExploreJob& operator=(const ExploreJob&) = delete;
  bool advance(uint64_t reductions);
  bool done() const;
  uint32_t schedules() const;  // schedules run to their end so far
  const Exploration& result() const;

 private:
  std::unique_ptr<Explorer> explorer_;
};

// The different outputs among the outcomes (pids and refs as #PID<> and #Reference<>), the
// default schedule's first: what `taskplay explore --outputs` prints, one per line.
std::vector<std::string> distinct_outputs(const Exploration& e);

// The exploration as `taskplay explore` prints it: each outcome with its count, where it
// diverged, its output as a line diff against the default's, and its replay command.
std::string describe(const Exploration& e, const std::string& file);

}  // namespace taskplay::lang
