# Streams: lazy pipelines, iterate/unfold/resource/cycle, chunking
s = Stream.map [1, 3, 5, 7], &(&1 + 1)
IO.inspect Enum.to_list(s)
IO.inspect [1,2,3,4] |> Stream.map(&(&1*&1)) |> Stream.map(&(&1+1)) |> Stream.filter(fn x -> rem(x,2) == 1 end) |> Enum.to_list
IO.inspect Stream.cycle(~w{ green white }) |> Stream.zip(1..5) |> Enum.map(fn {class, value} -> "<tr class=\"#{class}\"><td>#{value}</td></tr>\n" end) |> IO.puts
IO.inspect Stream.repeatedly(fn -> true end) |> Enum.take(3)
IO.inspect Stream.iterate(0, &(&1+1)) |> Enum.take(5)
IO.inspect Stream.iterate(2, &(&1*&1)) |> Enum.take(5)
IO.inspect Stream.iterate([], &[&1]) |> Enum.take(5)
IO.inspect Stream.unfold({0,1}, fn {f1,f2} -> {f1, {f2, f1+f2}} end) |> Enum.take(15)
IO.inspect Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.to_list()
r = Stream.resource(fn -> 3 end, fn 0 -> {:halt, 0}; n -> {[n], n - 1} end, fn _ -> IO.puts "done" end)
IO.inspect Enum.to_list(r)
IO.inspect Stream.chunk_every(1..10, 3) |> Enum.to_list
IO.inspect Stream.chunk_by([1, 2, 2, 3], &(&1)) |> Enum.to_list
IO.inspect Stream.with_index([:a, :b]) |> Enum.to_list
IO.inspect Stream.take_while(1..100, &(&1 < 5)) |> Enum.to_list
IO.inspect Stream.drop(1..10, 7) |> Enum.to_list
IO.inspect Stream.flat_map([1, 2, 3], fn x -> [x, x * 2] end) |> Enum.to_list
IO.inspect Stream.scan(1..5, &(&1 + &2)) |> Enum.to_list
IO.inspect Stream.uniq([1, 2, 3, 3, 2, 1]) |> Enum.to_list
IO.inspect Stream.concat([1..3, 4..6]) |> Enum.to_list
IO.inspect Stream.zip([1, 2, 3], [:a, :b, :c]) |> Enum.to_list
IO.inspect Stream.intersperse([1, 2, 3], 0) |> Enum.to_list
IO.inspect Stream.dedup([1, 1, 2, 1]) |> Enum.to_list
IO.inspect Stream.transform(1..4, 0, fn x, acc -> {[x, x + acc], x + acc} end) |> Enum.to_list
IO.inspect Stream.each([1, 2], &IO.inspect/1) |> Stream.run()
IO.inspect Stream.map(1..3, &(&1 * 2)) |> Enum.sum
IO.inspect Stream.interval(1) |> Enum.take(3)
IO.inspect Stream.timer(1) |> Enum.to_list
IO.inspect Stream.take(Stream.cycle([1, 2]), 5) |> Enum.to_list
IO.inspect Stream.reject(1..6, &(rem(&1, 2) == 0)) |> Enum.to_list
IO.inspect Stream.filter(1..1_000_000, &(rem(&1, 3) == 0)) |> Enum.take(3)
IO.inspect Stream.take_every(1..10, 3) |> Enum.to_list
IO.inspect Stream.chunk_while(1..10, [], fn i, acc -> if rem(i, 3) == 0, do: {:cont, Enum.reverse([i | acc]), []}, else: {:cont, [i | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list
IO.inspect Stream.map_every(1..10, 2, fn x -> x * 2 end) |> Enum.to_list
IO.inspect Stream.zip_with([1, 2], [3, 4], &(&1 + &2)) |> Enum.to_list
s = Stream.map([1, 2], &(&1))
IO.inspect is_function(s) or is_struct(s)
IO.inspect 1..10 |> Stream.map(&(&1 * 2)) |> Stream.take(2) |> Enum.to_list()
