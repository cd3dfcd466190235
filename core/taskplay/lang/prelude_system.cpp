// Application's environment (get_env, fetch_env, fetch_env!, get_all_env, put_env,
// put_all_env, delete_env) over :persistent_term (natives_persistent_term.cpp). The prelude's
// System environment functions (Elixir 1.14's get_env, fetch_env, put_env,
// delete_env, user_home) and :os's getenv/putenv/unsetenv, over the natives that read and change
// the environment (natives_system.cpp); System.convert_time_unit/3; File.cwd/0 and cwd!/0;
// Path (basename, dirname, extname, rootname, split, type, join, relative, relative_to, absname,
// expand) as lib/path.ex and the :filename functions it calls answer on a Unix host.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_system_source() {
  return R"elixir(
defmodule :os do
  def getenv(), do: Enum.map(:taskplay.environment(), &String.to_charlist/1)
  def getenv(name) do
    case :taskplay.getenv(List.to_string(name)) do
      nil -> false
      value -> String.to_charlist(value)
    end
  end
  def getenv(name, default) do
    case getenv(name) do
      false -> default
      value -> value
    end
  end
  def putenv(name, value), do: :taskplay.putenv(List.to_string(name), List.to_string(value))
  def unsetenv(name), do: :taskplay.unsetenv(List.to_string(name))
  def timestamp(), do: :erlang.timestamp()
end

defmodule Application do
  # An application's environment, as a script sees it: empty until put_env/3 (nothing is
  # configured), kept in :persistent_term under {:"$taskplay_app_env", app}, one keyword
  # list per application in the order its keys were first put.
  @loaded [:kernel, :stdlib, :compiler, :elixir, :logger]

  def get_env(app, key, default \\ nil) when is_atom(app) do
    case fetch_env(app, key) do
      {:ok, value} -> value
      :error -> default
    end
  end

  def fetch_env(app, key) when is_atom(app) do
    case List.keyfind(all(app), key, 0) do
      {_, value} -> {:ok, value}
      nil -> :error
    end
  end

  def fetch_env!(app, key) when is_atom(app) do
    case fetch_env(app, key) do
      {:ok, value} ->
        value

      :error ->
        why =
          if app in @loaded or all(app) != [],
            do: "because configuration at #{inspect(key)} was not set",
            else: "because the application was not loaded nor configured"

        raise ArgumentError,
              "could not fetch application environment #{inspect(key)} for application " <>
                "#{inspect(app)} #{why}"
    end
  end

  def get_all_env(app) when is_atom(app), do: all(app)

  def put_env(app, key, value, _opts \\ []) when is_atom(app) do
    env = all(app)

    env =
      if List.keymember?(env, key, 0),
        do: List.keyreplace(env, key, 0, {key, value}),
        else: env ++ [{key, value}]

    :persistent_term.put({:"$taskplay_app_env", app}, env)
    :ok
  end

  def put_all_env(config, opts \\ []) do
    Enum.each(config, fn {app, env} -> Enum.each(env, fn {k, v} -> put_env(app, k, v, opts) end) end)
  end

  def delete_env(app, key, _opts \\ []) when is_atom(app) do
    :persistent_term.put({:"$taskplay_app_env", app}, List.keydelete(all(app), key, 0))
    :ok
  end

  defp all(app), do: :persistent_term.get({:"$taskplay_app_env", app}, [])

  # The applications a script runs with, started in this order, newest first when listed
  # (as `elixir` 1.14 on OTP 25 lists them): {name, description, version, requirements}
  @started [
    {:logger, 'logger', '1.14.0', [:kernel, :stdlib, :elixir]},
    {:elixir, 'elixir', '1.14.0', [:kernel, :stdlib, :compiler]},
    {:compiler, 'ERTS  CXC 138 10', '8.2.3', [:kernel, :stdlib]},
    {:stdlib, 'ERTS  CXC 138 10', '4.2', [:kernel]},
    {:kernel, 'ERTS  CXC 138 10', '8.5.3', []}
  ]

  def started_applications(_timeout \\ 5000),
    do: for({app, desc, vsn, _} <- @started, do: {app, desc, vsn})

  def loaded_applications(), do: started_applications()

  def spec(app) when is_atom(app) do
    case List.keyfind(@started, app, 0) do
      nil -> nil
      {_, desc, vsn, apps} -> [description: desc, vsn: vsn, applications: apps]
    end
  end

  def spec(app, key) when is_atom(app) and is_atom(key) do
    case spec(app) do
      nil -> nil
      spec -> Keyword.get(spec, key)
    end
  end

  def start(app, _type \\ :temporary) when is_atom(app) do
    if spec(app), do: {:error, {:already_started, app}}, else: no_app(app)
  end

  def ensure_started(app, _type \\ :temporary) when is_atom(app),
    do: if(spec(app), do: :ok, else: no_app(app))

  def ensure_all_started(app, _type \\ :temporary) when is_atom(app) do
    if spec(app), do: {:ok, []}, else: {:error, {app, elem(no_app(app), 1)}}
  end

  defp no_app(app), do: {:error, {'no such file or directory', '#{app}.app'}}
end

defmodule System do
  # as :erlang.convert_time_unit/3: rounded down
  def convert_time_unit(time, from_unit, to_unit) when is_integer(time),
    do: Integer.floor_div(time * per_second(to_unit), per_second(from_unit))

  defp per_second(:second), do: 1
  defp per_second(:millisecond), do: 1_000
  defp per_second(:microsecond), do: 1_000_000
  defp per_second(:nanosecond), do: 1_000_000_000
  defp per_second(:native), do: 1_000_000_000
  defp per_second(:perf_counter), do: 1_000_000_000
  defp per_second(n) when is_integer(n) and n > 0, do: n
  defp per_second(unit) do
    raise ArgumentError,
          "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got #{inspect(unit)}"
  end

  def get_env do
    Enum.into(:taskplay.environment(), %{}, fn var ->
      [k, v] = String.split(var, "=", parts: 2)
      {k, v}
    end)
  end

  def get_env(varname, default \\ nil)
      when is_binary(varname) and (is_binary(default) or is_nil(default)) do
    case :taskplay.getenv(varname) do
      nil -> default
      value -> value
    end
  end

  def fetch_env(varname) when is_binary(varname) do
    case :taskplay.getenv(varname) do
      nil -> :error
      value -> {:ok, value}
    end
  end

  def fetch_env!(varname) when is_binary(varname) do
    get_env(varname) || raise(System.EnvError, env: varname)
  end

  def put_env(varname, value) when is_binary(varname) and is_binary(value) do
    case :binary.match(varname, "=") do
      {_, _} ->
        raise ArgumentError,
              "cannot execute System.put_env/2 for key with \"=\", got: #{inspect(varname)}"

      :nomatch ->
        :taskplay.putenv(varname, value)
        :ok
    end
  end

  def put_env(enum), do: Enum.each(enum, fn {key, val} -> put_env(key, val) end)

  def delete_env(varname) when is_binary(varname) do
    :taskplay.unsetenv(varname)
    :ok
  end

  # the first of $TMPDIR, $TEMP, $TMP and /tmp that is set (Elixir also checks it is writable)
  def tmp_dir, do: get_env("TMPDIR") || get_env("TEMP") || get_env("TMP") || "/tmp"
  def tmp_dir!, do: tmp_dir()

  # a script's arguments: taskplay run takes none
  def argv, do: []

  # the operating system's process id of the runtime, as a string
  def pid, do: :taskplay.os_pid()
  def get_pid, do: pid()

  # the whole run stops at once with the status (no at_exit funs); a message goes to stderr
  # and gives 1, as the BEAM's halt with a slogan does
  def halt(status \\ 0)

  def halt(status) when is_integer(status) and status >= 0 do
    :taskplay.halt(status)
    Process.sleep(:infinity)
  end

  def halt(status) when is_binary(status) do
    IO.write(:stderr, status <> "\n")
    :taskplay.halt(1)
    Process.sleep(:infinity)
  end

  # asks the whole run to stop with the status: the BEAM takes its time to shut down, the
  # caller goes on meanwhile; here the run stops when the caller's turn ends
  def stop(status \\ 0)

  def stop(status) when is_integer(status) and status >= 0 do
    :taskplay.halt(status)
    :ok
  end

  # runs the program to its end (natives_system.cpp's :taskplay.cmd: its output read whole,
  # stdin /dev/null) with Elixir 1.14's options cd:, env:, stderr_to_stdout: and into:; a
  # program not found is :erlang.error(:enoent), as the BEAM's open_port gives (always in
  # the page, which runs no programs)
  def cmd(command, args, opts \\ []) when is_binary(command) and is_list(args) do
    unless Enum.all?(args, &is_binary/1) do
      raise ArgumentError, "all arguments for System.cmd/3 must be binaries"
    end
    path =
      if Path.type(command) == :absolute,
        do: command,
        else: :taskplay.find_executable(command) || :erlang.error(:enoent, [command, args, opts])
    env = for {k, v} <- Keyword.get(opts, :env, []), do: {IO.chardata_to_string(k), v && IO.chardata_to_string(v)}
    cd = opts[:cd] && IO.chardata_to_string(opts[:cd])
    case :taskplay.cmd(path, args, cd, env, Keyword.get(opts, :stderr_to_stdout, false)) do
      {:error, reason} -> :erlang.error(reason, [command, args, opts])
      {output, status} ->
        {acc, collector} = Collectable.into(Keyword.get(opts, :into, ""))
        acc = if output == "", do: acc, else: collector.(acc, {:cont, output})
        {collector.(acc, :done), status}
    end
  end

  def find_executable(program) when is_binary(program), do: :taskplay.find_executable(program)

  def user_home, do: get_env("HOME")
  def user_home!, do: user_home() || raise(RuntimeError, "could not find the user home, please set the HOME environment variable")
end

# File on the host's files, as Elixir 1.14's lib/file.ex (natives_system.cpp's
# :taskplay.file_*); File.open's device is a process serving the Erlang I/O protocol
# (IO.read/write/... on a pid, IO's clauses in prelude_protocols.cpp), as the BEAM's file
# io server does
defmodule File do
  def cwd, do: {:ok, :taskplay.cwd()}
  def cwd!, do: :taskplay.cwd()
  def cd(path), do: :taskplay.set_cwd(IO.chardata_to_string(path))
  def cd!(path), do: bang(cd(path), "set current working directory to", path)
  def cd!(path, function) do
    old = cwd!()
    cd!(path)
    try do
      function.()
    after
      cd!(old)
    end
  end

  def read(path), do: :taskplay.file_read(IO.chardata_to_string(path))
  def read!(path), do: bang(read(path), "read file", path)

  def write(path, content, modes \\ []) do
    :taskplay.file_write(IO.chardata_to_string(path), IO.iodata_to_binary(content), :append in modes)
  end
  def write!(path, content, modes \\ []), do: bang(write(path, content, modes), "write to file", path)

  def exists?(path, _opts \\ []), do: match?({:ok, _, _}, :taskplay.file_stat(IO.chardata_to_string(path)))
  def dir?(path, _opts \\ []), do: match?({:ok, :directory, _}, :taskplay.file_stat(IO.chardata_to_string(path)))
  def regular?(path, _opts \\ []), do: match?({:ok, :regular, _}, :taskplay.file_stat(IO.chardata_to_string(path)))

  def stat(path, _opts \\ []) do
    with {:ok, values} <- :taskplay.file_info(IO.chardata_to_string(path)) do
      keys = [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,
              :minor_device, :inode, :uid, :gid]
      {:ok, File.Stat.__struct__(Enum.zip(keys, values))}
    end
  end
  def stat!(path, opts \\ []), do: bang(stat(path, opts), "read file stats", path)

  def ls(path \\ "."), do: :taskplay.file_ls(IO.chardata_to_string(path))
  def ls!(path \\ "."), do: bang(ls(path), "list directory", path)

  def mkdir(path), do: :taskplay.file_mkdir(IO.chardata_to_string(path))
  def mkdir!(path), do: bang(mkdir(path), "make directory", path)
  def mkdir_p(path), do: do_mkdir_p(IO.chardata_to_string(path))
  defp do_mkdir_p("/"), do: :ok
  defp do_mkdir_p(path) do
    if dir?(path) do
      :ok
    else
      parent = Path.dirname(path)
      if parent == path do
        {:error, :einval}
      else
        _ = do_mkdir_p(parent)
        case mkdir(path) do
          {:error, :eexist} = error -> if dir?(path), do: :ok, else: error
          other -> other
        end
      end
    end
  end
  def mkdir_p!(path), do: bang(mkdir_p(path), "make directory (with -p)", path)

  def rm(path), do: :taskplay.file_rm(IO.chardata_to_string(path))
  def rm!(path), do: bang(rm(path), "remove file", path)
  def rmdir(path), do: :taskplay.file_rmdir(IO.chardata_to_string(path))
  def rmdir!(path), do: bang(rmdir(path), "remove directory", path)

  def rm_rf(path), do: rm_rf(IO.chardata_to_string(path), [])
  defp rm_rf(path, acc) do
    case :taskplay.file_linfo(path) do
      {:ok, [_, :directory | _]} ->
        {:ok, files} = ls(path)
        acc = Enum.reduce(files, acc, fn file, acc ->
          case rm_rf(Path.join(path, file), acc) do
            {:ok, acc} -> acc
            {:error, _, _} -> acc
          end
        end)
        case rmdir(path) do
          :ok -> {:ok, [path | acc]}
          {:error, :enoent} -> {:ok, acc}
          {:error, reason} -> {:error, reason, path}
        end
      {:ok, _} ->
        case rm(path) do
          :ok -> {:ok, [path | acc]}
          {:error, :enoent} -> {:ok, acc}
          {:error, reason} -> {:error, reason, path}
        end
      {:error, reason} when reason in [:enoent, :enotdir] -> {:ok, acc}
      {:error, reason} -> {:error, reason, path}
    end
  end
  def rm_rf!(path) do
    case rm_rf(path) do
      {:ok, files} -> files
      {:error, reason, _} -> error(reason, "remove files and directories recursively from", path)
    end
  end

  def touch(path, _time \\ nil), do: :taskplay.file_touch(IO.chardata_to_string(path))
  def touch!(path, time \\ nil), do: bang(touch(path, time), "touch", path)

  def lstat(path, _opts \\ []) do
    with {:ok, values} <- :taskplay.file_linfo(IO.chardata_to_string(path)) do
      keys = [:size, :type, :access, :atime, :mtime, :ctime, :mode, :links, :major_device,
              :minor_device, :inode, :uid, :gid]
      {:ok, File.Stat.__struct__(Enum.zip(keys, values))}
    end
  end
  def lstat!(path, opts \\ []), do: bang(lstat(path, opts), "read file stats", path)

  def rename(source, destination),
    do: :taskplay.file_rename(IO.chardata_to_string(source), IO.chardata_to_string(destination))
  def rename!(source, destination) do
    with {:error, reason} <- rename(source, destination),
         do: two_error(File.RenameError, reason, "rename", source, destination)
  end

  def cp(source, destination, _opts \\ []) do
    with {:ok, data} <- read(source), do: write(destination, data)
  end
  def cp!(source, destination, opts \\ []) do
    with {:error, reason} <- cp(source, destination, opts),
         do: two_error(File.CopyError, reason, "copy", source, destination)
  end

  def copy(source, destination, bytes_count \\ :infinity) do
    with {:ok, data} <- read(source) do
      data =
        if bytes_count == :infinity or bytes_count >= byte_size(data),
          do: data,
          else: binary_part(data, 0, bytes_count)
      with :ok <- write(destination, data), do: {:ok, byte_size(data)}
    end
  end
  def copy!(source, destination, bytes_count \\ :infinity) do
    case copy(source, destination, bytes_count) do
      {:ok, n} -> n
      {:error, reason} -> two_error(File.CopyError, reason, "copy", source, destination)
    end
  end

  # the files and folders made, or {:error, reason, file}; a link is copied as a link
  def cp_r(source, destination, _opts \\ []) do
    source = IO.chardata_to_string(source)
    destination = IO.chardata_to_string(destination)
    case do_cp_r(source, destination, []) do
      {:error, _, _} = error -> error
      files -> {:ok, files}
    end
  end
  def cp_r!(source, destination, opts \\ []) do
    case cp_r(source, destination, opts) do
      {:ok, files} -> files
      {:error, reason, file} ->
        two_error(File.CopyError, reason, "copy recursively", source, destination, file)
    end
  end
  defp do_cp_r(source, destination, acc) do
    case :taskplay.file_linfo(source) do
      {:ok, [_, :directory | _]} ->
        case mkdir(destination) do
          result when result in [:ok, {:error, :eexist}] ->
            {:ok, names} = ls(source)
            Enum.reduce(names, [destination | acc], fn
              name, acc when is_list(acc) -> do_cp_r(Path.join(source, name), Path.join(destination, name), acc)
              _, error -> error
            end)
          {:error, reason} -> {:error, reason, destination}
        end
      {:ok, [_, :symlink | _]} ->
        {:ok, target} = read_link(source)
        case ln_s(target, destination) do
          :ok -> [destination | acc]
          {:error, reason} -> {:error, reason, destination}
        end
      {:ok, _} ->
        case cp(source, destination) do
          :ok -> [destination | acc]
          {:error, reason} -> {:error, reason, source}
        end
      {:error, reason} -> {:error, reason, source}
    end
  end

  def ln(existing, new),
    do: :taskplay.file_link(IO.chardata_to_string(existing), IO.chardata_to_string(new))
  def ln!(existing, new) do
    with {:error, reason} <- ln(existing, new),
         do: link_error(reason, "create hard link", existing, new)
  end
  def ln_s(existing, new),
    do: :taskplay.file_symlink(IO.chardata_to_string(existing), IO.chardata_to_string(new))
  def ln_s!(existing, new) do
    with {:error, reason} <- ln_s(existing, new),
         do: link_error(reason, "create symlink", existing, new)
  end
  def read_link(path), do: :taskplay.file_readlink(IO.chardata_to_string(path))
  def read_link!(path), do: bang(read_link(path), "read link", path)
  def chmod(path, mode), do: :taskplay.file_chmod(IO.chardata_to_string(path), mode)
  def chmod!(path, mode), do: bang(chmod(path, mode), "change mode for", path)

  defp two_error(module, reason, action, source, destination, on \\ "") do
    source = IO.chardata_to_string(source)
    destination = IO.chardata_to_string(destination)
    formatted = IO.iodata_to_binary(:file.format_error(reason))
    e = %{__struct__: module, __exception__: true, reason: reason, source: source,
          destination: destination, on: on, action: action}
    message =
      if on == "",
        do: "could not #{action} from #{inspect(source)} to #{inspect(destination)}: #{formatted}",
        else: "could not #{action} from #{inspect(source)} to #{inspect(destination)}. #{on}: #{formatted}"
    raise :taskplay.note_message(e, message)
  end
  defp link_error(reason, action, existing, new) do
    existing = IO.chardata_to_string(existing)
    new = IO.chardata_to_string(new)
    formatted = IO.iodata_to_binary(:file.format_error(reason))
    e = %{__struct__: File.LinkError, __exception__: true, reason: reason, existing: existing,
          new: new, action: action}
    raise :taskplay.note_message(e, "could not #{action} from #{inspect(existing)} to #{inspect(new)}: #{formatted}")
  end

  def open(path, modes_or_fun \\ [])
  def open(path, fun) when is_function(fun, 1), do: open(path, [], fun)
  def open(path, modes) when is_list(modes) do
    case :taskplay.file_open(IO.chardata_to_string(path), modes) do
      {:ok, id} ->
        # in :charlist mode what the device reads is a list (of characters with :utf8)
        binary? = :charlist not in modes and :char_list not in modes
        utf8? = :utf8 in modes or List.keymember?(modes, :encoding, 0)
        {:ok, spawn_link(fn -> serve(id, %{binary: binary?, utf8: utf8?}) end)}
      error -> error
    end
  end
  def open(path, modes, fun) when is_list(modes) and is_function(fun, 1) do
    with {:ok, device} <- open(path, modes) do
      try do
        {:ok, fun.(device)}
      after
        :ok = close(device)
      end
    end
  end
  def open!(path, modes_or_fun \\ []), do: bang(open(path, modes_or_fun), "open", path)
  def open!(path, modes, fun), do: bang(open(path, modes, fun), "open", path)

  def close(device) when is_pid(device) do
    ref = Process.monitor(device)
    send(device, {:file_request, self(), ref, :close})
    receive do
      {:file_reply, ^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, _, _, _} -> {:error, :terminated}
    end
  end

  # the device: the Erlang I/O protocol's requests that IO sends
  defp serve(id, opts) do
    receive do
      {:io_request, from, reply_as, :getopts} ->
        send(from, {:io_reply, reply_as, [binary: opts.binary, encoding: if(opts.utf8, do: :unicode, else: :latin1)]})
        serve(id, opts)
      {:io_request, from, reply_as, request} ->
        reply =
          case io_request(id, request) do
            data when is_binary(data) and not opts.binary ->
              if opts.utf8, do: :unicode.characters_to_list(data), else: :binary.bin_to_list(data)
            reply -> reply
          end
        send(from, {:io_reply, reply_as, reply})
        serve(id, opts)
      {:file_request, from, ref, :close} ->
        send(from, {:file_reply, ref, :taskplay.file_close(id)})
    end
  end
  defp io_request(id, {:put_chars, encoding, m, f, args}),
    do: io_request(id, {:put_chars, encoding, apply(m, f, args)})
  defp io_request(id, {:put_chars, :latin1, chars}), do: :taskplay.file_put(id, IO.iodata_to_binary(chars))
  defp io_request(id, {:put_chars, :unicode, chars} = request) do
    case :unicode.characters_to_binary(chars) do
      string when is_binary(string) -> :taskplay.file_put(id, string)
      _ -> {:error, {:no_translation, :unicode, :unicode}}
    end
  rescue
    ArgumentError -> {:error, request}
  end
  defp io_request(id, {:get_line, _encoding, _prompt}), do: :taskplay.file_get(id, :line)
  defp io_request(id, {:get_chars, _encoding, _prompt, count}), do: :taskplay.file_get(id, count)
  defp io_request(id, {:get_until, _encoding, _prompt, :eof}), do: :taskplay.file_get(id, :eof)
  defp io_request(_id, _request), do: {:error, :request}

  # File.stream!/1,2,3: a %File.Stream{}, enumerable (lines or bytes, read when walked) and
  # collectable (written to the file), its modes as Elixir 1.14 normalises them
  def stream!(path, modes \\ [], line_or_bytes \\ :line) do
    modes = stream_modes(modes, true)
    raw = :lists.keyfind(:encoding, 1, modes) == false
    modes =
      cond do
        not raw -> modes
        :lists.keyfind(:read_ahead, 1, modes) == {:read_ahead, false} ->
          [:raw | :lists.keydelete(:read_ahead, 1, modes)]
        :lists.keyfind(:read_ahead, 1, modes) -> [:raw | modes]
        true -> [:raw, :read_ahead | modes]
      end
    %File.Stream{path: IO.chardata_to_string(path), modes: modes, raw: raw, line_or_bytes: line_or_bytes}
  end

  defp stream_modes([:utf8 | rest], binary?), do: [encoding: :utf8] ++ stream_modes(rest, binary?)
  defp stream_modes([:read_ahead | rest], binary?), do: [read_ahead: 65536] ++ stream_modes(rest, binary?)
  defp stream_modes([mode | rest], _binary?) when mode in [:charlist, :char_list], do: stream_modes(rest, false)
  defp stream_modes([mode | rest], binary?), do: [mode | stream_modes(rest, binary?)]
  defp stream_modes([], true), do: [:binary]
  defp stream_modes([], false), do: []

  @doc false
  def __stream_reduce__(%{path: path, modes: modes, line_or_bytes: line_or_bytes}, acc, fun) do
    Stream.resource(
      fn ->
        case :taskplay.file_open(path, stream_read_modes(modes)) do
          {:ok, id} -> id
          {:error, reason} -> error(reason, "stream", path)
        end
      end,
      fn id ->
        case :taskplay.file_get(id, line_or_bytes) do
          :eof -> {:halt, id}
          data -> {[data], id}
        end
      end,
      &:taskplay.file_close/1).(acc, fun)
  end

  @doc false
  def __stream_count__(%{path: path, modes: modes, line_or_bytes: :line}) do
    case :taskplay.file_open(path, stream_read_modes(modes)) do
      {:ok, id} ->
        data = :taskplay.file_get(id, :eof)
        :taskplay.file_close(id)
        {:ok, if(data == :eof, do: 0, else: length(:binary.matches(data, "\n")))}
      {:error, reason} -> error(reason, "stream", path)
    end
  end
  def __stream_count__(%{path: path, line_or_bytes: bytes, raw: true}) do
    case stat(path) do
      {:ok, %{size: 0}} -> {:error, Enumerable.File.Stream}
      {:ok, %{size: size}} -> {:ok, div(size, bytes) + if(rem(size, bytes) == 0, do: 0, else: 1)}
      {:error, reason} -> error(reason, "stream", path)
    end
  end
  def __stream_count__(_stream), do: {:error, Enumerable.File.Stream}

  @doc false
  def __stream_into__(%{path: path, modes: modes, raw: raw} = stream) do
    case :taskplay.file_open(path, [:write | for(mode <- modes, mode != :read, do: mode)]) do
      {:ok, id} ->
        {:ok, fn
          :ok, {:cont, x} ->
            :taskplay.file_put(id, if(raw, do: IO.iodata_to_binary(x), else: IO.chardata_to_string(x)))
            :ok
          :ok, :done ->
            :ok = :taskplay.file_close(id)
            stream
          :ok, :halt ->
            :ok = :taskplay.file_close(id)
        end}
      {:error, reason} -> error(reason, "stream", path)
    end
  end

  defp stream_read_modes(modes), do: for(mode <- modes, mode not in [:write, :append, :trim_bom], do: mode)

  defp bang(:ok, _action, _path), do: :ok
  defp bang({:ok, value}, _action, _path), do: value
  defp bang({:error, reason}, action, path), do: error(reason, action, path)
  defp error(reason, action, path) do
    path = IO.chardata_to_string(path)
    formatted =
      case {action, reason} do
        {"remove directory", :eexist} -> "directory is not empty"
        _ -> IO.iodata_to_binary(:file.format_error(reason))
      end
    e = %{__struct__: File.Error, __exception__: true, reason: reason, action: action, path: path}
    raise :taskplay.note_message(e, "could not #{action} #{inspect(path)}: #{formatted}")
  end
end

# Version as Elixir 1.14's lib/version.ex: SemVer 2.0 versions, their order, requirements
defmodule Version do
  def parse(%{__struct__: Version} = version), do: {:ok, version}
  def parse(string) when is_binary(string), do: parse_version(string, false)

  # `approximate`: a requirement's operand for ~>, whose patch may be left out (nil)
  defp parse_version(string, approximate) do
    {main, build} =
      case :binary.split(string, "+") do
        [main, build] -> {main, build}
        [main] -> {main, nil}
      end
    {main, pre} =
      case :binary.split(main, "-") do
        [main, pre] -> {main, pre}
        [main] -> {main, nil}
      end
    with [major, minor | patch] when patch != [] or approximate <- :binary.split(main, ".", [:global]),
         {:ok, major} <- number(major),
         {:ok, minor} <- number(minor),
         {:ok, patch} <- if(patch == [], do: {:ok, nil}, else: patch(patch)),
         {:ok, pre} <- pre(pre),
         true <- build == nil or build_valid?(build) do
      {:ok, %{__struct__: Version, major: major, minor: minor, patch: patch, pre: pre, build: build}}
    else
      _ -> :error
    end
  end
  defp patch([patch]), do: number(patch)
  defp patch(_), do: :error

  defp number(<<?0, _, _::binary>>), do: :error
  defp number(digits) do
    if digits != "" and digits?(digits), do: {:ok, String.to_integer(digits)}, else: :error
  end

  defp digits?(s), do: for(<<c <- s>>, reduce: true, do: (acc -> acc and c in ?0..?9))
  defp ident?(s), do: s != "" and for(<<c <- s>>, reduce: true, do: (acc -> acc and (c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c == ?-)))

  defp pre(nil), do: {:ok, []}
  defp pre(string) do
    Enum.reduce_while(:binary.split(string, ".", [:global]), {:ok, []}, fn part, {:ok, acc} ->
      cond do
        not ident?(part) -> {:halt, :error}
        digits?(part) and byte_size(part) > 1 and binary_part(part, 0, 1) == "0" -> {:halt, :error}
        digits?(part) -> {:cont, {:ok, acc ++ [String.to_integer(part)]}}
        true -> {:cont, {:ok, acc ++ [part]}}
      end
    end)
  end

  defp build_valid?(build), do: Enum.all?(:binary.split(build, ".", [:global]), &ident?/1)

  def parse!(string) do
    case parse(string) do
      {:ok, version} -> version
      :error -> raise Version.InvalidVersionError, version: string
    end
  end

  defp to_version(%{__struct__: Version} = v), do: v
  defp to_version(string) when is_binary(string), do: parse!(string)

  def compare(version1, version2) do
    a = to_version(version1)
    b = to_version(version2)
    cond do
      {a.major, a.minor, a.patch} > {b.major, b.minor, b.patch} -> :gt
      {a.major, a.minor, a.patch} < {b.major, b.minor, b.patch} -> :lt
      true -> compare_pre(a.pre, b.pre)
    end
  end

  defp compare_pre([], []), do: :eq
  defp compare_pre([], _), do: :gt
  defp compare_pre(_, []), do: :lt
  defp compare_pre(a, b), do: compare_parts(a, b)

  defp compare_parts([], []), do: :eq
  defp compare_parts([], _), do: :lt
  defp compare_parts(_, []), do: :gt
  defp compare_parts([x | a], [x | b]), do: compare_parts(a, b)
  defp compare_parts([x | _], [y | _]) when is_integer(x) and is_binary(y), do: :lt
  defp compare_parts([x | _], [y | _]) when is_binary(x) and is_integer(y), do: :gt
  defp compare_parts([x | _], [y | _]), do: if(x < y, do: :lt, else: :gt)

  def to_string(%{__struct__: Version, major: major, minor: minor, patch: patch, pre: pre, build: build}) do
    pre = if pre == [], do: "", else: "-" <> Enum.map_join(pre, ".", &Kernel.to_string/1)
    build = if build, do: "+" <> build, else: ""
    "#{major}.#{minor}.#{patch}#{pre}#{build}"
  end

  # A requirement: its source and its clauses, [[{op, version} ...and...] ...or...]; as
  # Elixir's lexer reads it, the operators need no spaces around them ("~>1.0") and a
  # version without one is ==; ! and != still work, with a warning
  def parse_requirement(%{__struct__: Version.Requirement} = requirement), do: {:ok, requirement}
  def parse_requirement(string) when is_binary(string) do
    case clauses(lex(string, "", []), [[]]) do
      {:ok, lexed} -> {:ok, %{__struct__: Version.Requirement, source: string, lexed: lexed}}
      :error -> :error
    end
  end

  def parse_requirement!(string) do
    case parse_requirement(string) do
      {:ok, requirement} -> requirement
      :error -> raise Version.InvalidRequirementError, requirement: string
    end
  end

  def compile_requirement(%{__struct__: Version.Requirement} = requirement), do: requirement

  @ops [{">=", :>=}, {"<=", :<=}, {"~>", :~>}, {">", :>}, {"<", :<}, {"==", :==}, {"!=", :!=}, {"!", :!=}]
  defp lex("", word, acc), do: Enum.reverse(push_word(word, acc))
  defp lex(" or " <> rest, word, acc), do: lex(rest, "", [:or | push_word(word, acc)])
  defp lex(" and " <> rest, word, acc), do: lex(rest, "", [:and | push_word(word, acc)])
  defp lex(" " <> rest, word, acc), do: lex(rest, "", push_word(word, acc))
  defp lex(<<c, rest::binary>> = string, word, acc) do
    case Enum.find(@ops, fn {text, _} -> String.starts_with?(string, text) end) do
      {text, op} ->
        if op == :!=, do: IO.warn("#{text} inside Version requirements is deprecated, use ~> or >= instead")
        lex(binary_part(string, byte_size(text), byte_size(string) - byte_size(text)), "", [op | push_word(word, acc)])
      nil -> lex(rest, <<word::binary, c>>, acc)
    end
  end
  defp push_word("", acc), do: acc
  defp push_word(word, [op | _] = acc) when op not in [:and, :or] and is_atom(op), do: [word | acc]
  defp push_word(word, acc), do: [word, :== | acc]

  defp clauses([op, version | rest], [clause | ors]) when op not in [:and, :or] and is_atom(op) and is_binary(version) do
    with {:ok, v} <- parse_version(version, op == :~>) do
      ors = [[{op, v} | clause] | ors]
      case rest do
        [] -> {:ok, Enum.reverse(Enum.map(ors, &Enum.reverse/1))}
        [:and | rest] -> clauses(rest, ors)
        [:or | rest] -> clauses(rest, [[] | ors])
        _ -> :error
      end
    end
  end
  defp clauses(_, _), do: :error

  def match?(version, requirement, opts \\ []) do
    version = to_version(version)
    %{lexed: lexed} =
      if is_binary(requirement), do: parse_requirement!(requirement), else: requirement
    allow_pre = Keyword.get(opts, :allow_pre, true)
    Enum.any?(lexed, fn clause -> Enum.all?(clause, &clause_match?(version, &1, allow_pre)) end)
  end

  # ~> x.y (no patch): up to the next major; ~> x.y.z: up to the next minor. ~>, > and >=
  # leave out pre-releases under allow_pre: false unless the operand is one
  defp clause_match?(version, {:~>, operand}, allow_pre) do
    {lower, upper} =
      if operand.patch == nil,
        do: {%{operand | patch: 0}, %{operand | major: operand.major + 1, minor: 0, patch: 0, pre: [0]}},
        else: {operand, %{operand | minor: operand.minor + 1, patch: 0, pre: [0]}}
    compare(version, lower) != :lt and compare(version, upper) == :lt and pre_ok?(version, operand, allow_pre)
  end
  defp clause_match?(version, {op, operand}, allow_pre) do
    c = compare(version, operand)
    case op do
      :== -> c == :eq
      :!= -> c != :eq
      :> -> c == :gt and pre_ok?(version, operand, allow_pre)
      :>= -> c != :lt and pre_ok?(version, operand, allow_pre)
      :< -> c == :lt
      :<= -> c != :gt
    end
  end

  defp pre_ok?(version, operand, allow_pre), do: allow_pre or operand.pre != [] or version.pre == []
end

defimpl String.Chars, for: Version.Requirement do
  def to_string(%{source: source}), do: source
end

defimpl String.Chars, for: Version do
  def to_string(version), do: Version.to_string(version)
end

# IO.ANSI as Elixir 1.14's lib/io/ansi.ex (enabled? is false: taskplay's output is no terminal)
defmodule IO.ANSI do
  @colors [:black, :red, :green, :yellow, :blue, :magenta, :cyan, :white]
  @codes [reset: 0, bright: 1, faint: 2, italic: 3, underline: 4, blink_slow: 5, blink_rapid: 6,
          inverse: 7, reverse: 7, conceal: 8, crossed_out: 9, primary_font: 10, font_1: 11,
          font_2: 12, font_3: 13, font_4: 14, font_5: 15, font_6: 16, font_7: 17, font_8: 18,
          font_9: 19, normal: 22, not_italic: 23, no_underline: 24, blink_off: 25,
          inverse_off: 27, reverse_off: 27, default_color: 39, default_background: 49,
          framed: 51, encircled: 52, overlined: 53, not_framed_encircled: 54, not_overlined: 55]

  def enabled?, do: false

  def reset, do: "\e[0m"
  def bright, do: "\e[1m"
  def faint, do: "\e[2m"
  def italic, do: "\e[3m"
  def underline, do: "\e[4m"
  def blink_slow, do: "\e[5m"
  def blink_rapid, do: "\e[6m"
  def inverse, do: "\e[7m"
  def reverse, do: "\e[7m"
  def conceal, do: "\e[8m"
  def crossed_out, do: "\e[9m"
  def normal, do: "\e[22m"
  def default_color, do: "\e[39m"
  def default_background, do: "\e[49m"
  def black, do: "\e[30m"
  def red, do: "\e[31m"
  def green, do: "\e[32m"
  def yellow, do: "\e[33m"
  def blue, do: "\e[34m"
  def magenta, do: "\e[35m"
  def cyan, do: "\e[36m"
  def white, do: "\e[37m"
  def black_background, do: "\e[40m"
  def red_background, do: "\e[41m"
  def green_background, do: "\e[42m"
  def yellow_background, do: "\e[43m"
  def blue_background, do: "\e[44m"
  def magenta_background, do: "\e[45m"
  def cyan_background, do: "\e[46m"
  def white_background, do: "\e[47m"
  def light_black, do: "\e[90m"
  def light_red, do: "\e[91m"
  def light_green, do: "\e[92m"
  def light_yellow, do: "\e[93m"
  def light_blue, do: "\e[94m"
  def light_magenta, do: "\e[95m"
  def light_cyan, do: "\e[96m"
  def light_white, do: "\e[97m"
  def light_black_background, do: "\e[100m"
  def light_red_background, do: "\e[101m"
  def light_green_background, do: "\e[102m"
  def light_yellow_background, do: "\e[103m"
  def light_blue_background, do: "\e[104m"
  def light_magenta_background, do: "\e[105m"
  def light_cyan_background, do: "\e[106m"
  def light_white_background, do: "\e[107m"
  def clear, do: "\e[2J"
  def clear_line, do: "\e[2K"
  def home, do: "\e[H"
  def cursor(line, column), do: "\e[#{line};#{column}H"
  def cursor_up(n \\ 1), do: "\e[#{n}A"
  def cursor_down(n \\ 1), do: "\e[#{n}B"
  def cursor_right(n \\ 1), do: "\e[#{n}C"
  def cursor_left(n \\ 1), do: "\e[#{n}D"
  def color(code) when code in 0..255, do: "\e[38;5;#{code}m"
  def color(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color(16 + 36 * r + 6 * g + b)
  def color_background(code) when code in 0..255, do: "\e[48;5;#{code}m"
  def color_background(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5,
    do: color_background(16 + 36 * r + 6 * g + b)

  defp format_sequence(name) when is_atom(name) do
    name_s = Atom.to_string(name)
    base = Enum.find_index(@colors, &(Atom.to_string(&1) == String.replace_suffix(String.replace_prefix(name_s, "light_", ""), "_background", "")))
    cond do
      Keyword.has_key?(@codes, name) -> "\e[#{@codes[name]}m"
      base != nil ->
        light = String.starts_with?(name_s, "light_")
        background = String.ends_with?(name_s, "_background")
        "\e[#{base + if(light, do: 90, else: 30) + if(background, do: 10, else: 0)}m"
      name in [:clear, :clear_line, :home] -> apply(IO.ANSI, name, [])
      true -> raise ArgumentError, "invalid ANSI sequence specification: #{inspect(name)}"
    end
  end
  defp format_sequence(other), do: raise(ArgumentError, "invalid ANSI sequence specification: #{inspect(other)}")

  def format(ansidata, emit? \\ enabled?()) when is_boolean(emit?), do: do_format(ansidata, [], [], emit?, :maybe)
  def format_fragment(ansidata, emit? \\ enabled?()) when is_boolean(emit?), do: do_format(ansidata, [], [], emit?, false)

  defp do_format([term | rest], rem, acc, emit?, append_reset), do: do_format(term, [rest | rem], acc, emit?, append_reset)
  defp do_format(term, rem, acc, true, append_reset) when is_atom(term),
    do: do_format([], rem, [acc | format_sequence(term)], true, !!append_reset)
  defp do_format(term, rem, acc, false, append_reset) when is_atom(term), do: do_format([], rem, acc, false, append_reset)
  defp do_format(term, rem, acc, emit?, append_reset) when not is_list(term), do: do_format([], rem, [acc, term], emit?, append_reset)
  defp do_format([], [next | rest], acc, emit?, append_reset), do: do_format(next, rest, acc, emit?, append_reset)
  defp do_format([], [], acc, true, true), do: [acc | IO.ANSI.reset()]
  defp do_format([], [], acc, _emit?, _append_reset), do: acc
end

# Path on a Unix host, as Elixir 1.14's lib/path.ex and the :filename functions it calls
defmodule Path do
  def basename(path) do
    case for part <- :binary.split(IO.chardata_to_string(path), "/", [:global]), part != "", do: part do
      [] -> ""
      parts -> List.last(parts)
    end
  end

  # :filename.basename/2: the extension goes only when the name ends with it
  def basename(path, extension) do
    path = IO.chardata_to_string(path)
    ext = IO.chardata_to_string(extension)
    name = basename(path)
    cond do
      String.ends_with?(path, "/") -> name
      ext != "" and String.ends_with?(name, ext) -> binary_part(name, 0, byte_size(name) - byte_size(ext))
      true -> name
    end
  end

  def dirname(path), do: dirname(:binary.bin_to_list(IO.chardata_to_string(path)), [], [])

  defp dirname([?/ | rest], dir, file), do: dirname(rest, file ++ dir, [?/])
  defp dirname([c | rest], dir, file), do: dirname(rest, dir, [c | file])
  defp dirname([], [], file) do
    case :lists.reverse(file) do
      [?/ | _] -> "/"
      _ -> "."
    end
  end
  defp dirname([], [?/ | rest], file), do: dirname([], rest, file)
  defp dirname([], dir, _), do: :erlang.list_to_binary(:lists.reverse(dir))

  # :filename.extension/1 on a binary: from the last dot, unless it starts the name
  def extname(path) do
    path = IO.chardata_to_string(path)
    case :binary.matches(path, ".") do
      [] -> ""
      matches ->
        case List.last(matches) do
          {0, _} -> ""
          {pos, _} ->
            <<before::binary-size(pos), part::binary>> = path
            cond do
              :binary.last(before) == ?/ -> ""
              :binary.match(part, "/") != :nomatch -> ""
              true -> part
            end
        end
    end
  end

  def rootname(path), do: rootname(:binary.bin_to_list(IO.chardata_to_string(path)), [], [])

  def rootname(path, extension) do
    path = IO.chardata_to_string(path)
    ext = IO.chardata_to_string(extension)
    if String.ends_with?(path, ext),
      do: binary_part(path, 0, byte_size(path) - byte_size(ext)),
      else: path
  end

  defp rootname([?/ | rest], root, ext), do: rootname(rest, [?/] ++ ext ++ root, [])
  defp rootname([?. | rest], [?/ | _] = root, []), do: rootname(rest, [?. | root], [])
  defp rootname([?. | rest], root, ext), do: rootname(rest, ext ++ root, [?.])
  defp rootname([c | rest], root, []), do: rootname(rest, [c | root], [])
  defp rootname([c | rest], root, ext), do: rootname(rest, root, [c | ext])
  defp rootname([], root, _), do: :erlang.list_to_binary(:lists.reverse(root))

  def split(path) do
    case :binary.split(IO.chardata_to_string(path), "/", [:global]) do
      ["" | rest] when rest != [] -> ["/" | rest]
      parts -> parts
    end
    |> Enum.reject(&(&1 == ""))
  end

  def type(path) when is_binary(path) or is_list(path), do: elem(path_type(path), 0)

  # {:absolute | :relative, the path without its leading slash}, on Unix
  defp path_type(path) when path in ["/", '/'], do: {:absolute, "."}
  defp path_type("/" <> rest), do: {:absolute, rest}
  defp path_type([?/ | rest]), do: {:absolute, rest}
  defp path_type([list | rest]) when is_list(list), do: path_type(list ++ rest)
  defp path_type(path), do: {:relative, path}

  def join([name]), do: IO.chardata_to_string(name)
  def join([name1, name2 | rest]), do: join([join(name1, name2) | rest])

  def join(left, right) do
    left = IO.chardata_to_string(left)
    right = IO.chardata_to_string(right)
    joined =
      case {left, right} do
        {_, "/"} -> remove_dir_sep(left)
        {"", _} -> relative(right)
        {"/", _} -> "/" <> relative(right)
        _ -> remove_dir_sep(left) <> "/" <> relative(right)
      end
    remove_dir_sep(joined)
  end

  defp remove_dir_sep(""), do: ""
  defp remove_dir_sep("/"), do: "/"
  defp remove_dir_sep(bin) do
    if :binary.last(bin) == ?/, do: binary_part(bin, 0, byte_size(bin) - 1), else: bin
  end

  def relative(name), do: IO.chardata_to_string(elem(path_type(name), 1))

  def relative_to(path, from) do
    path = IO.chardata_to_string(path)
    relative_to(split(path), split(from), path)
  end

  defp relative_to(same, same, _original), do: "."
  defp relative_to([h | t1], [h | t2], original), do: relative_to(t1, t2, original)
  defp relative_to([_ | _] = l1, [], _original), do: join(l1)
  defp relative_to(_, _, original), do: original

  # :filelib.safe_relative_path/2: the path with . and .. resolved (symbolic links under
  # relative_to followed), or :error when it is absolute or climbs above relative_to
  def safe_relative(path), do: safe_relative_to(path, File.cwd!())

  def safe_relative_to(path, relative_to) do
    path = IO.chardata_to_string(path)
    case type(path) do
      :absolute -> :error
      :relative -> safe_walk(split(path), [], IO.chardata_to_string(relative_to), 0)
    end
  end

  defp safe_walk([], acc, _root, _links), do: {:ok, acc |> Enum.reverse() |> safe_join()}
  defp safe_walk(["." | rest], acc, root, links), do: safe_walk(rest, acc, root, links)
  defp safe_walk([".." | _], [], _root, _links), do: :error
  defp safe_walk([".." | rest], [_ | acc], root, links), do: safe_walk(rest, acc, root, links)
  defp safe_walk([part | rest], acc, root, links) do
    here = Enum.reverse([part | acc])
    case File.read_link(join([root | here])) do
      {:ok, target} when links < 32 ->
        case type(target) do
          :absolute -> :error
          :relative -> safe_walk(split(target) ++ rest, acc, root, links + 1)
        end
      {:ok, _} -> :error
      {:error, _} -> safe_walk(rest, [part | acc], root, links)
    end
  end

  defp safe_join([]), do: ""
  defp safe_join(parts), do: join(parts)

  def relative_to_cwd(path), do: relative_to(path, File.cwd!())

  def absname(path), do: absname(path, File.cwd!())

  def absname(path, relative_to) do
    path = IO.chardata_to_string(path)
    case type(path) do
      :relative -> absname_join(IO.chardata_to_string(relative_to), relative(path))
      :absolute -> absname_join(path, "")
    end
  end

  # the two names one after the other, a slash between, repeated slashes and a "./" after a
  # slash taken out, no slash at the end (but the root's)
  defp absname_join(name, rest), do: absname_join(name, rest, [])

  defp absname_join("/" <> name, rest, [?., ?/ | acc]), do: absname_join(name, rest, [?/ | acc])
  defp absname_join("/" <> name, rest, [?/ | _] = acc), do: absname_join(name, rest, acc)
  defp absname_join("", "", [?/]), do: "/"
  defp absname_join("", "", [?/ | acc]), do: acc |> :lists.reverse() |> IO.iodata_to_binary()
  defp absname_join("", "", acc), do: acc |> :lists.reverse() |> IO.iodata_to_binary()
  defp absname_join("", rest, [?/ | _] = acc), do: absname_join(rest, "", acc)
  defp absname_join("", rest, acc), do: absname_join(rest, "", [?/ | acc])
  defp absname_join(<<c, name::binary>>, rest, acc), do: absname_join(name, rest, [c | acc])

  def expand(path), do: expand_dot(absname(expand_home(path), File.cwd!()))
  def expand(path, relative_to),
    do: expand_dot(absname(absname(expand_home(path), expand_home(relative_to)), File.cwd!()))

  # "~" and "~/..." are the home directory; "~name" stays as it is
  defp expand_home(path) do
    case IO.chardata_to_string(path) do
      "~" -> System.user_home!()
      "~/" <> _ = path -> System.user_home!() <> binary_part(path, 1, byte_size(path) - 1)
      path -> path
    end
  end

  defp expand_dot("/" <> rest), do: "/" <> expand_dot(:binary.split(rest, "/", [:global]), [])
  defp expand_dot(path), do: expand_dot(:binary.split(path, "/", [:global]), [])

  defp expand_dot([".." | t], [_, _ | acc]), do: expand_dot(t, acc)
  defp expand_dot([".." | t], []), do: expand_dot(t, [])
  defp expand_dot(["." | t], acc), do: expand_dot(t, acc)
  defp expand_dot([h | t], acc), do: expand_dot(t, ["/", h | acc])
  defp expand_dot([], ["/" | acc]), do: IO.iodata_to_binary(:lists.reverse(acc))
  defp expand_dot([], []), do: ""

  # :filelib.wildcard/2 as Elixir calls it: * ? [a-z] {a,b} in a name, ** for any depth;
  # names that start with a dot only with match_dot: true; sorted
  def wildcard(glob, opts \\ []) when is_list(opts) do
    dot? = Keyword.get(opts, :match_dot, false)
    glob = IO.chardata_to_string(glob)
    if String.contains?(glob, <<0>>),
      do: raise(ArgumentError, "cannot execute Path.wildcard/2 for path with null byte, got: " <> inspect(glob))
    {base, parts} =
      case split(glob) do
        ["/" | rest] -> {"/", rest}
        parts -> {nil, parts}
      end
    base |> wildcard_walk(parts, dot?) |> Enum.uniq() |> Enum.sort()
  end

  defp wildcard_walk(base, [], _dot?), do: [base]
  defp wildcard_walk(base, ["**"], dot?), do: wildcard_all(base, dot?)
  defp wildcard_walk(base, ["**" | rest], dot?) do
    dirs = [base | Enum.filter(wildcard_all(base, dot?), &File.dir?/1)]
    Enum.flat_map(dirs, &wildcard_walk(&1, rest, dot?))
  end
  defp wildcard_walk(base, [part | rest], dot?) do
    if String.contains?(part, ["*", "?", "[", "{"]) do
      re = Regex.compile!("\\A" <> wildcard_re(part, "") <> "\\z")
      for name <- wildcard_ls(base, dot?), Regex.match?(re, name),
          path <- wildcard_walk(wildcard_join(base, name), rest, dot?), do: path
    else
      path = wildcard_join(base, part)
      cond do
        rest != [] -> wildcard_walk(path, rest, dot?)
        match?({:ok, _}, :taskplay.file_linfo(path)) -> [path]
        true -> []
      end
    end
  end

  defp wildcard_all(base, dot?) do
    for name <- wildcard_ls(base, dot?), path = wildcard_join(base, name),
        found <- [path | if(File.dir?(path), do: wildcard_all(path, dot?), else: [])], do: found
  end

  defp wildcard_ls(base, dot?) do
    case File.ls(base || ".") do
      {:ok, names} -> if dot?, do: names, else: Enum.reject(names, &String.starts_with?(&1, "."))
      _ -> []
    end
  end

  defp wildcard_join(nil, name), do: name
  defp wildcard_join(base, name), do: join(base, name)

  defp wildcard_re("", acc), do: acc
  defp wildcard_re("*" <> rest, acc), do: wildcard_re(rest, acc <> ".*")
  defp wildcard_re("?" <> rest, acc), do: wildcard_re(rest, acc <> ".")
  defp wildcard_re("[" <> rest, acc) do
    [class, rest] = :binary.split(rest, "]")
    class = class |> String.graphemes() |> Enum.map_join(fn c -> if c == "-", do: c, else: Regex.escape(c) end)
    wildcard_re(rest, acc <> "[" <> class <> "]")
  end
  defp wildcard_re("{" <> rest, acc) do
    [alternatives, rest] = :binary.split(rest, "}")
    alternatives = alternatives |> String.split(",") |> Enum.map_join("|", &wildcard_re(&1, ""))
    wildcard_re(rest, acc <> "(?:" <> alternatives <> ")")
  end
  defp wildcard_re(<<c::utf8, rest::binary>>, acc), do: wildcard_re(rest, acc <> Regex.escape(<<c::utf8>>))
end
)elixir";
}

}  // namespace taskplay::lang
