#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

#include "ui/fonts_data.hpp"

namespace taskplay::ui {

namespace {

Fonts g_fonts;
Palette g_palette;
bool g_dark = true;

ImU32 rgb(unsigned hex, float alpha = 1.0f) {
  return IM_COL32((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, static_cast<int>(alpha * 255));
}

// Hues chosen to stay apart for the common colour-vision deficiencies (blue/orange for
// the two kinds of signal that matter most: killed vs trapped), and readable on both
// backgrounds.
Palette make_palette(bool dark) {
  Palette p{};
  if (dark) {
    p.text = rgb(0xe6e8ec);
    p.dim = rgb(0x9aa1ad);
    p.faint = rgb(0x5b6270);
    p.accent = rgb(0xa58ee0);
    p.panel_bg = rgb(0x1c1f26);
    p.page_bg = rgb(0x16181d);
    p.shell = rgb(0xa58ee0);
    p.task = rgb(0x4fb3d9);
    p.supervisor = rgb(0x7fc97f);
    p.agent = rgb(0xe0b050);
    p.process = rgb(0xb0b6c2);
    p.running = rgb(0x5ad27a);
    p.runnable = rgb(0x9bd56a);
    p.waiting = rgb(0x6aa8ff);
    p.dead = rgb(0x6b7180);
    p.link = rgb(0xc8ccd4);
    p.monitor = rgb(0x6aa8ff);
    p.supervision = rgb(0x7fc97f);
    p.signal_kill = rgb(0xff6b5e);
    p.signal_trapped = rgb(0xffa94d);
    p.signal_ignored = rgb(0x9aa1ad);
    p.signal_down = rgb(0x6aa8ff);
    p.message = rgb(0xd8dce4);
    p.input = rgb(0xa58ee0);
    p.result = rgb(0xe6e8ec);
    p.error = rgb(0xff8a80);
    p.log = rgb(0xffb86b);
    p.note = rgb(0x9aa1ad);
  } else {
    p.text = rgb(0x1d2026);
    p.dim = rgb(0x5b6270);
    p.faint = rgb(0xa0a6b2);
    p.accent = rgb(0x6e4a7e);
    p.panel_bg = rgb(0xf7f8fa);
    p.page_bg = rgb(0xeef0f3);
    p.shell = rgb(0x6e4a7e);
    p.task = rgb(0x1f78a8);
    p.supervisor = rgb(0x2e8b3a);
    p.agent = rgb(0xa86b00);
    p.process = rgb(0x5b6270);
    p.running = rgb(0x1e9e46);
    p.runnable = rgb(0x5a9a1a);
    p.waiting = rgb(0x2f6fd6);
    p.dead = rgb(0x9aa1ad);
    p.link = rgb(0x3a404c);
    p.monitor = rgb(0x2f6fd6);
    p.supervision = rgb(0x2e8b3a);
    p.signal_kill = rgb(0xd03020);
    p.signal_trapped = rgb(0xd97a00);
    p.signal_ignored = rgb(0x8a909c);
    p.signal_down = rgb(0x2f6fd6);
    p.message = rgb(0x3a404c);
    p.input = rgb(0x6e4a7e);
    p.result = rgb(0x1d2026);
    p.error = rgb(0xb3261e);
    p.log = rgb(0x9a5a00);
    p.note = rgb(0x5b6270);
  }
  return p;
}

ImFont* add_font(const unsigned char* data, int size, float pixels, float density) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the program (fonts_data.cpp)
  config.OversampleH = 2;
  config.OversampleV = 1;
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2026, 0x2190, 0x21BB, 0x2212,
                                   0x2212, 0x25A0, 0x25CF, 0x2713, 0x2715, 0};
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), size,
                                                    pixels * density, &config, ranges);
}

}  // namespace

const Fonts& fonts() { return g_fonts; }
const Palette& palette() { return g_palette; }
bool dark_theme() { return g_dark; }

void apply_theme(const Theme& theme) {
  g_dark = theme.dark;
  g_palette = make_palette(theme.dark);

  // Style: sizes in logical pixels, scaled once from the defaults.
  ImGuiStyle style;
  if (theme.dark) {
    ImGui::StyleColorsDark(&style);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(g_palette.panel_bg);
    style.Colors[ImGuiCol_TitleBg] = ImVec4(0.13f, 0.14f, 0.18f, 1.0f);
    style.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.18f, 0.17f, 0.26f, 1.0f);
  } else {
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(g_palette.panel_bg);
  }
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowPadding = ImVec2(10.0f, 8.0f);
  style.FramePadding = ImVec2(7.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.ScrollbarSize = 14.0f;
  style.WindowBorderSize = 0.0f;
  style.ScaleAllSizes(theme.content_scale);
  ImGui::GetStyle() = style;

  // Fonts: DejaVu (subset to Latin-1 and a few symbols, see ui/fonts.md),
  // rasterized at the screen's physical density and drawn at logical size, so text
  // stays sharp on high-DPI screens and at any devicePixelRatio.
  ImGuiIO& io = ImGui::GetIO();
  const float density = std::max(1.0f, theme.framebuffer_scale);
  io.Fonts->Clear();
  const float size = 15.0f * theme.content_scale;
  g_fonts.ui = add_font(fonts_data::dejavu_sans, fonts_data::dejavu_sans_size, size, density);
  g_fonts.mono =
      add_font(fonts_data::dejavu_sans_mono, fonts_data::dejavu_sans_mono_size, size - 1, density);
  g_fonts.bold =
      add_font(fonts_data::dejavu_sans_bold, fonts_data::dejavu_sans_bold_size, size, density);
  io.FontDefault = g_fonts.ui;
  io.FontGlobalScale = 1.0f / density;
}

void clear_color(const Theme& theme, float rgba[4]) {
  // The panels' colour: the panels draw no background of their own and the page's
  // colour is painted only between them (App::layout_and_draw).
  (void)theme;  // (the palette follows the theme already)
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(g_palette.panel_bg);
  rgba[0] = c.x;
  rgba[1] = c.y;
  rgba[2] = c.z;
  rgba[3] = 1.0f;
}

}  // namespace taskplay::ui
