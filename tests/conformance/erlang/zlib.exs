# :zlib's one-shot functions: the BEAM's bytes (zlib, gzip, raw deflate) and its errors
d = String.duplicate("hello ", 20)
IO.inspect(:zlib.compress(d))
IO.inspect(:zlib.uncompress(:zlib.compress(d)) == d)
IO.inspect(:zlib.gzip(d))
IO.inspect(:zlib.gunzip(:zlib.gzip(d)) == d)
IO.inspect(:zlib.zip(d))
IO.inspect(:zlib.unzip(:zlib.zip(d)) == d)
IO.inspect(:zlib.compress(["ab", ?c, ["d"]]))
IO.inspect(:zlib.compress(""))
IO.inspect(:zlib.gzip(""))
IO.inspect(:zlib.zip(""))
IO.inspect(:zlib.uncompress(:zlib.compress("")))
big = Enum.map_join(1..5000, ",", &Integer.to_string/1)
z = :zlib.gzip(big)
IO.inspect({byte_size(big), byte_size(z)})
IO.inspect(:zlib.gunzip(z) == big)
IO.inspect(:zlib.uncompress([:zlib.compress(big)]) == big)
IO.inspect(:zlib.compress(big) |> Base.encode64() |> binary_part(0, 40))

errors = [
  fn -> :zlib.uncompress("garbage") end,
  fn -> :zlib.gunzip("garbage") end,
  fn -> :zlib.unzip("garbage") end,
  fn -> :zlib.compress(:atom) end,
  fn -> :zlib.uncompress(:atom) end,
  fn -> :zlib.gzip(123) end,
  fn -> :zlib.zip([1, :a]) end,
  fn -> :zlib.uncompress(binary_part(:zlib.compress(d), 0, 10)) end
]

for f <- errors do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
