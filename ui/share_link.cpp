#include "ui/share_link.hpp"

namespace taskplay::ui {

namespace {
const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int value_of(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-' || c == '+') return 62;
  if (c == '_' || c == '/') return 63;
  return -1;
}
}  // namespace

std::string base64url_encode(std::string_view bytes) {
  std::string out;
  size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) |
                       (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                       static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += kAlphabet[(v >> 6) & 63];
    out += kAlphabet[v & 63];
  }
  if (i < bytes.size()) {
    unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    if (i + 1 < bytes.size()) out += kAlphabet[(v >> 6) & 63];
  }
  return out;  // no padding: '=' would need escaping in a URL
}

std::optional<std::string> base64url_decode(std::string_view text) {
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    const int v = value_of(c);
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  return out;
}

std::string encode_scenario(const std::vector<std::string>& lines) {
  std::string text;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) text += '\n';
    text += lines[i];
  }
  return "s=" + base64url_encode(text);
}

std::string recording_fragment(std::string_view compressed) {
  return "r=" + base64url_encode(compressed);
}

LinkFragment parse_fragment(std::string_view fragment) {
  LinkFragment f;
  if (!fragment.empty() && fragment[0] == '#') fragment.remove_prefix(1);
  // key=value parts joined by '&' (one day a link may carry more than a run)
  for (size_t at = 0; at < fragment.size();) {
    size_t end = fragment.find('&', at);
    if (end == std::string_view::npos) end = fragment.size();
    const std::string_view part = fragment.substr(at, end - at);
    at = end + 1;
    const std::string_view key = part.substr(0, 2);
    if (key != "r=" && key != "s=") continue;
    const std::string_view value = part.substr(2);
    f.kind = LinkFragment::Kind::unreadable;
    if (key == "r=" && value.empty()) {
      f.problem = "the link is cut short: it holds no run";
    } else if (auto bytes = base64url_decode(value)) {
      f.kind = key == "r=" ? LinkFragment::Kind::recording : LinkFragment::Kind::scenario;
      f.data = std::move(*bytes);
    } else {
      f.problem = "the link is damaged: it holds characters a taskplay link never has";
    }
    return f;
  }
  return f;
}

std::optional<std::string> decode_scenario(std::string_view fragment) {
  LinkFragment f = parse_fragment(fragment);
  if (f.kind != LinkFragment::Kind::scenario) return std::nullopt;
  return std::move(f.data);
}

}  // namespace taskplay::ui
