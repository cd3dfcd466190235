# Floats printed every way, :io.format directives, big integers
for f <- [0.1, 1.0e-10, 123.456, 1.0e15, 1.0e16, 2.0e-3, 5.0e-324, 1.7976931348623157e308, 0.3, 100.0, 1234.5e10, -1.5e-7, 3.0e22] do
  IO.puts "#{f} #{inspect f} #{Float.to_string(f)} #{:erlang.float_to_binary(f)}"
end
:io.format("~e ~f ~g~n", [1.5, 1.5, 1.5])
:io.format("~10.3f|~-10.3f|~.2e~n", [3.14159, 2.71828, 12345.678])
:io.format("~s ~p ~w ~c ~b ~.16B ~i~n", ["str", %{a: 1}, {1, "x"}, ?z, 10, 255, :ignored])
:io.format("~10s|~-10s|~.3s~n", ["right", "left", "truncate"])
:io.format("~*c~n", [5, ?x])
IO.puts :io_lib.format("~4..0B", [42]) |> to_string()
IO.puts Integer.to_string(2 ** 64)
IO.puts 2 ** 64 * 3 - 1
IO.puts div(2 ** 100, 3)
IO.puts rem(-(2 ** 70), 7)
IO.inspect 1.0 * 2 ** 60
