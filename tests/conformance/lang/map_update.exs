m = %{"b" => 2, a: 1}
k = "b"
IO.inspect %{m | k => 3}
IO.inspect %{m | :a => 5, "b" => 6}
try do
%{m | "zz" => 1}
rescue e -> IO.inspect(e)
end
