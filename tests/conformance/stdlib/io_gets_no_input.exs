# Reading the standard input when there is none (the corpus runs programs with stdin
# /dev/null): IO.gets writes its prompt and gives :eof, IO.read :eof (or "" for :all),
# IO.stream nothing; a program that asks for a name falls back.
name =
  case IO.gets("What is your name? ") do
    :eof -> "stranger"
    line -> String.trim(line)
  end

IO.puts("\nHello, #{name}!")
IO.inspect(IO.read(:stdio, :line))
IO.inspect(IO.read(:stdio, :all))
IO.inspect(IO.stream(:stdio, :line) |> Enum.to_list())
IO.inspect(IO.binread(:stdio, :eof))
