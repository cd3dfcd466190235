// Kernel.dbg/0,1,2 as Elixir 1.14 expands it: the code runs once, then Macro.__dbg__
// (prelude_string.cpp) prints "[file:line: Mod.fun/arity]", the code as Macro.to_string
// writes it and its value (`code #=> value`), a pipeline's steps each on a line of their
// own (`|> String.upcase() #=> "A"`), and returns the value. dbg() is dbg(binding()).

#include <algorithm>

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"

namespace taskplay::lang::detail {

bool Compiler::dbg_form(const Node& call, uint16_t dst, bool is_tail) {
  const auto arity = static_cast<uint32_t>(call.kids.size());
  if (call.name != "dbg" || arity > 2 || call.do_block || !kernel_allows("dbg", arity))
    return false;
  const uint32_t line = call.line;
  // the frame Elixir's header names: the enclosing def (an fn inside it too), else the file
  const FnState* root = f_;
  while (root->parent) root = root->parent;
  std::string where = "(file)";
  const bool in_def = root->proto && root->proto->module != atoms::nil &&
                      root->proto->name != atoms::nil && root->proto->name != Atom("__FILE__");
  if (mod_ && in_def)
    where = inspect_atom(mod_->name) + "." + root->proto->name.name() + "/" +
            std::to_string(root->proto->arity);
  else if (mod_)
    where = inspect_atom(mod_->name) + " (module)";

  NodeP binding;
  const Node* code =
      call.kids.empty() ? (binding = tmpl("binding()", {}, line)).get() : call.kids[0].get();
  // a pipeline's steps, its first operand first
  std::vector<const Node*> steps;
  for (const Node* n = code;; n = n->kids[0].get()) {
    steps.push_back(n);
    if (!n->piped || n->kids.empty()) break;
  }
  std::reverse(steps.begin(), steps.end());

  const std::string var = "taskplay_dbg" + std::to_string(dbg_count_++) + "_";
  std::string src;
  std::vector<const Node*> holes;
  std::string pairs;
  std::vector<NodeP> owned;
  for (size_t i = 0; i < steps.size(); ++i) {
    const std::string v = var + std::to_string(i);
    std::string text;
    if (i == 0) {
      text = to_source(*steps[0]);
      holes.push_back(steps[0]);
    } else {
      // the step as written (without the piped operand), then run on the previous value
      NodeP shown = clone(*steps[i]);
      shown->kids.erase(shown->kids.begin());
      shown->piped = false;
      // `|> tl` is the variable `tl` to Elixir's quote, shown as written; `|> String.upcase`
      // is a call, shown `String.upcase()`
      text = shown->kind == NK::Call && !shown->parens && shown->kids.empty() ? shown->name
                                                                              : to_source(*shown);
      NodeP run = clone(*steps[i]);
      NodeP prev = make_node(NK::Var, line, 0);
      prev->name = var + std::to_string(i - 1);
      run->kids[0] = std::move(prev);
      run->piped = false;
      holes.push_back(run.get());
      owned.push_back(std::move(run));
    }
    src += v + " = __" + std::to_string(holes.size() - 1) + "__\n";
    pairs += std::string(i ? ", " : "") + "{" + inspect(Term::string(text)) + ", " + v + "}";
  }
  std::string options = "[]";
  if (arity == 2) {
    holes.push_back(call.kids[1].get());
    options = "__" + std::to_string(holes.size() - 1) + "__";
  }
  src += "Macro.__dbg__(\"[\" <> :taskplay.exunit_relative(" + inspect(Term::string(opts_.file)) +
         ") <> " + inspect(Term::string(":" + std::to_string(line) + ": " + where + "]")) + ", [" +
         pairs + "], " + options + ")";
  generated_.push_back(tmpl(src, holes, line));
  const Node& g = *generated_.back();
  if (is_tail)
    block_tail(g);
  else
    block(g, dst);
  return true;
}

}  // namespace taskplay::lang::detail
