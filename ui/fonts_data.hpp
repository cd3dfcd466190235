#pragma once
// The fonts, compiled into the program (DejaVu, cut down at build time; see ui/fonts.md).
namespace taskplay::ui::fonts_data {
extern const unsigned char dejavu_sans[];
extern const int dejavu_sans_size;
extern const unsigned char dejavu_sans_mono[];
extern const int dejavu_sans_mono_size;
extern const unsigned char dejavu_sans_bold[];
extern const int dejavu_sans_bold_size;
}  // namespace taskplay::ui::fonts_data
