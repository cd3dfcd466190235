// quote: the quoted form of its body, built where the quote runs. The tree quote_builder
// (quote.cpp) makes is compiled like any expression: a constant where nothing is unquoted,
// a tuple/list construction around the unquoted expressions otherwise.
//
//   quote do: 1 + unquote(x)          {:+, [context: Elixir, imports: ...], [1, x]}
//   quote bind_quoted: [a: x], do: a  {:__block__, [], [{:=, [], [{:a, [line: n], Elixir},
//                                      x]}, {:a, [], Elixir}]}

#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/quote.hpp"

namespace taskplay::lang::detail {

void Compiler::quote_form(const Node& call, uint16_t dst) {
  QuoteOpts q;
  q.context = mod_ ? Term(mod_->name) : Term::atom("Elixir");
  const Node* body = nullptr;
  const Node* bind = nullptr;
  if (call.do_block) {
    for (const auto& s : call.do_block->kids)
      if (s->name == "do") body = s->extra.get();
  }
  for (const auto& arg : call.kids) {
    if (!is_kw_list(*arg)) error(call, "invalid arguments for quote");
    for (const auto& kv : arg->kids) {
      const std::string key = kv->kids[0]->value.atom_value().name();
      const Node& v = *kv->kids[1];
      if (key == "do") {
        body = &v;
      } else if (key == "bind_quoted") {
        if (!is_kw_list(v) && !(v.kind == NK::List && v.kids.empty()))
          error(call, "invalid :bind_quoted for quote, expected a keyword list of variable names");
        bind = &v;
        q.unquote = false;
      } else if (key == "unquote") {
        q.unquote = !(v.kind == NK::Literal && v.value.is_atom(atoms::false_));
      } else if (key == "location") {
        if (v.kind == NK::Literal && v.value.is_atom(Atom("keep"))) q.keep_file = opts_.file;
      } else if (key == "context") {
        Term c;
        if (!constant(v, c) || !c.is_atom()) error(call, "invalid :context for quote");
        q.context = c;
      } else if (key == "line" && v.kind == NK::Literal && v.value.is_small_int()) {
        q.line = v.value.small_int();
      } else if (key != "line" && key != "generated" && key != "file") {
        error(call, "invalid option for quote: " + key);
      }
    }
  }
  if (!body) error(call, "missing :do option in \"quote\"");
  NodeP built;
  try {
    built = quote_builder(*body, q);
  } catch (const BadQuote& e) {
    error(call, e.what());
  }
  if (bind) {
    // {:__block__, [], [{:=, [], [{name, [line: n], ctx}, value]}, ..., body]}
    const uint32_t L = call.line;
    auto lit = [L](Term v) {
      NodeP n = make_node(NK::Literal, L, 0);
      n->value = std::move(v);
      return n;
    };
    NodeP items = make_node(NK::List, L, 0);
    for (const auto& kv : bind->kids) {
      NodeP var = make_node(NK::Tuple, L, 0);
      var->kids.push_back(lit(kv->kids[0]->value));
      var->kids.push_back(lit(Term::list({Term::tuple({Term::atom("line"), Term::integer(L)})})));
      var->kids.push_back(lit(q.context));
      NodeP ops = make_node(NK::List, L, 0);
      ops->kids.push_back(std::move(var));
      ops->kids.push_back(clone(*kv->kids[1]));
      NodeP match = make_node(NK::Tuple, L, 0);
      match->kids.push_back(lit(Term::atom("=")));
      match->kids.push_back(lit(Term()));
      match->kids.push_back(std::move(ops));
      items->kids.push_back(std::move(match));
    }
    items->kids.push_back(std::move(built));
    NodeP block = make_node(NK::Tuple, L, 0);
    block->kids.push_back(lit(Term::atom("__block__")));
    block->kids.push_back(lit(Term()));
    block->kids.push_back(std::move(items));
    built = std::move(block);
  }
  expr(*built, dst);
  generated_.push_back(std::move(built));
}

}  // namespace taskplay::lang::detail
