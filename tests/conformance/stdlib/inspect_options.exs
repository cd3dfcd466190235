# IO.inspect and inspect/2 with their options, as the docs of Inspect.Opts describe them:
# charlists, limit, printable_limit, width (IO.inspect lays out at 80 columns, inspect/2
# only when pretty: true), structs, base, binaries, label.
IO.inspect [123]
IO.inspect [123], charlists: :as_lists
IO.inspect 'hello', charlists: :as_lists
IO.inspect [104, 105], charlists: :as_charlists
IO.inspect [7, 8, 9]
IO.inspect [1, 2, 3], charlists: :infer

IO.inspect Enum.to_list(1..100), limit: 10
IO.inspect Enum.to_list(1..100), limit: :infinity
IO.inspect [[1, 2, 3], [4, 5, 6], [10, 11, 12]], limit: 5
IO.inspect %{a: 1, b: 2, c: 3}, limit: 2
IO.inspect {:a, :b, :c, :d}, limit: 2
IO.inspect [1, 2 | 3]
IO.inspect String.duplicate("abc", 10), printable_limit: 7
IO.inspect String.duplicate("ab", 10) |> String.to_charlist(), printable_limit: 5

IO.inspect 255, base: :hex
IO.inspect [8, 64], base: :octal
IO.inspect -5, base: :binary
IO.inspect "hi", binaries: :as_binaries
IO.inspect "hi", base: :hex

IO.inspect 1..5, label: "range"
IO.inspect %{name: "Ada", langs: ["Elixir", "Erlang"]}, label: "person"
IO.inspect MapSet.new([3, 1, 2]), label: "set"
IO.inspect MapSet.new([3, 1, 2]), structs: false
IO.inspect %{__struct__: Unknown, a: 1}
error = try do
  raise ArgumentError, "bad"
rescue
  e -> e
end
IO.inspect error
IO.inspect error, structs: false

people = for n <- 1..6, do: %{id: n, name: "person number #{n}", tags: [:a, :b]}
IO.inspect people
IO.inspect people, width: 120
IO.inspect Enum.to_list(1..60), width: 40
IO.inspect {"a fairly long first string", "a fairly long second string", :and_an_atom}
IO.inspect [alpha: "a long string here", beta: ["another long string here", 1, 2, 3, 4]], width: 30

IO.puts inspect(Enum.to_list(1..30))
IO.puts inspect(Enum.to_list(1..30), pretty: true, width: 30)
IO.puts inspect(%{deeply: %{nested: %{map: [1, 2, 3]}}}, pretty: true, width: 20)
IO.puts inspect("tab\there \"quoted\" \#{not interpolated}")
IO.puts inspect(:"an atom with spaces")
IO.puts inspect([foo: 1, "quoted key": 2])
IO.puts inspect(%{1 => :one, :two => 2, "three" => 3})
IO.puts inspect([1.0, 0.1, 1.0e-10, 123456789012345678.0, -0.5, 100.0])

x = [1, 2, 3] |> IO.inspect(label: "before") |> Enum.map(&(&1 * 2)) |> IO.inspect(label: "after")
IO.inspect x
