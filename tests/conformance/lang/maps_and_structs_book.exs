defmodule Users do
  dave = %{ name: "Dave", state: "TX", likes: "programming" }
  case dave do
    %{state: some_state} = person ->
      IO.puts "#{person.name} lives in #{some_state}"
    _ ->
      IO.puts "No matches"
  end
end
people = [
  %{ name: "Grumpy", height: 1.24 },
  %{ name: "Dave", height: 1.88 },
  %{ name: "Dopey", height: 1.32 },
  %{ name: "Shaquille", height: 2.16 },
  %{ name: "Sneezy", height: 1.28 }
]
IO.inspect(for person = %{ height: height } <- people, height > 1.5, do: person)
m = %{ a: 1, b: 2, c: 3 }
m1 = %{ m | b: "two", c: "three" }
IO.inspect m1
m2 = %{ m1 | a: "one" }
IO.inspect m2
defmodule Attendee do
  defstruct name: "", paid: false, over_18: true
  def may_attend_after_party(attendee = %Attendee{}) do
    attendee.paid && attendee.over_18
  end
  def print_vip_badge(%Attendee{name: name}) when name != "" do
    IO.puts "Very cheap badge for #{name}"
  end
  def print_vip_badge(%Attendee{}) do
    raise "missing name for badge"
  end
end
defmodule Customer do
  defstruct name: "", company: ""
end
defmodule BugReport do
  defstruct owner: %Customer{}, details: "", severity: 1
end
defmodule StructDemo do
  def run do
    a1 = %Attendee{name: "Dave", over_18: true}
    IO.inspect Attendee.may_attend_after_party(a1)
    a2 = %Attendee{a1 | paid: true}
    IO.inspect Attendee.may_attend_after_party(a2)
    Attendee.print_vip_badge(a2)
    IO.inspect a2
    try do
      Attendee.print_vip_badge(%Attendee{})
    rescue
      e -> IO.inspect e
    end
    report = %BugReport{owner: %Customer{name: "Dave", company: "Pragmatic"}, details: "broken"}
    IO.inspect report
    IO.inspect report.owner.company
    report = %BugReport{ report | owner: %Customer{ report.owner | company: "PragProg" }}
    IO.inspect report
    IO.inspect put_in(report.owner.company, "PP")
    IO.inspect update_in(report.owner.name, &("Mr. " <> &1))
  end
end

StructDemo.run()
nested = %{ buttercup: %{ actor: %{ first: "Robin", last: "Wright" }, role: "princess" }, westley: %{ actor: %{ first: "Cary", last: "Elwes" }, role: "farm boy" } }
IO.inspect get_in(nested, [:buttercup])
IO.inspect get_in(nested, [:buttercup, :actor])
IO.inspect get_in(nested, [:buttercup, :actor, :first])
IO.inspect put_in(nested, [:westley, :actor, :last], "Elwes")
authors = [ %{ name: "José", language: "Elixir" }, %{ name: "Matz", language: "Ruby" }, %{ name: "Larry", language: "Perl" } ]
languages_with_an_r = fn (:get, collection, next_fn) ->
  for row <- collection do
    if String.contains?(row.language, "r") do
      next_fn.(row)
    end
  end
end
IO.inspect get_in(authors, [languages_with_an_r, :name])
IO.inspect get_in(authors, [Access.all(), :name])
IO.inspect get_in(authors, [Access.at(1), :language])
IO.inspect Map.keys(m), label: "keys"
IO.inspect Map.values(m)
IO.inspect Map.drop(m, [:a])
IO.inspect Map.pop(m, :c)
IO.inspect Map.has_key?(m, :d)
set1 = 1..5 |> Enum.into(MapSet.new)
set2 = 3..8 |> Enum.into(MapSet.new)
IO.inspect MapSet.member?(set1, 3)
IO.inspect MapSet.union(set1, set2)
IO.inspect MapSet.difference(set1, set2)
IO.inspect MapSet.intersection(set1, set2)
