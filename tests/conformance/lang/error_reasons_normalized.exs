# What `rescue` sees for each reason an Erlang error can carry: Exception.normalize/3 turns
# the reasons it knows into Elixir exceptions and leaves the rest as ErlangError.
reasons = [:badarg, {:badarg, 1}, {:badarg, "x"}, :badarith, :system_limit, :cond_clause,
  {:badfun, 3}, {:badstruct, URI, %{}}, {:badmatch, 4}, {:badmap, 5}, {:badbool, :and, 6},
  {:badkey, :k}, {:badkey, :k, %{a: 1}}, {:badkey, :k, 7}, {:case_clause, 8},
  {:with_clause, 9}, {:try_clause, 10}, :timeout, {:other, 11}, "text"]

for r <- reasons do
  try do
    :erlang.error(r)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

m = %{a: 1}

try do
  %URI{m | path: "x"}
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
