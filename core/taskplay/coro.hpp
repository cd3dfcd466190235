#pragma once
// C++20 coroutines on both of taskplay's compilers.
//
// g++ 12 ships <coroutine>; Emscripten 3.1.6's libc++ only ships
// <experimental/coroutine> (namespace std::experimental). `coro::` names
// whichever one this compiler has, so the rest of the code never cares.
//
// `Co<T>` is the one coroutine type of the runtime: a lazily started,
// awaitable computation that returns a T (or throws). A process body is a
// `Co<void>`; a library call that may block (Task.await, receive, sleep) is a
// `Co<T>` that the caller `co_await`s. Destroying a `Co` destroys its frame,
// and with it every frame it is awaiting: that is how a killed process is
// torn down.
//
// Control passes between a coroutine and the one it awaits through a
// trampoline (resume_chain), not by symmetric transfer: clang 14 lowers
// symmetric transfer to guaranteed tail calls, which em++ refuses ("WebAssembly
// 'tail-call' feature not enabled") unless built with -mtail-call. The
// trampoline keeps the native stack flat on both targets, whatever the length
// of a chain of nested calls, at the cost of one loop iteration per transfer.
//
// Loops, try and co_await. In a coroutine, never put a try block that contains a
// co_await inside a loop: put the try in a coroutine of its own and co_await that
// from the loop (Vm::run's await_native, the shell's evaluate, the agent's attempt).
// Under -fwasm-exceptions (the wasm build) clang 14 miscompiles the loop form: in the
// resume function the loop is entered both at its head and, from the code after the
// co_await, through the catch's EH pad (the call before the co_await unwinds to the
// same pad). The wasm backend cannot make a loop entered through an EH pad structured
// (LLVM issues #63183 and #208409, still open in 2026), and the exception thrown after
// the resumption escapes every handler, the promise's unhandled_exception included.
// Smallest case (em++ -O1 -fwasm-exceptions; -O0 and native builds are right):
//   for (int k = 0; k < n; ++k) {
//     try {
//       may_throw();       // any call that can throw, before the suspension
//       co_await aw;       // aw.await_resume() throws
//     } catch (...) {}     // never reached: the exception escapes the coroutine
//   }

#if __has_include(<coroutine>)
#include <coroutine>
namespace taskplay::coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace taskplay::coro
#else
#include <experimental/coroutine>
namespace taskplay::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace taskplay::coro
#endif

#include <cstddef>
#include <exception>
#include <optional>
#include <utility>

#include "taskplay/errors.hpp"
#include "taskplay/pool.hpp"

namespace taskplay {

template <typename T>
class Co;

namespace detail {

// The next coroutine the trampoline resumes (one thread: a plain global).
inline coro::coroutine_handle<> next_to_resume;

struct CoPromiseBase {
  // Frames come from the pool (pool.hpp): every Task.async, receive wrapper and library
  // call makes one, and they die as quickly as they are born.
  static void* operator new(std::size_t n) { return pool::allocate(n); }
  static void operator delete(void* p, std::size_t n) noexcept { pool::deallocate(p, n); }

  coro::coroutine_handle<> continuation;  // who awaits us; null for a process body
  std::exception_ptr error;
  // An Elixir error (Raised) leaving the coroutine, kept by value: the
  // scheduler reads a process's exit reason from it without a rethrow.
  std::optional<Raised> raised;

  coro::suspend_always initial_suspend() noexcept { return {}; }

  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <typename P>
    void await_suspend(coro::coroutine_handle<P> h) noexcept {
      next_to_resume = h.promise().continuation;  // back to the awaiter (if any)
    }
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept {
    try {
      throw;
    } catch (const Raised& r) {
      raised.emplace(r);
    } catch (...) {
      error = std::current_exception();
    }
  }
};

template <typename T>
struct CoPromise : CoPromiseBase {
  std::optional<T> value;
  Co<T> get_return_object() noexcept;
  template <typename U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
};

template <>
struct CoPromise<void> : CoPromiseBase {
  Co<void> get_return_object() noexcept;
  void return_void() noexcept {}
};

}  // namespace detail

template <typename T = void>
class [[nodiscard]] Co {
 public:
  using promise_type = detail::CoPromise<T>;
  using Handle = coro::coroutine_handle<promise_type>;

  Co() = default;
  explicit Co(Handle h) : h_(h) {}
  Co(Co&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Co& operator=(Co&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  Co(const Co&) = delete;
  Co& operator=(const Co&) = delete;
  ~Co() { reset(); }

  void reset() {
    if (h_) std::exchange(h_, {}).destroy();
  }
  bool done() const { return !h_ || h_.done(); }
  Handle handle() const { return h_; }

  // Awaiting a Co starts it and resumes the awaiter when it finishes.
  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> awaiter) noexcept {
    h_.promise().continuation = awaiter;
    detail::next_to_resume = h_;
  }
  // After it finished: what it raised (Elixir's raise, throw or exit), moved out, or nullopt
  // when it returned (its value is then await_resume()'s). Another C++ exception is rethrown.
  std::optional<Raised> take_raised() {
    auto& p = h_.promise();
    if (p.error) std::rethrow_exception(p.error);
    return std::exchange(p.raised, std::nullopt);
  }
  T await_resume() {
    auto& p = h_.promise();
    if (p.raised) throw Raised(std::move(*p.raised));  // the awaiter raises it in turn
    if (p.error) std::rethrow_exception(p.error);
    if constexpr (!std::is_void_v<T>) return std::move(*p.value);
  }

 private:
  Handle h_;
};

namespace detail {
template <typename T>
Co<T> CoPromise<T>::get_return_object() noexcept {
  return Co<T>(coro::coroutine_handle<CoPromise<T>>::from_promise(*this));
}
inline Co<void> CoPromise<void>::get_return_object() noexcept {
  return Co<void>(coro::coroutine_handle<CoPromise<void>>::from_promise(*this));
}
}  // namespace detail

// Running a Co at once, on the awaiter's native stack, instead of through the trampoline: a
// hot path (the GenServer loop, gen_server.cpp) whose callee nearly always finishes without
// suspending saves two transfers and the frame of a coroutine of its own around it.
//
//   AtOnce<Term> work{callback(...)};  // (built first: g++ 12 and temporaries of co_await)
//   co_await work;                     // runs it; suspends only if the callee suspends
//   ... work.co.await_resume() (raises what it raised), or work.co.take_raised() first
//
// A callee that suspends has handed the trampoline what runs next (a Co it awaits) or parked
// its process (a receive, a yield); the awaiter only becomes its continuation, so control
// comes back when it ends, exactly as if it had been co_awaited.
template <typename T>
struct AtOnce {
  Co<T> co;
  bool await_ready() {
    co.handle().resume();
    return co.done();
  }
  void await_suspend(coro::coroutine_handle<> awaiter) noexcept {
    co.handle().promise().continuation = awaiter;
  }
  void await_resume() const noexcept {}
};

// Resume `h` and every coroutine control passes to, until the chain suspends
// (in a receive, a preemption, or at the end of the outermost coroutine).
inline void resume_chain(coro::coroutine_handle<> h) {
  while (h) {
    h.resume();
    h = std::exchange(detail::next_to_resume, nullptr);
  }
}

}  // namespace taskplay
