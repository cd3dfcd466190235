defmodule SpawnBasic do
  def greet do
    IO.puts "Hello"
  end
end

defmodule Spawn1 do
  def greet do
    receive do
      {sender, msg} ->
        send sender, { :ok, "Hello, #{msg}" }
        greet()
    end
  end
end

spawn(SpawnBasic, :greet, [])
Process.sleep(50)
pid = spawn(Spawn1, :greet, [])
send pid, {self(), "World!"}
receive do
  {:ok, message} -> IO.puts message
end
send pid, {self(), "Kermit!"}
receive do
  {:ok, message} -> IO.puts message
after 500 ->
  IO.puts "The greeter has gone away"
end
IO.inspect Process.alive?(pid)
IO.inspect Process.info(pid, :status)
Process.exit(pid, :kill)
Process.sleep(10)
IO.inspect Process.alive?(pid)
IO.inspect Process.info(pid, :status)
