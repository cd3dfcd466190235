#include "taskplay/lang/use.hpp"

namespace taskplay::lang {

namespace {

struct Behaviour {
  const char* module;
  const char* file;          // Elixir's source of its __using__
  uint32_t child_spec_line;  // where child_spec/1 calls Supervisor.child_spec/2
  const char* spec_extra;    // the default spec's other keys
};

constexpr Behaviour kBehaviours[] = {
    {"Task", "lib/task.ex", 298, ", restart: :temporary"},
    {"Agent", "lib/agent.ex", 218, ""},
    {"GenServer", "lib/gen_server.ex", 768, ""},
    {"Supervisor", "lib/supervisor.ex", 476, ", type: :supervisor"},
    {"DynamicSupervisor", "lib/dynamic_supervisor.ex", 265, ", type: :supervisor"},
};

// use GenServer's default callbacks, with the lines of lib/gen_server.ex they stand on
struct Callback {
  const char* source;
  uint32_t line;
};
constexpr Callback kGenServerCallbacks[] = {
    {R"(def handle_call(msg, _from, state) do
  proc =
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  raise "attempted to call GenServer #{inspect(proc)} but no handle_call/3 clause was provided"
end)",
     787},
    {R"(def handle_info(msg, state) do
  :taskplay.no_handle_info(__MODULE__, msg)
  {:noreply, state}
end)",
     802},
    {R"(def handle_cast(msg, state) do
  proc =
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  raise "attempted to cast GenServer #{inspect(proc)} but no handle_cast/2 clause was provided"
end)",
     832},
    {"def terminate(_reason, _state), do: :ok", 840},
    {"def code_change(_old, state, _extra), do: {:ok, state}", 845},
    // GenServer's __before_compile__: only when the module defines no init/1
    {"def init(init_arg), do: {:ok, init_arg}", 873},
};

}  // namespace

std::optional<std::vector<UsedDef>> expand_use(const std::string& module, const Node* opts,
                                               const Node& at) {
  // use Application: the behaviour and a default stop/1 (lib/application.ex, line 397)
  if (module == "Application") {
    std::vector<UsedDef> defs;
    defs.push_back({tmpl("def stop(_state), do: :ok", {}, 397), "lib/application.ex"});
    return defs;
  }
  const Behaviour* b = nullptr;
  for (const Behaviour& x : kBehaviours)
    if (module == x.module) b = &x;
  if (!b) return std::nullopt;
  std::vector<UsedDef> defs;
  NodeP no_opts = make_node(NK::List, at.line, at.col);
  std::vector<const Node*> holes{opts ? opts : no_opts.get()};
  defs.push_back(
      {tmpl(std::string("def child_spec(arg) do\n  Supervisor.child_spec(%{id: __MODULE__, start: "
                        "{__MODULE__, :start_link, [arg]}") +
                b->spec_extra + "}, __0__)\nend",
            holes, b->child_spec_line),
       b->file});
  if (module == "GenServer")
    for (const Callback& c : kGenServerCallbacks)
      defs.push_back({tmpl(c.source, {}, c.line), b->file});
  return defs;
}

}  // namespace taskplay::lang
