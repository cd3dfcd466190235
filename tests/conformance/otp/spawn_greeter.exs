# spawn/3 with a module, a function and its arguments, as the book's first process
# examples write it: a greeter that answers, then loops to answer again.
defmodule Spawn4 do
  def greet do
    receive do
      {sender, msg} ->
        send(sender, {:ok, "Hello, #{msg}"})
        greet()
    end
  end
end

defmodule Greeter do
  def greet(to, name), do: send(to, {:greeting, "Hi #{name}"})
end

pid = spawn(Spawn4, :greet, [])
send(pid, {self(), "World!"})

receive do
  {:ok, message} -> IO.puts(message)
end

send(pid, {self(), "Kermit!"})

receive do
  {:ok, message} -> IO.puts(message)
after
  500 -> IO.puts("The greeter has gone away")
end

spawn(Greeter, :greet, [self(), "Ada"])

receive do
  {:greeting, text} -> IO.puts(text)
end

IO.inspect(Process.alive?(pid))
Process.exit(pid, :kill)
Process.sleep(10)
IO.inspect(Process.alive?(pid))
