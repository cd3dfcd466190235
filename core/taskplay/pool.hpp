#pragma once
// Free lists for the runtime's small, short-lived blocks: coroutine frames, mailbox
// nodes, Process objects, tuples, list cells, maps. A Task.async + await allocates and
// frees about twenty of them; taking one off a free list is a few instructions where
// malloc/free are a hundred or more (and dlmalloc under wasm is slower still).
//
// Sizes are rounded up to 8 bytes (malloc's own granularity: no block gets a bigger
// malloc chunk than it would have had) and pooled up to kMaxPooled; bigger blocks go to
// malloc directly. Each size keeps at most kMaxBytesPerClass of free blocks (a freed
// block beyond that goes back to free), so a burst of 200,000 processes does not stay
// cached after they exit. Freed blocks are never handed to another size.
//
// One thread, as the scheduler: the lists are plain globals, trivially destructible, so
// blocks freed by static destructors at exit (a cached term) are still fine. Blocks left
// on the lists at exit stay reachable from them (not a leak for LeakSanitizer/valgrind).
//
// Under AddressSanitizer every block goes to operator new/delete: ASan then sees every
// use after free and every overflow, as it would without the pool.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define TASKPLAY_POOL_BYPASS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TASKPLAY_POOL_BYPASS 1
#endif
#endif
#ifndef TASKPLAY_POOL_BYPASS
#define TASKPLAY_POOL_BYPASS 0
#endif

namespace taskplay::pool {

inline constexpr std::size_t kGranule = 8;
inline constexpr std::size_t kMaxPooled = 512;
inline constexpr std::size_t kClasses = kMaxPooled / kGranule + 1;
inline constexpr std::size_t kMaxBytesPerClass = 256 * 1024;

namespace detail {
struct FreeBlock {
  FreeBlock* next;
};
struct Lists {
  FreeBlock* head[kClasses];
  uint32_t count[kClasses];
};
// Zero-initialized (constant initialization): usable before any constructor runs.
inline Lists lists{};
constexpr std::size_t class_of(std::size_t n) { return (n + kGranule - 1) / kGranule; }
constexpr uint32_t max_count(std::size_t cls) {
  return static_cast<uint32_t>(kMaxBytesPerClass / (cls * kGranule));
}
}  // namespace detail

inline void* allocate(std::size_t n) {
#if TASKPLAY_POOL_BYPASS
  return ::operator new(n);
#else
  if (n <= kMaxPooled) {
    std::size_t c = detail::class_of(n);
    if (detail::FreeBlock* b = detail::lists.head[c]) {
      detail::lists.head[c] = b->next;
      --detail::lists.count[c];
      return b;
    }
    n = c * kGranule;
  }
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
#endif
}

// `n` must be the size given to allocate().
inline void deallocate(void* p, std::size_t n) noexcept {
#if TASKPLAY_POOL_BYPASS
  ::operator delete(p);
  (void)n;
#else
  if (!p) return;
  if (n <= kMaxPooled) {
    std::size_t c = detail::class_of(n);
    if (c > 0 && detail::lists.count[c] < detail::max_count(c)) {
      auto* b = static_cast<detail::FreeBlock*>(p);
      b->next = detail::lists.head[c];
      detail::lists.head[c] = b;
      ++detail::lists.count[c];
      return;
    }
  }
  std::free(p);
#endif
}

// Class-specific operator new/delete for a type whose objects should come from the pool
// (`struct Node : pool::Pooled { ... }`). With a virtual destructor, delete passes the
// dynamic type's size, as deallocate needs.
struct Pooled {
  static void* operator new(std::size_t n) { return allocate(n); }
  static void operator delete(void* p, std::size_t n) noexcept { deallocate(p, n); }
};

}  // namespace taskplay::pool
