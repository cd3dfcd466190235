#pragma once
// A process: pid, mailbox, links, monitors, trap_exit and the coroutine that
// runs its body. Owned by the Runtime; everything else refers to a process by
// its Pid (a dead pid simply no longer resolves).

#include <algorithm>
#include <climits>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/pool.hpp"
#include "taskplay/process_dictionary.hpp"
#include "taskplay/term.hpp"

namespace taskplay {

class Ctx;
class Runtime;
struct Process;

// A process body: called once, in the new process, to make its coroutine.
using Body = std::function<Co<void>(Ctx&)>;

// The mailbox: a singly linked queue (empty costs nothing), with removal
// anywhere for selective receive.
class Mailbox {
 public:
  struct Node : pool::Pooled {
    Term message;
    Node* next = nullptr;
    int32_t words = 0;  // what the message adds to the process's heap (Runtime::deliver)
    uint32_t sent =
        0;  // the message's number in the run when the explorer runs it (Runtime::put_in_mailbox)
  };
  Mailbox() = default;
  Mailbox(const Mailbox&) = delete;
  Mailbox& operator=(const Mailbox&) = delete;
  ~Mailbox() { clear(); }

  void push(Term m, int64_t words = 0, uint32_t sent = 0) {
    auto* n = new Node;
    n->message = std::move(m);
    n->words = static_cast<int32_t>(std::min<int64_t>(words, INT32_MAX));
    n->sent = sent;
    *tail_ = n;
    tail_ = &n->next;
    ++size_;
  }
  // Remove the node that *link points to and return its message.
  Term take(Node** link) {
    Node* n = *link;
    *link = n->next;
    if (tail_ == &n->next) tail_ = link;
    --size_;
    Term m = std::move(n->message);
    delete n;
    return m;
  }
  Node** head_link() { return &head_; }
  const Node* first() const { return head_; }
  size_t size() const { return size_; }
  void clear() {
    while (head_) take(&head_);
  }

 private:
  Node* head_ = nullptr;
  Node** tail_ = &head_;
  size_t size_ = 0;
};

// What a process blocked in `receive` is waiting for. The scheduler calls
// try_match() (in the process's own time) when a message arrives, and
// timed_out() when the receive's `after` fires.
class ReceiveWait {
 public:
  virtual bool try_match() = 0;
  // Whether try_match() would take a message now (nothing taken): the explorer offers a
  // process woken by a message it does not want as no choice.
  virtual bool ready() = 0;
  virtual void timed_out() = 0;

 protected:
  ~ReceiveWait() = default;
};

template <typename Match>
class ReceiveAwaiter;
class YieldAwaiter;

inline constexpr int64_t kInfinity = -1;  // receive/await timeout :infinity

// Matches every message (a plain `receive do msg -> ... end`).
struct AnyMessage {
  bool operator()(const Term&) const { return true; }
};
// Matches nothing (Process.sleep).
struct NoMessage {
  bool operator()(const Term&) const { return false; }
};

// What a process body sees of the runtime: its own pid and the operations a
// process can do. Every Process embeds one; a body gets it by reference.
// Operations that can block return awaiters: `co_await ctx.receive(...)`.
// Defined in runtime.hpp / runtime.cpp.
class Ctx {
 public:
  Ctx(Runtime& rt, Process& self) : rt_(&rt), self_(&self) {}
  Runtime& runtime() const { return *rt_; }
  Process& process() const { return *self_; }
  Pid self() const;
  int64_t now_ms() const;

  // ---- messages
  void send(Pid to, Term message);
  // send/2 to a pid or a registered name; an unregistered name raises ArgumentError.
  void send(const Term& dest, Term message);
  // receive: the first message (oldest first) that `match` accepts, or
  // nullopt when `timeout_ms` passes (0 = `after 0`; kInfinity = no after).
  template <typename Match>
  ReceiveAwaiter<Match> receive(Match match, int64_t timeout_ms = kInfinity);
  ReceiveAwaiter<AnyMessage> receive_any(int64_t timeout_ms = kInfinity);
  // Process.sleep(ms): a receive that matches nothing.
  ReceiveAwaiter<NoMessage> sleep(int64_t ms);
  // Count `n` reductions; suspends (preemption) when the slice's budget is spent.
  YieldAwaiter reduce(uint32_t n = 1);

  // ---- processes
  // `label` says what the new process is (Task, Supervisor...) for the UI.
  Pid spawn(Body body, Atom label = atoms::nil);
  Pid spawn_link(Body body, Atom label = atoms::nil);
  std::pair<Pid, Ref> spawn_monitor(Body body, Atom label = atoms::nil);
  // spawn_link for a body made at once, `make(ctx)` returning the new process's
  // Co<void> (see Runtime::spawn_made): nothing is kept but the coroutine frame.
  template <typename Make>
  Pid spawn_link_made(Make&& make, Atom label = atoms::nil);
  // Process.link/1: a dead pid raises ErlangError :noproc, or (trapping) sends {:EXIT, pid,
  // :noproc}.
  void link(Pid other);
  void unlink(Pid other);
  Ref monitor(const Term& target);  // a pid or a registered name
  bool demonitor(Ref ref, bool flush = false);
  // A monitor whose ref is also an alias (OTP's alias: :demonitor): replies
  // sent with send_alias arrive only while the monitor is active.
  Ref monitor_alias(Pid target);
  void send_alias(Ref alias, Term message);
  bool trap_exit(bool on);  // returns the old value
  bool trapping_exits() const;
  void exit(Pid target, Term reason);  // Process.exit/2
  bool register_name(Atom name);       // Process.register/2 (raises ArgumentError if taken)
  Pid whereis(Atom name) const;
  // Account `words` more (or fewer) words of this process's heap; the heap
  // limit kills a process that grows past it.
  void grow_heap(int64_t words);

 private:
  [[noreturn]] static void raise_system_limit();
  Runtime* rt_;
  Process* self_;
};

enum class ProcessState : uint8_t {
  runnable,  // in the run queue
  running,   // executing now
  waiting,   // blocked in receive (or sleep)
  exiting,   // an exit signal killed it; the runtime will tear it down
};

struct Monitor {
  Ref ref;
  Pid pid;  // the other side: the watched process (in `watching`), the watcher (in `watched_by`)
  Atom name{};         // monitored by registered name: the :DOWN shows {name, node}
  bool alias = false;  // its ref is also an alias (Runtime::monitor's alias)
};

// What a server (gen_server.hpp: a GenServer, an Agent, a supervisor) shows observers,
// computed only when an observer asks: the runtime never asks, and nothing a process can
// observe depends on it.
class StatusSource {
 public:
  // Like :sys.get_status/1: the supervisors' status map (supervisor_status.hpp); nil else.
  virtual Term status() const = 0;
  // What :sys.get_state/1 answers (the GenServer's state, the Agent's), if it has one.
  virtual std::optional<Term> server_state() const { return std::nullopt; }
  // The callback module (Stack, Agent.Server, Supervisor.Default, ...); nil if none.
  virtual Atom server_module() const { return atoms::nil; }

 protected:
  ~StatusSource() = default;
};

// Where a process's code is, for Process.info(pid, :current_function): the language's VM
// sets itself while it runs a process's code (a nested VM saves and restores the one before).
class CodeSource {
 public:
  virtual Term current_function() const = 0;  // {module, function, arity}, or nil
  // Process.info(pid, :current_stacktrace)'s list, or :undefined when the source cannot tell
  virtual Term current_stacktrace(bool self) const {
    (void)self;
    return Term(atoms::undefined);
  }

 protected:
  ~CodeSource() = default;
};

// What only some processes have, allocated on first use so that an idle process stays small.
struct ProcessExtras {
  ProcessDictionary dictionary;  // Process.put/get/delete
  Term initial_call;             // {module, function, arity} of spawn/3 ([] = from the label)
  // Process.group_leader/2's, inherited by the processes it spawns; none: the BEAM's user
  // process that stands for the standard I/O (kStandardGroupLeader, process_info.hpp)
  Pid group_leader;
  // Processes of the BEAM outside the runtime that Process.info shows linked to this one and
  // monitoring it (`elixir x.exs`'s script process: Module.ParallelChecker's server and the
  // CLI's waiter); they send and receive nothing.
  Pid outside_link, outside_monitor;
};

struct Process : pool::Pooled {
  Pid pid;
  Pid parent;
  Atom name = atoms::nil;   // registered name or nil
  Atom label = atoms::nil;  // what it is, for people: Task, Supervisor, Agent, shell...
  ProcessState state = ProcessState::runnable;
  bool trap_exit = false;
  bool in_run_queue = false;
  bool message_arrived = false;  // since it started waiting
  bool exit_pending = false;     // `exit_reason` is final; tear down at the next switch
  bool timeout_fired = false;    // the pending receive's `after` expired

  Term exit_reason;
  Mailbox mailbox;
  std::vector<Pid> links;
  std::vector<Monitor> watching;    // monitors this process set up
  std::vector<Monitor> watched_by;  // monitors others hold on this process

  // Set by a server living in this process's coroutine frame, cleared by it when it ends
  // (declared before the frame, so it outlives it); see status().
  const StatusSource* status_source = nullptr;
  const CodeSource* code_source = nullptr;
  Body entry;  // kept alive: the coroutine frame may refer to its captures
  Co<void> body;
  coro::coroutine_handle<> resume_point;  // innermost suspended coroutine
  ReceiveWait* waiting_for = nullptr;
  uint64_t timer_token = 0;  // a receive-timeout entry fires only if this still matches
  // For observers (the playground's countdown): when the pending receive's `after`
  // fires, on the runtime clock; -1 when it has none. Meaningful while waiting.
  int64_t receive_deadline_us = -1;
  // What a server's state looks like to observers (nil for other processes).
  Term status() const { return status_source ? status_source->status() : Term(); }
  std::unique_ptr<ProcessExtras> extras;
  ProcessExtras& extra() {
    if (!extras) extras = std::make_unique<ProcessExtras>();
    return *extras;
  }

  uint64_t reductions = 0;
  int64_t heap_words = 0;  // mailbox + what the body reports (Fib's stack)
  int64_t max_heap_words = 0;
  int64_t spawned_at_us = 0;
  Process* next_runnable = nullptr;  // run queue links
  Process* prev_runnable = nullptr;
  Ctx ctx;

  Process(Runtime& rt) : ctx(rt, *this) {}
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
};

}  // namespace taskplay
