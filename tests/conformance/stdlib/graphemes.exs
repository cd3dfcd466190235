# Grapheme clusters as String counts them: combining marks, emoji sequences, flags, Hangul
strings = ["e\u0301", "cafe\u0301", "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}", "\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}",
           "\u{1F1EB}\u{1F1F7}\u{1F1E9}", "\r\n", "a\r\nb", "\u1100\u1161\u11A8", "\uAC00\u11A8", "\uAC01\u11A8",
           "\u{1F44D}\u{1F3FD}", "\u0915\u094D\u0937", "\u0600a", "a\u0308\u0301b", "\u{1F3F3}\uFE0F\u200D\u{1F308}",
           "x\u200Dy", "\u{1F600}\u200D", "ne\u0301e", "नमस्ते", "한국어", "👩‍💻 ok"]
for s <- strings do
  IO.inspect {String.length(s), String.graphemes(s), length(String.codepoints(s))}
  IO.inspect {String.reverse(s), String.first(s), String.last(s), String.at(s, 1), String.slice(s, 1, 2)}
end
IO.inspect String.split("e\u0301x", "")
IO.inspect String.next_grapheme("e\u0301x")
IO.inspect String.pad_leading("e\u0301", 3, "*")
IO.inspect String.slice("cafe\u0301s", 2..-1)
IO.inspect String.graphemes("Ä\u0323ǭ")
