# Escapes in strings, charlists and sigils: \xHH is a byte, \uHHHH and \u{H*} a code point
# (UTF-8 encoded), \x{H*} too (deprecated in 1.14, still read: a warning on stderr).
IO.inspect("caf\u00e9")
IO.inspect("\u{1F600} grin")
IO.inspect("\xE9")
IO.inspect("\x41\x42")
IO.inspect("\x{E9}")
IO.inspect("\x{1F600}")
IO.inspect('\u00e9t\u00e9')
IO.inspect("tab\there\nnew line, bell \a, escape \e, null \0, del \d")
IO.inspect("\"quoted\" and \\ backslash and \#{not interpolated}")
IO.inspect(~s(a\tb))
IO.inspect(~S(a\tb))
IO.inspect(?\n)
IO.inspect(?\s)
IO.inspect(?\\)
IO.puts("multi\
line")
