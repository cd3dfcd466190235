#pragma once
// A scenario in a link: the lines given to the shell since the last reset, in the URL's
// fragment (so no server ever sees it): #s=<base64url of the lines, one per line>.
// Opening the link resets the playground and runs the lines again, through the same
// path as typing them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taskplay::ui {

std::string encode_scenario(const std::vector<std::string>& lines);  // "s=..."
// The scenario's text (lines separated by '\n'), or nullopt for anything else.
std::optional<std::string> decode_scenario(std::string_view fragment);

std::string base64url_encode(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace taskplay::ui
