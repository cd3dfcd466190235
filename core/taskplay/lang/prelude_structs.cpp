// The prelude's part for Elixir's own structs and exceptions (elixir_structs.hpp):
// each module's __struct__/0,1, and for an exception exception/1 and message/1, as
// defstruct and defexception define them (%RuntimeError{}, RuntimeError.exception("m"),
// struct(Date, year: 2024), KeyError.message(e)). Generated from the one table.

#include <string>

#include "taskplay/elixir_structs.hpp"
#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_structs_source() {
  static const std::string source = [] {
    std::string s;
    for (const ElixirStruct& e : elixir_structs()) {
      std::string m(e.module.substr(7));  // the alias: "Elixir.KeyError" -> KeyError
      std::string map = "%{__struct__: " + m;
      if (e.exception) map += ", __exception__: true";
      for (const ElixirStructField& f : e.fields)
        map += ", " + std::string(f.name) + ": " + std::string(f.default_source);
      map += "}";
      s += "defmodule " + m + " do\n";
      s += "  def __struct__(), do: " + map + "\n";
      s += "  def __struct__(kv), do: :taskplay_struct.update(__struct__(), kv)\n";
      if (e.exception) {
        s += "  def exception(args), do: :taskplay_struct.exception(__MODULE__, args)\n";
        s += "  def message(exception), do: :taskplay.exception_message(exception)\n";
      }
      s += "end\n";
    }
    return s;
  }();
  return source;
}

}  // namespace taskplay::lang
