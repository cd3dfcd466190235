# Erlang's :queue as a FIFO for a breadth-first walk, and its inner {rear, front} shape as
# OTP keeps it (what IO.inspect shows of a queue).
defmodule Tree do
  def bfs(tree), do: walk(:queue.from_list([tree]), [])
  defp walk(q, seen) do
    case :queue.out(q) do
      {:empty, _} -> Enum.reverse(seen)
      {{:value, {name, kids}}, q} -> walk(Enum.reduce(kids, q, &:queue.in/2), [name | seen])
    end
  end
end

IO.inspect Tree.bfs({:a, [{:b, [{:d, []}]}, {:c, [{:e, []}, {:f, []}]}]})
q = :queue.new()
IO.inspect q
q = :queue.in(1, q); IO.inspect q
q = :queue.in(2, q); IO.inspect q
q = :queue.in(3, q); IO.inspect q
q = :queue.in(4, q); IO.inspect q
{v, q2} = :queue.out(q); IO.inspect {v, q2}
{v, q3} = :queue.out(q2); IO.inspect {v, q3}
IO.inspect :queue.out_r(q)
IO.inspect :queue.in_r(0, q)
IO.inspect :queue.from_list([1, 2, 3, 4, 5])
IO.inspect :queue.from_list([1])
IO.inspect :queue.from_list([1, 2])
IO.inspect :queue.to_list(q)
IO.inspect :queue.len(q)
IO.inspect :queue.is_empty(q)
IO.inspect :queue.member(3, q)
IO.inspect :queue.peek(q)
IO.inspect :queue.peek_r(q)
IO.inspect :queue.reverse(q)
IO.inspect :queue.join(q, :queue.from_list([9, 8]))
IO.inspect :queue.out(:queue.new())
{_, q5} = :queue.out(:queue.from_list([1, 2, 3, 4, 5])); IO.inspect q5
{_, q6} = :queue.out_r(:queue.from_list([1, 2, 3, 4, 5])); IO.inspect q6
{_, q7} = :queue.out(:queue.in(2, :queue.in(1, :queue.new()))); IO.inspect q7
IO.inspect :queue.filter(&(&1 > 2), q)
IO.inspect :queue.is_queue(q)
IO.inspect :queue.get(q)
IO.inspect :queue.drop(q)
