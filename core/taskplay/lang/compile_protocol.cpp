// Protocols of the program's own: `defprotocol Size do def size(data) end` becomes a module
// whose functions dispatch on their first argument's type, and `defimpl Size, for: Map`
// the module Size.Map (`for:` a list makes one per type; inside a struct's module, `for:`
// defaults to it). The dispatch (the protocol's impl_for/1, :taskplay.impl_for/4) looks for
// Size.<the struct's module> or Size.Integer/Float/Atom/BitString/List/Map/Tuple/
// Function/PID/Reference, then Size.Any when the protocol says @fallback_to_any true, and
// raises Protocol.UndefinedError as Elixir does. Elixir's own protocols (Inspect,
// String.Chars, Enumerable, Collectable) find the program's implementations through
// :taskplay.protocol_impl/2 (prelude_protocols.cpp). Not done: consolidation, @derive
// (but Inspect's only:/except:, natives_struct.cpp).

#include "taskplay/inspect.hpp"
#include "taskplay/lang/compiler_impl.hpp"
#include "taskplay/lang/parser.hpp"

namespace taskplay::lang::detail {

namespace {
bool keywords(const Node& n) {
  if (n.kind != NK::List || n.kids.empty() || n.has_tail) return false;
  for (const auto& kv : n.kids)
    if (kv->kind != NK::Tuple || kv->kids.size() != 2 || kv->kids[0]->kind != NK::Literal ||
        !kv->kids[0]->value.is_atom())
      return false;
  return true;
}
}  // namespace

void Compiler::defprotocol(const Node& call, uint16_t dst) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs != 1 || call.kids[0]->kind != NK::Alias || !secs.count("do"))
    error(call, "invalid protocol name or missing do block in defprotocol");
  const Node* body = secs["do"];
  std::vector<const Node*> stmts;
  if (body->kind == NK::Block)
    for (const auto& k : body->kids) stmts.push_back(k.get());
  else
    stmts.push_back(body);
  bool fallback = false;
  std::vector<std::pair<std::string, size_t>> funs;
  for (const Node* s : stmts) {
    if (s->kind == NK::Attr && s->name == "fallback_to_any" && s->extra) {
      fallback = s->extra->kind == NK::Literal && s->extra->value.is_atom(atoms::true_);
      continue;
    }
    if (s->kind == NK::Attr) continue;  // @doc, @spec, @moduledoc
    if (s->kind == NK::Call && s->name == "def" && !s->kids.empty() && !s->do_block &&
        s->kids.size() == 1) {
      const Node& head = *s->kids[0];
      size_t arity = head.kind == NK::Call ? head.kids.size() : 0;
      if ((head.kind != NK::Call && head.kind != NK::Var) || arity == 0)
        error(*s, "protocol functions expect at least one argument");
      funs.emplace_back(head.name, arity);
      continue;
    }
    error(*s, "protocol definitions expect only function heads (def name(args)), got: " +
                  to_source(*s));
  }
  std::string src = "defmodule __0__ do\n  def __protocol__(:functions), do: [";
  for (size_t i = 0; i < funs.size(); ++i)
    src += (i ? ", " : "") + inspect(Term(Atom(funs[i].first))).substr(1) + ": " +
           std::to_string(funs[i].second);
  src +=
      "]\n  def __protocol__(:module), do: __MODULE__\n"
      "  def __protocol__(:consolidated?), do: false\n"
      "  def __protocol__(:impls), do: :not_consolidated\n"
      "  def impl_for(data), do: :taskplay.impl_for(__MODULE__, data, [], " +
      std::string(fallback ? "true" : "false") +
      ")\n"
      "  def impl_for!(data) do\n"
      "    case impl_for(data) do\n"
      "      nil -> raise(%{__struct__: Protocol.UndefinedError, __exception__: true, protocol: "
      "__MODULE__, value: data, description: \"\"})\n"
      "      impl -> impl\n"
      "    end\n"
      "  end\n";
  for (const auto& [name, arity] : funs) {
    std::string args;
    for (size_t i = 0; i < arity; ++i)
      args += (i ? ", " : "") + std::string("arg") + std::to_string(i);
    src += "  def " + name + "(" + args + "), do: impl_for!(arg0)." + name + "(" + args + ")\n";
  }
  src += "end";
  NodeP mod = tmpl(src, {call.kids[0].get()}, call.line);
  const Node& m = *mod;
  generated_.push_back(std::move(mod));
  defmodule(m, dst);
}

void Compiler::defimpl(const Node& call, uint16_t dst) {
  size_t nargs;
  auto secs = sections(call, nargs);
  if (nargs < 1 || call.kids[0]->kind != NK::Alias || !secs.count("do"))
    error(call, "invalid protocol name or missing do block in defimpl");
  Atom protocol = alias_atom(*call.kids[0]);
  std::vector<Atom> fors;
  if (nargs == 2 && keywords(*call.kids[1])) {
    for (const auto& kv : call.kids[1]->kids) {
      if (!kv->kids[0]->value.is_atom(Atom("for"))) continue;
      const Node& f = *kv->kids[1];
      if (f.kind == NK::Alias) {
        fors.push_back(alias_atom(f));
      } else if (f.kind == NK::List) {
        for (const auto& x : f.kids) {
          if (x->kind != NK::Alias) error(*x, "defimpl expects for: a module or a list of modules");
          fors.push_back(alias_atom(*x));
        }
      } else if (f.kind == NK::Var && f.name == "__MODULE__" && mod_) {
        fors.push_back(mod_->name);
      } else {
        error(f, "defimpl expects for: a module or a list of modules");
      }
    }
  } else if (nargs == 1 && mod_) {
    fors.push_back(mod_->name);
  }
  if (fors.empty()) error(call, "defimpl/3 expects a :for option when declared outside a module");
  for (Atom target : fors) {
    std::string tname =
        target.name().rfind("Elixir.", 0) == 0 ? target.name().substr(7) : target.name();
    Atom impl("Elixir." + protocol.name().substr(7) + "." + tname);
    // defmodule :"Elixir.Size.Map" do <the impl's body>; def __impl__(...) end
    NodeP m = clone(call);
    m->name = "defmodule";
    m->kids.clear();
    NodeP name = make_node(NK::Literal, call.line, call.col);
    name->value = Term(impl);
    m->kids.push_back(std::move(name));
    for (auto& sec : m->do_block->kids) {
      if (sec->name != "do") continue;
      if (sec->extra->kind != NK::Block) {
        NodeP b = make_node(NK::Block, call.line, call.col);
        b->kids.push_back(std::move(sec->extra));
        sec->extra = std::move(b);
      }
      sec->extra->kids.push_back(
          tmpl("def __impl__(:protocol), do: " + inspect(Term(protocol)), {}, call.line));
      sec->extra->kids.push_back(
          tmpl("def __impl__(:for), do: " + inspect(Term(target)), {}, call.line));
    }
    const Node& mn = *m;
    generated_.push_back(std::move(m));
    // an implementation is a top-level module whatever it is written in
    ModuleCtx* saved = mod_;
    mod_ = nullptr;
    defmodule(mn, dst);
    mod_ = saved;
  }
}

}  // namespace taskplay::lang::detail
