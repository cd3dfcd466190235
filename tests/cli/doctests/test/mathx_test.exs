defmodule MathXTest do
  use ExUnit.Case
  doctest MathX
end
