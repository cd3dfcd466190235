// The runtime's allocation helpers (core/taskplay/pool.hpp).
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "taskplay/pool.hpp"

using namespace taskplay;

TEST_SUITE("allocation") {
  TEST_CASE("pool: blocks of every size are distinct and writable; a freed one is reused") {
    std::vector<std::pair<void*, size_t>> blocks;
    for (size_t n : {1, 7, 8, 9, 24, 100, 512, 513, 4096}) {
      for (int k = 0; k < 3; ++k) {
        void* p = pool::allocate(n);
        std::memset(p, 0xAB, n);
        blocks.emplace_back(p, n);
      }
    }
    for (size_t i = 0; i < blocks.size(); ++i)
      for (size_t j = i + 1; j < blocks.size(); ++j) CHECK(blocks[i].first != blocks[j].first);
    for (auto [p, n] : blocks) pool::deallocate(p, n);
    // The last block freed of a pooled size is the next one handed out for any size of
    // its 8-byte class (unless the pool is bypassed, under AddressSanitizer).
    void* p = pool::allocate(100);
    pool::deallocate(p, 100);
    void* q = pool::allocate(97);
    if (!TASKPLAY_POOL_BYPASS) CHECK(q == p);
    std::memset(q, 0x11, 97);
    pool::deallocate(q, 97);
  }

  TEST_CASE("pool: a burst of frees beyond the bound goes back to malloc, the rest is reused") {
    std::vector<void*> many;
    for (int k = 0; k < 20000; ++k) many.push_back(pool::allocate(64));
    for (void* p : many) pool::deallocate(p, 64);
    many.clear();
    for (int k = 0; k < 20000; ++k) many.push_back(pool::allocate(64));
    for (void* p : many) pool::deallocate(p, 64);
    CHECK(many.size() == 20000);
  }
}
