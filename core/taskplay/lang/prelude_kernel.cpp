// The prelude's Kernel functions written in the language (then/2, tap/2, ...).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_kernel_source() {
  return R"elixir(
defmodule Kernel do
  def then(value, fun), do: fun.(value)
  def tap(value, fun) do
    fun.(value)
    value
  end
end

)elixir";
}

}  // namespace taskplay::lang
