#pragma once
// The VM: runs compiled code inside a process, as a coroutine.
//
// Frames live on the VM's own stack (a vector of registers), never on the C++
// stack: deep recursion grows that vector, reports the growth to the runtime
// (Ctx::grow_heap) and meets the heap limit (:killed) instead of a native
// stack overflow. Every function call counts one reduction; when the slice's
// budget is spent the VM suspends (co_await ctx.reduce) and the scheduler
// runs someone else, so an endless loop never stalls the runtime. Blocking
// calls (receive, Process.sleep, Task.await) are C++ coroutines awaited from
// the VM's loop.

#include <cstdint>
#include <vector>

#include "taskplay/coro.hpp"
#include "taskplay/errors.hpp"
#include "taskplay/lang/bytecode.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/process.hpp"

namespace taskplay::lang {

class Closure;

class Vm final : public CodeSource {
 public:
  explicit Vm(Ctx& ctx);
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Runs `proto` (arity = args.size()) to its return, in a VM of its own.
  static Co<Term> run(Ctx& ctx, const Proto* proto, std::vector<Term> args,
                      const std::vector<Term>* captures = nullptr);
  // A process's body that runs a fun of no arguments (its value dropped): the VM and its
  // loop are this one coroutine frame, all an idle process needs besides its registers.
  // `captures` must outlive it (the process's Body holds the fun).
  static Co<void> run_body(Ctx& ctx, const Proto* proto, const std::vector<Term>* captures);
  // The function of the innermost frame: Process.info(pid, :current_function).
  Term current_function() const override;
  // Where it is now, as Process.info(pid, :current_stacktrace) shows it: the library function
  // it waits in (GenServer.call: :gen.do_call/4 and GenServer.call/3), its frames, and a
  // script's base frames; `self`: asked by the process itself (Process.info/2 on top).
  Term current_stacktrace(bool self) const override;

 private:
  enum class Stop : uint8_t { cont, done, yield, receive, call_native, matched, no_match };
  struct Frame {
    const Proto* proto;
    uint32_t pc;    // next instruction (while suspended or calling)
    uint32_t base;  // R[0] of this frame in stack_
  };
  struct Handler {
    uint32_t frame;  // index in frames_
    uint32_t pc;
    uint16_t reg;
    bool guard;
  };

  // How a call went: a frame was entered, a native finished (result in R[a]),
  // or a coroutine native / foreign fun must be awaited (call_native).
  enum class Call : uint8_t { entered, finished, suspend };
  template <typename R>
  static Co<R> execute(Ctx& ctx, const Proto* proto, std::vector<Term> args,
                       const std::vector<Term>* captures);
  void start(const Proto* proto, std::vector<Term> args, const std::vector<Term>* captures);
  Stop exec();  // vm_exec.cpp: the interpreter loop
  Stop step_slow(const Ins* i);
  Stop exec_protected(bool& raised, Raised& error);
  Stop exec_until_stop();  // exec() with the errors the code rescues handled
  Co<bool> call_native();
  int64_t receive_timeout() const;
  Call invoke(uint32_t mfa, uint32_t a, uint32_t nargs, bool local, bool tail);
  Call invoke_fun(uint32_t a, uint32_t nargs, bool tail);
  void enter(const Proto* q, uint32_t a, bool tail, const std::vector<Term>* captures);
  inline void push_frame(const Proto* q, uint32_t base);  // a new frame at stack_[base]
  inline void replace_frame(const Proto* q,
                            uint32_t a);  // a tail call: the arguments at R[a] move down
  bool leave(Term value);  // returns from the current frame; true when the VM is done
  void suspend_on(Term fun, AsyncFn async, uint32_t a, uint32_t nargs, bool tail);
  bool unwind(Raised& r);
  bool match_message(const Term& msg);
  Term stacktrace(const Term& prefix, const Term& error) const;
  void ensure(uint32_t top);
  void report_heap();
  void clear_above(uint32_t top);
  [[noreturn]] void function_clause(const Proto* p, const Term* args);

  Ctx& ctx_;
  State& st_;
  int32_t* budget_;  // the runtime's reduction budget for this slice
  const Process* proc_;
  const CodeSource* outer_code_;  // the process's code source before this VM
  std::vector<Term> stack_;
  std::vector<Frame> frames_;
  std::vector<Handler> handlers_;
  uint32_t top_ = 0;  // first register above the current frame
  Term result_;
  // pending suspensions
  uint32_t recv_pc_ = 0;   // the Receive instruction
  uint32_t match_pc_ = 0;  // MatchOk's target
  Term pending_fun_;       // a FunObj to call (call_native)
  AsyncFn pending_async_ = nullptr;
  std::vector<Term> pending_args_;
  uint32_t native_mfa_ = 0;  // the function id of the coroutine native being awaited, if any
  uint16_t pending_dst_ = 0;
  bool pending_tail_ = false;
  mutable bool tail_caller_gone_ = false;  // a native called in tail position failed (stacktrace())
  bool reraising_ = false;                 // Reraise keeps the original stack trace
  bool script_ = false;    // runs a script's body: elixir's own frames lie under it (stacktrace())
  bool bif_wait_ = false;  // the last yield waits before a native (no budget check to rerun)
  // heap accounting: words reported to the runtime so far
  int64_t reported_ = 0;
  uint32_t heap_hi_ = 0;
  uint32_t heap_lo_ = 0;
};

// Calls any fun term with `args` in the calling process (Closure, &M.f/n, a
// native fun of the library). Raises BadFunctionError/BadArityError as Elixir.
Co<Term> call_fun(Ctx& ctx, Term fun, std::vector<Term> args);
// apply(module, function, args), through compiled code, natives and the
// runtime's Modules registry.
Co<Term> apply_mfa(Ctx& ctx, Atom module, Atom function, std::vector<Term> args);
// A function id called from C++ (ExternalFun, apply).
Co<Term> call_mfa(Ctx& ctx, uint32_t mfa, std::vector<Term> args, bool local = false);

}  // namespace taskplay::lang
