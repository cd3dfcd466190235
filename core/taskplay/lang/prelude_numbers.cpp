// The prelude's Integer and Float (Elixir 1.14's), beside their natives
// (natives_numbers.cpp: the guards, parsing, Float's exact decimal rounding).

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_numbers_source() {
  return R"elixir(
defmodule Integer do
  def pow(base, exponent) when is_integer(base) and is_integer(exponent) do
    if exponent < 0, do: :erlang.error(:badarith, [base, exponent])
    base ** exponent
  end

  def mod(dividend, divisor) do
    remainder = rem(dividend, divisor)
    if remainder * divisor < 0, do: remainder + divisor, else: remainder
  end

  def floor_div(dividend, divisor) do
    if dividend * divisor < 0 and rem(dividend, divisor) != 0,
      do: div(dividend, divisor) - 1,
      else: div(dividend, divisor)
  end

  def digits(integer), do: digits(integer, 10)
  def digits(integer, base) when is_integer(integer) and is_integer(base) and base >= 2,
    do: digits(integer, base, [])
  defp digits(integer, base, acc) when abs(integer) < base, do: [integer | acc]
  defp digits(integer, base, acc), do: digits(div(integer, base), base, [rem(integer, base) | acc])

  def undigits(digits), do: undigits(digits, 10)
  def undigits(digits, base) when is_list(digits) and is_integer(base) and base >= 2,
    do: undigits(digits, base, 0)
  defp undigits([], _base, acc), do: acc
  defp undigits([digit | _], base, _acc) when is_integer(digit) and digit >= base,
    do: raise(ArgumentError, "invalid digit #{digit} in base #{base}")
  defp undigits([digit | rest], base, acc) when is_integer(digit),
    do: undigits(rest, base, acc * base + digit)

  def parse(binary), do: Integer.parse(binary, 10)

  def to_string(integer), do: :erlang.integer_to_binary(integer)
  def to_string(integer, base), do: :erlang.integer_to_binary(integer, base)
  def to_charlist(integer), do: :erlang.integer_to_list(integer)
  def to_charlist(integer, base), do: :erlang.integer_to_list(integer, base)
  def to_char_list(integer), do: :erlang.integer_to_list(integer)
  def to_char_list(integer, base), do: :erlang.integer_to_list(integer, base)

  def gcd(a, b) when is_integer(a) and is_integer(b), do: gcd_positive(abs(a), abs(b))
  defp gcd_positive(0, b), do: b
  defp gcd_positive(a, 0), do: a
  defp gcd_positive(a, b), do: gcd_positive(b, rem(a, b))

  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b), do: {b, 0, 1}
  def extended_gcd(a, 0), do: {a, 1, 0}
  def extended_gcd(a, b) when is_integer(a) and is_integer(b), do: extended_gcd(b, a, 0, 1, 1, 0)
  # Euclid's steps with the Bezout coefficients carried along
  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    q = div(r0, r1)
    case r0 - q * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 when r1 < 0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - q * s1, s1, t0 - q * t1, t1)
    end
  end
end

defmodule Float do
  def round(float), do: Float.round(float, 0)
  def floor(float), do: Float.floor(float, 0)
  def ceil(float), do: Float.ceil(float, 0)
  def pow(base, exponent) when is_float(base) and is_number(exponent), do: :math.pow(base, exponent)
  def to_charlist(float) when is_float(float), do: String.to_charlist(Float.to_string(float))
  def to_char_list(float), do: to_charlist(float)
  def to_char_list(float, options), do: :erlang.float_to_list(float, expand_compact(options))
  def to_string(float, options), do: :erlang.float_to_binary(float, expand_compact(options))
  defp expand_compact([{:compact, false} | t]), do: expand_compact(t)
  defp expand_compact([{:compact, true} | t]), do: [:compact | expand_compact(t)]
  defp expand_compact([h | t]), do: [h | expand_compact(t)]
  defp expand_compact([]), do: []
end
)elixir";
}

}  // namespace taskplay::lang
