#pragma once
// Share links. A link carries a run's recording (ui/recording.hpp) in the URL's fragment,
// so no server ever sees it: #r=<the recording's bytes, deflated (zlib's format, as the
// browser's CompressionStream("deflate") writes it), in URL-safe base64 without padding>.
// The host compresses and decompresses (the page with the browser's own deflate, the
// desktop app with zlib); this file writes and reads the fragment around it.
//
// Older links carried the lines given to the shell (#s=<base64url of the lines>): they
// still open, running the lines again.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taskplay::ui {

// "r=..." for a compressed recording.
std::string recording_fragment(std::string_view compressed);

// What a link's fragment holds (the part after '#', with or without it).
struct LinkFragment {
  enum class Kind { none, recording, scenario, unreadable };
  Kind kind = Kind::none;
  std::string data;     // recording: the compressed bytes; scenario: the lines
  std::string problem;  // unreadable: why, in words for the person who opened it
};
LinkFragment parse_fragment(std::string_view fragment);

// What the host made of the link the app was opened with.
struct OpenedLink {
  enum class Kind { none, recording, scenario, unreadable };
  Kind kind = Kind::none;
  std::string data;     // recording: its bytes (decompressed); scenario: the lines
  std::string problem;  // unreadable: why
};

std::string encode_scenario(const std::vector<std::string>& lines);  // "s=..."
// The scenario's text (lines separated by '\n'), or nullopt for anything else.
std::optional<std::string> decode_scenario(std::string_view fragment);

std::string base64url_encode(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace taskplay::ui
