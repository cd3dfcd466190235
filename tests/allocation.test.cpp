// The runtime's allocation helpers (core/taskplay/pool.hpp, ref_table.hpp) against
// plain models, and the %Task{} that Task builds without a sort against make_struct's.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <vector>

#include "taskplay/pool.hpp"
#include "taskplay/ref_table.hpp"
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

  TEST_CASE("RefTable: inserts, lookups and erasures agree with std::map, across growth") {
    RefTable t;
    std::map<uint64_t, Pid> model;
    uint64_t x = 12345;
    auto next = [&] {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      return x >> 33;
    };
    for (int step = 0; step < 20000; ++step) {
      // Keys from a small range (collisions, re-inserts, erasing absent keys) and
      // consecutive ones (how refs come).
      uint64_t key = step % 3 == 0 ? static_cast<uint64_t>(step) + 1 : next() % 700 + 1;
      switch (next() % 3) {
        case 0:
        case 1: {
          Pid v{static_cast<uint32_t>(next() % 1000 + 1), static_cast<uint32_t>(step)};
          t.insert_or_assign(key, v);
          model[key] = v;
          break;
        }
        default:
          t.erase(key);
          model.erase(key);
          break;
      }
      if (step % 97 == 0) {
        REQUIRE(t.size() == model.size());
        for (uint64_t k = 1; k <= 800; ++k) {
          const Pid* got = t.find(k);
          auto it = model.find(k);
          REQUIRE((got != nullptr) == (it != model.end()));
          if (got) CHECK(*got == it->second);
        }
      }
    }
    for (const auto& [k, v] : model) {
      const Pid* got = t.find(k);
      REQUIRE(got != nullptr);
      CHECK(*got == v);
    }
    for (const auto& kv : model) t.erase(kv.first);
    CHECK(t.size() == 0);
    CHECK(t.find(1) == nullptr);
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
