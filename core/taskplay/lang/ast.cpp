#include "taskplay/lang/ast.hpp"

#include "taskplay/inspect.hpp"

namespace taskplay::lang {

namespace {
void args_to(std::string& out, const std::vector<NodeP>& kids, size_t from = 0) {
  for (size_t i = from; i < kids.size(); ++i) {
    if (i > from) out += ", ";
    out += to_source(*kids[i]);
  }
}
}  // namespace

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

std::string to_source(const Node& n) {
  std::string out;
  switch (n.kind) {
    case NK::Literal:
      return inspect(n.value);
    case NK::Var:
      return n.name;
    case NK::Alias:
      return n.name;
    case NK::Interp: {
      out = "\"";
      for (const auto& k : n.kids) {
        if (k->kind == NK::Literal && k->value.is_binary())
          out += k->value.binary();
        else
          out += "#{" + to_source(*k) + "}";
      }
      return out + "\"";
    }
    case NK::Tuple:
      out = "{";
      args_to(out, n.kids);
      return out + "}";
    case NK::List:
      out = "[";
      for (size_t i = 0; i < n.kids.size(); ++i) {
        if (i > 0) out += (n.has_tail && i + 1 == n.kids.size()) ? " | " : ", ";
        out += to_source(*n.kids[i]);
      }
      return out + "]";
    case NK::Map:
    case NK::Struct:
      out = n.kind == NK::Map ? "%{" : "%" + n.name + "{";
      if (n.extra) out += to_source(*n.extra) + " | ";
      for (size_t i = 0; i < n.kids.size(); ++i) {
        if (i > 0) out += ", ";
        out += to_source(*n.kids[i]->kids[0]) + " => " + to_source(*n.kids[i]->kids[1]);
      }
      return out + "}";
    case NK::Binary:
      return to_source(*n.kids[0]) + " " + n.name + " " + to_source(*n.kids[1]);
    case NK::Unary:
      return n.name + (n.name == "not" ? " " : "") + to_source(*n.kids[0]);
    case NK::Match:
      return to_source(*n.kids[0]) + " = " + to_source(*n.kids[1]);
    case NK::Call:
      out = n.name + "(";
      args_to(out, n.kids);
      return out + ")";
    case NK::Remote:
      out = to_source(*n.extra) + "." + n.name + "(";
      args_to(out, n.kids);
      return out + ")";
    case NK::Field:
      return to_source(*n.extra) + "." + n.name;
    case NK::DotCall:
      out = to_source(*n.extra) + ".(";
      args_to(out, n.kids);
      return out + ")";
    case NK::Access:
      return to_source(*n.kids[0]) + "[" + to_source(*n.kids[1]) + "]";
    case NK::Fn:
      return "fn ... end";
    case NK::Capture:
      return "&" + (n.extra ? to_source(*n.extra) + "." : std::string()) + n.name + "/" +
             inspect(n.value);
    case NK::CaptureArg:
      return "&" + inspect(n.value);
    case NK::Attr:
      return "@" + n.name;
    case NK::Block:
      out = "(";
      for (size_t i = 0; i < n.kids.size(); ++i) {
        if (i > 0) out += "; ";
        out += to_source(*n.kids[i]);
      }
      return out + ")";
    default:
      return "...";
  }
}

}  // namespace taskplay::lang
