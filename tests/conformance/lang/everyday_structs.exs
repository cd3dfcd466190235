# Structs: defaults, update, pattern matching, nesting, @enforce_keys
defmodule Subscriber do
  defstruct name: "", paid: false, over_18: true
end
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
defmodule Point do
  @enforce_keys [:x]
  defstruct [:x, y: 0]
end
defmodule Main do
  def run do
    s1 = %Subscriber{}
    IO.inspect s1
    s2 = %Subscriber{name: "Mary", paid: true}
    IO.inspect s2
    IO.inspect s2.name
    %Subscriber{name: a_name} = s2
    IO.inspect a_name
    s3 = %Subscriber{s2 | name: "Marie"}
    IO.inspect s3
    IO.puts inspect(s3, structs: false)
    a1 = %Attendee{name: "Dave", over_18: true}
    IO.inspect Attendee.may_attend_after_party(a1)
    a2 = %Attendee{a1 | paid: true}
    IO.inspect Attendee.may_attend_after_party(a2)
    Attendee.print_vip_badge(a2)
    a3 = %Attendee{}
    try do
      Attendee.print_vip_badge(a3)
    rescue
      e in RuntimeError -> IO.inspect e
    end
    report = %BugReport{owner: %Customer{name: "Dave", company: "Pragmatic"}, details: "broken"}
    IO.inspect report
    report = %BugReport{report | owner: %Customer{report.owner | company: "PragProg"}}
    IO.inspect report
    IO.inspect put_in(report.owner.company, "PragProg2")
    IO.inspect update_in(report.owner.name, &("Mr. " <> &1))
    IO.inspect get_in(report, [Access.key(:owner), Access.key(:name)])
    IO.inspect is_map(report)
    IO.inspect report.__struct__
    IO.inspect %Point{x: 1}
    IO.inspect struct(Point, x: 5, z: 3)
    IO.inspect Map.keys(%Point{x: 1})
    
  end
end
Main.run()
