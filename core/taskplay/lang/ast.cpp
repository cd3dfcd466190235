#include "taskplay/lang/ast.hpp"

#include <algorithm>
#include <string>

#include "taskplay/lang/parser.hpp"

namespace taskplay::lang {

NodeP clone(const Node& n) {
  NodeP c = make_node(n.kind, n.line, n.col);
  c->name = n.name;
  c->value = n.value;
  c->has_tail = n.has_tail;
  c->piped = n.piped;
  c->parens = n.parens;
  c->ambiguous_op = n.ambiguous_op;
  c->height = n.height;
  for (const auto& k : n.kids) c->kids.push_back(clone(*k));
  if (n.extra) c->extra = clone(*n.extra);
  if (n.guard) c->guard = clone(*n.guard);
  if (n.body) c->body = clone(*n.body);
  if (n.do_block) c->do_block = clone(*n.do_block);
  return c;
}

namespace {
void splice(NodeP& n, const std::vector<const Node*>& holes, uint32_t line) {
  if (!n) return;
  if (n->kind == NK::Var && n->name.size() > 4 && n->name.rfind("__", 0) == 0 &&
      n->name.compare(n->name.size() - 2, 2, "__") == 0 &&
      std::all_of(n->name.begin() + 2, n->name.end() - 2,
                  [](char c) { return c >= '0' && c <= '9'; })) {
    size_t i = std::stoul(n->name.substr(2, n->name.size() - 4));
    if (i < holes.size()) {
      n = clone(*holes[i]);
      return;
    }
  }
  n->line = line;
  n->col = 0;
  for (auto& k : n->kids) splice(k, holes, line);
  splice(n->extra, holes, line);
  splice(n->guard, holes, line);
  splice(n->body, holes, line);
  splice(n->do_block, holes, line);
}

}  // namespace

NodeP tmpl(const std::string& source, const std::vector<const Node*>& holes, uint32_t line) {
  NodeP b = parse(source);
  NodeP out = b->kids.size() == 1 ? std::move(b->kids[0]) : std::move(b);
  splice(out, holes, line);
  return out;
}

}  // namespace taskplay::lang
