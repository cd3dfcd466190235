# Strings built by appending in a loop, as learners write them: `acc <> x` and
# <<acc::binary, ...>> grow acc in place on the BEAM, so 200,000 appends take no time.
# Binaries made along the way keep their own bytes.
csv = Enum.reduce(1..200_000, "", fn x, acc -> acc <> Integer.to_string(x) <> "," end)
IO.puts byte_size(csv)
IO.puts String.slice(csv, 0, 20)
IO.puts String.slice(csv, -14, 14)
packed = Enum.reduce(1..200_000, <<>>, fn x, acc -> <<acc::binary, x::32>> end)
IO.puts byte_size(packed)
<<first::32, second::32, _::binary>> = packed
IO.inspect {first, second, :binary.last(packed)}
base = String.duplicate("-", 500)
left = base <> "left"
right = base <> "right"
left_more = left <> "+"
left_other = left <> "*"
IO.inspect Enum.map([base, left, right, left_more, left_other], &String.slice(&1, 498, 10))
IO.inspect left == base <> "left"
defmodule Report do
  def lines(rows), do: Enum.reduce(rows, "", fn {name, n}, acc -> acc <> "#{name}: #{n}\n" end)
end
report = Report.lines(for i <- 1..5000, do: {"row#{i}", i * i})
IO.puts byte_size(report)
IO.write String.slice(report, -30, 30)
