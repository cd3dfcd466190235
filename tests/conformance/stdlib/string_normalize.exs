# String.normalize/2 (:nfd, :nfc, :nfkd, :nfkc) and String.equivalent?/2, as Elixir 1.14
# normalizes with OTP 25's :unicode (Unicode 14.0.0): canonical ordering, composition and
# its exclusions, singletons, Hangul, compatibility forms, and the quirks of OTP 25's
# composition (one grapheme cluster at a time, each character joining the cluster's first).
codes = fn s -> s |> String.to_charlist() |> Enum.map_join(" ", &Integer.to_string(&1, 16)) end
forms = [:nfd, :nfc, :nfkd, :nfkc]

for s <- [
      "a\u0301\u0323",
      "o\u031B\u0301\u0323",
      "\u1E9B\u0323",
      "Å",
      "\u212B",
      "\u2126",
      "A\u030A",
      "é",
      "e\u0301\u0301",
      "한국어",
      "\u1100\u1161\u11A8",
      "\uAC00\u11A8",
      "\u1100\u1100\u1161",
      "\u1100\u1161\u11A7",
      "\u1100\u1161\u11A8\u11A8",
      "\u0958",
      "\u0928\u093C",
      "\u2ADC",
      "\u{1D15E}",
      "\u0344",
      "\u0308\u0301",
      "\u0F73",
      "\u0CCB",
      "\u0B47\u0B3E",
      "ﬁ",
      "ﬁ\u0301",
      "①",
      "ｶ",
      "ｶﾞ",
      "ǅ",
      "ǅ\u0301",
      "½",
      "㎒",
      "\u3300",
      "\u03D3",
      "\u1FEE",
      "\u00A8\u0301",
      "\u2000",
      "\u0600e\u0301",
      "\u0600\u00E9",
      "e\u0B3E\u0301",
      "a\u0301\u0B3E\u0301",
      "Ω\u20E6\u{1D17F}\u0314\u0301",
      "\u{2F800}",
      "plain ascii",
      ""
    ] do
  IO.puts(codes.(s) <> " => " <> Enum.map_join(forms, " | ", &codes.(String.normalize(s, &1))))
end

# a byte that is not UTF-8 stays, and splits the string: each side is normalized on its own
IO.inspect(String.normalize(<<"e\u0301", 0xFF, "e\u0301">>, :nfc), binaries: :as_binaries)
IO.inspect(String.normalize(<<"e", 0xFF, 0xCC, 0x81>>, :nfc), binaries: :as_binaries)
IO.inspect(String.normalize(<<"Å", 0xE2, 0x82, "ﬁ">>, :nfkd), binaries: :as_binaries)
IO.inspect(String.normalize(<<0xED, 0xA0, 0x80, 0xC0, 0x80>>, :nfd), binaries: :as_binaries)

# ... unless it comes while an emoji's cluster is still open: OTP 25 raises there
for s <- [<<"😀", 0xFF>>, <<"x😀\u0301", 0xFF, "y">>, <<"😀a", 0xFF>>, <<"©\u200D", 0xCC>>] do
  try do
    IO.inspect(String.normalize(s, :nfc), binaries: :as_binaries)
  rescue
    e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
  end
end

IO.inspect(String.equivalent?("Å", "\u212B"))
IO.inspect(String.equivalent?("é", "e\u0301"))
IO.inspect(String.equivalent?("ﬁ", "fi"))
IO.inspect(String.equivalent?("a\u0301\u0323", "a\u0323\u0301"))
IO.inspect(String.equivalent?(<<0xFF>>, <<0xFF>>))

IO.inspect(:unicode.characters_to_nfc_binary("A\u030A"))
IO.inspect(:unicode.characters_to_nfd_binary(<<"é", 0xFF, "é">>))
IO.inspect(:unicode.characters_to_nfkc_binary([?a, "ﬁ", [0x301]]))

for {f, args} <- [
      {:normalize, ["abc", :nfx]},
      {:normalize, ["abc", "nfc"]},
      {:normalize, [:abc, :nfc]},
      {:equivalent?, ["a", 'a']},
      {:equivalent?, [nil, "a"]}
    ] do
  try do
    apply(String, f, args)
  rescue
    e in FunctionClauseError -> IO.puts("FunctionClauseError: " <> Exception.message(e))
  end
end
