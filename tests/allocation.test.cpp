// The runtime's allocation helpers (core/taskplay/pool.hpp), and the %Task{} that Task
// builds without a sort against make_struct's.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "taskplay/pool.hpp"
#include "taskplay/task.hpp"
#include "taskplay/term.hpp"

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

  TEST_CASE("%Task{}: make_task builds what make_struct builds, and fields() reads it back") {
    task::TaskFields f{Pid{101, 0}, Ref{7}, Pid{100, 0},
                       Term::tuple({Term::atom("erlang"), Term::atom("apply"), Term::integer(2)})};
    Term built = task::make_task(f);
    Term reference = make_struct(Atom("Elixir.Task"), {{Term::atom("mfa"), f.mfa},
                                                       {Term::atom("owner"), Term(f.owner)},
                                                       {Term::atom("pid"), Term(f.pid)},
                                                       {Term::atom("ref"), Term(f.ref)}});
    CHECK(built == reference);
    REQUIRE(built.map_pairs().size() == reference.map_pairs().size());
    for (size_t i = 0; i < built.map_pairs().size(); ++i)
      CHECK(built.map_pairs()[i].first == reference.map_pairs()[i].first);
    auto back = task::fields(built);
    REQUIRE(back);
    CHECK(back->pid == f.pid);
    CHECK(back->ref == f.ref);
    CHECK(back->owner == f.owner);
    CHECK(back->mfa == f.mfa);
    // The same struct with one more key is read key by key, with the same answer.
    Term wider = built.map_put(Term::atom("zzz"), Term::integer(1));
    auto back2 = task::fields(wider);
    REQUIRE(back2);
    CHECK(back2->pid == f.pid);
    // A %Task{} whose pid is not a pid is not a task.
    CHECK_FALSE(task::fields(built.map_put(Term::atom("pid"), Term::integer(1))));
    CHECK_FALSE(task::fields(Term::integer(1)));
  }
}
