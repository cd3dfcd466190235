# a <<...>> or an interpolated string inside <<...>> is taken whole
x = 5
IO.inspect <<1, <<2>> >>
IO.inspect <<1, "a#{x}", <<2, 3>>, "b">>
<<a, <<b, c>> >> = <<1, 2, 3>>
IO.inspect {a, b, c}
header = <<0xCA, 0xFE>>
packet = <<header::binary, 1, <<"payload">> >>
IO.inspect packet
<<0xCA, 0xFE, version, body::binary>> = packet
IO.inspect {version, body}
