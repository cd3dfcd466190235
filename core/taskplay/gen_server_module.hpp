#pragma once
// GenServer, the Elixir module, for programs: start/start_link/call/cast/reply/stop/whereis,
// and the server they start, whose callbacks are a module's functions (init/1,
// handle_call/3, handle_cast/2, handle_info/2, handle_continue/2, terminate/2: what `use
// GenServer` defines, or the module's own); :sys.get_state and :sys.replace_state. The loop
// itself is gen_server.hpp's. Arguments are checked as Elixir 1.14's guards check them
// (FunctionClauseError), and the name: option as GenServer.start_link/3 checks it.

namespace taskplay {
class Modules;
}

namespace taskplay::gen_server_module {

// Registers GenServer.* and :sys.get_state/replace_state.
void install(Modules& modules);

}  // namespace taskplay::gen_server_module
