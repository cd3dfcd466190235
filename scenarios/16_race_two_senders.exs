# A race: two processes send to one receiver. Messages from one sender arrive in the
# order sent, but nothing orders two senders: either message can come first. Explore
# finds both endings ("first a, then b" and "first b, then a").
parent = self()
spawn(fn -> send(parent, {:from, :a}) end)
spawn(fn -> send(parent, {:from, :b}) end)
first = receive do {:from, who} -> who end
second = receive do {:from, who} -> who end
IO.puts("first #{first}, then #{second}")
