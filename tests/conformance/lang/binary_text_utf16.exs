# A string literal typed utf16 or utf32 in a binary is encoded code point by code point,
# when built and when matched (Kernel.SpecialForms.<<>>/1 docs).
IO.inspect <<"foo"::utf16>>
IO.inspect <<"héllo"::utf16-little>>
IO.inspect <<"foo"::utf32>>
IO.inspect <<"foo"::utf8>>
IO.inspect <<"ab"::utf16-big, 0>>
x = "foo"
IO.inspect <<x::binary, "é"::utf16>>
<<"fo"::utf16, rest::binary>> = <<0, 102, 0, 111, 1, 2>>
IO.inspect rest
case <<0, 0, 0, ?o, 0, 0, 0, ?k>> do
  <<"ok"::utf32>> -> IO.puts("utf32 ok")
  _ -> IO.puts("no match")
end
