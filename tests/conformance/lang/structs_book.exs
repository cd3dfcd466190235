# Structs from the book: Subscriber, Attendee, nested BugReport with put_in/update_in
defmodule Subscriber do
  defstruct name: "", paid: false, over_18: true
end
defmodule Attendee do
  defstruct name: "", paid: false, over_18: true
  def may_attend_after_party(attendee = %Attendee{}) do
    attendee.paid && attendee.over_18
  end
  def print_vip_badge(%Attendee{name: name}) when name != "" do
    IO.puts("Very cheap badge for #{name}")
  end
  def print_vip_badge(%Attendee{}) do
    raise "missing name for badge"
  end
end
s1 = %Subscriber{}
IO.inspect(s1)
s2 = %Subscriber{name: "Dave"}
IO.inspect(s2)
s3 = %Subscriber{name: "Mary", paid: true}
IO.inspect(s3)
IO.inspect(s3.name)
%Subscriber{name: a_name} = s3
IO.inspect(a_name)
s4 = %Subscriber{s3 | name: "Marie"}
IO.inspect(s4)
a1 = %Attendee{name: "Dave", over_18: true}
IO.inspect(Attendee.may_attend_after_party(a1))
a2 = %Attendee{a1 | paid: true}
IO.inspect(Attendee.may_attend_after_party(a2))
Attendee.print_vip_badge(a2)
a3 = %Attendee{}
try do
  Attendee.print_vip_badge(a3)
rescue
  e in RuntimeError -> IO.puts("error: #{e.message}")
end
defmodule Customer do
  defstruct name: "", company: ""
end
defmodule BugReport do
  defstruct owner: %Customer{}, details: "", severity: 1
end
report = %BugReport{owner: %Customer{name: "Dave", company: "Pragmatic"}, details: "broken"}
IO.inspect(report)
IO.inspect(report.owner.company)
report = %BugReport{report | owner: %Customer{report.owner | company: "PragProg"}}
IO.inspect(report)
report = put_in(report.owner.company, "PP")
IO.inspect(report.owner)
report = update_in(report.owner.name, &("Mr. " <> &1))
IO.inspect(report.owner)
IO.inspect(Map.from_struct(s3))
IO.inspect(struct(Subscriber, name: "Z", bogus: 1))
IO.inspect(Subscriber.__struct__())
IO.inspect(is_map(s1))
IO.inspect(s1 == %Subscriber{})
IO.inspect(Map.keys(s1))
