# IO with iodata, Date/Time, Base, Path, URI, Version, OptionParser
IO.puts ["a", ?b, ["c", 'd']]
IO.write "no newline"
IO.write "\n"
IO.puts :io_lib.format("~p", [[1, 2]])
IO.inspect IO.iodata_to_binary(["a", [?b]])
IO.inspect IO.chardata_to_string(['a', "b"])
IO.inspect IO.iodata_length(["ab", ?c])
IO.puts IO.ANSI.format([:red, "x"], false) |> IO.iodata_to_binary()
IO.inspect System.get_env("NOPE_NOT_SET")
IO.inspect Date.new(2023, 2, 29)
IO.inspect Date.add(~D[2023-01-31], 1)
IO.inspect Date.diff(~D[2023-03-01], ~D[2023-02-01])
IO.inspect Date.day_of_week(~D[2023-01-01])
IO.puts Date.to_string(~D[2023-01-01])
IO.inspect Time.add(~T[23:59:59], 2)
IO.inspect NaiveDateTime.add(~N[2023-01-01 00:00:00], 3600)
IO.inspect Calendar.strftime(~N[2023-01-05 13:04:05], "%Y/%m/%d %H:%M:%S %A %B")
IO.inspect Date.range(~D[2023-01-01], ~D[2023-01-03]) |> Enum.to_list()
IO.inspect Date.beginning_of_month(~D[2023-05-17])
IO.inspect Date.leap_year?(~D[2024-01-01])
IO.inspect Enum.map(~w(1 2 3), &String.to_integer/1) |> Enum.sum()
IO.inspect Kernel.to_string(:abc)
IO.inspect "#{[1, 2]}"
IO.inspect "#{'abc'}"
IO.inspect "#{nil}|#{true}|#{3.0}"
IO.inspect Base.encode64("hello")
IO.inspect :erlang.phash2("abc")
IO.inspect Path.join(["a", "b", "c.txt"])
IO.inspect Path.extname("x.tar.gz")
IO.inspect URI.parse("https://elixir-lang.org/docs?x=1")
IO.inspect Version.compare("1.2.3", "1.10.0")
IO.inspect OptionParser.parse(["--name", "x", "-v", "rest"], strict: [name: :string], aliases: [v: :verbose])
IO.inspect OptionParser.parse(["--verbose", "file"], switches: [verbose: :boolean])
IO.inspect Integer.to_string(1234567) |> String.graphemes() |> Enum.reverse() |> Enum.chunk_every(3) |> Enum.join(",") |> String.reverse()
