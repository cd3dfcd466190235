#pragma once
// What a benchmark's processes cost in memory, seen from the allocator and from the OS:
// taskplay_bench's row 2 and taskplay_lang_bench's row 2s.
#include <malloc.h>  // glibc's mallinfo2; in wasm, dlmalloc's mallinfo
#include <cstdint>
#include <cstdio>

namespace taskplay::bench {

// Bytes the allocator has handed out and not taken back (the heap in use).
inline int64_t heap_in_use() {
#if defined(__EMSCRIPTEN__)
  struct mallinfo mi = mallinfo();
  return static_cast<int64_t>(static_cast<unsigned>(mi.uordblks)) +
         static_cast<int64_t>(static_cast<unsigned>(mi.hblkhd));
#else
  struct mallinfo2 mi = mallinfo2();
  return static_cast<int64_t>(mi.uordblks + mi.hblkhd);
#endif
}

// Resident set size: /proc/self/statm natively; the linear memory's size in wasm.
inline int64_t resident_bytes() {
#if defined(__EMSCRIPTEN__)
  return static_cast<int64_t>(__builtin_wasm_memory_size(0)) * 65536;
#else
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<int64_t>(resident) * 4096;
#endif
}

}  // namespace taskplay::bench
