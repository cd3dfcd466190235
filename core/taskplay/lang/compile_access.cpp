// Kernel's path macros: put_in/2, update_in/2, get_and_update_in/2 and pop_in/1 on a path
// written as code (`put_in(report.owner.company, "PP")`, `update_in(users["john"].age,
// &(&1 + 1))`), expanded as Elixir 1.14 expands them: a `.field` segment is a map field
// (Map.update!/Map.get_and_update!, a KeyError when it is missing), a `[key]` segment goes
// through Access; a path of fields only updates with Map.update!.

#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang::detail {

namespace {

struct Step {
  bool field;        // .name (else [key])
  const Node* key;   // the key expression of [key]
  std::string name;  // the field of .name
};

// The root expression and the steps of a path, outermost first; false when `n` is not a
// path (no . or [] at its top).
bool unnest(const Node& n, const Node*& root, std::vector<Step>& steps) {
  const Node* cur = &n;
  std::vector<Step> rev;
  while (true) {
    if (cur->kind == NK::Access) {
      rev.push_back({false, cur->kids[1].get(), ""});
      cur = cur->kids[0].get();
    } else if (cur->kind == NK::Field && cur->extra && cur->extra->kind != NK::Alias) {
      rev.push_back({true, nullptr, cur->name});
      cur = cur->extra.get();
    } else {
      break;
    }
  }
  if (rev.empty()) return false;
  root = cur;
  steps.assign(rev.rbegin(), rev.rend());
  return true;
}

}  // namespace

NodeP Compiler::path_macro(const Node& call) {
  const std::string& name = call.name;
  size_t want = name == "pop_in" ? 1 : 2;
  if (call.kids.size() != want || call.do_block) return nullptr;
  if (name != "put_in" && name != "update_in" && name != "get_and_update_in" && name != "pop_in")
    return nullptr;
  const Node* root = nullptr;
  std::vector<Step> steps;
  if (!unnest(*call.kids[0], root, steps))
    error(call, "expected expression given to " + name + "/" + std::to_string(want) +
                    " to access at least one element, got: " + to_source(*call.kids[0]));
  bool all_fields = true;
  for (const Step& s : steps) all_fields = all_fields && s.field;

  std::vector<const Node*> holes{root};
  auto hole = [&](const Node* n) {
    holes.push_back(n);
    return "__" + std::to_string(holes.size() - 1) + "__";
  };
  int fresh = 0;
  auto var = [&]() { return "taskplay_in" + std::to_string(fresh++); };
  auto key_src = [&](const Step& s) { return s.field ? ":" + s.name : hole(s.key); };
  // the macros' recursive expansions, as source
  std::function<std::string(const std::string&, size_t, const std::string&)> update =
      [&](const std::string& h, size_t i, const std::string& fun) -> std::string {
    std::string inner;
    if (i + 1 == steps.size()) {
      inner = fun;
    } else {
      std::string x = var();
      inner = "fn " + x + " -> " + update(x, i + 1, fun) + " end";
    }
    return "Map.update!(" + h + ", " + key_src(steps[i]) + ", " + inner + ")";
  };
  std::function<std::string(const std::string&, size_t, const std::string&)> gau =
      [&](const std::string& h, size_t i, const std::string& fun) -> std::string {
    std::string inner;
    if (i + 1 == steps.size()) {
      inner = fun;
    } else {
      std::string x = var();
      inner = "fn " + x + " -> " + gau(x, i + 1, fun) + " end";
    }
    const Step& s = steps[i];
    return std::string(s.field ? "Map.get_and_update!(" : "Access.get_and_update(") + h + ", " +
           key_src(s) + ", " + inner + ")";
  };
  std::function<std::string(bool, const std::string&, size_t)> pop =
      [&](bool map_parent, const std::string& h, size_t i) -> std::string {
    const Step& s = steps[i];
    bool last = i + 1 == steps.size();
    if (last && s.field)
      error(call,
            "cannot use pop_in when the last segment is a map/struct field. This would "
            "effectively remove the field :" +
                s.name + " from the map/struct");
    if (last) {
      std::string y = var();
      return "case " + h + " do\n nil -> " + (map_parent ? "{nil, nil}" : ":pop") + "\n " + y +
             " -> Access.pop(" + y + ", " + key_src(s) + ")\nend";
    }
    std::string x = var();
    std::string inner = "fn " + x + " -> " + pop(s.field, x, i + 1) + " end";
    return std::string(s.field ? "Map.get_and_update!(" : "Access.get_and_update(") + h + ", " +
           key_src(s) + ", " + inner + ")";
  };

  std::string src;
  std::string h = "__0__";
  if (name == "put_in") {
    std::string value = hole(call.kids[1].get());
    src = all_fields ? update(h, 0, "fn _ -> " + value + " end")
                     : "elem(" + gau(h, 0, "fn _ -> {nil, " + value + "} end") + ", 1)";
  } else if (name == "update_in") {
    std::string fun = hole(call.kids[1].get());
    std::string x = var();
    src = all_fields ? update(h, 0, fun)
                     : "elem(" + gau(h, 0, "fn " + x + " -> {nil, (" + fun + ").(" + x + ")} end") +
                           ", 1)";
  } else if (name == "get_and_update_in") {
    src = gau(h, 0, hole(call.kids[1].get()));
  } else {
    src = pop(true, h, 0);
  }
  return tmpl(src, holes, call.line);
}

}  // namespace taskplay::lang::detail
