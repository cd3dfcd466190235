# :crypto's hashes and HMACs, printed as people print them (Base.encode16/64)
for alg <- [:md4, :md5, :sha, :sha224, :sha256, :sha384, :sha512, :sha3_224, :sha3_256,
            :sha3_384, :sha3_512, :ripemd160] do
  IO.inspect({alg, :crypto.hash(alg, "hello") |> Base.encode16(case: :lower)})
  IO.inspect(:crypto.hash_info(alg))
end

IO.inspect(:crypto.hash(:sha256, ""))
IO.inspect(:crypto.hash(:sha256, ["he", [?l, ?l], "o"]) |> Base.encode16())
IO.inspect(:crypto.hash(:md5, String.duplicate("abc", 1000)) |> Base.encode64())
IO.inspect(:crypto.mac(:hmac, :sha256, "key", "The quick brown fox") |> Base.encode16())
IO.inspect(:crypto.mac(:hmac, :md5, "key", "data") |> Base.encode64())
IO.inspect(:crypto.mac(:hmac, :sha, "", "") |> Base.encode16(case: :lower))
IO.inspect(:crypto.mac(:hmac, :sha512, String.duplicate("k", 200), "data") |> Base.encode16())
IO.inspect(:crypto.mac(:hmac, :sha3_256, "k", "d") |> Base.encode16())
IO.inspect(:crypto.mac(:hmac, :sha256, ["k", 1], ["d"]) |> Base.url_encode64(padding: false))
IO.inspect(:crypto.macN(:hmac, :sha256, "key", "data", 8))
IO.inspect(:crypto.macN(:hmac, :sha256, "key", "data", 0))

# streaming: each update gives a new state, and the old one stays usable
s = :crypto.hash_init(:sha)
IO.inspect(is_reference(s))
s1 = :crypto.hash_update(s, "hel")
s2 = :crypto.hash_update(s1, "lo")
IO.inspect(:crypto.hash_final(s2) |> Base.encode16())
IO.inspect(:crypto.hash_final(s1) |> Base.encode16())
IO.inspect(:crypto.hash_final(s) |> Base.encode16())
IO.inspect(:crypto.hash_final(s2) == :crypto.hash(:sha, "hello"))
digest =
  ["a", "b", "c"]
  |> Enum.reduce(:crypto.hash_init(:sha256), &:crypto.hash_update(&2, &1))
  |> :crypto.hash_final()
IO.inspect(digest == :crypto.hash(:sha256, "abc"))
m = :crypto.mac_init(:hmac, :sha256, "key")
m = :crypto.mac_update(m, "da")
m = :crypto.mac_update(m, "ta")
IO.inspect(:crypto.mac_final(m) == :crypto.mac(:hmac, :sha256, "key", "data"))
IO.inspect(:crypto.mac_finalN(:crypto.mac_update(:crypto.mac_init(:hmac, :sha256, "key"), "data"), 4))

IO.inspect(byte_size(:crypto.strong_rand_bytes(16)))
IO.inspect(:crypto.strong_rand_bytes(0))
IO.inspect(:crypto.exor("abc", "xyz"))

errors = [
  fn -> :crypto.hash(:nope, "x") end,
  fn -> :crypto.hash(:sha, :atom) end,
  fn -> :crypto.hash(:sha, ["a", 300]) end,
  fn -> :crypto.hash_init(:nope) end,
  fn -> :crypto.hash_update(:x, "a") end,
  fn -> :crypto.hash_update(:crypto.hash_init(:sha), :atom) end,
  fn -> :crypto.hash_final(:notref) end,
  fn -> :crypto.hash_info(:nope) end,
  fn -> :crypto.mac(:nope, :sha, "k", "d") end,
  fn -> :crypto.mac(:hmac, :nope, "k", "d") end,
  fn -> :crypto.mac(:hmac, :sha256, :notbin, "d") end,
  fn -> :crypto.mac(:hmac, :sha256, "k", :notbin) end,
  fn -> :crypto.macN(:hmac, :sha256, "k", "d", 100) end,
  fn -> :crypto.mac_init(:nope, :sha, "k") end,
  fn -> :crypto.mac_init(:hmac, :nope, "k") end,
  fn -> :crypto.mac_init(:hmac, :sha, :k) end,
  fn -> :crypto.mac_update(:x, "a") end,
  fn -> :crypto.mac_update(:crypto.mac_init(:hmac, :sha, "k"), :k) end,
  fn -> :crypto.mac_final(:x) end,
  fn -> :crypto.mac_finalN(:crypto.mac_init(:hmac, :sha, "k"), 400) end,
  fn -> :crypto.strong_rand_bytes(-1) end,
  fn -> :crypto.exor("ab", "c") end
]

for f <- errors do
  try do
    f.()
  rescue
    e -> IO.inspect(e)
  end
end
