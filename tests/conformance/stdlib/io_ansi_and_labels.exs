# IO as scripts print: chardata, IO.ANSI sequences and format/2, labels (nil and false print none)
IO.puts ["a", ?b, ['c', "d"]]
IO.write "no newline"
IO.write "\n"
IO.puts :stdio, "to stdio"
IO.inspect :stdio, [1, 2], label: "dev"
IO.puts 123 |> Integer.to_string()
IO.puts :atom
IO.puts 1.5
IO.inspect IO.iodata_length(["ab", ?c])
IO.inspect IO.chardata_to_string(['a', "b"])
IO.inspect IO.ANSI.red() <> "x" <> IO.ANSI.reset()
IO.inspect IO.ANSI.format([:red, "x"], true) |> IO.iodata_to_binary()
IO.inspect IO.ANSI.format([:bright, "x"], false) |> IO.iodata_to_binary()
:io.format("~p ~s~n", [[1, 2], "str"])
:io.format("~-10s|~5.2f|~n", ["left", 3.14159])
IO.puts String.duplicate("-", 20)
IO.puts "Name: #{String.pad_trailing("Bob", 8)}Age: #{String.pad_leading("42", 4)}"
Enum.each([{"apple", 1.5}, {"kiwi", 0.25}], fn {n, p} -> IO.puts "#{String.pad_trailing(n, 10)}$#{:erlang.float_to_binary(p, decimals: 2)}" end)
IO.puts inspect(self()) =~ "#PID<"
IO.inspect(%{a: 1} |> Map.put(:b, 2), label: "map")
[1, 2, 3] |> IO.inspect(label: "before") |> Enum.map(&(&1 * 2)) |> IO.inspect(label: "after")
IO.inspect Kernel.inspect(:ok), label: nil
IO.puts Float.round(2.0 / 3, 3)
IO.puts 10 / 4
IO.puts 1.0e20
IO.puts 123456789012345.0
IO.puts 0.000123
IO.puts 2 ** 64
IO.inspect IO.ANSI.format(["x"], true) |> IO.iodata_to_binary()
IO.inspect IO.ANSI.format([:red, ["a", :blue], "b"], true) |> IO.iodata_to_binary()
IO.inspect IO.ANSI.format_fragment([:red, "a"], true) |> IO.iodata_to_binary()
IO.inspect IO.ANSI.enabled?()
IO.inspect IO.ANSI.format([:red, "a"])
IO.inspect IO.ANSI.format([:red, "a"], true)
IO.inspect IO.ANSI.color(1, 2, 3)
IO.inspect IO.ANSI.color(100)
IO.inspect IO.ANSI.color_background(5)
IO.inspect IO.ANSI.light_red_background()
IO.inspect IO.ANSI.cursor(2, 3)
IO.inspect IO.ANSI.clear()
IO.inspect IO.ANSI.home()
IO.inspect IO.ANSI.format("plain", true)
IO.inspect 1, label: nil
IO.inspect 1, label: :x
IO.inspect 1, label: 5
IO.inspect 1, label: false
