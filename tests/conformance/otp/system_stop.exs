# System.stop/1 as a script's last word: the run ends with its status once the work is done
# (the BEAM shuts down in its own time; nothing here runs after it).
defmodule Jobs do
  def run(n) do
    parent = self()
    for i <- 1..n, do: spawn(fn -> send(parent, {:done, i, i * i}) end)

    for _ <- 1..n do
      receive do
        {:done, i, sq} -> {i, sq}
      end
    end
    |> Enum.sort()
  end
end

IO.inspect(Jobs.run(4), label: "squares")
IO.puts("stopping with status 2")
System.stop(2)
