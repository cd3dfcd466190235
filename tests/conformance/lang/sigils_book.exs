# Sigils from the book: every delimiter, heredocs, and sigils of your own (~l, ~k)
IO.inspect(~c/1,2,3/)
IO.inspect(~C/1\n2#{3}/)
IO.inspect(~s/1\n2#{1 + 2}/)
IO.inspect(~S/1\n2#{3}/)
IO.inspect(~w/the c#{:a}t sat/)
IO.inspect(~W/the c#{:a}t sat/)
IO.inspect(~D<1999-12-31>)
IO.inspect(~T[12:34:56])
IO.inspect(~N{1999-12-31 23:59:59})
IO.inspect(~s{with "quotes" and 'single'})
IO.inspect(~s|pipes|)
IO.inspect(~s"""
heredoc
  sigil
""")
IO.inspect(~w"""
the cat
sat
""")
IO.inspect(~r/cat/i)
defmodule LineSigil do
  def sigil_l(lines, _opts), do: lines |> String.trim_trailing() |> String.split("\n")
end
defmodule Example do
  import LineSigil
  def lines do
    ~l"""
    line 1
    line 2
    and another line in #{__MODULE__}
    """
  end
end
IO.inspect(Example.lines())
defmodule ColorSigil do
  @color_map [rgb: [red: 0xff0000, green: 0x00ff00, blue: 0x0000ff], hsb: [red: {0, 100, 100}, green: {120, 100, 100}, blue: {240, 100, 100}]]
  def sigil_k(color_name, []), do: _c(color_name, :rgb)
  def sigil_k(color_name, 'r'), do: _c(color_name, :rgb)
  def sigil_k(color_name, 'h'), do: _c(color_name, :hsb)
  defp _c(color_name, color_space), do: @color_map[color_space][String.to_atom(color_name)]
end
defmodule ColorExample do
  import ColorSigil
  def run do
    IO.inspect(~k{red})
    IO.inspect(~k{red}h)
    IO.inspect(~k{blue}r)
  end
end
ColorExample.run()
