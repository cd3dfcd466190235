#include "taskplay/lang/prelude.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <utility>

#include "taskplay/lang/compiler.hpp"
#include "taskplay/lang/lexer.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang {

namespace {

bool building = false;

struct Part {
  std::unique_ptr<Unit> unit;
  std::map<uint32_t, std::string> fun_ids;  // line -> Elixir's "index.uniq"
};

// `# elixir_fun I.U` comments: the line each names.
std::map<uint32_t, std::string> fun_ids_of(std::string_view source) {
  std::map<uint32_t, std::string> out;
  constexpr std::string_view marker = "# elixir_fun ";
  uint32_t line = 1;
  size_t start = 0;
  while (start < source.size()) {
    size_t end = source.find('\n', start);
    if (end == std::string_view::npos) end = source.size();
    std::string_view text = source.substr(start, end - start);
    if (size_t at = text.find(marker); at != std::string_view::npos)
      out[line] = std::string(text.substr(at + marker.size()));
    ++line;
    start = end + 1;
  }
  return out;
}

const std::vector<Part>& parts() {
  static const std::vector<Part> all = [] {
    building = true;
    std::vector<Part> v;
    // clang-format off: one part a line, in the order they compile
    for (std::string_view source : {
             prelude_kernel_source(),
             prelude_enum_source(),
             prelude_stream_source(),
             prelude_sets_source(),
             prelude_erlang_source(),
             prelude_digraph_source(),
             prelude_gb_trees_source(),
             prelude_ordsets_source(),
             prelude_array_source(),
             prelude_numbers_source(),
             prelude_map_source(),
             prelude_list_source(),
             prelude_keyword_source(),
             prelude_terms_source(),
             prelude_string_source(),
             prelude_otp_source(),
             prelude_regex_source(),
             prelude_registry_source(),
             prelude_partition_supervisor_source(),
             prelude_access_source(),
             prelude_calendar_source(),
             prelude_datetime_source(),
             prelude_protocols_source(),
             prelude_system_source(),
             prelude_uri_source(),
             prelude_option_parser_source(),
             prelude_structs_source(),
             // clang-format on
         }) {
      CompileOptions o;
      o.file = std::string(kPreludeFile);
      // the prelude is part of the program: an error in it is a bug, reported where it is
      try {
        NodeP tree = parse(source);
        std::unique_ptr<Unit> unit = compile(*tree, o);
        // Elixir's own modules: their frames and undefined functions print "(elixir 1.14.0)"
        for (ModuleDef& m : unit->modules)
          if (m.name.name().starts_with("Elixir.")) m.application = "elixir 1.14.0";
        v.push_back({std::move(unit), fun_ids_of(source)});
      } catch (const SyntaxError& e) {
        std::fprintf(stderr, "prelude part %zu:%u:%u: %s\n", v.size(), e.line, e.col,
                     e.message.c_str());
        std::abort();
      } catch (const CompileError& e) {
        std::fprintf(stderr, "prelude part %zu:%u: %s\n", v.size(), e.line, e.message.c_str());
        std::abort();
      }
    }
    building = false;
    return v;
  }();
  return all;
}

}  // namespace

const std::vector<const Unit*>& prelude() {
  static const std::vector<const Unit*> units = [] {
    std::vector<const Unit*> v;
    for (const Part& p : parts()) v.push_back(p.unit.get());
    return v;
  }();
  return units;
}

bool prelude_kernel_has(const std::string& name, uint32_t arity) {
  // the prelude itself calls these before its Kernel part is compiled
  if (building)
    return (name == "inspect" && (arity == 1 || arity == 2)) || (name == "to_string" && arity == 1);
  static const Atom kernel("Elixir.Kernel");
  for (const Unit* u : prelude())
    for (const ModuleDef& m : u->modules) {
      if (m.name != kernel) continue;
      for (const FunctionDef& f : m.functions)
        if (!f.is_private && f.arity == arity && f.name.name() == name) return true;
    }
  return false;
}

std::optional<std::string> prelude_fun_id(const Proto& p) {
  if (p.unit->file != kPreludeFile || !p.anonymous) return std::nullopt;
  for (const Part& part : parts()) {
    if (part.unit.get() != p.unit) continue;
    auto it = part.fun_ids.find(p.line);
    if (it != part.fun_ids.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace taskplay::lang
