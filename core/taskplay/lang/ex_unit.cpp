// ExUnit's runtime, written in the language (see ex_unit.hpp). The behaviour and every
// line of output follow Elixir 1.14's ExUnit as measured with real `elixir x_test.exs`
// (tests/conformance/exunit/ holds the programs and what Elixir printed).

#include "taskplay/lang/ex_unit.hpp"

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

#include "taskplay/fun.hpp"
#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/natives.hpp"
#include "taskplay/lang/parser.hpp"
#include "taskplay/lang/state.hpp"
#include "taskplay/logger.hpp"
#include "taskplay/runtime.hpp"
#include "taskplay/trace.hpp"

namespace taskplay::lang {

namespace {

constexpr std::string_view kSource = R"elixir(
defmodule ExUnit do
  def start(), do: start([])
  def start(options) do
    ExUnit.Server.ensure_started()
    configure(options)
    if ExUnit.Server.take_autorun() do
      System.at_exit(fn
        0 ->
          load_us = ExUnit.Server.load_time()
          %{failures: failures} = ExUnit.Runner.run(configuration(), load_us)
          if failures > 0 do
            status = Keyword.fetch!(configuration(), :exit_status)
            System.at_exit(fn _ -> exit({:shutdown, status}) end)
          end
        _ ->
          :ok
      end)
    end
    :ok
  end

  def configure(options) do
    ExUnit.Server.ensure_started()
    ExUnit.Server.configure(options)
  end

  def configuration() do
    ExUnit.Server.ensure_started()
    ExUnit.Server.configuration()
  end

  def run() do
    ExUnit.Server.ensure_started()
    ExUnit.Runner.run(configuration(), nil)
  end
end

defmodule ExUnit.Server do
  def ensure_started() do
    case Process.whereis(ExUnit.Server) do
      nil ->
        {:ok, _} = Agent.start(fn -> initial() end, name: ExUnit.Server)
        :ok
      _ -> :ok
    end
  end

  defp initial() do
    %{config: [assert_receive_timeout: 100, autorun: true, capture_log: false, colors: [],
               exclude: [], exit_status: 2, include: [], max_cases: 2 * System.schedulers_online(),
               max_failures: :infinity, only_test_ids: nil, refute_receive_timeout: 100,
               seed: :taskplay.exunit_seed(), slowest: 0, stacktrace_depth: 20, timeout: 60000,
               trace: false],
      modules: [], autorun_taken: false, loaded_at: System.monotonic_time(:microsecond)}
  end

  def configure(options) do
    Agent.update(ExUnit.Server, fn s -> %{s | config: Keyword.merge(s.config, options)} end)
  end

  def configuration(), do: Agent.get(ExUnit.Server, fn s -> s.config end)

  def take_autorun() do
    Agent.get_and_update(ExUnit.Server, fn s ->
      take = Keyword.get(s.config, :autorun, true) and not s.autorun_taken
      {take, %{s | autorun_taken: s.autorun_taken or take}}
    end)
  end

  def load_time() do
    Agent.get(ExUnit.Server, fn s -> System.monotonic_time(:microsecond) - s.loaded_at end)
  end

  def __register__(module) do
    ensure_started()
    Agent.update(ExUnit.Server, fn s -> %{s | modules: [module | s.modules]} end)
  end

  def take_modules() do
    Agent.get_and_update(ExUnit.Server, fn s -> {s.modules, %{s | modules: []}} end)
  end
end

defmodule ExUnit.AssertionError do
  def no_value(), do: :ex_unit_no_meaningful_value
end

defmodule ExUnit.Assertions do
  def __timeout__(key), do: Keyword.fetch!(ExUnit.configuration(), key)

  defp error(fields) do
    no = ExUnit.AssertionError.no_value()
    base = %{__struct__: ExUnit.AssertionError, __exception__: true, left: no, right: no,
             message: "Assertion failed", expr: no, args: no, doctest: no, context: :==}
    Enum.reduce(fields, base, fn {k, v}, acc -> Map.put(acc, k, v) end)
  end

  # The frames Elixir 1.14's ExUnit.Assertions leaves on top of a failure's stack trace
  # (lib/ex_unit/assertions.ex): assert/2 raises every failure but a plain assert/refute's,
  # a failed match's and assert_receive's (__timeout__/5), refute/2 calls assert/2, and
  # assert_raise/2,3 call the function and each other.
  defp frame(fun, arity, line) do
    {ExUnit.Assertions, fun, arity, [file: String.to_charlist("lib/ex_unit/assertions.ex"), line: line]}
  end
  defp asserted(), do: [frame(:assert, 2, 392)]
  defp refuted(), do: [frame(:assert, 2, 392), frame(:refute, 2, 899)]

  # Raises the failure with `frames` in place of these helpers' own: the stack below them
  # is the caller's, with its frame gone where the assertion was its last call (a tail
  # call to assert/2 on the BEAM) and the expansion passed that on.
  def __fail__(fields, frames) do
    stack = try do
      raise "stack"
    rescue
      _ -> __STACKTRACE__
    end
    callers = Enum.drop_while(stack, fn entry -> elem(entry, 0) == ExUnit.Assertions end)
    error = error(fields)
    # ExUnit.AssertionError.message/1, as Logger reports it when the failure crashes a
    # process that is not a test: "\n\n" and the fields, unpadded and on one line each
    :taskplay.note_message(error, "\n\n" <> ExUnit.Formatter.format_assertion_error(error))
    reraise(error, frames ++ callers)
  end

  def __compare__(false, _op, _left, _right, result, _code, _message) when result not in [nil, false],
    do: result
  def __compare__(true, _op, _left, _right, result, _code, _message) when result in [nil, false],
    do: result
  def __compare__(refute, op, left, right, _result, code, message) do
    word = if refute, do: "Refute", else: "Assertion"
    equal_op = (refute and op in [:==, :===]) or (not refute and op in [:!=, :!==])
    cond do
      message != nil -> __fail__([message: message, expr: code], if(refute, do: refuted(), else: asserted()))
      equal_op and left === right ->
        __fail__([message: "#{word} with #{op} failed, both sides are exactly equal",
                  left: left, expr: code], asserted())
      true -> __fail__([message: "#{word} with #{op} failed", left: left, right: right, expr: code], asserted())
    end
  end

  def __truthy__(false, value, _code, _message) when value not in [nil, false], do: value
  def __truthy__(true, value, _code, _message) when value in [nil, false], do: value
  def __truthy__(refute, value, code, message) do
    cond do
      message != nil -> __fail__([message: message, expr: code], if(refute, do: refuted(), else: asserted()))
      refute -> __fail__([message: "Expected false or nil, got #{inspect(value)}", expr: code], [])
      true -> __fail__([message: "Expected truthy, got #{inspect(value)}", expr: code], [])
    end
  end

  def __match_failed__(pattern, right, code) do
    __fail__([message: "match (=) failed", left: {:code, pattern}, right: right, expr: code,
              context: {:match, []}], [])
  end

  def __match__(false, true, _pattern, _right, _code, _message), do: true
  def __match__(true, false, _pattern, _right, _code, _message), do: false
  def __match__(refute, _, pattern, right, code, message) do
    text = if refute, do: "match (match?) succeeded, but should have failed", else: "match (match?) failed"
    frames = if refute, do: refuted(), else: asserted()
    if message != nil do
      __fail__([message: message, expr: code], frames)
    else
      __fail__([message: text, left: {:code, pattern}, right: right, expr: code,
                context: {:match, []}], frames)
    end
  end

  def __receive_failed__(timeout, pattern, code, pins, message) do
    if message != nil do
      __fail__([message: message, expr: code], asserted())
    else
      mailbox = :taskplay.exunit_mailbox()
      n = length(mailbox)
      pinned =
        if pins == [] do
          ""
        else
          "\nThe following variables were pinned:" <>
            Enum.map_join(pins, "", fn {name, value} -> "\n  #{name} = #{inspect(value)}" end)
        end
      box =
        cond do
          n == 0 -> "\nThe process mailbox is empty."
          true ->
            shown = min(n, 10)
            "\nShowing #{shown} of #{n} #{if n == 1, do: "message", else: "messages"} in the mailbox"
        end
      __fail__([message: "Assertion failed, no matching message after #{timeout}ms" <> pinned <> box,
                left: {:code, pattern}, expr: code,
                context: {:mailbox, pins, Enum.take(mailbox, -10)}], [frame(:__timeout__, 5, 549)])
    end
  end

  def __unexpected_message__(message, pattern, code, custom) do
    text = custom || "Unexpectedly received message #{inspect(message)} (which matched #{pattern})"
    __fail__([message: text, expr: code], asserted())
  end

  def __not_implemented__(), do: raise(error(message: "Not implemented"))

  def flunk(), do: flunk("Flunked!")
  def flunk(message) when is_binary(message), do: __fail__([message: message], asserted())

  def assert_raise(exception, function) when is_function(function),
    do: __assert_raise__(exception, function, [])

  def assert_raise(exception, message, function) when is_function(function) do
    error = __assert_raise__(exception, function, [frame(:assert_raise, 3, 730)])
    actual = Exception.message(error)

    matched =
      cond do
        is_binary(message) -> actual == message
        is_struct(message, Regex) -> actual =~ message
      end

    if matched do
      error
    else
      __fail__([message: "Wrong message for #{inspect(exception)}\nexpected:\n  #{inspect(message)}\nactual:\n  #{inspect(actual)}"],
               asserted() ++ [frame(:assert_raise, 3, 743)])
    end
  end

  # assert_raise/2 as called by itself or by assert_raise/3 (the frames under it)
  defp __assert_raise__(exception, function, under) do
    try do
      function.()
    rescue
      error ->
        name = error.__struct__
        if name == exception do
          error
        else
          # the exception's own stack, assert_raise/2 (and /3) where these helpers called the function
          {raised, rest} = Enum.split_while(__STACKTRACE__, fn entry -> elem(entry, 0) != ExUnit.Assertions end)
          callers = Enum.drop_while(rest, fn entry -> elem(entry, 0) == ExUnit.Assertions end)
          reraise(error(message: "Expected exception #{inspect(exception)} but got #{inspect(name)} (#{Exception.message(error)})"),
                  raised ++ [frame(:assert_raise, 2, 761) | under] ++ callers)
        end
    else
      _ -> __fail__([message: "Expected exception #{inspect(exception)} but nothing was raised"], asserted() ++ under)
    end
  end

  def assert_in_delta(value1, value2, delta), do: assert_in_delta(value1, value2, delta, nil)
  def assert_in_delta(value1, value2, delta, message) do
    diff = abs(value1 - value2)
    if diff <= delta do
      true
    else
      __fail__([message: message || "Expected the difference between #{inspect(value1)} and #{inspect(value2)} (#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"], asserted())
    end
  end

  def refute_in_delta(value1, value2, delta), do: refute_in_delta(value1, value2, delta, nil)
  def refute_in_delta(value1, value2, delta, message) do
    diff = abs(value1 - value2)
    if diff > delta do
      false
    else
      __fail__([message: message || "Expected the difference between #{inspect(value1)} and #{inspect(value2)} (#{inspect(diff)}) to be more than #{inspect(delta)}"], refuted())
    end
  end
end

defmodule ExUnit.Callbacks do
  def on_exit(callback) when is_function(callback, 0), do: on_exit(make_ref(), callback)
  def on_exit(ref, callback) when is_function(callback, 0) do
    key = {ExUnit.OnExit, self()}
    list = :taskplay.exunit_get(key, [])
    :taskplay.exunit_put(key, [{ref, callback} | Enum.reject(list, fn {r, _} -> r == ref end)])
    :ok
  end

  def start_supervised(child_spec_or_module), do: start_supervised(child_spec_or_module, [])
  def start_supervised(child_spec_or_module, opts) do
    sup = test_supervisor()
    child_spec = Supervisor.child_spec(child_spec_or_module, opts)
    case Supervisor.start_child(sup, child_spec) do
      {:error, {:already_started, _pid}} -> {:error, {:duplicate_child_name, child_spec.id}}
      other -> other
    end
  end

  def start_supervised!(child_spec_or_module), do: start_supervised!(child_spec_or_module, [])
  def start_supervised!(child_spec_or_module, opts) do
    case start_supervised(child_spec_or_module, opts) do
      {:ok, pid} -> pid
      {:ok, pid, _info} -> pid
      {:error, reason} ->
        raise "failed to start child with the spec #{inspect(child_spec_or_module)}.\n" <>
                "Reason: #{start_supervised_error(reason)}"
    end
  end

  def start_link_supervised!(child_spec_or_module), do: start_link_supervised!(child_spec_or_module, [])
  def start_link_supervised!(child_spec_or_module, opts) do
    pid = start_supervised!(child_spec_or_module, opts)
    Process.link(pid)
    pid
  end

  defp start_supervised_error({{:EXIT, reason}, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_supervised_error({reason, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_supervised_error(reason), do: Exception.format_exit({:start_spec, reason})

  def stop_supervised(id) do
    case :taskplay.exunit_get({ExUnit.TestSupervisor, self()}, nil) do
      nil -> {:error, :not_found}
      sup ->
        case List.keyfind(Supervisor.which_children(sup), id, 0) do
          {_id, pid, _, _} when is_pid(pid) -> Process.unlink(pid)
          _ -> :ok
        end
        with :ok <- Supervisor.terminate_child(sup, id) do
          Supervisor.delete_child(sup, id)
          :ok
        end
    end
  end

  def stop_supervised!(id) do
    case stop_supervised(id) do
      :ok -> :ok
      {:error, :not_found} -> raise "could not stop child ID #{inspect(id)} because it was not found"
    end
  end

  # the test's supervisor, started (linked to the test's process) on first use
  defp test_supervisor() do
    key = {ExUnit.TestSupervisor, self()}
    case :taskplay.exunit_get(key, nil) do
      nil ->
        {:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
        :taskplay.exunit_put(key, sup)
        sup
      sup -> sup
    end
  end

  def __merge__(mod, context, :ok), do: context
  def __merge__(mod, context, {:ok, value}), do: __merge__(mod, context, value, {:ok, value})
  def __merge__(mod, context, value), do: __merge__(mod, context, value, value)
  defp __merge__(_mod, context, value, _original) when is_list(value) do
    Enum.reduce(value, context, fn {k, v}, acc -> Map.put(acc, k, v) end)
  end
  defp __merge__(_mod, context, %{__struct__: _} = value, original) do
    raise_merge(original)
  end
  defp __merge__(_mod, context, value, _original) when is_map(value), do: Map.merge(context, value)
  defp __merge__(mod, _context, _value, original) do
    raise "expected ExUnit callback in #{inspect(mod)} to return :ok | keyword | map, got #{inspect(original)} instead"
  end
  defp raise_merge(original) do
    raise "expected ExUnit setup callback to return :ok | keyword | map, got #{inspect(original)} instead"
  end
end

defmodule ExUnit.DocTest do
  # a failure points at the example's line in the documented module's file
  defp fail(fields, module, file, line) do
    error = %{__struct__: ExUnit.AssertionError, __exception__: true,
              left: ExUnit.AssertionError.no_value(), right: ExUnit.AssertionError.no_value(),
              message: "Doctest failed", expr: ExUnit.AssertionError.no_value(),
              args: ExUnit.AssertionError.no_value(), doctest: ExUnit.AssertionError.no_value(),
              context: :==}
    error = Enum.reduce(fields, error, fn {k, v}, acc -> Map.put(acc, k, v) end)
    reraise(error, [{module, :__MODULE__, 0, [file: String.to_charlist(file), line: line]}])
  end

  def __compare__(actual, expected, doctest, code, module, file, line) do
    if actual === expected do
      :ok
    else
      fail([doctest: "\n" <> doctest, expr: code, left: actual, right: expected], module, file, line)
    end
  end

  def __raises__(fun, exception, message, doctest, module, file, line) do
    result =
      try do
        fun.()
        {:none}
      rescue
        error -> {:raised, error}
      end
    case result do
      {:none} ->
        fail([message: "Doctest failed: expected exception #{exception} but nothing was raised",
              doctest: "\n" <> doctest], module, file, line)
      {:raised, error} ->
        name = inspect(error.__struct__)
        actual = Exception.message(error)
        cond do
          name != exception ->
            fail([message: "Doctest failed: expected exception #{exception} but got #{name} with message #{inspect(actual)}",
                  doctest: "\n" <> doctest], module, file, line)
          actual != message ->
            fail([message: "Doctest failed: wrong message for #{exception}\nexpected:\n  #{inspect(message)}\nactual:\n  #{inspect(actual)}",
                  doctest: "\n" <> doctest], module, file, line)
          true -> :ok
        end
    end
  end
end

defmodule ExUnit.CaptureIO do
  def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, [], fun)
  def capture_io(device, fun) when is_atom(device) and is_function(fun, 0), do: capture_io(device, [], fun)
  def capture_io(input, fun) when is_binary(input) and is_function(fun, 0), do: capture_io(:stdio, [input: input], fun)
  def capture_io(options, fun) when is_list(options) and is_function(fun, 0), do: capture_io(:stdio, options, fun)
  def capture_io(device, options, fun) when is_function(fun, 0) do
    {_result, output} = with_io(device, options, fun)
    output
  end

  # with_io/1,2,3: {what fun returned, what it wrote}
  def with_io(fun) when is_function(fun, 0), do: with_io(:stdio, [], fun)
  def with_io(device, fun) when is_atom(device) and is_function(fun, 0), do: with_io(device, [], fun)
  def with_io(input, fun) when is_binary(input) and is_function(fun, 0), do: with_io(:stdio, [input: input], fun)
  def with_io(options, fun) when is_list(options) and is_function(fun, 0), do: with_io(:stdio, options, fun)
  def with_io(device, options, fun) when device in [:stdio, :standard_io] and is_function(fun, 0) do
    input = Keyword.get(options, :input, "")
    prompt = Keyword.get(options, :capture_prompt, true)
    {:ok, capture} = StringIO.open(input, capture_prompt: prompt, encoding: Keyword.get(options, :encoding, :unicode))
    leader = Process.group_leader()
    Process.group_leader(self(), capture)
    try do
      fun.()
    catch
      kind, reason ->
        Process.group_leader(self(), leader)
        StringIO.close(capture)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result ->
        Process.group_leader(self(), leader)
        {:ok, {_input, output}} = StringIO.close(capture)
        {result, output}
    end
  end
  def with_io(device, options, fun) when is_function(fun, 0) do
    input = Keyword.get(options, :input, "")
    id = :taskplay.exunit_capture_start(device, input, Keyword.get(options, :capture_prompt, true))
    try do
      fun.()
    after
      :taskplay.exunit_capture_stop(id)
    else
      result -> {result, :taskplay.exunit_capture_stop(id)}
    end
  end
end

defmodule ExUnit.CaptureLog do
  def capture_log(fun) when is_function(fun, 0), do: capture_log([], fun)
  def capture_log(opts, fun) when is_list(opts) and is_function(fun, 0) do
    id = :taskplay.exunit_log_capture_start()
    try do
      fun.()
    after
      :taskplay.exunit_log_capture_stop(id, Keyword.get(opts, :level, :all))
    else
      _ -> :taskplay.exunit_log_capture_stop(id, Keyword.get(opts, :level, :all))
    end
  end

  # {what fun returned, the log it wrote}
  def with_log(opts \\ [], fun) when is_list(opts) and is_function(fun, 0) do
    id = :taskplay.exunit_log_capture_start()
    try do
      fun.()
    after
      :taskplay.exunit_log_capture_stop(id, Keyword.get(opts, :level, :all))
    else
      result -> {result, :taskplay.exunit_log_capture_stop(id, Keyword.get(opts, :level, :all))}
    end
  end
end

defmodule ExUnit.Runner do
  def run(config, load_us) do
    start = System.monotonic_time(:microsecond)
    print_filters(config)
    modules = ExUnit.Server.take_modules()
    infos = Enum.map(modules, fn m -> {m, m.__ex_unit__(:info)} end)
    async = Enum.filter(infos, fn {_, i} -> i.async end)
    sync = Enum.reject(infos, fn {_, i} -> i.async end)
    stats = %{total: 0, failures: 0, excluded: 0, skipped: 0, invalid: 0, counter: 0, types: %{}}
    stats = run_async(config, async, stats)
    async_us = if async == [], do: nil, else: System.monotonic_time(:microsecond) - start
    stats = Enum.reduce(sync, stats, fn m, acc -> run_module(config, m, acc) end)
    run_us = System.monotonic_time(:microsecond) - start
    if stats.total > 0 and stats.excluded == stats.total, do: IO.puts("All tests have been excluded.")
    IO.write("\n")
    IO.puts(ExUnit.Formatter.format_times(%{run: run_us, async: async_us, load: load_us}))
    print_summary(config, stats)
    %{total: stats.total, failures: stats.failures, excluded: stats.excluded,
      skipped: stats.skipped}
  end

  defp print_filters(config) do
    include = Keyword.get(config, :include, [])
    exclude = Keyword.get(config, :exclude, [])
    if include != [] or exclude != [] do
      if exclude != [], do: IO.puts("Excluding tags: #{inspect(exclude)}")
      if include != [], do: IO.puts("Including tags: #{inspect(include)}")
      IO.puts("")
    end
  end

  # Async modules run side by side, at most max_cases at a time; their results come back
  # to this process, which prints them as they arrive.
  defp run_async(_config, [], stats), do: stats
  defp run_async(config, modules, stats) do
    runner = self()
    max = if Keyword.get(config, :trace, false), do: 1, else: Keyword.get(config, :max_cases, 2)
    loop_async(config, runner, modules, %{}, max, stats)
  end

  defp loop_async(_config, _runner, [], running, _max, stats) when running == %{}, do: stats
  defp loop_async(config, runner, [m | rest], running, max, stats) when map_size(running) < max do
    {pid, ref} = spawn_monitor(fn -> send(runner, {self(), :module_done, run_module_events(config, m, runner)}) end)
    loop_async(config, runner, rest, Map.put(running, ref, pid), max, stats)
  end
  defp loop_async(config, runner, pending, running, max, stats) do
    receive do
      {:ex_unit_event, event} ->
        loop_async(config, runner, pending, running, max, print_event(config, event, stats))
      {:DOWN, ref, :process, _, _} when is_map_key(running, ref) ->
        loop_async(config, runner, pending, Map.delete(running, ref), max, stats)
    end
  end

  defp run_module(config, m, stats) do
    runner = self()
    {pid, ref} = spawn_monitor(fn -> run_module_events(config, m, runner) end)
    wait_module(config, ref, stats)
  end

  defp wait_module(config, ref, stats) do
    receive do
      {:ex_unit_event, event} -> wait_module(config, ref, print_event(config, event, stats))
      {:DOWN, ^ref, :process, _, _} -> stats
    end
  end

  # In the module's process: setup_all in a process of its own, then each test in its own
  # process; every finished test goes to the runner as an event.
  defp run_module_events(config, {module, info}, runner) do
    file = :taskplay.exunit_absolute(info.file)
    moduletags = tags_of(info.moduletags)
    tests =
      Enum.map(info.tests, fn t ->
        tags =
          %{async: info.async, describe: t.describe, describe_line: t.describe_line, file: file,
            line: t.line, module: module, registered: %{}, test: t.name, test_type: t.test_type}
          |> Map.merge(moduletags)
          |> Map.merge(tags_of(t.describetags))
          |> Map.merge(tags_of(t.tags))
        %{name: t.name, module: module, tags: tags, setup: t.setup, state: nil,
          not_implemented: t.not_implemented, line: t.line}
      end)
    tests = shuffle(Keyword.get(config, :seed, 0), tests)
    tests = Enum.map(tests, fn t -> %{t | state: filter(config, t.tags, tests)} end)
    {skipped, to_run} = {Enum.filter(tests, fn t -> t.state != nil end), Enum.reject(tests, fn t -> t.state != nil end)}
    send(runner, {:ex_unit_event, {:module_started, module, file}})
    Enum.each(skipped, fn t ->
      send(runner, {:ex_unit_event, {:test_started, t}})
      send(runner, {:ex_unit_event, {:test_finished, t}})
    end)
    if to_run != [] do
      parent = self()
      {apid, aref} = spawn_monitor(fn ->
        result =
          try do
            ctx = Enum.reduce(info.setup_all, %{module: module, case: module}, fn f, acc ->
              ExUnit.Callbacks.__merge__(module, acc, apply(module, f, [acc]))
            end)
            {:ok, ctx}
          catch
            kind, error -> {:error, failure(kind, error, __STACKTRACE__)}
          end
        send(parent, {self(), :setup_all, result})
        receive do
          :exit -> :ok
        end
      end)
      receive do
        {^apid, :setup_all, {:ok, ctx}} ->
          Enum.each(to_run, fn t ->
            send(runner, {:ex_unit_event, {:test_started, t}})
            send(runner, {:ex_unit_event, {:test_finished, run_test(config, t, info, ctx)}})
          end)
          send(apid, :exit)
          receive do
            {:DOWN, ^aref, _, _, _} -> :ok
          end
          # setup_all's on_exit callbacks and supervised children, after the module's tests
          run_on_exit(apid, nil)
        {^apid, :setup_all, {:error, failure}} ->
          send(apid, :exit)
          receive do
            {:DOWN, ^aref, _, _, _} -> :ok
          end
          run_on_exit(apid, nil)
          send(runner, {:ex_unit_event, {:module_failed, module, [failure], to_run}})
      end
    end
    :ok
  end

  defp tags_of(list) do
    Enum.reduce(list, %{}, fn
      tag, acc when is_atom(tag) -> Map.put(acc, tag, true)
      tags, acc when is_list(tags) -> Enum.reduce(tags, acc, fn {k, v}, a -> Map.put(a, k, v) end)
    end)
  end

  defp filter(config, tags, tests) do
    include = Keyword.get(config, :include, [])
    exclude = Keyword.get(config, :exclude, [])
    excluded = Enum.find_value(exclude, fn f -> has_tag(f, tags, tests) end)
    included = Enum.any?(include, fn f -> has_tag(f, tags, tests) end)
    if included or excluded == nil do
      case Map.fetch(tags, :skip) do
        {:ok, msg} when is_binary(msg) -> {:skipped, msg}
        {:ok, true} -> {:skipped, "due to skip tag"}
        _ -> nil
      end
    else
      {:excluded, "due to #{excluded} filter"}
    end
  end

  # FILE:LINE: the test at or just above the line, or every test of the describe there
  defp has_tag({:line, line}, tags, tests) do
    line = if is_binary(line), do: String.to_integer(line), else: line
    cond do
      tags.describe_line == line -> :line
      Enum.any?(tests, fn t -> t.tags.describe_line == line end) -> nil
      tags.line <= line ->
        closest = tests |> Enum.filter(fn t -> t.tags.line <= line end) |> Enum.max_by(fn t -> t.tags.line end)
        if closest.tags.line == tags.line, do: :line, else: nil
      true -> nil
    end
  end
  defp has_tag(filter, tags, _tests), do: has_tag(filter, tags)

  defp has_tag({key, value}, tags) when is_atom(key) do
    case Map.fetch(tags, key) do
      {:ok, ^value} -> key
      {:ok, tag} -> if to_string(tag) == to_string(value), do: key, else: nil
      _ -> nil
    end
  end
  defp has_tag(key, tags) when is_atom(key), do: if(Map.has_key?(tags, key), do: key, else: nil)

  # ExUnit holds a module's tests newest first: seed 0 runs them reversed (as written),
  # another seed shuffles that list.
  defp shuffle(0, list), do: list
  defp shuffle(seed, list) do
    :rand.seed(:exs1024, {seed, seed, seed})
    Enum.shuffle(Enum.reverse(list))
  end

  defp run_test(config, test, info, ctx) do
    parent = self()
    timeout =
      if Keyword.get(config, :trace, false), do: :infinity,
      else: Map.get(test.tags, :timeout, Keyword.get(config, :timeout, 60000))
    context = Map.merge(test.tags, tmp_dir(test, ctx, test.tags))
    {pid, ref} = spawn_monitor(fn ->
      module = test.module
      # every test process draws from its own :rand state, seeded from the test's module,
      # name and the run's seed, as ExUnit's runner seeds it
      :rand.seed(:exs1024, {:erlang.phash2(module), :erlang.phash2(test.name), Keyword.get(config, :seed, 0)})
      started = System.monotonic_time(:microsecond)
      state =
        try do
          context =
            Enum.reduce(info.setup ++ test.setup, context, fn f, acc ->
              ExUnit.Callbacks.__merge__(module, acc, apply(module, f, [acc]))
            end)
          apply(module, test.name, [context])
          nil
        catch
          kind, error ->
            if test.not_implemented, do: {:failed, [{kind, error, []}]},
            else: {:failed, [failure(kind, error, __STACKTRACE__)]}
        end
      send(parent, {self(), :test_finished, state, System.monotonic_time(:microsecond) - started})
      exit(:shutdown)
    end)
    {state, time} =
      receive do
        {^pid, :test_finished, state, time} ->
          Process.demonitor(ref, [:flush])
          {state, time}
        {:DOWN, ^ref, :process, ^pid, error} ->
          {{:failed, [{{:EXIT, pid}, error, []}]}, 0}
      after
        timeout ->
          # where the test was when it timed out, under ExUnit's own frames
          stack =
            case Process.info(pid, :current_stacktrace) do
              {:current_stacktrace, st} -> timeout_stacktrace(st)
              _ -> []
            end
          Process.demonitor(ref, [:flush])
          Process.exit(pid, :kill)
          exception = %{__struct__: ExUnit.TimeoutError, __exception__: true, timeout: timeout,
                        type: "test",
                        message: "test timed out after #{timeout}ms. You can change the timeout:\n\n  1. per test by setting \"@tag timeout: x\" (accepts :infinity)\n  2. per test module by setting \"@moduletag timeout: x\" (accepts :infinity)\n  3. globally via \"ExUnit.start(timeout: x)\" configuration\n  4. by running \"mix test --timeout x\" which sets timeout\n  5. or by running \"mix test --trace\" which sets timeout to infinity\n     (useful when using IEx.pry/0)\n\nwhere \"x\" is the timeout given as integer in milliseconds (defaults to 60_000).\n"}
          {{:failed, [{:error, exception, stack}]}, timeout * 1000}
      end
    state = run_on_exit(pid, state)
    Map.merge(test, %{state: state, time: time})
  end

  # @tag :tmp_dir (or tmp_dir: "extra"): a fresh directory under ./tmp named after the module
  # and the test (with a short hash of both) in the context, as ExUnit 1.14's runner makes it
  defp tmp_dir(test, ctx, %{tmp_dir: true}), do: make_tmp_dir(test, "", ctx)
  defp tmp_dir(test, ctx, %{tmp_dir: path}) when is_binary(path), do: make_tmp_dir(test, path, ctx)
  defp tmp_dir(_, ctx, %{tmp_dir: false}), do: ctx
  defp tmp_dir(_, _, %{tmp_dir: other}),
    do: raise(ArgumentError, "expected :tmp_dir to be a boolean or a string, got: #{inspect(other)}")
  defp tmp_dir(_, ctx, _), do: ctx

  defp make_tmp_dir(test, extra, ctx) do
    module = inspect(test.module)
    name = to_string(test.name)
    escape = Enum.map(' [~#%&*{}\\:<>?/+|"]', &<<&1::utf8>>)
    hash = (module <> "/" <> name) |> :erlang.md5() |> Base.encode16(case: :lower) |> binary_slice(0..7)
    path =
      ["tmp", String.replace(module, escape, "-"), String.replace(name, escape, "-") <> "-" <> hash, extra]
      |> Path.join()
      |> Path.expand()
    File.rm_rf!(path)
    File.mkdir_p!(path)
    Map.put(ctx, :tmp_dir, path)
  end

  # the test process's frames down to the test's, then those of Elixir 1.14's runner
  # (lib/ex_unit/runner.ex) that ran it, 8 at most as the BEAM keeps
  defp timeout_stacktrace(stack) do
    own = Enum.take_while(stack, fn entry -> elem(entry, 0) != ExUnit.Runner end)
    runner = [
      {ExUnit.Runner, :exec_test, 1, [file: 'lib/ex_unit/runner.ex', line: 512]},
      {:timer, :tc, 1, [file: 'timer.erl', line: 235]},
      {ExUnit.Runner, :"-spawn_test_monitor/4-fun-1-", 4, [file: 'lib/ex_unit/runner.ex', line: 463]}
    ]
    Enum.take(own ++ runner, 8)
  end

  defp run_on_exit(pid, state) do
    case :taskplay.exunit_get({ExUnit.TestSupervisor, pid}, nil) do
      nil -> :ok
      sup ->
        :taskplay.exunit_put({ExUnit.TestSupervisor, pid}, nil)
        ref = Process.monitor(sup)
        Process.exit(sup, :shutdown)
        receive do
          {:DOWN, ^ref, _, _, _} -> :ok
        end
    end
    callbacks = :taskplay.exunit_get({ExUnit.OnExit, pid}, [])
    :taskplay.exunit_put({ExUnit.OnExit, pid}, [])
    Enum.reduce(callbacks, state, fn {_ref, callback}, acc ->
      {opid, oref} = spawn_monitor(fn ->
        try do
          callback.()
        catch
          kind, error -> exit({:ex_unit_on_exit, failure(kind, error, __STACKTRACE__)})
        end
        exit(:shutdown)
      end)
      receive do
        {:DOWN, ^oref, :process, ^opid, {:ex_unit_on_exit, f}} -> acc || {:failed, [f]}
        {:DOWN, ^oref, :process, ^opid, _} -> acc
      end
    end)
  end

  defp failure(kind, error, stack) do
    error = if kind == :error, do: Exception.normalize(:error, error, stack), else: error
    {kind, error, prune(stack)}
  end

  defp prune([{ExUnit.Assertions, _, _, _} | t]), do: prune(t)
  defp prune([{ExUnit.Runner, _, _, _} | _]), do: []
  defp prune([h | t]), do: [h | prune(t)]
  defp prune([]), do: []

  defp print_event(config, {:module_started, module, file}, stats) do
    if trace?(config), do: IO.puts("\n#{inspect(module)} [#{:taskplay.exunit_relative(file)}]")
    stats
  end
  defp print_event(config, {:test_started, test}, stats) do
    if trace?(config), do: IO.write("#{trace_name(test)} [L##{test.tags.line}]")
    stats
  end
  defp print_event(config, {:test_finished, test}, stats) do
    stats = %{stats | total: stats.total + 1,
                      types: Map.update(stats.types, test.tags.test_type, 1, &(&1 + 1))}
    trace = trace?(config)
    case test.state do
      nil ->
        if trace, do: IO.puts(trace_result(test)), else: IO.write(".")
        stats
      {:excluded, _} ->
        if trace, do: IO.puts("\r#{trace_name(test)} (excluded) [L##{test.tags.line}]")
        %{stats | excluded: stats.excluded + 1}
      {:skipped, _} ->
        if trace, do: IO.puts("\r#{trace_name(test)} (skipped) [L##{test.tags.line}]"), else: IO.write("*")
        %{stats | skipped: stats.skipped + 1}
      {:failed, failures} ->
        counter = stats.counter + 1
        if trace, do: IO.puts(trace_result(test))
        IO.puts(if trace, do: "", else: "\n")
        IO.puts(ExUnit.Formatter.format_test_failure(test, failures, counter))
        %{stats | failures: stats.failures + 1, counter: counter}
    end
  end
  # a "?" per invalidated test, then the failure numbered with the count so far (0 before
  # any test failed), which it does not move on: Elixir 1.14's CLI formatter
  defp print_event(config, {:module_failed, module, failures, tests}, stats) do
    n = length(tests)
    if not trace?(config), do: IO.write(String.duplicate("?", n))
    IO.puts("\n")
    IO.puts(ExUnit.Formatter.format_module_failure(module, failures, stats.counter))
    types = Enum.reduce(tests, stats.types, fn t, acc -> Map.update(acc, t.tags.test_type, 1, &(&1 + 1)) end)
    %{stats | total: stats.total + n, invalid: stats.invalid + n, types: types}
  end

  defp trace?(config), do: Keyword.get(config, :trace, false)
  defp trace_name(test), do: String.replace("  * #{test.name}", "\n", " ")
  defp trace_result(test) do
    "\r#{trace_name(test)} (#{trace_time(Map.get(test, :time, 0))}ms) [L##{test.tags.line}]"
  end
  defp trace_time(us) do
    us = div(us, 10)
    if us < 10, do: "0.0#{us}", else: "#{div(div(us, 10), 10)}.#{rem(div(us, 10), 10)}"
  end

  defp print_summary(config, stats) do
    # "6 doctests, 1 test, 2 failures": a count per test type, in the types' order ("0 failures"
    # alone when no test ran)
    counts = Enum.map_join(stats.types, "", fn {type, n} -> "#{n} #{type}#{if n == 1, do: "", else: "s"}, " end)
    text = "#{counts}#{stats.failures} #{if stats.failures == 1, do: "failure", else: "failures"}"
    text = if stats.excluded > 0, do: text <> ", #{stats.excluded} excluded", else: text
    text = if stats.invalid > 0, do: text <> ", #{stats.invalid} invalid", else: text
    text = if stats.skipped > 0, do: text <> ", #{stats.skipped} skipped", else: text
    IO.puts(text)
    IO.puts("\nRandomized with seed #{Keyword.get(config, :seed)}")
  end
end

defmodule ExUnit.Formatter do
  def format_times(times) do
    run = div(times.run, 10000)
    load = if times.load, do: div(times.load, 10000), else: 0
    async = if times.async, do: div(times.async, 10000), else: 0
    sync = run - async
    total = run + load
    maybe_load = if times.load, do: "#{format_us(load)}s on load, ", else: ""
    "Finished in #{format_us(total)} seconds (#{maybe_load}#{format_us(async)}s async, #{format_us(sync)}s sync)"
  end

  defp format_us(us) when us < 10, do: "0.0#{us}"
  defp format_us(us) do
    us = div(us, 10)
    "#{div(us, 10)}.#{rem(us, 10)}"
  end

  def format_test_failure(test, failures, counter) do
    header = with_counter(counter, "#{test.name} (#{inspect(test.module)})") <> "\n"
    location = "     " <> "#{:taskplay.exunit_relative(test.tags.file)}:#{test.tags.line}" <> "\n"
    body =
      failures
      |> Enum.with_index()
      |> Enum.map_join("", fn {{kind, reason, stack}, index} ->
        {text, stack} = format_kind_reason(test, kind, reason, stack)
        failure_header(failures, index) <> text <> format_stacktrace(stack, test.module, test.name)
      end)
    header <> location <> body
  end

  def format_module_failure(module, failures, counter) do
    header = with_counter(counter, "#{inspect(module)}: ") <>
               "failure on setup_all callback, all tests have been invalidated\n"
    body =
      failures
      |> Enum.with_index()
      |> Enum.map_join("", fn {{kind, reason, stack}, index} ->
        {text, stack} = format_kind_reason(%{module: module, name: nil}, kind, reason, stack)
        failure_header(failures, index) <> text <> format_stacktrace(stack, module, nil)
      end)
    header <> body
  end

  defp failure_header([_], _), do: ""
  defp failure_header(_, i), do: "\n     Failure ##{i + 1}\n"

  defp with_counter(counter, msg) when counter < 10, do: "  #{counter}) #{msg}"
  defp with_counter(counter, msg) when counter < 100, do: " #{counter}) #{msg}"
  defp with_counter(counter, msg), do: "#{counter}) #{msg}"

  defp format_kind_reason(test, :error, %{__struct__: ExUnit.AssertionError} = error, stack) do
    {format_assertion(test, error, stack), stack}
  end
  defp format_kind_reason(test, :error, %{__struct__: FunctionClauseError} = error, stack) do
    format_function_clause(test, error, stack)
  end
  # a linked process that crashed, or a call whose server crashed, with an AssertionError or
  # a FunctionClauseError: laid out as in a test, under a header; everything else as
  # Exception.format_banner/2 shows an EXIT
  defp format_kind_reason(test, kind, reason, stack) when kind != :error and is_tuple(reason) do
    case wrapped_failure(kind, reason) do
      {header, inner, inner_stack} ->
        error = Exception.normalize(:error, inner, inner_stack)
        {text, inner_stack} = format_kind_reason(test, :error, error, inner_stack)
        {pad(header) <> pad(text <> format_stacktrace(inner_stack, test.module, test.name)), stack}

      nil ->
        format_other(test, kind, reason, stack)
    end
  end
  defp format_kind_reason(test, kind, reason, stack), do: format_other(test, kind, reason, stack)

  defp wrapped_failure({:EXIT, pid}, {reason, [_ | _] = stack}) do
    if laid_out?(reason),
      do: {"** (EXIT from #{inspect(pid)}) an exception was raised:\n", reason, stack}
  end
  defp wrapped_failure(:exit, {{reason, [_ | _] = stack}, {mod, fun, args}})
       when is_atom(mod) and is_atom(fun) and is_list(args) do
    if laid_out?(reason) do
      header =
        "** (exit) exited in: #{Exception.format_mfa(mod, fun, args)}\n   ** (EXIT) an exception was raised:"
      {header, reason, stack}
    end
  end
  defp wrapped_failure(_kind, _reason), do: nil

  defp laid_out?(%{__struct__: ExUnit.AssertionError}), do: true
  defp laid_out?(%{__struct__: FunctionClauseError}), do: true
  defp laid_out?(:function_clause), do: true
  defp laid_out?(_), do: false

  # the banner, then the arguments given (FunctionClauseError.blame/2's text)
  defp format_function_clause(test, error, stack) do
    {blamed, stack} = Exception.blame(:error, error, stack)
    banner = Exception.format_banner(:error, error)
    given = String.replace_prefix(Exception.message(blamed), Exception.message(error), "")
    message = pad(banner) <> "\n" <> pad(String.trim_leading(given, "\n"))
    {message <> format_code(test, stack), stack}
  end

  defp format_other(_test, {:EXIT, _} = kind, reason, stack) do
    {pad(Exception.format_banner(kind, reason, stack)), stack}
  end
  defp format_other(test, kind, reason, stack) do
    {reason, stack} = Exception.blame(kind, reason, stack)
    message = pad(Exception.format_banner(kind, reason, stack))
    {message <> format_code(test, stack), stack}
  end

  defp format_code(test, stack) do
    case get_code(test, stack) do
      nil -> ""
      snippet -> "     code: " <> snippet <> "\n"
    end
  end

  defp get_code(%{module: module, name: name}, stack) do
    info = Enum.find_value(stack, fn
      {^module, ^name, _, info} -> info
      _ -> nil
    end)
    if info, do: :taskplay.exunit_source_line(info[:file], info[:line]), else: nil
  end

  # ExUnit.Formatter.format_assertion_error/1: no padding, width :infinity
  def format_assertion_error(error) do
    no = ExUnit.AssertionError.no_value()
    label_size = if error.right != no, do: 7, else: 6
    padding_size = label_size + 5
    fields =
      [note: if(error.message != no, do: String.replace(error.message, "\n", "\n     "), else: no),
       doctest: if(Map.get(error, :doctest, no) != no, do: pad_multiline(error.doctest, 7), else: no),
       code: if(error.expr != no, do: pad_multiline(error.expr, padding_size), else: no)]
    fields = fields ++ format_context(error, padding_size, :infinity)
    Enum.map_join(fields, "", fn
      {_label, ^no} -> ""
      {_label, nil} -> ""
      {:note, value} -> value <> "\n"
      {label, value} -> String.pad_trailing("#{label}:", label_size) <> value <> "\n"
    end)
  end

  defp format_assertion(test, error, stack) do
    no = ExUnit.AssertionError.no_value()
    label_size = if error.right != no, do: 7, else: 6
    padding_size = label_size + 5
    fields =
      [note: if(error.message != no, do: String.replace(error.message, "\n", "\n     "), else: no),
       doctest: if(Map.get(error, :doctest, no) != no, do: pad_multiline(error.doctest, 7), else: no),
       code: if(error.expr != no, do: pad_multiline(error.expr, padding_size), else: get_code(test, stack) || no)]
    fields = fields ++ format_context(error, padding_size)
    Enum.map_join(fields, "", fn
      {_label, ^no} -> ""
      {_label, nil} -> ""
      {:note, value} -> "     " <> value <> "\n"
      {label, value} -> "     " <> String.pad_trailing("#{label}:", label_size) <> value <> "\n"
    end)
  end

  defp format_context(error, padding_size, width \\ 80)
  defp format_context(%{context: {:mailbox, _pins, []}}, _, _), do: []
  defp format_context(%{left: {:code, pattern}, context: {:mailbox, _pins, mailbox}}, padding_size, width) do
    entries =
      Enum.map(mailbox, fn message ->
        "\n       pattern: " <> pattern <> "\n       value:   " <> inspect_multiline(message, padding_size + 5, width)
      end)
    [mailbox: Enum.join(entries, "\n")]
  end
  defp format_context(error, padding_size, width) do
    no = ExUnit.AssertionError.no_value()
    left =
      case error.left do
        {:code, code} -> pad_multiline(code, padding_size)
        ^no -> no
        value -> inspect_multiline(value, padding_size, width)
      end
    right = if error.right == no, do: no, else: inspect_multiline(error.right, padding_size, width)
    [left: left, right: right]
  end

  defp inspect_multiline(value, padding_size, width \\ 80)
  defp inspect_multiline(value, _padding_size, :infinity), do: :taskplay.exunit_inspect(value, :infinity)
  defp inspect_multiline(value, padding_size, _width), do: :taskplay.exunit_inspect(value, padding_size)

  defp pad_multiline(text, size), do: String.replace(text, "\n", "\n" <> String.duplicate(" ", size))

  defp pad(msg), do: "     " <> pad_multiline(msg, 5) <> "\n"

  defp format_stacktrace([], _module, _name), do: ""
  defp format_stacktrace(stack, module, name) do
    "     stacktrace:\n" <>
      Enum.map_join(stack, "", fn entry -> "       " <> format_entry(entry, module, name) <> "\n" end)
  end

  defp format_entry({module, name, _, info}, module, name) when name != nil do
    "#{info[:file]}:#{info[:line]}: (test)"
  end
  defp format_entry(entry, _module, _name) do
    String.trim(Exception.format_stacktrace([entry]))
  end
end
)elixir";

// [SECTION] Natives ------------------------------------------------------------------------

Term exunit_seed(Ctx& c, Term*) {
  // Elixir seeds from the microseconds of the wall clock; taskplay from its own clock, so a
  // run (and its replay) stays deterministic.
  return Term::integer(c.runtime().now_us() % 1000000);
}

Term exunit_mailbox(Ctx& c, Term*) {
  std::vector<Term> ms;
  for (const Mailbox::Node* n = c.process().mailbox.first(); n; n = n->next)
    ms.push_back(n->message);
  return Term::list(ms);
}

std::string absolute(const State& st, std::string_view file) {
  if (file.empty() || file[0] == '/' || st.cwd.empty()) return std::string(file);
  if (file.rfind("./", 0) == 0) file.remove_prefix(2);
  return st.cwd + (st.cwd.back() == '/' ? "" : "/") + std::string(file);
}

Term exunit_absolute(Ctx& c, Term* a) {
  if (!a[0].is_binary()) badarg();
  return Term::string(absolute(state(c.runtime()), a[0].binary()));
}

// Path.relative_to_cwd/1
Term exunit_relative(Ctx& c, Term* a) {
  if (!a[0].is_binary()) return a[0];
  const State& st = state(c.runtime());
  std::string_view f = a[0].binary();
  std::string dir = st.cwd.empty() || st.cwd.back() == '/' ? st.cwd : st.cwd + "/";
  if (!dir.empty() && f.rfind(dir, 0) == 0) f.remove_prefix(dir.size());
  return Term::string(f);
}

// The trimmed source line a stack frame points at, or nil (ExUnit reads the file).
Term exunit_source_line(Ctx& c, Term* a) {
  const State& st = state(c.runtime());
  std::string file = a[0].is_list() ? [&] {
    std::string s;
    for (const Term* x = &a[0]; x->is_cons(); x = &x->tail())
      if (x->head().is_small_int()) s += static_cast<char>(x->head().small_int());
    return s;
  }()
                                    : a[0].is_binary() ? std::string(a[0].binary())
                                                       : std::string();
  auto it = st.sources.find(file);
  if (it == st.sources.end() || !a[1].is_small_int() || a[1].small_int() < 1)
    return Term(atoms::nil);
  std::string_view src = it->second;
  for (int64_t line = 1; line < a[1].small_int(); ++line) {
    size_t nl = src.find('\n');
    if (nl == std::string_view::npos) return Term(atoms::nil);
    src.remove_prefix(nl + 1);
  }
  src = src.substr(0, src.find('\n'));
  while (!src.empty() && (src.front() == ' ' || src.front() == '\t')) src.remove_prefix(1);
  while (!src.empty() && (src.back() == ' ' || src.back() == '\t' || src.back() == '\r'))
    src.remove_suffix(1);
  return Term::string(src);
}

// inspect(value, pretty: true, width: w) as ExUnit lays out left: and right:
// (Inspect.Algebra: to_doc(width) |> group |> nest(padding) |> format(width); the padding
// itself is printed by the caller)
Term exunit_inspect(Ctx&, Term* a) {
  InspectOpts o;
  // :infinity: Inspect.Algebra's width :infinity, every term on one line
  if (a[1].is_atom(Atom("infinity"))) return Term::string(inspect_at(a[0], 1 << 30, o, 0));
  int pad = a[1].is_small_int() ? static_cast<int>(a[1].small_int()) : 0;
  return Term::string(inspect_at(a[0], 80 - pad, o, pad));
}

Term exunit_get(Ctx& c, Term* a) {
  for (const auto& [k, v] : state(c.runtime()).ex_unit_store)
    if (k == a[0]) return v;
  return a[1];
}

Term exunit_put(Ctx& c, Term* a) {
  auto& store = state(c.runtime()).ex_unit_store;
  for (auto& [k, v] : store)
    if (k == a[0]) {
      v = a[1];
      return Term(atoms::ok);
    }
  store.emplace_back(a[0], a[1]);
  return Term(atoms::ok);
}

// System.at_exit/1: run_script calls the funs, newest first, with the exit status.
Term at_exit(Ctx& c, Term* a) {
  if (!a[0].is_fun() || a[0].fun_obj()->arity() != 1) badarg(a[0]);
  state(c.runtime()).at_exit.push_back(a[0]);
  return Term(atoms::ok);
}

// ExUnit.CaptureIO: start capturing what this process (or, for :stderr, anybody) writes
Term capture_start(Ctx& c, Term* a) {
  State& st = state(c.runtime());
  bool err = a[0].is_atom(Atom("stderr")) || a[0].is_atom(Atom("standard_error"));
  State::Capture capture{++st.last_capture, c.self(), err, {}, {}, 0, true};
  if (a[1].is_binary()) capture.input = std::string(a[1].binary());
  capture.prompt = !a[2].is_atom(atoms::false_);
  st.captures.push_back(std::move(capture));
  return Term::integer(static_cast<int64_t>(st.last_capture));
}

// IO.gets/2 and IO.read/2 on :stdio inside capture_io: its input (the prompt written first,
// captured unless capture_prompt: false), :eof at its end; :no_capture outside one (the
// prelude reads the host's stdin then). `what`: :line, :eof / :all (the rest; "" at the
// end for :all) or a count of characters.
Term io_read(Ctx& c, Term* a) {
  State& st = state(c.runtime());
  State::Capture* in = st.input_capture(c.self());
  if (!in) return Term(Atom("no_capture"));
  if (a[0].is_binary() && !a[0].binary().empty() && in->prompt) st.write(c.self(), a[0].binary());
  const Term& what = a[1];
  if (in->at >= in->input.size())
    return what.is_atom(Atom("all")) ? Term::string("") : Term(Atom("eof"));
  std::string_view rest = std::string_view(in->input).substr(in->at);
  size_t n = rest.size();
  if (what.is_atom(Atom("line"))) {
    size_t nl = rest.find('\n');
    if (nl != std::string_view::npos) n = nl + 1;
  } else if (what.is_small_int()) {
    // characters, not bytes: step over UTF-8 continuation bytes
    n = 0;
    for (int64_t k = what.small_int(); k > 0 && n < rest.size(); --k) {
      ++n;
      while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
    }
  }
  in->at += n;
  return Term::string(rest.substr(0, n));
}

// ... and stop: the text captured
Term capture_stop(Ctx& c, Term* a) {
  State& st = state(c.runtime());
  for (auto it = st.captures.begin(); it != st.captures.end(); ++it)
    if (a[0].is_small_int() && it->id == static_cast<uint64_t>(a[0].small_int())) {
      Term text = Term::string(it->text);
      st.captures.erase(it);
      return text;
    }
  return Term::string("");
}

// ExUnit.CaptureLog: capture every log event from now on (any process's, as Logger is one
// for the whole node) ...
Term log_capture_start(Ctx& c, Term*) {
  State& st = state(c.runtime());
  st.log_captures.push_back({++st.last_capture, c.runtime().trace().total()});
  return Term::integer(static_cast<int64_t>(st.last_capture));
}

// ... and stop: the events at `level` or more severe (:all for every one), each as the
// console prints it
Term log_capture_stop(Ctx& c, Term* a) {
  State& st = state(c.runtime());
  const Trace& tr = c.runtime().trace();
  const int max_severity = a[1].is_atom() ? logger::severity(a[1].atom_value()) : -1;
  const bool all = a[1].is_atom(Atom("all"));
  std::string text;
  for (State::LogCapture& capture : st.log_captures) {
    if (!a[0].is_small_int() || capture.id != static_cast<uint64_t>(a[0].small_int())) continue;
    capture.to = tr.total();
    const uint64_t first = tr.total() - tr.size();
    for (uint64_t seq = std::max(capture.from, first); seq < capture.to; ++seq) {
      const Event& e = tr[static_cast<size_t>(seq - first)];
      if (e.kind != EventKind::log || !e.data.is_binary()) continue;
      if (logger::is_supervisor_report(e.data.binary())) continue;  // (SASL: not captured)
      const Atom level = e.level == atoms::nil ? Atom("error") : e.level;
      if (!all && logger::severity(level) > max_severity) continue;
      text += logger::console_text(e.level, e.data.binary());
    }
  }
  return Term::string(text);
}

constexpr std::string_view T = "taskplay";
const Native kNatives[] = {
    {T, "exunit_seed", 0, exunit_seed, nullptr, false},
    {T, "exunit_mailbox", 0, exunit_mailbox, nullptr, false},
    {T, "exunit_absolute", 1, exunit_absolute, nullptr, false},
    {T, "exunit_relative", 1, exunit_relative, nullptr, false},
    {T, "exunit_source_line", 2, exunit_source_line, nullptr, false},
    {T, "exunit_inspect", 2, exunit_inspect, nullptr, false},
    {T, "exunit_get", 2, exunit_get, nullptr, false},
    {T, "exunit_put", 2, exunit_put, nullptr, false},
    {"Elixir.System", "at_exit", 1, at_exit, nullptr, false},
    {T, "exunit_capture_start", 3, capture_start, nullptr, false},
    {T, "io_read", 2, io_read, nullptr, false},
    {T, "exunit_capture_stop", 1, capture_stop, nullptr, false},
    {T, "exunit_log_capture_start", 0, log_capture_start, nullptr, false},
    {T, "exunit_log_capture_stop", 2, log_capture_stop, nullptr, false},
};

}  // namespace

std::span<const Native> ex_unit_natives() { return kNatives; }

const Unit& ex_unit() {
  static const std::unique_ptr<Unit> unit = [] {
    NodeP tree = parse(kSource);
    CompileOptions o;
    o.file = "lib/ex_unit.ex";
    o.application = "ex_unit 1.14.0";
    return compile(*tree, o);
  }();
  return *unit;
}

}  // namespace taskplay::lang
