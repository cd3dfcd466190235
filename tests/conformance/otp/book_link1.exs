defmodule Link1 do
  import :timer, only: [ sleep: 1 ]

  def sad_function do
    sleep 50
    exit(:boom)
  end
  def run do
    spawn(Link1, :sad_function, [])
    receive do
      msg ->
        IO.puts "MESSAGE RECEIVED: #{inspect msg}"
    after 100 ->
      IO.puts "Nothing happened as far as I am concerned"
    end
  end
end

Link1.run
