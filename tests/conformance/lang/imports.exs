# import as modules write it: an Erlang module's functions by atom, `only:` and `except:`
# lists, `only: :functions`, and a second import of a module replacing the first.
defmodule Link1 do
  import :timer, only: [sleep: 1]

  def sad_function do
    sleep(20)
    exit(:boom)
  end

  def run do
    Process.flag(:trap_exit, true)
    spawn_link(Link1, :sad_function, [])

    receive do
      msg -> IO.puts("MESSAGE RECEIVED: #{inspect(msg |> elem(2))}")
    after
      1000 -> IO.puts("Nothing happened as far as I am concerned")
    end
  end
end

Link1.run()

defmodule Geometry do
  import :math, only: [sqrt: 1, pow: 2, pi: 0]
  def hypot(a, b), do: sqrt(pow(a, 2) + pow(b, 2))
  def circle(r), do: pi() * r * r
end

IO.inspect(Geometry.hypot(3, 4))
IO.inspect(Geometry.circle(1.0))

defmodule Lists do
  import List, except: [first: 1]
  import Enum, only: :functions
  def first(list), do: {:mine, hd(list)}
  def go, do: {first([1, 2]), last([1, 2]), sum([1, 2, 3]), wrap(nil)}
end

IO.inspect(Lists.go())

defmodule Twice do
  import String, only: [upcase: 1]
  import String, only: [downcase: 1]
  def go, do: downcase("ABC")
end

IO.inspect(Twice.go())

import Integer, only: [digits: 1]
IO.inspect(digits(1234))
import :lists, only: [seq: 2, reverse: 1]
IO.inspect(reverse(seq(1, 5)))
