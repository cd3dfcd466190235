#pragma once
// A few helpers for writing JSON by hand: the trace's JSON lines (trace.cpp), the
// playground's test bridge (its state and widget map).
#include <cstdio>
#include <string>
#include <string_view>

namespace taskplay::json {

inline void string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

inline std::string quoted(std::string_view s) {
  std::string out;
  string(out, s);
  return out;
}

inline void key(std::string& out, std::string_view k) {
  if (!out.empty() && out.back() != '{' && out.back() != '[') out += ',';
  string(out, k);
  out += ':';
}

inline void number(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  out += buf;
}

}  // namespace taskplay::json
