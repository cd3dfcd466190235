defmodule MyError do
  defexception message: "my default message"
end
defmodule NotFound do
  defexception [:key, :where]
  @impl true
  def message(%{key: k, where: w}), do: "#{inspect(k)} not found in #{w}"
end
defmodule Wrap do
  defexception [:message, :value]
  @impl true
  def exception(value) do
    %Wrap{message: "wrapped: #{inspect(value)}", value: value}
  end
end
defmodule Main do
  def run do
    try do
      raise MyError
    rescue
      e in MyError -> IO.inspect(e); IO.puts(Exception.message(e))
    end
    try do
      raise MyError, "custom"
    rescue
      e -> IO.inspect(e)
    end
    try do
      raise MyError, message: "kw"
    rescue
      e in [MyError, ArgumentError] -> IO.puts(e.message)
    end
    try do
      raise NotFound, key: :a, where: "cache"
    rescue
      e in NotFound -> IO.puts(Exception.message(e)); IO.inspect(e)
    end
    try do
      raise Wrap, {1, 2}
    rescue
      e -> IO.inspect(e); IO.puts(Exception.message(e))
    end
    e = MyError.exception(message: "direct")
    IO.inspect(e)
    IO.inspect(MyError.exception("s"))
    IO.inspect(MyError.message(e))
    IO.inspect(is_exception(e))
    IO.inspect(is_exception(e, MyError))
    IO.inspect(%MyError{})
    IO.inspect(Map.keys(%MyError{}))
    try do
      raise %NotFound{key: 1, where: "x"}
    rescue
      e -> IO.puts(Exception.format(:error, e))
    end
    r = try do
      raise NotFound, key: 3
    rescue
      NotFound -> :rescued
    end
    IO.inspect(r)
    raise NotFound, key: :b, where: "db"
  end
end
Main.run()
