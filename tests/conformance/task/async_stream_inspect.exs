# Task.async_stream/2 returns a lazy stream, a fun made by Task.build_stream/3: inspect shows
# the same fun whatever the stream's items, and nothing runs until it is enumerated.
stream = Task.async_stream([1, 2, 3], fn x -> x * 2 end)
IO.inspect(stream)
IO.inspect(Task.async_stream([], fn x -> x end))
IO.inspect(Enum.to_list(stream))
