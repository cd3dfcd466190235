#pragma once
// The runtime: a single-threaded scheduler of Elixir-style processes.
//
// Processes run one at a time for a slice of reductions (4000, like the
// BEAM's), in FIFO order. A process leaves the CPU when it blocks in receive,
// when its slice is spent (preemption), or when it exits. Exit signals are
// delivered at once: a trapping process gets an {:EXIT, from, reason}
// message, a non-trapping one is marked as exiting and torn down by the
// scheduler before the next slice, which then sends its own exit signals
// along its links and :DOWN messages to its monitors. So a crash travels a
// link chain one process per step, without recursion, and the trace shows
// every hop.
//
// The host never gives up its thread: it calls step() (one unit of work),
// pump(reductions) once per frame, or run_until_idle() in tests.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "taskplay/clock.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/modules.hpp"
#include "taskplay/process.hpp"
#include "taskplay/ref_table.hpp"
#include "taskplay/schedule.hpp"
#include "taskplay/trace.hpp"

namespace taskplay {

struct RuntimeOptions {
  // Like the BEAM's +P (default 262,144): spawn beyond it raises SystemLimitError.
  uint32_t max_processes = 262144;
  // Like max_heap_size, in words (0 = no limit): a process whose mailbox and
  // stack grow past it is killed with :killed and an error report is logged. The BEAM sets
  // no limit by default, so this one is there for runaways only: 512 MB, past what a
  // program that real Elixir runs with its defaults takes (a non-tail recursion 7 million
  // calls deep, at about 9 words a call; tests/conformance/lang/deep_recursion.exs goes 3
  // million deep), and little enough of the page's 4 GB that an endless recursion there is
  // killed long before the memory runs out.
  int64_t max_heap_words = int64_t{64} << 20;
  uint32_t slice_reductions = 4000;
  size_t trace_capacity = 100000;
  bool trace = true;
  uint32_t first_pid_number = 100;  // the first process is #PID<0.100.0>
  // What System.schedulers_online/0 answers, and so Task.async_stream's default
  // max_concurrency, ExUnit's max_cases and PartitionSupervisor's partitions. taskplay runs
  // one scheduler whatever it says. The page keeps 1, so a run replays alike anywhere; the
  // CLI says the host's core count, as `elixir` on the same machine does.
  uint32_t schedulers_online = 1;
  // The run's seed: everything random in a run (:rand) starts from it, never from the host,
  // so a run replayed with the same seed and inputs gives the same numbers. The host picks
  // it (the playground: a fresh one at each reset, kept in the run's recording).
  uint64_t seed = 0;
  // Where memory is bounded (the page: the wasm memory's ceiling), what says it is nearly
  // full: a spawn is then refused as at the process limit (SystemLimitError), with a log
  // line that says why, rather than the host running out later and taking everything
  // down. Empty: memory is not checked. It returns the bytes in use and the ceiling when
  // too little is left, nothing otherwise (64-bit: a 4 GB ceiling does not fit wasm32's
  // size_t).
  std::function<std::optional<std::pair<uint64_t, uint64_t>>()> memory_full;
};

struct SpawnOptions {
  Pid parent;         // who spawned it (Pid{} for the host)
  bool link = false;  // link parent <-> child
  bool monitor = false;
  Atom name = atoms::nil;   // register under this name
  Atom label = atoms::nil;  // what it is (Task, Supervisor, ...), shown by the UI
};

class Runtime {
 public:
  explicit Runtime(RuntimeOptions opts = {}, Clock* clock = nullptr);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // ---- processes (from the host; inside a process use Ctx)
  // Returns Pid{} when the process limit is reached.
  Pid spawn(Body body, SpawnOptions opts = {});
  void send(Pid to, Term message);     // from outside any process
  void exit(Pid target, Term reason);  // Process.exit/2 from outside
  bool alive(Pid pid) const { return find(pid) != nullptr; }
  const Process* find(Pid pid) const;
  Pid whereis(Atom name) const;
  size_t process_count() const { return live_; }
  template <typename F>
  void each_process(F&& f) const {
    for (const auto& s : slots_)
      if (s.proc) f(*s.proc);
  }
  // Process.info/1 as a keyword list; nil for a dead pid.
  Term info(Pid pid) const;

  // ---- running
  bool step();  // one unit of work (an exit teardown, a timer, or one slice); false if none now
  // The units of work done so far: the point of the run every trace event is stamped with
  // (Event::step). The scheduler is deterministic, so a run is fixed by its program and by
  // what the host did after which step.
  uint64_t steps() const { return steps_; }
  uint64_t pump(uint64_t max_reductions);  // run slices until about this many reductions
  // Run until nothing can run. With a virtual clock, time jumps to the next
  // timer whenever everything waits. Stops after max_reductions (a process
  // that loops forever never lets the runtime idle); returns true if idle.
  bool run_until_idle(uint64_t max_reductions = UINT64_MAX);
  // Run until the clock reaches `ms` from now (virtual clock: jumping timers).
  bool run_for_ms(int64_t ms, uint64_t max_reductions = UINT64_MAX);
  bool has_work() const;  // something runnable or exiting now
  // The processes that can run now, in the order they will (the run queue): what a panel
  // reads to say which of many processes are not waiting, at the cost of the runnable ones.
  template <typename F>
  void each_runnable(F&& f) const {
    for (const Process* p = run_head_; p; p = p->next_runnable) f(*p);
  }
  std::optional<int64_t> next_timer_us() const;
  bool fire_due_timers();  // true if any fired

  // ---- schedules as data (schedule.hpp): with a scheduler, every step ends at a process's
  // first visible action and the scheduler picks who takes the next one.
  void set_scheduler(Scheduler* s) { scheduler_ = s; }
  Scheduler* scheduler() const { return scheduler_; }
  // The step under way did something another process could see (schedule.hpp's kinds).
  void touch(TouchKind kind, uint64_t object) {
    if (scheduler_) touched(Touch{kind, object});
  }
  // With a scheduler: the step under way has acted, so a receive must be a step of its own.
  bool acted() const { return acted_; }
  // The VM yields at a budget check it will run again (its reduction is counted then).
  void yield_redoes_reduction() { redo_reduction_ = true; }

  Clock& clock() { return *clock_; }
  int64_t now_us() const { return clock_->now_us(); }
  Modules& modules() { return modules_; }
  const Modules& modules() const { return modules_; }
  Trace& trace() { return trace_; }
  const Trace& trace() const { return trace_; }
  const RuntimeOptions& options() const { return opts_; }
  uint64_t total_reductions() const { return total_reductions_; }
  // RuntimeOptions::seed, and the seed of one process's random numbers: the BEAM seeds a
  // process's :rand from its pid and the clock the first time it is used; here from its pid
  // and the run's seed (a mix of both: neighbouring pids get unrelated seeds).
  uint64_t seed() const { return opts_.seed; }
  uint64_t process_seed(Pid pid) const;
  Pid current() const { return current_ ? current_->pid : Pid{}; }

  // Log a message or report the way Logger prints it (a trace event), at `level`, unless
  // Logger's level (logger.hpp) is above it: Logger.configure(level: :none) silences the
  // library's error reports too.
  void log(Pid pid, std::string text, Atom level = atoms::error);

  // State that layers above the runtime keep per runtime (the shell language's
  // function table and console, ...): one T per runtime, default-constructed on
  // first use, destroyed with the runtime after every process is gone.
  template <typename T>
  T& extension() {
    static const char key = 0;
    std::shared_ptr<void>& slot = extensions_[&key];
    if (!slot) slot = std::make_shared<T>();
    return *static_cast<T*>(slot.get());
  }

  // Called with each process that ends, before its links and monitors hear of it (the
  // BEAM drops a process's ETS tables at that point): what an extension owns per process.
  void on_process_end(std::function<void(Pid)> hook) { end_hooks_.push_back(std::move(hook)); }

  // ---- used by Ctx and the awaiters
  Ref make_ref() { return Ref{++last_ref_}; }
  Process* lookup(Pid pid) const;
  Pid spawn_from(Process* parent, Body body, SpawnOptions opts);
  // spawn_from for a body that needs no Body kept: `make(ctx)` makes the process's
  // coroutine at once, from values the coroutine copies into its frame (Task.async's
  // task: no std::function and its heap block per task).
  template <typename Make>
  Pid spawn_made(Process* parent, Make&& make, SpawnOptions opts) {
    Process* p = create_process(parent, opts);
    if (!p) return Pid{};
    p->body = make(p->ctx);
    start_process(p);
    return p->pid;
  }
  void deliver(Pid from, Process* to, Term message);
  void exit_signal(Pid from, Process* to, Term reason, bool via_link);
  void link(Process* a, Process* b);
  void unlink(Process* a, Pid b);
  // `alias` (like OTP's monitor option alias: :demonitor): the ref also works as
  // an address for send_alias() while the monitor is active; a reply sent to
  // it after demonitor (e.g. after an await timeout) is dropped.
  Ref monitor(Process* watcher, const Term& target, bool alias = false);
  void send_alias(Pid from, Ref alias, Term message);
  bool demonitor(Process* watcher, Ref ref, bool flush);
  bool register_name(Process* p, Atom name);
  void unregister_name(Process* p);  // Process.unregister/1
  void block_in_receive(Process* p, coro::coroutine_handle<> h, ReceiveWait* w, int64_t timeout_ms);
  void yield(Process* p, coro::coroutine_handle<> h);
  void note_receive(Process* p, const Term& message);
  // The same for a message still in p's mailbox (its size is in the node).
  void note_receive(Process* p, const Mailbox::Node& node);
  void grow_heap(Process* p, int64_t words);
  int32_t& budget() { return budget_; }
  Ref send_after(Pid from, Term dest, Term message, int64_t ms);
  // :erlang.start_timer/3: sends {:timeout, ref, message}, ref being the timer's
  Ref start_timer(Pid from, Term dest, Term message, int64_t ms);
  // The milliseconds left (rounded up, as the BEAM's), nullopt for a timer fired or cancelled.
  std::optional<int64_t> read_timer(Ref timer) const;
  std::optional<int64_t> cancel_timer(Ref timer);

 private:
  struct Slot {
    Process* proc = nullptr;
    uint32_t serial = 0;
  };
  struct Timer {
    int64_t at_us;
    uint64_t seq;
    Pid pid;         // whose receive times out, or who sent (send_after)
    uint64_t token;  // receive timeout: must equal the process's timer_token
    Ref ref;         // send_after: the timer's ref (0 for receive timeouts)
    Term dest;
    Term message;
    bool operator>(const Timer& o) const {
      return at_us != o.at_us ? at_us > o.at_us : seq > o.seq;
    }
  };

  // Whether a timer still means something: a send_after not cancelled, a receive still
  // waiting with the token the timer was set for.
  bool live(const Timer& t) const;

  // spawn_from in two halves: the process, registered, linked and traced (nullptr at
  // the process limit); then, once its body is made, queued to run.
  Process* create_process(Process* parent, const SpawnOptions& opts);
  void start_process(Process* p);
  void enqueue(Process* p);
  Process* dequeue();
  void run_slice(Process* p);
  void kill(Process* p, Term reason);
  void finalize(Process* p);
  void fire(Timer& t);
  bool step_scheduled();
  void touched(Touch t);
  // A message arrives in `to`'s mailbox (sent, or an exit signal trapped): counted against
  // its heap, and `to` woken if it waits.
  void put_in_mailbox(Process* to, Term&& message);
  // The run queue's processes woken by messages they do not want go back to waiting
  // without a step (the scheduler is offered only processes that will do something).
  void settle_unwanted_wakeups();

  RuntimeOptions opts_;
  std::unique_ptr<Clock> owned_clock_;
  Clock* clock_;
  Trace trace_;
  Modules modules_;

  std::vector<Slot> slots_;
  uint32_t next_slot_ = 0;
  uint32_t live_ = 0;

  Process* run_head_ = nullptr;
  Process* run_tail_ = nullptr;
  std::vector<Process*> exiting_;  // FIFO of processes to tear down
  size_t exiting_head_ = 0;
  Process* current_ = nullptr;
  int32_t budget_ = 0;
  uint64_t total_reductions_ = 0;
  uint64_t steps_ = 0;
  uint32_t sends_ = 0;  // with a scheduler, messages delivered so far: each one's number

  // schedules as data
  Scheduler* scheduler_ = nullptr;
  Pid actor_;              // whose step is under way
  bool acted_ = false;     // it has touched something
  int32_t set_aside_ = 0;  // budget_ + set_aside_ is what the default run's budget would be
  bool redo_reduction_ = false;
  Process* continuing_ = nullptr;  // stopped at its action with budget left: candidates[0]
  int32_t continuing_budget_ = 0;
  std::vector<Pid> candidates_;

  std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers_;
  std::unordered_set<uint64_t> live_send_timers_;  // send_after refs not yet fired or cancelled
  std::unordered_map<uint64_t, int64_t> send_timer_deadline_;
  Ref add_send_timer(Ref r, Pid from, Term dest, Term message, int64_t ms);
  uint64_t timer_seq_ = 0;
  uint64_t last_ref_ = 0;
  // Link and monitor vectors of processes that ended, emptied, kept with their (small)
  // capacity for the next process that links or is monitored: a Task.async's task does
  // both, and would otherwise malloc and free two vectors.
  static constexpr size_t kSpareVectors = 64;
  static constexpr size_t kSpareCapacity = 8;
  std::vector<std::vector<Pid>> spare_links_;
  std::vector<std::vector<Monitor>> spare_monitors_;
  std::unordered_map<uint32_t, Pid> names_;  // atom id -> pid
  RefTable aliases_;                         // active alias monitor ref -> its watcher
  std::vector<std::function<void(Pid)>> end_hooks_;
  // Declared last, so destroyed first among members: after ~Runtime has torn down every
  // process's frames (which may refer to what an extension owns).
  std::unordered_map<const void*, std::shared_ptr<void>> extensions_;
};

// ---- awaiters -------------------------------------------------------------

template <typename Match>
class ReceiveAwaiter final : public ReceiveWait {
 public:
  ReceiveAwaiter(Ctx& ctx, Match match, int64_t timeout_ms)
      : ctx_(ctx), match_(std::move(match)), timeout_ms_(timeout_ms) {}

  bool await_ready() {
    Process& p = ctx_.process();
    if (p.exit_pending) return false;  // suspend; the scheduler tears it down
    cursor_ = p.mailbox.head_link();
    // a receive after a visible action is a step of its own (schedule.hpp)
    if (ctx_.runtime().acted()) return false;
    if (scan()) return true;
    if (timeout_ms_ != 0) return false;
    // `after 0`: nothing matched, take the after branch now
    ctx_.runtime().touch(TouchKind::mailbox, p.pid.number);
    return true;
  }
  void await_suspend(coro::coroutine_handle<> h) {
    ctx_.runtime().block_in_receive(&ctx_.process(), h, this, timeout_ms_);
  }
  std::optional<Term> await_resume() { return std::move(result_); }

  bool try_match() override { return scan(); }
  bool ready() override {
    for (Mailbox::Node** c = cursor_; *c; c = &(*c)->next)
      if (match_((*c)->message)) return true;
    return false;
  }
  void timed_out() override {
    ctx_.runtime().touch(TouchKind::mailbox, ctx_.process().pid.number);
    result_.reset();
  }

 private:
  bool scan() {
    Process& p = ctx_.process();
    while (*cursor_) {
      if (match_((*cursor_)->message)) {
        ctx_.runtime().note_receive(&p, **cursor_);
        result_ = p.mailbox.take(cursor_);
        return true;
      }
      cursor_ = &(*cursor_)->next;
    }
    return false;
  }

  Ctx& ctx_;
  Match match_;
  int64_t timeout_ms_;
  Mailbox::Node** cursor_ = nullptr;  // next message to look at (new ones append after it)
  std::optional<Term> result_;
};

class YieldAwaiter {
 public:
  YieldAwaiter(Ctx& ctx, uint32_t n) : ctx_(ctx), n_(n) {}
  bool await_ready() {
    auto& b = ctx_.runtime().budget();
    b -= static_cast<int32_t>(n_);
    return b > 0 && !ctx_.process().exit_pending;
  }
  void await_suspend(coro::coroutine_handle<> h) { ctx_.runtime().yield(&ctx_.process(), h); }
  void await_resume() {}

 private:
  Ctx& ctx_;
  uint32_t n_;
};

template <typename Match>
ReceiveAwaiter<Match> Ctx::receive(Match match, int64_t timeout_ms) {
  --rt_->budget();
  return ReceiveAwaiter<Match>(*this, std::move(match), timeout_ms);
}
inline ReceiveAwaiter<AnyMessage> Ctx::receive_any(int64_t timeout_ms) {
  return receive(AnyMessage{}, timeout_ms);
}
inline ReceiveAwaiter<NoMessage> Ctx::sleep(int64_t ms) { return receive(NoMessage{}, ms); }
inline YieldAwaiter Ctx::reduce(uint32_t n) { return YieldAwaiter(*this, n); }

template <typename Make>
Pid Ctx::spawn_link_made(Make&& make, Atom label) {
  --rt_->budget();
  SpawnOptions o;
  o.link = true;
  o.label = label;
  Pid p = rt_->spawn_made(self_, std::forward<Make>(make), o);
  if (!p) raise_system_limit();
  return p;
}

}  // namespace taskplay
