// The prelude's OTP helpers, written in the language:
//
//   Logger   as programs use it: the macros Logger.debug/info/notice/warning/warn/error/
//            critical/alert/emergency/log (after `require Logger`, expanded by the compiler)
//            with a string, chardata, a report (map or keyword list) or a lazy zero-arity
//            fun; bare_log/2,3, level/0, configure(level: ...), compare_levels/2; the
//            process's metadata (metadata/0,1, reset_metadata/0,1: kept, not printed, as the
//            console's default format leaves it out) and level (put/get/delete_process_level,
//            enable/disable/enabled?).
//   Node     one node that is not alive: node(), Node.list() == [], spawns on node() only. The
//   level lives in
//            the runtime (logger.hpp), where it also silences the library's crash reports; the
//            messages are the runtime's log events, printed as Elixir 1.14's console prints them.
//   :timer   as OTP 25's: tc/1,2,3 on the runtime's microsecond clock; send_after/2,3
//            ({:send_local, ref} for a pid, {:once, ref} for a name: Process.send_after
//            underneath); send_interval/2,3, apply_after/4, apply_interval/4 and cancel/1
//            through the timer server, a GenServer registered as :timer_server and started
//            when first needed, as OTP's is (it monitors the processes that set interval
//            timers and drops their timers when they exit); seconds/minutes/hours/hms.
//            A bad time gives {:error, :badarg}. (:timer.sleep/1 is a native.)

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_otp_source() {
  return R"elixir(
defmodule Logger do
  def level, do: :taskplay.logger_level()

  # Elixir's Logger handles events in a process of its own; taskplay's prints each one
  # as it is logged: nothing is ever waiting
  def flush, do: :ok

  def configure(options) do
    case Keyword.get(options, :level) do
      nil -> :ok
      level -> :taskplay.logger_set_level(level)
    end

    :ok
  end

  def compare_levels(left, right) do
    l = severity(left)
    r = severity(right)

    cond do
      l == r -> :eq
      l > r -> :lt
      true -> :gt
    end
  end

  # What the macros Logger.debug/info/.../log expand to once Logger is required (the
  # compiler expands them, lang/compiler.cpp): the level is tested before the message is
  # evaluated, as Elixir 1.14's macros do.
  # A process level (put_process_level/2, disable/1) decides for its process, else the
  # primary level.
  def __should_log__(level) do
    case Process.get(:logger_level) do
      nil -> :taskplay.logger_enabled?(level)
      :none -> false
      :all -> true
      process_level -> compare_levels(level, process_level) != :lt
    end
  end

  def __do_log__(level, message, _metadata) do
    level = if level == :warn, do: :warning, else: level
    if __should_log__(level), do: :taskplay.logger_log(level, text(message))
    :ok
  end

  def bare_log(level, message_or_fun, metadata \\ []),
    do: __do_log__(level, message_or_fun, metadata)

  # the process's metadata, a map under :"$logger_metadata$" as Erlang's logger keeps it
  def metadata do
    case Process.get(:"$logger_metadata$") do
      nil -> []
      map -> Map.to_list(map)
    end
  end

  def metadata(keyword) do
    case Process.get(:"$logger_metadata$") do
      nil ->
        reset_metadata(keyword)

      map ->
        map =
          Enum.reduce(keyword, map, fn
            {key, nil}, acc -> Map.delete(acc, key)
            {key, value}, acc -> Map.put(acc, key, value)
          end)

        Process.put(:"$logger_metadata$", map)
        :ok
    end
  end

  def reset_metadata(keyword \\ []) do
    Process.put(:"$logger_metadata$", for({k, v} <- keyword, v != nil, into: %{}, do: {k, v}))
    :ok
  end

  def put_process_level(pid, level) when pid == self() do
    Process.put(:logger_level, level)
    :ok
  end

  def get_process_level(pid) when pid == self(), do: Process.get(:logger_level, nil)

  def delete_process_level(pid) when pid == self() do
    Process.delete(:logger_level)
    :ok
  end

  def enable(pid) when pid == self(), do: delete_process_level(pid)
  def disable(pid) when pid == self(), do: put_process_level(pid, :none)
  def enabled?(pid) when pid == self(), do: get_process_level(pid) != :none

  defp text(fun) when is_function(fun, 0) do
    case fun.() do
      {message, _metadata} -> text(message)
      message -> text(message)
    end
  end

  defp text(message) when is_binary(message), do: message
  defp text(message) when is_map(message), do: inspect(Map.to_list(message))

  defp text(message) when is_list(message) do
    if message != [] and Keyword.keyword?(message), do: inspect(message), else: to_string(message)
  end

  defp text(message), do: to_string(message)

  defp severity(:emergency), do: 0
  defp severity(:alert), do: 1
  defp severity(:critical), do: 2
  defp severity(:error), do: 3
  defp severity(:warning), do: 4
  defp severity(:warn), do: 4
  defp severity(:notice), do: 5
  defp severity(:info), do: 6
  defp severity(:debug), do: 7
end

defmodule Node do
  # one node, never alive (no distribution): nonode@nohost, as `elixir x.exs` runs
  def self, do: node()
  def alive?, do: false
  def list, do: []
  def list(_types), do: []
  def ping(_node), do: :pang
  def connect(_node), do: :ignored
  def disconnect(_node), do: :ignored
  def get_cookie, do: :nocookie
  def spawn(node, fun) when node == node(), do: Kernel.spawn(fun)
  def spawn(node, module, fun, args) when node == node(), do: Kernel.spawn(module, fun, args)
  def spawn_link(node, fun) when node == node(), do: Kernel.spawn_link(fun)

  def spawn_link(node, module, fun, args) when node == node(),
    do: Kernel.spawn_link(module, fun, args)

  def spawn_monitor(node, fun) when node == node(), do: Kernel.spawn_monitor(fun)
end

defmodule :timer do
  def tc(fun) when is_function(fun, 0) do
    t0 = System.monotonic_time(:microsecond)
    value = fun.()
    {System.monotonic_time(:microsecond) - t0, value}
  end

  def tc(fun, arguments) when is_function(fun) do
    t0 = System.monotonic_time(:microsecond)
    value = apply(fun, arguments)
    {System.monotonic_time(:microsecond) - t0, value}
  end

  def tc(module, function, arguments) do
    t0 = System.monotonic_time(:microsecond)
    value = apply(module, function, arguments)
    {System.monotonic_time(:microsecond) - t0, value}
  end

  # microseconds from the first {mega, secs, micro} timestamp to the second
  def now_diff({a2, b2, c2}, {a1, b1, c1}), do: ((a2 - a1) * 1_000_000 + (b2 - b1)) * 1_000_000 + (c2 - c1)

  def exit_after(time, reason), do: exit_after(time, self(), reason)

  def exit_after(time, target, reason) when is_integer(time) and time >= 0 do
    apply_after(time, Process, :exit, [target, reason])
  end

  def kill_after(time), do: exit_after(time, self(), :kill)
  def kill_after(time, target), do: exit_after(time, target, :kill)

  def seconds(seconds), do: 1000 * seconds
  def minutes(minutes), do: 1000 * 60 * minutes
  def hours(hours), do: 1000 * 60 * 60 * hours
  def hms(hours, minutes, seconds), do: hours(hours) + minutes(minutes) + seconds(seconds)

  def send_after(time, message), do: send_after(time, self(), message)

  def send_after(time, pid, message) when is_pid(pid) and is_integer(time) and time >= 0 do
    {:ok, {:send_local, Process.send_after(pid, message, time)}}
  end

  def send_after(time, name, message) when is_atom(name) and is_integer(time) and time >= 0 do
    {:ok, {:once, Process.send_after(name, message, time)}}
  end

  def send_after(_time, _destination, _message), do: {:error, :badarg}

  def send_interval(time, message), do: send_interval(time, self(), message)

  def send_interval(time, destination, message)
      when (is_pid(destination) or is_atom(destination)) and is_integer(time) and time >= 0 do
    GenServer.call(server(), {:interval, time, {:send, destination, message}, self()}, :infinity)
  end

  def send_interval(_time, _destination, _message), do: {:error, :badarg}

  def apply_after(time, module, function, arguments)
      when is_atom(module) and is_atom(function) and is_list(arguments) and is_integer(time) and
             time >= 0 do
    GenServer.call(server(), {:once, time, {module, function, arguments}}, :infinity)
  end

  def apply_after(_time, _module, _function, _arguments), do: {:error, :badarg}

  def apply_interval(time, module, function, arguments)
      when is_atom(module) and is_atom(function) and is_list(arguments) and is_integer(time) and
             time >= 0 do
    GenServer.call(server(), {:interval, time, {module, function, arguments}, self()}, :infinity)
  end

  def apply_interval(_time, _module, _function, _arguments), do: {:error, :badarg}

  def cancel({:send_local, ref}) when is_reference(ref) do
    Process.cancel_timer(ref)
    {:ok, :cancel}
  end

  def cancel({:once, ref} = tref) when is_reference(ref) do
    Process.cancel_timer(ref)
    if Process.whereis(:timer_server), do: GenServer.call(:timer_server, {:cancel, tref})
    {:ok, :cancel}
  end

  def cancel({:interval, ref} = tref) when is_reference(ref) do
    if Process.whereis(:timer_server), do: GenServer.call(:timer_server, {:cancel, tref})
    {:ok, :cancel}
  end

  def cancel(_tref), do: {:error, :badarg}

  # The timer server: {:once, ref} and {:interval, ref} timers, each a Process.send_after to
  # itself that runs the action (a send, or an apply in a new process) when it fires.
  defp server do
    case Process.whereis(:timer_server) do
      nil ->
        case GenServer.start(:timer, [], name: :timer_server) do
          {:ok, pid} -> pid
          {:error, {:already_started, pid}} -> pid
        end

      pid ->
        pid
    end
  end

  def init([]), do: {:ok, %{}}

  def handle_call({:once, time, action}, _from, timers) do
    ref = make_ref()
    Process.send_after(self(), {:fire, ref}, time)
    {:reply, {:ok, {:once, ref}}, Map.put(timers, ref, {:once, time, action, nil})}
  end

  def handle_call({:interval, time, action, owner}, _from, timers) do
    ref = make_ref()
    monitor = Process.monitor(owner)
    Process.send_after(self(), {:fire, ref}, time)
    {:reply, {:ok, {:interval, ref}}, Map.put(timers, ref, {:interval, time, action, monitor})}
  end

  def handle_call({:cancel, {_kind, ref}}, _from, timers) do
    case Map.pop(timers, ref) do
      {{:interval, _time, _action, monitor}, rest} ->
        Process.demonitor(monitor, [:flush])
        {:reply, {:ok, :cancel}, rest}

      {_, rest} ->
        {:reply, {:ok, :cancel}, rest}
    end
  end

  def handle_info({:fire, ref}, timers) do
    case Map.get(timers, ref) do
      nil ->
        {:noreply, timers}

      {:once, _time, action, _} ->
        run(action)
        {:noreply, Map.delete(timers, ref)}

      {:interval, time, action, _} ->
        run(action)
        Process.send_after(self(), {:fire, ref}, time)
        {:noreply, timers}
    end
  end

  def handle_info({:DOWN, monitor, :process, _pid, _reason}, timers) do
    {:noreply, Map.reject(timers, fn {_ref, {_kind, _time, _action, m}} -> m == monitor end)}
  end

  def handle_info(_message, timers), do: {:noreply, timers}

  defp run({:send, destination, message}) do
    if is_pid(destination) or Process.whereis(destination), do: send(destination, message)
  end

  defp run({module, function, arguments}), do: spawn(module, function, arguments)
end
)elixir";
}

}  // namespace taskplay::lang
