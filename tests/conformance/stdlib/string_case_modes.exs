# String.upcase/downcase/capitalize over Unicode (Unicode's mappings, SpecialCasing's
# unconditional ones) and their modes: :ascii, :greek (final sigma), :turkic (dotted i).
IO.inspect(String.upcase("baﬄe straße ǆ ŉ"))
IO.inspect(String.downcase("ÀÉÎÕÜ ΑΒΓ ДЖЯ Ǆ ᏸ"))
IO.inspect(String.upcase("ꭰ ǅ ǳ ꞵ ꟑ ǰ ΐ"))
IO.inspect(String.capitalize("ﬁn"))
IO.inspect(String.capitalize("ǆemal"))
IO.inspect(String.capitalize("élan VITAL"))
IO.inspect(String.upcase("olá", :ascii))
IO.inspect(String.downcase("OLÁ", :ascii))
IO.inspect(String.capitalize("àáâ", :ascii))
IO.inspect(String.capitalize("hello WORLD", :ascii))
IO.inspect(String.downcase("ΣΑΣ ΟΔΥΣΣΕΥΣ Σ", :greek))
IO.inspect(String.downcase("ΣΑΣ ΟΔΥΣΣΕΥΣ Σ"))
IO.inspect(String.downcase("Σ ΣΣ ΑΣ'Α", :greek))
IO.inspect(String.upcase("ıi", :turkic))
IO.inspect(String.downcase("Iİ", :turkic))
IO.inspect(String.downcase("Iİ"))
IO.inspect(String.capitalize("iii", :turkic))
IO.inspect(String.capitalize("istanbul"))
IO.inspect(String.upcase(<<97, 255, 98>>))

try do
  String.upcase("a", :klingon)
rescue
  e -> IO.puts(Exception.message(e) |> String.split("\n") |> hd())
end
