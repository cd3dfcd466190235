// :rand as OTP 25 computes it, and :erlang.phash2 as erts computes it: every expected value
// below was printed by real elixir 1.14.0 on OTP 25 running the same lines.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay;
using namespace taskplay::test;

TEST_SUITE("lang: :rand") {
  TEST_CASE(":rand.seed(:exsss, 42) then uniform/0 and uniform/1 give the BEAM's numbers") {
    auto r = run_elixir(R"(
:rand.seed(:exsss, 42)
IO.inspect :rand.uniform()
IO.inspect :rand.uniform(100)
IO.inspect :rand.export_seed()
)");
    CHECK(r.error == "");
    CHECK(r.out == "0.3672301478324621\n31\n{:exsss, [222722985761092874 | 21017242756703093]}\n");
  }

  TEST_CASE(":rand.seed/2 returns the state as the BEAM prints it, the handler's funs named") {
    auto r = run_elixir("IO.inspect :rand.seed(:exsss, {1, 2, 3})\n");
    CHECK(r.out ==
          "{%{\n"
          "   bits: 58,\n"
          "   jump: #Function<3.34006561/1 in :rand.exsplus_jump>,\n"
          "   next: #Function<0.34006561/1 in :rand.exsss_next>,\n"
          "   type: :exsss,\n"
          "   uniform: #Function<1.34006561/1 in :rand.exsss_uniform>,\n"
          "   uniform_n: #Function<2.34006561/2 in :rand.exsss_uniform>\n"
          " }, [117085240290607817 | 199386643319833935]}\n");
  }

  TEST_CASE("every algorithm seeded from an integer draws the BEAM's float and integer") {
    auto r = run_elixir(R"(
for alg <- [:exrop, :exs1024s, :exsplus, :exs64, :exro928ss, :exsp, :exs1024] do
  :rand.seed(alg, 7)
  IO.inspect {alg, :rand.uniform(), :rand.uniform(1000)}
end
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "{:exrop, 0.023554746843377106, 369}\n"
          "{:exs1024s, 0.724126857097885, 999}\n"
          "{:exsplus, 0.0418481228107212, 591}\n"
          "{:exs64, 0.08170555950360564, 373}\n"
          "{:exro928ss, 0.836894859500141, 576}\n"
          "{:exsp, 0.041848122810721144, 591}\n"
          "{:exs1024, 0.7241268570978852, 999}\n");
  }

  TEST_CASE("uniform_real/0, a range wider than one word, and the functional API") {
    auto r = run_elixir(R"(
:rand.seed(:exsss, {1, 2, 3})
IO.inspect for _ <- 1..5, do: :rand.uniform(10)
IO.inspect :rand.uniform_real()
:rand.seed(:exsss, 7)
:rand.uniform()
IO.inspect :rand.uniform(Integer.pow(2, 70))
IO.inspect :rand.uniform_s(:rand.seed_s(:exsss, 5)) |> elem(0)
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "[7, 1, 5, 9, 1]\n0.12563817036493644\n425402084973331546945\n0.45831860289508985\n");
  }

  TEST_CASE("Enum.shuffle/random/take_random draw from :rand as Elixir's do") {
    auto r = run_elixir(R"(
:rand.seed(:exsss, 7)
IO.inspect Enum.shuffle(1..10)
IO.inspect Enum.random(1..100)
IO.inspect Enum.take_random(1..100, 3)
)");
    CHECK(r.error == "");
    CHECK(r.out == "[3, 1, 6, 5, 8, 4, 2, 9, 10, 7]\n24\n'0,\\b'\n");
  }

  TEST_CASE("bad arguments fail in :rand's clauses, a zero seed is :zero_seed") {
    auto r = run_elixir(R"(
try do :rand.uniform(0) rescue e -> IO.inspect {e.module, e.function, e.arity} end
try do :rand.seed(:foo, 1) rescue e -> IO.inspect {e.module, e.function, e.arity} end
try do :rand.seed(:exsss, [0, 0]) rescue e -> IO.inspect e.original end
try do :rand.seed(:exsss, 1.5) rescue e -> IO.inspect {e.module, e.function, e.arity} end
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "{:rand, :uniform_s, 2}\n{:rand, :mk_alg, 1}\n:zero_seed\n{:rand, :exsss_seed, 1}\n");
  }

  TEST_CASE(
      "a process that never seeded draws from the run's seed: the same run, the same "
      "numbers; another seed, others") {
    const std::string src = R"(
IO.inspect :rand.uniform(1_000_000)
IO.inspect Task.await(Task.async(fn -> :rand.uniform(1_000_000) end))
)";
    RuntimeOptions a;
    a.seed = 1;
    RuntimeOptions b;
    b.seed = 2;
    auto r1 = run_elixir(src, 200'000'000, a);
    auto r2 = run_elixir(src, 200'000'000, a);
    auto r3 = run_elixir(src, 200'000'000, b);
    CHECK(r1.error == "");
    CHECK(r1.out == r2.out);
    CHECK(r1.out != r3.out);
  }
}

TEST_SUITE("lang: :erlang.phash2") {
  TEST_CASE(":erlang.phash2/1,2 of integers, floats, atoms, binaries, lists, tuples and maps") {
    auto r = run_elixir(R"(
terms = [0, -1, 134217728, Integer.pow(2, 64), -123456789012345678901234567890, 3.14, -0.0,
  :ok, :"é", "", "hello world!!", [], 'abcde', [1 | 2], {}, {:a, "b", [1]}, %{a: 1, b: 2},
  Map.new(1..40, &{&1, &1})]
for t <- terms, do: IO.puts("#{:erlang.phash2(t)} #{:erlang.phash2(t, 1000)}")
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "88723725 469\n"
          "44071773 597\n"
          "12354923 755\n"
          "103122609 713\n"
          "33199935 671\n"
          "107830559 215\n"
          "20875736 920\n"
          "1883 883\n"
          "233 233\n"
          "13708901 629\n"
          "2064796 628\n"
          "113427502 702\n"
          "71169904 8\n"
          "86124794 178\n"
          "87486268 996\n"
          "66376782 510\n"
          "103634663 855\n"
          "55048502 150\n");
  }
}
