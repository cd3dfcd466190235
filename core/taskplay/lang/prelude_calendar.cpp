// The prelude's Date, Time and NaiveDateTime in the ISO calendar (Elixir 1.14's, the
// everyday part): ~D ~T ~N, new/3,4,6 and new!, from_iso8601 (and !), to_string,
// to_iso8601, compare, add, diff, day_of_week, day_of_year, leap_year?, days_in_month,
// beginning_of_month, end_of_month, to_erl, utc_today (Date), utc_now (Time, NaiveDateTime: the
// runtime's clock, System.system_time/1); inspect prints them as ~D[...] (inspect.cpp).
// Days are counted from 0000-01-01 as :calendar's gregorian days (H. Hinnant's civil-days
// algorithm); Date.range/2,3 (a Date.Range, enumerable). Not done: DateTime and time zones,
// calendars other than Calendar.ISO.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_calendar_source() {
  return R"elixir(
defmodule Calendar.ISO do
  def leap_year?(year) when is_integer(year),
    do: rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)

  def days_in_month(year, 2), do: if(leap_year?(year), do: 29, else: 28)
  def days_in_month(_year, month) when month in [4, 6, 9, 11], do: 30
  def days_in_month(_year, month) when month in 1..12, do: 31

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day),
    do: month in 1..12 and day >= 1 and day <= days_in_month(year, month)
  def valid_date?(_, _, _), do: false

  def valid_time?(hour, minute, second) when is_integer(hour) and is_integer(minute) and is_integer(second),
    do: hour in 0..23 and minute in 0..59 and second in 0..59
  def valid_time?(_, _, _), do: false

  # days since 0000-01-01
  def __days__(year, month, day) do
    y = if month <= 2, do: year - 1, else: year
    era = div(if(y >= 0, do: y, else: y - 399), 400)
    yoe = y - era * 400
    mp = rem(month + 9, 12)
    doy = div(153 * mp + 2, 5) + day - 1
    doe = yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy
    era * 146097 + doe - 719468 + 719528
  end

  def __date__(days) do
    z = days - 719528 + 719468
    era = div(if(z >= 0, do: z, else: z - 146096), 146097)
    doe = z - era * 146097
    yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365)
    doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100))
    mp = div(5 * doy + 2, 153)
    day = doy - div(153 * mp + 2, 5) + 1
    month = if mp < 10, do: mp + 3, else: mp - 9
    year = yoe + era * 400
    {if(month <= 2, do: year + 1, else: year), month, day}
  end

  def __pad__(n, width) when n < 0, do: "-" <> __pad__(-n, width)
  def __pad__(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")

  def __date_string__(year, month, day), do: __pad__(year, 4) <> "-" <> __pad__(month, 2) <> "-" <> __pad__(day, 2)

  def __time_string__(hour, minute, second, {us, precision}) do
    base = __pad__(hour, 2) <> ":" <> __pad__(minute, 2) <> ":" <> __pad__(second, 2)
    if precision == 0, do: base, else: base <> "." <> String.slice(__pad__(us, 6), 0, precision)
  end

  def __parse_date__(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2)>>) do
    with {year, ""} <- Integer.parse(y), {month, ""} <- Integer.parse(m), {day, ""} <- Integer.parse(d) do
      if valid_date?(year, month, day), do: {:ok, {year, month, day}}, else: {:error, :invalid_date}
    else
      _ -> {:error, :invalid_format}
    end
  end
  def __parse_date__(_), do: {:error, :invalid_format}

  def __parse_time__(<<h::binary-size(2), ?:, m::binary-size(2), ?:, s::binary-size(2), rest::binary>>) do
    with {hour, ""} <- Integer.parse(h), {minute, ""} <- Integer.parse(m), {second, ""} <- Integer.parse(s),
         {:ok, micro} <- __parse_fraction__(rest) do
      if valid_time?(hour, minute, second), do: {:ok, {hour, minute, second, micro}}, else: {:error, :invalid_time}
    else
      _ -> {:error, :invalid_format}
    end
  end
  def __parse_time__(_), do: {:error, :invalid_format}

  defp __parse_fraction__(""), do: {:ok, {0, 0}}
  defp __parse_fraction__("." <> digits) when byte_size(digits) in 1..6 do
    case Integer.parse(digits) do
      {n, ""} -> {:ok, {n * Integer.pow(10, 6 - byte_size(digits)), byte_size(digits)}}
      _ -> :error
    end
  end
  defp __parse_fraction__(_), do: :error
end

defmodule Date do
  def new(year, month, day, calendar \\ Calendar.ISO) do
    if Calendar.ISO.valid_date?(year, month, day),
      do: {:ok, %{__struct__: Date, year: year, month: month, day: day, calendar: calendar}},
      else: {:error, :invalid_date}
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot build date, reason: #{inspect(reason)}"
    end
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.__parse_date__(string) do
      {:ok, {y, m, d}} -> new(y, m, d, calendar)
      error -> error
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  # today by the runtime's clock (System.system_time/1), which a recorded run replays
  def utc_today(calendar \\ Calendar.ISO) do
    {y, m, d} = Calendar.ISO.__date__(Integer.floor_div(System.system_time(:second), 86400) + 719528)
    %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}
  end

  def from_erl({year, month, day}, calendar \\ Calendar.ISO), do: new(year, month, day, calendar)
  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end
  def to_erl(%{year: y, month: m, day: d}), do: {y, m, d}

  def to_string(%{year: y, month: m, day: d}), do: Calendar.ISO.__date_string__(y, m, d)
  def to_iso8601(date, _format \\ :extended), do: to_string(date)

  def leap_year?(%{year: y}), do: Calendar.ISO.leap_year?(y)
  def days_in_month(%{year: y, month: m}), do: Calendar.ISO.days_in_month(y, m)
  def day_of_week(%{year: y, month: m, day: d}, starting_on \\ :default) do
    iso = rem(Calendar.ISO.__days__(y, m, d) + 5, 7) + 1
    case starting_on do
      :default -> iso
      :monday -> iso
      :sunday -> rem(iso, 7) + 1
    end
  end
  def day_of_year(%{year: y, month: m, day: d}), do: Calendar.ISO.__days__(y, m, d) - Calendar.ISO.__days__(y, 1, 1) + 1
  def quarter_of_year(%{month: m}), do: div(m - 1, 3) + 1
  def beginning_of_month(%{} = date), do: %{date | day: 1}
  def end_of_month(%{} = date), do: %{date | day: days_in_month(date)}
  def months_in_year(_date), do: 12

  def add(%{year: y, month: m, day: d} = date, days) do
    {y, m, d} = Calendar.ISO.__date__(Calendar.ISO.__days__(y, m, d) + days)
    %{date | year: y, month: m, day: d}
  end

  def diff(%{year: y1, month: m1, day: d1}, %{year: y2, month: m2, day: d2}),
    do: Calendar.ISO.__days__(y1, m1, d1) - Calendar.ISO.__days__(y2, m2, d2)

  # Date.range/2,3: a Date.Range of the days from first to last, step days apart (range/2
  # counts down, step -1, when last comes before first)
  def range(%{calendar: calendar} = first, %{calendar: calendar} = last) do
    step = if compare(first, last) == :gt, do: -1, else: 1
    range(first, last, step)
  end
  def range(%{calendar: c1} = first, %{calendar: c2} = last, step) do
    if c1 != c2 or not is_integer(step) or step == 0 do
      raise ArgumentError,
            "both dates must have matching calendar and the step must be a non-zero integer, " <>
              "got: #{inspect(first)}, #{inspect(last)}, #{inspect(step)}"
    end
    %{__struct__: Date.Range, first: first, last: last, step: step,
      first_in_iso_days: Calendar.ISO.__days__(first.year, first.month, first.day),
      last_in_iso_days: Calendar.ISO.__days__(last.year, last.month, last.day)}
  end
  def __from_days__(days, calendar) do
    {y, m, d} = Calendar.ISO.__date__(days)
    %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}
  end

  def compare(%{year: y1, month: m1, day: d1}, %{year: y2, month: m2, day: d2}) do
    cond do
      {y1, m1, d1} < {y2, m2, d2} -> :lt
      {y1, m1, d1} > {y2, m2, d2} -> :gt
      true -> :eq
    end
  end
end

defmodule Time do
  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    microsecond = if is_integer(microsecond), do: {microsecond, 6}, else: microsecond
    if Calendar.ISO.valid_time?(hour, minute, second),
      do: {:ok, %{__struct__: Time, hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}},
      else: {:error, :invalid_time}
  end

  def new!(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(hour, minute, second, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot build time, reason: #{inspect(reason)}"
    end
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    case Calendar.ISO.__parse_time__(string) do
      {:ok, {h, m, s, us}} -> new(h, m, s, us, calendar)
      error -> error
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"
    end
  end

  def utc_now(calendar \\ Calendar.ISO) do
    %{hour: h, minute: m, second: s, microsecond: us} = NaiveDateTime.utc_now(calendar)
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: us, calendar: calendar}
  end

  def to_string(%{hour: h, minute: m, second: s, microsecond: us}), do: Calendar.ISO.__time_string__(h, m, s, us)
  def to_iso8601(time, _format \\ :extended), do: to_string(time)
  def to_erl(%{hour: h, minute: m, second: s}), do: {h, m, s}

  def __seconds__(%{hour: h, minute: m, second: s}), do: h * 3600 + m * 60 + s

  def add(%{} = time, amount, unit \\ :second) when unit == :second do
    total = Integer.mod(__seconds__(time) + amount, 86400)
    %{time | hour: div(total, 3600), minute: div(rem(total, 3600), 60), second: rem(total, 60)}
  end

  def diff(t1, t2, unit \\ :second) when unit == :second, do: __seconds__(t1) - __seconds__(t2)

  def compare(t1, t2) do
    a = {__seconds__(t1), elem(t1.microsecond, 0)}
    b = {__seconds__(t2), elem(t2.microsecond, 0)}
    cond do
      a < b -> :lt
      a > b -> :gt
      true -> :eq
    end
  end
end

defmodule NaiveDateTime do
  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    with {:ok, _} <- Date.new(year, month, day),
         {:ok, %{microsecond: us}} <- Time.new(hour, minute, second, microsecond) do
      {:ok, %{__struct__: NaiveDateTime, year: year, month: month, day: day, hour: hour,
              minute: minute, second: second, microsecond: us, calendar: calendar}}
    end
  end

  def new(%{__struct__: Date} = date, %{__struct__: Time} = time),
    do: new(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond)

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_iso8601(string, calendar \\ Calendar.ISO)
  def from_iso8601(<<date::binary-size(10), sep, time::binary>>, calendar) when sep in [?\s, ?T] do
    with {:ok, {y, m, d}} <- Calendar.ISO.__parse_date__(date),
         {:ok, {h, mi, s, us}} <- Calendar.ISO.__parse_time__(time) do
      new(y, m, d, h, mi, s, us, calendar)
    end
  end
  def from_iso8601(_, _), do: {:error, :invalid_format}

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def utc_now(calendar \\ Calendar.ISO) do
    us = System.system_time(:microsecond)
    {y, m, d} = Calendar.ISO.__date__(Integer.floor_div(us, 86_400_000_000) + 719528)
    s = Integer.mod(Integer.floor_div(us, 1_000_000), 86400)
    %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: div(s, 3600), minute: div(rem(s, 3600), 60),
      second: rem(s, 60), microsecond: {Integer.mod(us, 1_000_000), 6}, calendar: calendar}
  end

  def to_date(%{year: y, month: m, day: d, calendar: c}), do: %{__struct__: Date, year: y, month: m, day: d, calendar: c}
  def to_time(%{hour: h, minute: mi, second: s, microsecond: us, calendar: c}),
    do: %{__struct__: Time, hour: h, minute: mi, second: s, microsecond: us, calendar: c}
  def to_string(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}),
    do: Calendar.ISO.__date_string__(y, m, d) <> " " <> Calendar.ISO.__time_string__(h, mi, s, us)
  def to_iso8601(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}, _format \\ :extended),
    do: Calendar.ISO.__date_string__(y, m, d) <> "T" <> Calendar.ISO.__time_string__(h, mi, s, us)
  def to_erl(%{year: y, month: m, day: d, hour: h, minute: mi, second: s}), do: {{y, m, d}, {h, mi, s}}

  defp seconds(%{year: y, month: m, day: d} = ndt), do: Calendar.ISO.__days__(y, m, d) * 86400 + Time.__seconds__(ndt)

  def add(%{} = ndt, amount, unit \\ :second) when unit in [:second, :minute, :hour, :day] do
    amount = amount * %{second: 1, minute: 60, hour: 3600, day: 86400}[unit]
    total = seconds(ndt) + amount
    {y, m, d} = Calendar.ISO.__date__(Integer.floor_div(total, 86400))
    s = Integer.mod(total, 86400)
    %{ndt | year: y, month: m, day: d, hour: div(s, 3600), minute: div(rem(s, 3600), 60), second: rem(s, 60)}
  end

  def diff(a, b, unit \\ :second) when unit in [:second, :minute, :hour, :day],
    do: div(seconds(a) - seconds(b), %{second: 1, minute: 60, hour: 3600, day: 86400}[unit])

  def compare(a, b) do
    x = {seconds(a), elem(a.microsecond, 0)}
    y = {seconds(b), elem(b.microsecond, 0)}
    cond do
      x < y -> :lt
      x > y -> :gt
      true -> :eq
    end
  end
end
)elixir";
}

}  // namespace taskplay::lang
