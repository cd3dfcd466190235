// The prelude's System environment functions (Elixir 1.14's get_env, fetch_env, put_env,
// delete_env) and :os's getenv/putenv/unsetenv, over the natives that read and change the
// environment (natives_system.cpp).

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
end
)elixir";
}

}  // namespace taskplay::lang
