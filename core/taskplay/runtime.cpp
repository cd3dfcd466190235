#include "taskplay/runtime.hpp"

#include <algorithm>
#include <cassert>
#include <exception>

#include "taskplay/inspect.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/messages.hpp"
#include "taskplay/process_info.hpp"

namespace taskplay {

// Every trace_.record() below is guarded by trace_.enabled(): with the trace off (the
// benchmarks, RuntimeOptions.trace = false) an event costs neither a clock read (a
// virtual call) nor a copy of its term.

namespace {
constexpr int64_t kMessageOverheadWords = 2;  // a mailbox cell
Term system_limit_error() {
  return exception_struct(Atom("Elixir.SystemLimitError"), "a system limit has been reached");
}
template <typename V, typename Pred>
void erase_first(V& v, Pred pred) {
  auto it = std::find_if(v.begin(), v.end(), pred);
  if (it != v.end()) v.erase(it);
}
// Give `v` (about to grow from nothing) a spare buffer, or keep `v`'s buffer as one.
template <typename T>
void take_spare(std::vector<T>& v, std::vector<std::vector<T>>& spares) {
  if (v.capacity() == 0 && !spares.empty()) {
    v = std::move(spares.back());
    spares.pop_back();
  }
}
template <typename T>
void keep_spare(std::vector<T>&& v, std::vector<std::vector<T>>& spares, size_t max_spares,
                size_t max_capacity) {
  if (v.capacity() == 0 || v.capacity() > max_capacity || spares.size() >= max_spares) return;
  v.clear();
  spares.push_back(std::move(v));
}
}  // namespace

// [SECTION] Construction ------------------------------------------------------------

Runtime::Runtime(RuntimeOptions opts, Clock* clock)
    : opts_(opts), clock_(clock), trace_(opts.trace_capacity) {
  if (!clock_) {
    owned_clock_ = std::make_unique<VirtualClock>();
    clock_ = owned_clock_.get();
  }
  trace_.set_enabled(opts.trace);
  trace_.stamp_steps_from(&steps_);
}

Runtime::~Runtime() {
  // Frames first (their locals may hold terms), then the processes.
  for (auto& s : slots_)
    if (s.proc) s.proc->body.reset();
  for (auto& s : slots_) delete s.proc;
}

// [SECTION] Process table -------------------------------------------------------------

Process* Runtime::lookup(Pid pid) const {
  if (pid.number < opts_.first_pid_number) return nullptr;
  size_t idx = pid.number - opts_.first_pid_number;
  if (idx >= slots_.size()) return nullptr;
  const Slot& s = slots_[idx];
  return s.proc && s.serial == pid.serial ? s.proc : nullptr;
}

const Process* Runtime::find(Pid pid) const { return lookup(pid); }

Pid Runtime::whereis(Atom name) const {
  auto it = names_.find(name.id());
  return it == names_.end() ? Pid{} : it->second;
}

Pid Runtime::spawn(Body body, SpawnOptions opts) {
  return spawn_from(lookup(opts.parent), std::move(body), opts);
}

Pid Runtime::spawn_from(Process* parent, Body body, SpawnOptions opts) {
  Process* p = create_process(parent, opts);
  if (!p) return Pid{};
  p->entry = std::move(body);
  p->body = p->entry(p->ctx);
  start_process(p);
  return p->pid;
}

Process* Runtime::create_process(Process* parent, const SpawnOptions& opts) {
  const Pid by = parent ? parent->pid : Pid{};
  if (live_ >= opts_.max_processes) {
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::limit, by, Pid{},
                    Term::string("process limit reached (" + std::to_string(opts_.max_processes) +
                                 " processes): spawn refused"));
    log(by, "Too many processes");  // as the BEAM's error logger says it
    return nullptr;
  }
  if (opts_.memory_full) {
    if (const auto full = opts_.memory_full()) {
      const std::string mb =
          std::to_string(full->first >> 20) + " of " + std::to_string(full->second >> 20) + " MB";
      if (trace_.enabled())
        trace_.record(now_us(), EventKind::limit, by, Pid{},
                      Term::string("memory nearly full (" + mb + ") at " + std::to_string(live_) +
                                   " processes: spawn refused"));
      log(by, "Too many processes: memory is nearly full (" + mb + " in use, " +
                  std::to_string(live_) + " processes alive)");
      return nullptr;
    }
  }
  // Like the BEAM, numbers grow through the table before wrapping around, so a
  // new process does not reuse a pid that just died.
  uint32_t idx;
  while (true) {
    if (next_slot_ == slots_.size()) {
      if (slots_.size() < opts_.max_processes) {
        slots_.push_back({});
        idx = next_slot_++;
        break;
      }
      next_slot_ = 0;
    }
    if (!slots_[next_slot_].proc) {
      idx = next_slot_++;
      break;
    }
    ++next_slot_;
  }
  auto* p = new Process(*this);
  p->pid = Pid{opts_.first_pid_number + idx, slots_[idx].serial};
  slots_[idx].proc = p;
  ++live_;
  p->parent = parent ? parent->pid : opts.parent;
  p->max_heap_words = opts_.max_heap_words;
  p->spawned_at_us = now_us();
  p->label = opts.label;
  if (parent && parent->extras && parent->extras->group_leader)
    p->extra().group_leader = parent->extras->group_leader;
  if (scheduler_) {
    scheduler_->spawned(p->parent, p->pid);
    touch(TouchKind::life, p->pid.number);
  }
  if (trace_.enabled())
    trace_.record(now_us(), EventKind::spawn, p->pid, p->parent,
                  opts.label == atoms::nil ? Term() : Term(opts.label));
  if (opts.link && parent) link(parent, p);
  if (opts.name != atoms::nil) register_name(p, opts.name);
  return p;
}

void Runtime::start_process(Process* p) {
  p->resume_point = p->body.handle();
  enqueue(p);
}

Term Runtime::info(Pid pid) const { return process_info(*this, pid); }

uint64_t Runtime::process_seed(Pid pid) const {
  // splitmix64's finalizer over the run's seed and the pid (number and serial)
  uint64_t z = opts_.seed ^ (pid.packed() * 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// [SECTION] Run queue ---------------------------------------------------------------------

void Runtime::enqueue(Process* p) {
  if (p->state != ProcessState::running) p->state = ProcessState::runnable;
  if (p->in_run_queue) return;
  p->in_run_queue = true;
  p->next_runnable = nullptr;
  p->prev_runnable = run_tail_;
  if (run_tail_)
    run_tail_->next_runnable = p;
  else
    run_head_ = p;
  run_tail_ = p;
}

Process* Runtime::dequeue() {
  Process* p = run_head_;
  if (!p) return nullptr;
  run_head_ = p->next_runnable;
  if (run_head_)
    run_head_->prev_runnable = nullptr;
  else
    run_tail_ = nullptr;
  p->in_run_queue = false;
  p->next_runnable = p->prev_runnable = nullptr;
  return p;
}

namespace {
void unlink_from_queue(Process* p, Process*& head, Process*& tail) {
  if (!p->in_run_queue) return;
  if (p->prev_runnable)
    p->prev_runnable->next_runnable = p->next_runnable;
  else
    head = p->next_runnable;
  if (p->next_runnable)
    p->next_runnable->prev_runnable = p->prev_runnable;
  else
    tail = p->prev_runnable;
  p->in_run_queue = false;
  p->next_runnable = p->prev_runnable = nullptr;
}
}  // namespace

// [SECTION] Running ---------------------------------------------------------------------------

bool Runtime::has_work() const { return run_head_ || exiting_head_ < exiting_.size(); }

bool Runtime::step() {
  // What happens in this step is stamped with its number (the trace reads steps_); if
  // nothing can run, it was no step, and the host's next actions belong after the last.
  ++steps_;
  if (scheduler_) return step_scheduled();
  if (exiting_head_ < exiting_.size()) {
    Process* p = exiting_[exiting_head_++];
    if (exiting_head_ == exiting_.size()) {
      exiting_.clear();
      exiting_head_ = 0;
    }
    finalize(p);
    return true;
  }
  // No timers pending (the common case): no clock read, no scan of the timer heap.
  if (!timers_.empty() && fire_due_timers()) return true;
  Process* p = dequeue();
  if (!p) {
    --steps_;
    return false;
  }
  run_slice(p);
  return true;
}

// [SECTION] Schedules as data (schedule.hpp) ----------------------------------------------------

void Runtime::touched(Touch t) {
  scheduler_->touched(actor_, t);
  if (!current_) return;
  // The step ends at the process's next budget check; the budget it would have had goes on
  // with it when it is chosen again at once.
  acted_ = true;
  set_aside_ += budget_;
  budget_ = 0;
}

void Runtime::settle_unwanted_wakeups() {
  for (Process* p = run_head_; p;) {
    Process* next = p->next_runnable;
    ReceiveWait* w = p->waiting_for;
    if (w && !p->timeout_fired && !(p->message_arrived && w->ready())) {
      unlink_from_queue(p, run_head_, run_tail_);
      p->message_arrived = false;
      p->state = ProcessState::waiting;
    }
    p = next;
  }
}

bool Runtime::step_scheduled() {
  if (continuing_) {
    ReceiveWait* w = continuing_->waiting_for;
    if (w && !continuing_->timeout_fired && !w->ready()) {
      // its receive finds nothing: it waits, as it would have at once in the default run
      continuing_->message_arrived = false;
      continuing_->state = ProcessState::waiting;
      continuing_ = nullptr;
    }
  }
  settle_unwanted_wakeups();
  if (!continuing_ && exiting_head_ == exiting_.size() && !timers_.empty()) {
    actor_ = Pid{};
    acted_ = false;
    if (fire_due_timers()) return true;
    settle_unwanted_wakeups();
  }
  candidates_.clear();
  if (continuing_) candidates_.push_back(continuing_->pid);
  for (size_t i = exiting_head_; i < exiting_.size(); ++i) candidates_.push_back(exiting_[i]->pid);
  for (Process* p = run_head_; p; p = p->next_runnable) candidates_.push_back(p->pid);
  if (candidates_.empty()) {
    --steps_;
    return false;
  }
  size_t pick = scheduler_->choose(candidates_, continuing_ != nullptr);
  if (pick >= candidates_.size()) pick = 0;
  Process* p = lookup(candidates_[pick]);
  if (continuing_ && p != continuing_) {
    // preempted at its action: to the run queue's end, as at the end of a slice
    enqueue(std::exchange(continuing_, nullptr));
  }
  auto exiting =
      std::find(exiting_.begin() + static_cast<std::ptrdiff_t>(exiting_head_), exiting_.end(), p);
  if (exiting != exiting_.end()) {
    exiting_.erase(exiting);
    if (exiting_head_ == exiting_.size()) {
      exiting_.clear();
      exiting_head_ = 0;
    }
    finalize(p);
    return true;
  }
  if (p != continuing_) unlink_from_queue(p, run_head_, run_tail_);
  run_slice(p);
  return true;
}

uint64_t Runtime::pump(uint64_t max_reductions) {
  uint64_t start = total_reductions_;
  while (total_reductions_ - start < max_reductions)
    if (!step()) break;
  return total_reductions_ - start;
}

bool Runtime::run_until_idle(uint64_t max_reductions) {
  uint64_t start = total_reductions_;
  while (total_reductions_ - start < max_reductions) {
    if (step()) continue;
    auto next = next_timer_us();
    if (!next || !clock_->is_virtual()) return true;
    clock_->advance_to(*next);
  }
  return false;
}

bool Runtime::run_for_ms(int64_t ms, uint64_t max_reductions) {
  int64_t until = now_us() + ms * 1000;
  uint64_t start = total_reductions_;
  while (total_reductions_ - start < max_reductions) {
    if (step()) continue;
    auto next = next_timer_us();
    if (!clock_->is_virtual()) return true;
    if (!next || *next > until) {
      clock_->advance_to(until);
      fire_due_timers();
      if (!has_work()) return true;
      continue;
    }
    clock_->advance_to(*next);
  }
  return false;
}

void Runtime::run_slice(Process* p) {
  current_ = p;
  actor_ = p->pid;
  acted_ = false;
  set_aside_ = 0;
  redo_reduction_ = false;
  budget_ = static_cast<int32_t>(opts_.slice_reductions);
  if (p == continuing_) {
    budget_ = continuing_budget_;
    continuing_ = nullptr;
  }
  const int32_t start = budget_;
  // Every step of a process depends on its being alive (an exit signal may come first);
  // told without ending the step.
  if (scheduler_) scheduler_->touched(p->pid, Touch{TouchKind::runs, p->pid.number});
  if (ReceiveWait* w = p->waiting_for) {
    bool matched = p->message_arrived && w->try_match();
    p->message_arrived = false;
    if (!matched && !p->timeout_fired) {
      // woken by a message it does not want: back to waiting
      p->state = ProcessState::waiting;
      current_ = nullptr;
      return;
    }
    if (!matched) w->timed_out();
    p->waiting_for = nullptr;
    p->timeout_fired = false;
    ++p->timer_token;  // cancel the receive's timer
    // Its heap entry is stale now. When it is the next one due (a lone Task.await's
    // 5 s timer), drop it at once (next_timer_us pops stale entries off the top) rather
    // than have every step() look at the clock and the heap until it surfaces.
    if (!timers_.empty()) next_timer_us();
  }
  p->state = ProcessState::running;
  resume_chain(std::exchange(p->resume_point, {}));

  // What the default run's budget would be now; a budget check the VM runs again when it
  // resumes is counted then, not twice.
  int32_t left = budget_ + set_aside_;
  if (continuing_ == p && redo_reduction_) ++left;
  if (continuing_ == p) continuing_budget_ = left;
  // Between steps nothing has acted (a receive's matcher may run its guards' natives then).
  acted_ = false;
  auto used = static_cast<uint64_t>(start - left);
  p->reductions += used;
  total_reductions_ += used;
  current_ = nullptr;
  // Preempted or yielded, it waits in the run queue: :runnable, as Process.info says on
  // a BEAM with one scheduler (enqueue() leaves the running process :running until here).
  if (p->state == ProcessState::running && p->in_run_queue) p->state = ProcessState::runnable;

  if (p->body.done()) {
    if (!p->exit_pending) {
      Term reason(atoms::normal);
      auto& promise = p->body.handle().promise();
      if (promise.raised) {
        const Raised& r = *promise.raised;
        reason = exit_reason_of(r);
        if (r.kind != RaiseKind::exit) {
          // as Elixir's Logger reports a plain process's crash (exits are not reported)
          Term e = normalize_error(
              r.kind == RaiseKind::error ? r.value : Term::tuple({Term(atoms::nocatch), r.value}),
              r.stacktrace);
          std::string stack = logger::format_stacktrace(r.stacktrace);
          log(p->pid, "Process " + inspect(Term(p->pid)) + " raised an exception\n** (" +
                          inspect_atom(e.struct_name()) + ") " + exception_message(e) +
                          (stack.empty() ? "" : "\n" + stack));
        }
      } else if (promise.error) {
        try {
          std::rethrow_exception(promise.error);
        } catch (const std::exception& e) {
          reason = Term::tuple({runtime_error(e.what()), Term()});
        } catch (...) {
          reason = Term::atom("unknown_cpp_exception");
        }
      }
      p->exit_pending = true;
      p->exit_reason = std::move(reason);
    }
    finalize(p);
  } else if (p->exit_pending) {
    finalize(p);
  }
}

void Runtime::yield(Process* p, coro::coroutine_handle<> h) {
  p->resume_point = h;
  if (p->exit_pending) return;
  // Stopped at its action with budget left: the default run would go on with it.
  if (acted_ && budget_ + set_aside_ > 0) {
    continuing_ = p;
    return;
  }
  enqueue(p);
}

void Runtime::block_in_receive(Process* p, coro::coroutine_handle<> h, ReceiveWait* w,
                               int64_t timeout_ms) {
  p->resume_point = h;
  if (p->exit_pending) return;
  p->waiting_for = w;
  p->state = ProcessState::waiting;
  p->message_arrived = false;
  p->timeout_fired = false;
  p->receive_deadline_us = -1;
  if (timeout_ms > 0) {
    int64_t at = now_us() + timeout_ms * 1000;
    p->receive_deadline_us = at;
    uint64_t token = ++p->timer_token;
    timers_.push(Timer{at, ++timer_seq_, p->pid, token, Ref{}, Term(), Term()});
  }
  if (acted_) {
    // A receive after a visible action, a step of its own (ReceiveAwaiter::await_ready):
    // it looks at its mailbox when it next runs, at once by default.
    p->message_arrived = true;
    if (timeout_ms == 0) p->timeout_fired = true;
    continuing_ = p;
  }
}

// [SECTION] Timers -----------------------------------------------------------------------------

bool Runtime::live(const Timer& t) const {
  if (t.ref.number) return live_send_timers_.count(t.ref.number) > 0;
  Process* p = lookup(t.pid);
  return p && p->timer_token == t.token && p->waiting_for && !p->exit_pending;
}

std::optional<int64_t> Runtime::next_timer_us() const {
  // Stale entries (a receive that got its message, a cancelled send_after)
  // are skipped here so virtual time never jumps for nothing.
  auto& self = const_cast<Runtime&>(*this);
  while (!timers_.empty()) {
    const Timer& t = timers_.top();
    if (live(t)) return t.at_us;
    self.timers_.pop();
  }
  return std::nullopt;
}

bool Runtime::fire_due_timers() {
  // Only entries already due are looked at (each step of a busy run comes here while a
  // call's or an await's timer is pending); a stale one among them is dropped unfired.
  bool any = false;
  int64_t now = now_us();
  while (!timers_.empty() && timers_.top().at_us <= now) {
    Timer t = std::move(const_cast<Timer&>(timers_.top()));  // (popped at once)
    timers_.pop();
    if (!live(t)) continue;
    fire(t);
    any = true;
  }
  return any;
}

void Runtime::fire(Timer& t) {
  if (t.ref.number) {
    live_send_timers_.erase(t.ref.number);
    send_timer_deadline_.erase(t.ref.number);
    if (trace_.enabled()) trace_.record(now_us(), EventKind::timer, t.pid, Pid{}, t.message);
    Pid to = t.dest.is_pid()    ? t.dest.pid()
             : t.dest.is_atom() ? whereis(t.dest.atom_value())
                                : Pid{};
    deliver(t.pid, lookup(to), std::move(t.message));
    return;
  }
  Process* p = lookup(t.pid);
  p->timeout_fired = true;
  if (trace_.enabled()) trace_.record(now_us(), EventKind::timer, p->pid, Pid{});
  enqueue(p);
}

Ref Runtime::send_after(Pid from, Term dest, Term message, int64_t ms) {
  return add_send_timer(make_ref(), from, std::move(dest), std::move(message), ms);
}

Ref Runtime::start_timer(Pid from, Term dest, Term message, int64_t ms) {
  Ref r = make_ref();
  Term timeout = Term::tuple({Term(atoms::timeout), Term(r), std::move(message)});
  return add_send_timer(r, from, std::move(dest), std::move(timeout), ms);
}

Ref Runtime::add_send_timer(Ref r, Pid from, Term dest, Term message, int64_t ms) {
  int64_t at = now_us() + std::max<int64_t>(ms, 0) * 1000;
  timers_.push(Timer{at, ++timer_seq_, from, 0, r, std::move(dest), std::move(message)});
  live_send_timers_.insert(r.number);
  send_timer_deadline_[r.number] = at;
  return r;
}

std::optional<int64_t> Runtime::read_timer(Ref timer) const {
  auto it = send_timer_deadline_.find(timer.number);
  if (it == send_timer_deadline_.end()) return std::nullopt;
  return std::max<int64_t>(0, (it->second - now_us() + 999) / 1000);
}

std::optional<int64_t> Runtime::cancel_timer(Ref timer) {
  auto left = read_timer(timer);
  if (!left) return std::nullopt;
  send_timer_deadline_.erase(timer.number);
  live_send_timers_.erase(timer.number);
  return left;
}

// [SECTION] Messages ------------------------------------------------------------------------------

inline void Runtime::put_in_mailbox(Process* to, Term&& message) {
  int64_t words = static_cast<int64_t>(message.size_words()) + kMessageOverheadWords;
  uint32_t number = 0;  // only the explorer numbers messages (schedule.hpp)
  if (scheduler_) [[unlikely]] {
    number = ++sends_;
    touched(Touch{TouchKind::mailbox, to->pid.number});
    touched(Touch{TouchKind::message, number});
  }
  to->mailbox.push(std::move(message), words, number);
  grow_heap(to, words);
  if (to->state == ProcessState::waiting) {
    to->message_arrived = true;
    enqueue(to);
  } else if (to->waiting_for) {
    to->message_arrived = true;
  }
}

void Runtime::deliver(Pid from, Process* to, Term message) {
  if (!to || to->exit_pending) {
    // sending to a dead process is not an error; the message is lost
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::send, from, to ? to->pid : Pid{}, std::move(message));
    return;
  }
  if (trace_.enabled()) trace_.record(now_us(), EventKind::send, from, to->pid, message);
  put_in_mailbox(to, std::move(message));
}

void Runtime::note_receive(Process* p, const Term& message) {
  p->heap_words -= static_cast<int64_t>(message.size_words()) + kMessageOverheadWords;
  if (trace_.enabled()) trace_.record(now_us(), EventKind::receive, p->pid, Pid{}, message);
}

void Runtime::note_receive(Process* p, const Mailbox::Node& node) {
  // node.words is what deliver() added: the same size, not computed again
  p->heap_words -= node.words;
  touch(TouchKind::message, node.sent);
  if (trace_.enabled()) trace_.record(now_us(), EventKind::receive, p->pid, Pid{}, node.message);
}

void Runtime::send(Pid to, Term message) { deliver(Pid{}, lookup(to), std::move(message)); }

void Runtime::grow_heap(Process* p, int64_t words) {
  p->heap_words += words;
  if (p->max_heap_words > 0 && p->heap_words > p->max_heap_words && !p->exit_pending) {
    // As the BEAM does at max_heap_size: kill, and log an error report.
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::limit, p->pid, Pid{},
                    Term::string("maximum heap size reached (" + std::to_string(p->heap_words) +
                                 " > " + std::to_string(p->max_heap_words) + " words)"));
    log(p->pid, "Process " + inspect(Term(p->pid)) +
                    " killed: maximum heap size reached (max_heap_size " +
                    std::to_string(p->max_heap_words) + " words, message_queue_len " +
                    std::to_string(p->mailbox.size()) + ")");
    kill(p, Term(atoms::killed));
  }
}

void Runtime::log(Pid pid, std::string text, Atom level) {
  if (!trace_.enabled() || !logger::enabled(*this, level)) return;
  trace_.record(now_us(), EventKind::log, pid, Pid{}, Term::string(text), level);
}

// [SECTION] Exit signals ----------------------------------------------------------------

void Runtime::exit(Pid target, Term reason) {
  exit_signal(Pid{}, lookup(target), std::move(reason), false);
}

void Runtime::exit_signal(Pid from, Process* to, Term reason, bool via_link) {
  if (to) touch(TouchKind::life, to->pid.number);
  if (!to || to->exit_pending) return;
  // Process.exit(pid, :kill) cannot be trapped, and the victim's reason is
  // :killed. A :kill arriving along a link (a process that did exit(:kill)) is
  // an ordinary, trappable reason.
  if (!via_link && reason.is_atom(atoms::kill)) {
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::exit_signal, to->pid, from, Term(atoms::killed));
    kill(to, Term(atoms::killed));
    return;
  }
  if (to->trap_exit) {
    if (trace_.enabled()) trace_.record(now_us(), EventKind::exit_trapped, to->pid, from, reason);
    put_in_mailbox(to, Term::tuple({Term(atoms::EXIT), Term(from), reason}));
    return;
  }
  if (reason.is_atom(atoms::normal)) {
    // :normal is ignored, except Process.exit(self(), :normal), which kills.
    if (!via_link && from == to->pid) {
      if (trace_.enabled()) trace_.record(now_us(), EventKind::exit_signal, to->pid, from, reason);
      kill(to, reason);
    } else {
      if (trace_.enabled()) trace_.record(now_us(), EventKind::exit_ignored, to->pid, from, reason);
    }
    return;
  }
  if (trace_.enabled()) trace_.record(now_us(), EventKind::exit_signal, to->pid, from, reason);
  kill(to, std::move(reason));
}

void Runtime::kill(Process* p, Term reason) {
  if (p->exit_pending) return;
  p->exit_pending = true;
  p->exit_reason = std::move(reason);
  if (p == current_) return;  // torn down when its slice ends
  if (p == continuing_) continuing_ = nullptr;
  unlink_from_queue(p, run_head_, run_tail_);
  p->state = ProcessState::exiting;
  exiting_.push_back(p);
}

void Runtime::finalize(Process* p) {
  assert(p != current_);
  const Pid pid = p->pid;
  const Term reason = p->exit_reason;
  actor_ = pid;
  touch(TouchKind::life, pid.number);
  touch(TouchKind::mailbox, pid.number);  // what is still sent to it is lost from now on
  if (p->name != atoms::nil) touch(TouchKind::name, p->name.id());
  if (continuing_ == p) continuing_ = nullptr;
  unlink_from_queue(p, run_head_, run_tail_);
  p->state = ProcessState::exiting;
  if (trace_.enabled()) trace_.record(now_us(), EventKind::exit, pid, Pid{}, reason);

  // No code of the process runs any more: tear its frames down first.
  p->waiting_for = nullptr;
  p->body.reset();
  p->entry = nullptr;
  if (p->name != atoms::nil) names_.erase(p->name.id());
  for (const auto& hook : end_hooks_) hook(pid);

  // Links first, then monitors (as the BEAM does): a non-trapping caller
  // blocked in Task.await dies from the link before it could see the :DOWN.
  auto links = std::move(p->links);
  for (Pid l : links) {
    Process* q = lookup(l);
    if (!q) continue;
    erase_first(q->links, [&](Pid x) { return x == pid; });
    exit_signal(pid, q, reason, true);
  }
  auto watched_by = std::move(p->watched_by);
  for (const Monitor& m : watched_by) {
    Process* w = lookup(m.pid);
    if (!w) continue;
    erase_first(w->watching, [&](const Monitor& x) { return x.ref == m.ref; });
    if (m.alias) aliases_.erase(m.ref.number);
    Term object =
        m.name != atoms::nil ? Term::tuple({Term(m.name), Term(atoms::nonode)}) : Term(pid);
    Term msg = Term::tuple({Term(atoms::DOWN), Term(m.ref), Term(atoms::process), object, reason});
    if (trace_.enabled()) trace_.record(now_us(), EventKind::down, w->pid, pid, msg);
    deliver(pid, w, std::move(msg));
  }
  for (const Monitor& m : p->watching) {
    if (m.alias) aliases_.erase(m.ref.number);
    if (Process* t = lookup(m.pid))
      erase_first(t->watched_by, [&](const Monitor& x) { return x.ref == m.ref; });
  }
  keep_spare(std::move(links), spare_links_, kSpareVectors, kSpareCapacity);
  keep_spare(std::move(watched_by), spare_monitors_, kSpareVectors, kSpareCapacity);

  size_t idx = pid.number - opts_.first_pid_number;
  slots_[idx].proc = nullptr;
  ++slots_[idx].serial;
  --live_;
  delete p;
}

// [SECTION] Links and monitors ----------------------------------------------------------

void Runtime::link(Process* a, Process* b) {
  touch(TouchKind::watch, b->pid.number);
  if (a == b) return;
  if (std::find(a->links.begin(), a->links.end(), b->pid) != a->links.end()) return;
  take_spare(a->links, spare_links_);
  take_spare(b->links, spare_links_);
  a->links.push_back(b->pid);
  b->links.push_back(a->pid);
  if (trace_.enabled()) trace_.record(now_us(), EventKind::link, a->pid, b->pid);
}

void Runtime::unlink(Process* a, Pid b) {
  touch(TouchKind::watch, b.number);
  auto it = std::find(a->links.begin(), a->links.end(), b);
  if (it == a->links.end()) return;
  a->links.erase(it);
  if (Process* q = lookup(b)) erase_first(q->links, [&](Pid x) { return x == a->pid; });
  if (trace_.enabled()) trace_.record(now_us(), EventKind::unlink, a->pid, b);
}

void Runtime::send_alias(Pid from, Ref alias, Term message) {
  const Pid* to = aliases_.find(alias.number);
  deliver(from, to ? lookup(*to) : nullptr, std::move(message));
}

Ref Runtime::monitor(Process* watcher, const Term& target, bool alias) {
  Ref ref = make_ref();
  Atom name = atoms::nil;
  Process* t = nullptr;
  Term object = target;
  if (target.is_atom()) {
    name = target.atom_value();
    touch(TouchKind::name, name.id());
    t = lookup(whereis(name));
    object = Term::tuple({target, Term(atoms::nonode)});
  } else if (target.is_pid()) {
    t = lookup(target.pid());
    touch(TouchKind::watch, target.pid().number);
  }
  if (t) touch(TouchKind::watch, t->pid.number);
  if (!t || t->exit_pending) {
    // Monitoring a dead pid or an unregistered name: an immediate :DOWN, :noproc.
    Term msg = Term::tuple(
        {Term(atoms::DOWN), Term(ref), Term(atoms::process), object, Term(atoms::noproc)});
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::monitor, watcher->pid,
                    target.is_pid() ? target.pid() : Pid{}, Term(ref));
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::down, watcher->pid, target.is_pid() ? target.pid() : Pid{},
                    msg);
    deliver(Pid{}, watcher, std::move(msg));
    return ref;
  }
  take_spare(watcher->watching, spare_monitors_);
  take_spare(t->watched_by, spare_monitors_);
  watcher->watching.push_back(Monitor{ref, t->pid, name, alias});
  t->watched_by.push_back(Monitor{ref, watcher->pid, name, alias});
  if (alias) aliases_.insert_or_assign(ref.number, watcher->pid);
  if (trace_.enabled())
    trace_.record(now_us(), EventKind::monitor, watcher->pid, t->pid, Term(ref));
  return ref;
}

bool Runtime::demonitor(Process* watcher, Ref ref, bool flush) {
  auto it = std::find_if(watcher->watching.begin(), watcher->watching.end(),
                         [&](const Monitor& m) { return m.ref == ref; });
  bool found = it != watcher->watching.end();
  // (an alias is active exactly while its monitor is: in `watching`)
  if (found) {
    if (it->alias) aliases_.erase(ref.number);
    Pid target = it->pid;
    watcher->watching.erase(it);
    touch(TouchKind::watch, target.number);
    if (Process* t = lookup(target))
      erase_first(t->watched_by, [&](const Monitor& x) { return x.ref == ref; });
    if (trace_.enabled())
      trace_.record(now_us(), EventKind::demonitor, watcher->pid, target, Term(ref));
  }
  if (flush) {
    // remove a {:DOWN, ref, ...} already in the mailbox
    for (auto** link = watcher->mailbox.head_link(); *link; link = &(*link)->next) {
      const Term& m = (*link)->message;
      if (is_down(m, ref)) {
        note_receive(watcher, **link);
        watcher->mailbox.take(link);
        break;
      }
    }
  }
  return found;
}

bool Runtime::register_name(Process* p, Atom name) {
  if (name == atoms::nil || name == atoms::undefined) return false;
  touch(TouchKind::name, name.id());
  if (p->name != atoms::nil) return false;
  if (lookup(whereis(name))) return false;
  names_[name.id()] = p->pid;
  p->name = name;
  if (trace_.enabled())
    trace_.record(now_us(), EventKind::register_name, p->pid, Pid{}, Term(name));
  return true;
}

void Runtime::unregister_name(Process* p) {
  if (p->name == atoms::nil) return;
  touch(TouchKind::name, p->name.id());
  names_.erase(p->name.id());
  p->name = atoms::nil;
}

// [SECTION] Ctx: what a process body can do -----------------------------------------------------

Pid Ctx::self() const { return self_->pid; }
int64_t Ctx::now_ms() const { return rt_->now_us() / 1000; }

void Ctx::send(Pid to, Term message) {
  --rt_->budget();
  Process* q = rt_->lookup(to);
  if (!q) rt_->touch(TouchKind::mailbox, to.number);  // lost: it has died (or never was)
  rt_->deliver(self_->pid, q, std::move(message));
}

void Ctx::send(const Term& dest, Term message) {
  if (dest.is_pid()) return send(dest.pid(), std::move(message));
  if (dest.is_atom()) {
    Pid to = rt_->whereis(dest.atom_value());
    if (to) return send(to, std::move(message));
  }
  // {name, node}: the name on this node if registered; nothing otherwise (another node,
  // or nobody by that name: the BEAM drops it without a word)
  if (dest.is_tuple(2) && dest[0].is_atom() && dest[1].is_atom()) {
    Pid to = dest[1].is_atom(atoms::nonode) ? rt_->whereis(dest[0].atom_value()) : Pid{};
    if (to) return send(to, std::move(message));
    --rt_->budget();
    return;
  }
  raise(argument_error(
      "errors were found at the given arguments:\n\n  * 1st argument: invalid destination\n"));
}

Pid Ctx::spawn(Body body, Atom label) {
  --rt_->budget();
  SpawnOptions o;
  o.label = label;
  Pid p = rt_->spawn_from(self_, std::move(body), o);
  if (!p) raise(system_limit_error());
  return p;
}

Pid Ctx::spawn_link(Body body, Atom label) {
  --rt_->budget();
  SpawnOptions o;
  o.link = true;
  o.label = label;
  Pid p = rt_->spawn_from(self_, std::move(body), o);
  if (!p) raise(system_limit_error());
  return p;
}

void Ctx::raise_system_limit() { raise(system_limit_error()); }

std::pair<Pid, Ref> Ctx::spawn_monitor(Body body, Atom label) {
  Pid p = spawn(std::move(body), label);
  return {p, monitor(Term(p))};
}

void Ctx::link(Pid other) {
  --rt_->budget();
  Process* q = rt_->lookup(other);
  rt_->touch(TouchKind::watch, other.number);
  if (!q || q->exit_pending) {
    if (self_->trap_exit) {
      rt_->exit_signal(other, self_, Term(atoms::noproc), true);
      return;
    }
    raise(erlang_error(Term(atoms::noproc)),
          Term::list({Term::tuple(
              {Term::atom("erlang"), Term::atom("link"), Term::list({Term(other)}), Term()})}));
  }
  rt_->link(self_, q);
}

void Ctx::unlink(Pid other) { rt_->unlink(self_, other); }
Ref Ctx::monitor(const Term& target) {
  --rt_->budget();
  return rt_->monitor(self_, target);
}
Ref Ctx::monitor_alias(Pid target) {
  --rt_->budget();
  return rt_->monitor(self_, Term(target), true);
}
void Ctx::send_alias(Ref alias, Term message) {
  --rt_->budget();
  rt_->send_alias(self_->pid, alias, std::move(message));
}
bool Ctx::demonitor(Ref ref, bool flush) { return rt_->demonitor(self_, ref, flush); }
bool Ctx::trap_exit(bool on) {
  rt_->touch(TouchKind::life, self_->pid.number);
  return std::exchange(self_->trap_exit, on);
}
bool Ctx::trapping_exits() const { return self_->trap_exit; }

void Ctx::exit(Pid target, Term reason) {
  --rt_->budget();
  rt_->touch(TouchKind::life, target.number);
  rt_->exit_signal(self_->pid, rt_->lookup(target), std::move(reason), false);
  // A signal to itself that kills takes effect at once.
  if (target == self_->pid && self_->exit_pending) exit_with(self_->exit_reason);
}

bool Ctx::register_name(Atom name) {
  if (!rt_->register_name(self_, name))
    raise(argument_error("could not register " + inspect(Term(self_->pid)) + " with name " +
                         inspect(Term(name)) + " because it is already registered"));
  return true;
}
Pid Ctx::whereis(Atom name) const {
  rt_->touch(TouchKind::name, name.id());
  return rt_->whereis(name);
}
void Ctx::grow_heap(int64_t words) { rt_->grow_heap(self_, words); }

}  // namespace taskplay
