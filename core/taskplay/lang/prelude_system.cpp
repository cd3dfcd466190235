// The prelude's System environment functions (Elixir 1.14's get_env, fetch_env, put_env,
// delete_env, user_home) and :os's getenv/putenv/unsetenv, over the natives that read and change
// the environment (natives_system.cpp); File.cwd/0 and cwd!/0; Path (basename, dirname, extname,
// rootname, split, type, join, relative, relative_to, absname, expand) as lib/path.ex and the
// :filename functions it calls answer on a Unix host.

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
end

defmodule System do
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

  def user_home, do: get_env("HOME")
  def user_home!, do: user_home() || raise(RuntimeError, "could not find the user home, please set the HOME environment variable")
end

defmodule File do
  def cwd, do: {:ok, :taskplay.cwd()}
  def cwd!, do: :taskplay.cwd()
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

  def type(path) do
    case IO.chardata_to_string(path) do
      "/" <> _ -> :absolute
      _ -> :relative
    end
  end

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

  def relative(name) do
    case IO.chardata_to_string(name) do
      "/" <> rest -> rest
      name -> name
    end
  end

  def relative_to(path, from) do
    path = IO.chardata_to_string(path)
    relative_to(split(path), split(from), path)
  end

  defp relative_to([h | t1], [h | t2], original), do: relative_to(t1, t2, original)
  defp relative_to([_ | _] = l1, [], _original), do: Enum.join(l1, "/")
  defp relative_to([], [], _original), do: "."
  defp relative_to(_, _, original), do: original

  def relative_to_cwd(path), do: relative_to(path, File.cwd!())

  def absname(path), do: absname(path, File.cwd!())

  def absname(path, relative_to) do
    path = IO.chardata_to_string(path)
    full =
      case type(path) do
        :absolute -> path
        :relative -> IO.chardata_to_string(relative_to) <> "/" <> path
      end
    parts = for part <- :binary.split(full, "/", [:global]), part not in ["", "."], do: part
    "/" <> Enum.join(parts, "/")
  end

  def expand(path), do: expand_dot(absname(expand_home(path), File.cwd!()))
  def expand(path, relative_to),
    do: expand_dot(absname(absname(expand_home(path), expand_home(relative_to)), File.cwd!()))

  defp expand_home(path) do
    case IO.chardata_to_string(path) do
      "~" -> System.user_home!()
      "~/" <> rest -> System.user_home!() <> "/" <> rest
      path -> path
    end
  end

  defp expand_dot("/" <> rest), do: "/" <> expand_dot(:binary.split(rest, "/", [:global]), [])

  defp expand_dot([".." | t], [_, _ | acc]), do: expand_dot(t, acc)
  defp expand_dot([".." | t], []), do: expand_dot(t, [])
  defp expand_dot(["." | t], acc), do: expand_dot(t, acc)
  defp expand_dot(["" | t], acc), do: expand_dot(t, acc)
  defp expand_dot([h | t], acc), do: expand_dot(t, ["/", h | acc])
  defp expand_dot([], ["/" | acc]), do: IO.iodata_to_binary(:lists.reverse(acc))
  defp expand_dot([], []), do: ""
end
)elixir";
}

}  // namespace taskplay::lang
