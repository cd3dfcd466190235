#pragma once
// The test bridge's view of the playground as JSON (window.taskplay.state() in the page,
// the --bridge file on the desktop): the scheduler, the shell and its console, the
// processes and the supervisors, every value written as inspect writes it.
#include <cstdint>
#include <string>

#include "ui/actions.hpp"
#include "ui/session.hpp"

namespace taskplay::ui {

std::string state_json(const Session& session, const SharedView& view, std::uint64_t frames);

}  // namespace taskplay::ui
