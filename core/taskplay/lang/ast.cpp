#include "taskplay/lang/ast.hpp"

namespace taskplay::lang {

NodeP clone(const Node& n) {
  NodeP c = make_node(n.kind, n.line, n.col);
  c->name = n.name;
  c->value = n.value;
  c->has_tail = n.has_tail;
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

}  // namespace taskplay::lang
