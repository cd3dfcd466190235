// Erlang's :timer as OTP 25's: send_after/send_interval/apply_after/cancel and their
// tref shapes, tc/1,2,3, sleep/1, the time helpers, and {:error, :badarg} for bad
// arguments. Expected outputs measured with real elixir.
#include <doctest/doctest.h>

#include "lang_support.hpp"

using namespace taskplay::test;

TEST_SUITE(":timer") {
  TEST_CASE(
      ":timer.send_after/2,3 sends once; its tref is {:send_local, ref} for a pid and "
      "{:once, ref} for a name") {
    auto r = run_elixir(R"(Process.register(self(), :me)
{:ok, {kind1, _}} = :timer.send_after(10, :by_pid)
{:ok, {kind2, _}} = :timer.send_after(5, :me, :by_name)
IO.inspect {kind1, kind2}
IO.inspect(receive(do: (m -> m)))
IO.inspect(receive(do: (m -> m)))
{:ok, t} = :timer.send_after(10, :cancelled)
IO.inspect :timer.cancel(t)
IO.inspect(receive(do: (m -> m), after: (30 -> :nothing)))
)");
    CHECK(r.error == "");
    CHECK(r.out == "{:send_local, :once}\n:by_name\n:by_pid\n{:ok, :cancel}\n:nothing\n");
  }

  TEST_CASE(
      ":timer.send_interval/2 repeats until cancelled; :timer.apply_after/4 runs the "
      "function in a new process") {
    auto r = run_elixir(R"(defmodule R do
  def ping(pid), do: send(pid, {:ping, self() != pid})
end
{:ok, {:interval, _} = t} = :timer.send_interval(10, :tick)
for _ <- 1..3, do: receive(do: (:tick -> IO.puts "tick"))
IO.inspect :timer.cancel(t)
Process.sleep(5)
receive do :tick -> :ok after 0 -> :ok end
IO.inspect(receive(do: (m -> m), after: (40 -> :quiet)))
{:ok, {:once, _}} = :timer.apply_after(5, R, :ping, [self()])
IO.inspect(receive(do: (m -> m)))
)");
    CHECK(r.error == "");
    CHECK(r.out == "tick\ntick\ntick\n{:ok, :cancel}\n:quiet\n{:ping, true}\n");
  }

  TEST_CASE(":timer.tc/1,2,3 give {microseconds, value}; bad arguments give {:error, :badarg}") {
    auto r = run_elixir(R"({t, v} = :timer.tc(fn -> Process.sleep(20); :done end)
IO.inspect {t >= 20_000, v}
IO.inspect :timer.tc(Enum, :sum, [[1, 2]]) |> elem(1)
IO.inspect :timer.tc(fn a -> a * 2 end, [21]) |> elem(1)
IO.inspect :timer.sleep(1)
IO.inspect :timer.send_after(-5, :x)
IO.inspect :timer.send_interval(:soon, :x)
IO.inspect :timer.apply_after(10, "M", :f, [])
IO.inspect :timer.cancel(:nope)
IO.inspect {:timer.seconds(3), :timer.minutes(2), :timer.hours(1), :timer.hms(1, 2, 3)}
)");
    CHECK(r.error == "");
    CHECK(r.out ==
          "{true, :done}\n3\n42\n:ok\n{:error, :badarg}\n{:error, :badarg}\n{:error, "
          ":badarg}\n{:error, :badarg}\n{3000, 120000, 3600000, 3723000}\n");
  }
}
