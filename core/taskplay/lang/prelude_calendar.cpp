// The prelude's Calendar.ISO, Date and Time (Elixir 1.14's ISO calendar); NaiveDateTime,
// DateTime and Calendar.strftime are prelude_datetime.cpp. Every date and time goes through
// Calendar.ISO: a date is counted in days from 0000-01-01 (:calendar's gregorian days, H.
// Hinnant's civil-days algorithm), a time of day or a datetime in microseconds (days *
// 86,400,000,000 + the time's microseconds), so adding, subtracting and comparing are integer
// arithmetic, rounded down as System.convert_time_unit/3 rounds. ~D ~T ~N ~U print as Elixir
// prints them (inspect.cpp). Date.range/2,3 makes an enumerable Date.Range (prelude_enum.cpp).
// Not done: calendars other than Calendar.ISO, time zones other than Etc/UTC (there is no time
// zone database, as in Elixir without one: other zones are :utc_only_time_zone_database).

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

  def months_in_year(_year), do: 12

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day),
    do: year in -9999..9999 and month in 1..12 and day >= 1 and day <= days_in_month(year, month)

  def valid_time?(hour, minute, second, {us, precision})
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us),
      do: hour in 0..23 and minute in 0..59 and second in 0..59 and us in 0..999_999 and precision in 0..6

  def day_rollover_relative_to_midnight_utc, do: {0, 1}

  def day_of_week(year, month, day), do: elem(day_of_week(year, month, day, :default), 0)
  def day_of_week(year, month, day, starting_on),
    do: {iso_days_to_day_of_week(date_to_iso_days(year, month, day), starting_on), 1, 7}

  def iso_days_to_day_of_week(days, starting_on) do
    first =
      case starting_on do
        :default -> 1
        :monday -> 1
        :tuesday -> 2
        :wednesday -> 3
        :thursday -> 4
        :friday -> 5
        :saturday -> 6
        :sunday -> 7
      end
    Integer.mod(days + 5 - first + 1, 7) + 1
  end

  def day_of_year(year, month, day), do: __days__(year, month, day) - __days__(year, 1, 1) + 1
  def quarter_of_year(_year, month, _day) when month in 1..12, do: div(month - 1, 3) + 1
  def year_of_era(year) when year in 1..9999, do: {year, 1}
  def year_of_era(year) when year in -9999..0, do: {abs(year) + 1, 0}
  def year_of_era(year, _month, _day), do: year_of_era(year)
  def day_of_era(year, month, day) when year >= 1, do: {__days__(year, month, day) - 365, 1}
  def day_of_era(year, month, day), do: {366 - __days__(year, month, day), 0}

  def date_to_iso_days(year, month, day), do: __days__(year, month, day)
  def date_from_iso_days(days), do: __date__(days)

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

  # [SECTION] Microseconds: a time of day, or a datetime counted from 0000-01-01 00:00:00
  def __time_us__(hour, minute, second, us), do: ((hour * 60 + minute) * 60 + second) * 1_000_000 + us
  def __us__(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: {us, _}}),
    do: __days__(y, m, d) * 86_400_000_000 + __time_us__(h, mi, s, us)
  def __us__(%{hour: h, minute: mi, second: s, microsecond: {us, _}}), do: __time_us__(h, mi, s, us)

  def __time_of_us__(us),
    do: {div(us, 3_600_000_000), rem(div(us, 60_000_000), 60), rem(div(us, 1_000_000), 60), rem(us, 1_000_000)}

  # {year, month, day, hour, minute, second, microsecond} of a count of microseconds
  def __from_us__(total) do
    {y, m, d} = __date__(Integer.floor_div(total, 86_400_000_000))
    {h, mi, s, us} = __time_of_us__(Integer.mod(total, 86_400_000_000))
    {y, m, d, h, mi, s, us}
  end

  # an amount of :day, :hour, :minute or a System.time_unit in microseconds (rounded down)
  def __amount_us__(amount, :day) when is_integer(amount), do: amount * 86_400_000_000
  def __amount_us__(amount, :hour) when is_integer(amount), do: amount * 3_600_000_000
  def __amount_us__(amount, :minute) when is_integer(amount), do: amount * 60_000_000
  def __amount_us__(amount, unit) when is_integer(amount), do: System.convert_time_unit(amount, unit, :microsecond)

  # the difference of two counts of microseconds in a unit: each rounded down to the unit,
  # then subtracted; :day, :hour and :minute are whole seconds divided
  def __diff__(us1, us2, :day), do: div(__diff__(us1, us2, :second), 86400)
  def __diff__(us1, us2, :hour), do: div(__diff__(us1, us2, :second), 3600)
  def __diff__(us1, us2, :minute), do: div(__diff__(us1, us2, :second), 60)
  def __diff__(us1, us2, unit),
    do: System.convert_time_unit(us1, :microsecond, unit) - System.convert_time_unit(us2, :microsecond, unit)

  def __compare__(a, b) when a < b, do: :lt
  def __compare__(a, b) when a > b, do: :gt
  def __compare__(_, _), do: :eq

  # the precision of a time unit's values: 3 for :millisecond, 6 for anything finer
  def __precision__(unit) do
    case System.convert_time_unit(1, :second, unit) do
      1 -> 0
      10 -> 1
      100 -> 2
      1_000 -> 3
      10_000 -> 4
      100_000 -> 5
      _ -> 6
    end
  end

  # Unix time: from -9999-01-01 to 9999-12-31 in microseconds, 62,167,219,200 s after 0000-01-01
  def from_unix(integer, unit) when is_integer(integer) do
    total = System.convert_time_unit(integer, unit, :microsecond)
    if total >= -377_705_116_800_000_000 and total <= 253_402_300_799_999_999 do
      {y, m, d, h, mi, s, us} = __from_us__(total + 62_167_219_200_000_000)
      {:ok, {y, m, d}, {h, mi, s}, {us, __precision__(unit)}}
    else
      {:error, :invalid_unix_time}
    end
  end

  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond),
    do: {__days__(year, month, day), time_to_day_fraction(hour, minute, second, microsecond)}
  def naive_datetime_from_iso_days({days, fraction}) do
    {y, m, d} = __date__(days)
    {h, mi, s, us} = time_from_day_fraction(fraction)
    {y, m, d, h, mi, s, us}
  end
  def time_to_day_fraction(0, 0, 0, {0, _}), do: {0, 86_400_000_000}
  def time_to_day_fraction(hour, minute, second, {us, _}), do: {__time_us__(hour, minute, second, us), 86_400_000_000}
  def time_from_day_fraction({0, _}), do: {0, 0, 0, {0, 6}}
  def time_from_day_fraction({parts, ppd}) do
    {h, mi, s, us} = __time_of_us__(div(parts * 86_400_000_000, ppd))
    {h, mi, s, {us, 6}}
  end

  # [SECTION] Strings
  def __pad__(n, width) when n < 0, do: "-" <> __pad__(-n, width)
  def __pad__(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")

  def date_to_string(year, month, day, format \\ :extended)
  def date_to_string(year, month, day, :extended), do: __pad__(year, 4) <> "-" <> __pad__(month, 2) <> "-" <> __pad__(day, 2)
  def date_to_string(year, month, day, :basic), do: __pad__(year, 4) <> __pad__(month, 2) <> __pad__(day, 2)

  def time_to_string(hour, minute, second, microsecond, format \\ :extended) do
    sep = if format == :basic, do: "", else: ":"
    __pad__(hour, 2) <> sep <> __pad__(minute, 2) <> sep <> __pad__(second, 2) <> fraction_to_string(microsecond)
  end
  defp fraction_to_string({_, 0}), do: ""
  defp fraction_to_string({us, precision}), do: "." <> binary_part(__pad__(us, 6), 0, precision)

  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format \\ :extended),
    do: date_to_string(year, month, day, format) <> " " <> time_to_string(hour, minute, second, microsecond, format)

  def datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr, utc_offset, std_offset, format \\ :extended) do
    naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format) <>
      offset_to_string(utc_offset, std_offset, time_zone, format) <>
      if(time_zone == "Etc/UTC", do: "", else: " " <> zone_abbr <> " " <> time_zone)
  end

  def offset_to_string(0, 0, "Etc/UTC", _format), do: "Z"
  def offset_to_string(utc, std, _zone, format) do
    total = utc + std
    sign = if total < 0, do: "-", else: "+"
    hours = __pad__(div(abs(total), 3600), 2)
    minutes = __pad__(div(rem(abs(total), 3600), 60), 2)
    if format == :basic, do: sign <> hours <> minutes, else: sign <> hours <> ":" <> minutes
  end

  # [SECTION] Parsing ISO 8601, extended ("2024-01-15 12:30:00.5") or basic ("20240115T123000")
  def parse_date(string, format \\ :extended) when is_binary(string) do
    {sign, rest} = year_sign(string)
    case read_date(rest, format) do
      {:ok, {y, m, d}, ""} ->
        if valid_date?(sign * y, m, d), do: {:ok, {sign * y, m, d}}, else: {:error, :invalid_date}
      _ -> {:error, :invalid_format}
    end
  end

  def parse_time(string, format \\ :extended) when is_binary(string) do
    rest = with "T" <> rest <- string, do: rest
    with {:ok, {h, mi, s}, rest} <- read_time(rest, format),
         {us, rest} <- read_fraction(rest),
         {_offset, ""} <- read_offset(rest) do
      if valid_time?(h, mi, s, us), do: {:ok, {h, mi, s, us}}, else: {:error, :invalid_time}
    else
      _ -> {:error, :invalid_format}
    end
  end

  def parse_naive_datetime(string, format \\ :extended) when is_binary(string) do
    case parse_datetime(string, format) do
      {:ok, fields, _offset} -> {:ok, fields}
      error -> error
    end
  end

  # {:ok, fields, offset} in UTC: an offset is taken off the time
  def parse_utc_datetime(string, format \\ :extended) when is_binary(string) do
    case parse_datetime(string, format) do
      {:ok, _, nil} -> {:error, :missing_offset}
      {:ok, fields, 0} -> {:ok, fields, 0}
      {:ok, {y, m, d, h, mi, s, {us, p}}, offset} ->
        {y, m, d, h, mi, s, _} = __from_us__(__days__(y, m, d) * 86_400_000_000 + __time_us__(h, mi, s, 0) - offset * 1_000_000)
        {:ok, {y, m, d, h, mi, s, {us, p}}, offset}
      error -> error
    end
  end

  defp parse_datetime(string, format) do
    {sign, rest} = year_sign(string)
    with {:ok, {y, m, d}, <<sep, rest::binary>>} when sep in [?\s, ?T] <- read_date(rest, format),
         {:ok, {h, mi, s}, rest} <- read_time(rest, format),
         {us, rest} <- read_fraction(rest),
         {offset, ""} <- read_offset(rest) do
      cond do
        not valid_date?(sign * y, m, d) -> {:error, :invalid_date}
        not valid_time?(h, mi, s, us) -> {:error, :invalid_time}
        true -> {:ok, {sign * y, m, d, h, mi, s, us}, offset}
      end
    else
      _ -> {:error, :invalid_format}
    end
  end

  defp year_sign("-" <> rest), do: {-1, rest}
  defp year_sign("+" <> rest), do: {1, rest}
  defp year_sign(rest), do: {1, rest}

  defp read_date(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2), rest::binary>>, :extended),
    do: read_digits([y, m, d], rest)
  defp read_date(<<y::binary-size(4), m::binary-size(2), d::binary-size(2), rest::binary>>, :basic),
    do: read_digits([y, m, d], rest)
  defp read_date(_, _), do: :error

  defp read_time(<<h::binary-size(2), ?:, m::binary-size(2), ?:, s::binary-size(2), rest::binary>>, :extended),
    do: read_digits([h, m, s], rest)
  defp read_time(<<h::binary-size(2), m::binary-size(2), s::binary-size(2), rest::binary>>, :basic),
    do: read_digits([h, m, s], rest)
  defp read_time(_, _), do: :error

  # fields of ASCII digits only (Integer.parse would take a sign)
  defp read_digits(fields, rest) do
    if Enum.all?(fields, &digits?/1),
      do: {:ok, fields |> Enum.map(&String.to_integer/1) |> List.to_tuple(), rest},
      else: :error
  end

  defp digits?(<<c, rest::binary>>) when c in ?0..?9, do: rest == "" or digits?(rest)
  defp digits?(_), do: false

  # ".5" or ",5": {us, precision}; digits past the sixth are cut
  defp read_fraction(<<sep, rest::binary>>) when sep in [?., ?,] do
    {digits, rest} = take_digits(rest, "")
    case byte_size(digits) do
      0 -> :error
      n when n <= 6 -> {{String.to_integer(digits) * Integer.pow(10, 6 - n), n}, rest}
      _ -> {{String.to_integer(binary_part(digits, 0, 6)), 6}, rest}
    end
  end
  defp read_fraction(rest), do: {{0, 0}, rest}

  defp take_digits(<<c, rest::binary>>, acc) when c in ?0..?9, do: take_digits(rest, <<acc::binary, c>>)
  defp take_digits(rest, acc), do: {acc, rest}

  # "", "Z", "+hh:mm", "+hhmm", "+hh" (and -): seconds east of UTC; "-00:00" is refused
  defp read_offset(""), do: {nil, ""}
  defp read_offset("Z"), do: {0, ""}
  defp read_offset("-00:00"), do: :error
  defp read_offset(<<sign, h::binary-size(2), ?:, m::binary-size(2), rest::binary>>) when sign in [?+, ?-],
    do: offset(sign, h, m, rest)
  defp read_offset(<<sign, h::binary-size(2), m::binary-size(2), rest::binary>>) when sign in [?+, ?-],
    do: offset(sign, h, m, rest)
  defp read_offset(<<sign, h::binary-size(2), rest::binary>>) when sign in [?+, ?-], do: offset(sign, h, "00", rest)
  defp read_offset(_), do: :error

  defp offset(sign, h, m, rest) do
    with {hours, ""} when hours < 24 <- Integer.parse(h),
         {minutes, ""} when minutes < 60 <- Integer.parse(m) do
      {(hours * 60 + minutes) * 60 * if(sign == ?-, do: -1, else: 1), rest}
    else
      _ -> :error
    end
  end
end

defmodule Calendar.UTCOnlyTimeZoneDatabase do
  def time_zone_period_from_utc_iso_days(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :utc_only_time_zone_database}
  def time_zone_periods_from_wall_datetime(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :utc_only_time_zone_database}
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
    with {:ok, {y, m, d}} <- Calendar.ISO.parse_date(string), do: new(y, m, d, calendar)
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  # today by the runtime's clock (System.os_time/0), which a recorded run replays
  def utc_today(calendar \\ Calendar.ISO) do
    {:ok, {y, m, d}, _, _} = Calendar.ISO.from_unix(System.os_time(), :native)
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

  def to_string(%{year: y, month: m, day: d}), do: Calendar.ISO.date_to_string(y, m, d)
  def to_iso8601(%{year: y, month: m, day: d}, format \\ :extended) when format in [:extended, :basic],
    do: Calendar.ISO.date_to_string(y, m, d, format)

  def to_gregorian_days(%{year: y, month: m, day: d}), do: Calendar.ISO.__days__(y, m, d)
  def from_gregorian_days(days, calendar \\ Calendar.ISO) when is_integer(days), do: __from_days__(days, calendar)

  def convert(%{calendar: calendar} = date, calendar), do: {:ok, to_date(date)}
  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, date} -> date
    end
  end
  defp to_date(%{year: y, month: m, day: d, calendar: c}), do: %{__struct__: Date, year: y, month: m, day: d, calendar: c}

  def leap_year?(%{year: y}), do: Calendar.ISO.leap_year?(y)
  def days_in_month(%{year: y, month: m}), do: Calendar.ISO.days_in_month(y, m)
  def months_in_year(%{year: y}), do: Calendar.ISO.months_in_year(y)
  def day_of_week(%{year: y, month: m, day: d}, starting_on \\ :default),
    do: elem(Calendar.ISO.day_of_week(y, m, d, starting_on), 0)
  def day_of_year(%{year: y, month: m, day: d}), do: Calendar.ISO.day_of_year(y, m, d)
  def quarter_of_year(%{year: y, month: m, day: d}), do: Calendar.ISO.quarter_of_year(y, m, d)
  def year_of_era(%{year: y, month: m, day: d}), do: Calendar.ISO.year_of_era(y, m, d)
  def day_of_era(%{year: y, month: m, day: d}), do: Calendar.ISO.day_of_era(y, m, d)
  def beginning_of_month(%{} = date), do: %{to_date(date) | day: 1}
  def end_of_month(%{} = date), do: %{to_date(date) | day: days_in_month(date)}
  def beginning_of_week(%{} = date, starting_on \\ :default), do: add(date, 1 - day_of_week(date, starting_on))
  def end_of_week(%{} = date, starting_on \\ :default), do: add(date, 7 - day_of_week(date, starting_on))

  def add(%{year: y, month: m, day: d, calendar: c}, days),
    do: __from_days__(Calendar.ISO.__days__(y, m, d) + days, c)

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

  def compare(%{year: y1, month: m1, day: d1}, %{year: y2, month: m2, day: d2}),
    do: Calendar.ISO.__compare__({y1, m1, d1}, {y2, m2, d2})
end

defmodule Time do
  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)
  def new(hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(hour, minute, second, {microsecond, 6}, calendar)
  def new(hour, minute, second, {us, precision} = microsecond, calendar)
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us) and is_integer(precision) do
    if Calendar.ISO.valid_time?(hour, minute, second, microsecond),
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
    with {:ok, {h, m, s, us}} <- Calendar.ISO.parse_time(string), do: new(h, m, s, us, calendar)
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"
    end
  end

  def from_erl({hour, minute, second}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO),
    do: new(hour, minute, second, microsecond, calendar)
  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to time, reason: #{inspect(reason)}"
    end
  end
  def to_erl(%{hour: h, minute: m, second: s}), do: {h, m, s}

  def utc_now(calendar \\ Calendar.ISO) do
    {:ok, _, {h, m, s}, us} = Calendar.ISO.from_unix(System.os_time(), :native)
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: us, calendar: calendar}
  end

  def to_string(%{hour: h, minute: m, second: s, microsecond: us}), do: Calendar.ISO.time_to_string(h, m, s, us)
  def to_iso8601(%{hour: h, minute: m, second: s, microsecond: us}, format \\ :extended) when format in [:extended, :basic],
    do: Calendar.ISO.time_to_string(h, m, s, us, format)

  def from_seconds_after_midnight(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    {h, m, s, _} = Calendar.ISO.__time_of_us__(Integer.mod(seconds, 86400) * 1_000_000)
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: microsecond, calendar: calendar}
  end
  def to_seconds_after_midnight(%{hour: h, minute: m, second: s, microsecond: {us, _}}), do: {(h * 60 + m) * 60 + s, us}

  def convert(%{calendar: calendar} = time, calendar), do: {:ok, to_time(time)}
  def convert!(time, calendar) do
    case convert(time, calendar) do
      {:ok, time} -> time
    end
  end
  defp to_time(%{hour: h, minute: m, second: s, microsecond: us, calendar: c}),
    do: %{__struct__: Time, hour: h, minute: m, second: s, microsecond: us, calendar: c}

  def truncate(%{microsecond: microsecond} = time, precision),
    do: %{to_time(time) | microsecond: Calendar.truncate(microsecond, precision)}

  # the time of day wraps around midnight; the precision stays the time's
  def add(%{microsecond: {_, precision}, calendar: calendar} = time, amount, unit \\ :second) when is_integer(amount) do
    delta = if unit in [:hour, :minute], do: Calendar.ISO.__amount_us__(amount, unit), else: System.convert_time_unit(amount, unit, :microsecond)
    {h, m, s, us} = Calendar.ISO.__time_of_us__(Integer.mod(Calendar.ISO.__us__(time) + delta, 86_400_000_000))
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: {us, precision}, calendar: calendar}
  end

  def diff(t1, t2, unit \\ :second)
  def diff(t1, t2, :day), do: System.convert_time_unit(Calendar.ISO.__us__(t1) - Calendar.ISO.__us__(t2), :microsecond, :day)
  def diff(t1, t2, unit), do: Calendar.ISO.__diff__(Calendar.ISO.__us__(t1), Calendar.ISO.__us__(t2), unit)

  def compare(t1, t2), do: Calendar.ISO.__compare__(Calendar.ISO.__us__(t1), Calendar.ISO.__us__(t2))
end
)elixir";
}

}  // namespace taskplay::lang
