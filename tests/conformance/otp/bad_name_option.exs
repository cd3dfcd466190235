# A :name that is not nil, an atom, {:global, term} or {:via, module, term} is an
# ArgumentError from every server's start_link, before any process starts.
defmodule Stack do
  use GenServer
  def init(items), do: {:ok, items}
end

starts = [
  {"GenServer", fn name -> GenServer.start_link(Stack, [], name: name) end},
  {"Agent", fn name -> Agent.start_link(fn -> 0 end, name: name) end},
  {"Supervisor", fn name -> Supervisor.start_link([], strategy: :one_for_one, name: name) end},
  {"DynamicSupervisor", fn name -> DynamicSupervisor.start_link(strategy: :one_for_one, name: name) end}
]

for {what, start} <- starts,
    name <- ["stack", {:invalid_tuple, "stack"}, {:via, "Via", "stack"}] do
  try do
    start.(name)
    IO.puts("#{what}: started")
  rescue
    e in ArgumentError ->
      [first | _] = String.split(e.message, "\n")
      IO.puts("#{what} #{inspect(name)}: #{first} Got: #{e.message |> String.split("Got: ") |> List.last() |> String.trim()}")
  end
end
