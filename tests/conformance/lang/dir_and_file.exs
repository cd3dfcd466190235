# __DIR__ is the absolute directory of the script (as Path.expand would give it), the
# folder a script reads its neighbouring files from.
IO.puts(Path.basename(__DIR__))
IO.puts(Path.type(__DIR__))
IO.puts(__DIR__ == Path.expand(".", __DIR__))
IO.puts(Path.join(__DIR__, "data.txt") |> Path.basename())
