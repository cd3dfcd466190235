# iodata and chardata: nested lists of bytes and binaries built cheaply and written once,
# as the IO docs show them.
header = ["HTTP/1.1 ", "200", " OK\r\n"]
body = ["<p>", "Hello, ", ?W, 'orld', "</p>"]
response = [header, "Content-Length: ", Integer.to_string(IO.iodata_length(body)), "\r\n\r\n", body]
IO.inspect IO.iodata_length(response)
IO.inspect IO.iodata_to_binary(response)
IO.inspect IO.iodata_length("héllo")
IO.inspect IO.chardata_to_string([?a, "bc", [0x1F600, 'é']])
IO.inspect IO.chardata_to_string("already a string")
IO.inspect :erlang.iolist_size([1, [2, [3]], "four"])
IO.write(["one", ?\s, ["two", ?\n]])
IO.puts(["joined ", ["with ", 'iodata']])

try do
  IO.iodata_length([1, 300])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end

try do
  IO.chardata_to_string(:atom)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
