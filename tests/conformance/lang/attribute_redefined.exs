# A module attribute set again: each def reads the value it had where the def was written
# (in guards too); a def before the attribute is set reads nil (a warning on stderr).
defmodule Attr do
  @author "Dave Thomas"
  def get_author, do: @author
  @attr "one"
  def first, do: @attr
  @attr "two"
  def second, do: @attr
  @limit 10
  def small?(x) when x < @limit, do: true
  @limit 100
  def small?(x) when x < @limit, do: :medium
  def small?(_), do: false
  @items Enum.map(1..3, &(&1 * 2))
  def items, do: @items
  @items Enum.map(1..3, &(&1 * 3))
  def items2, do: @items
  def late, do: @later
  @later :set_after
end
IO.puts "#{Attr.get_author} #{Attr.first} #{Attr.second}"
IO.inspect {Attr.small?(5), Attr.small?(50), Attr.small?(500)}
IO.inspect {Attr.items, Attr.items2, Attr.late}
