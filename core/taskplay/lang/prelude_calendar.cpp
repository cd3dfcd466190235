// The prelude's Calendar.ISO, Date and Time (Elixir 1.14's ISO calendar); NaiveDateTime,
// DateTime and Calendar.strftime are prelude_datetime.cpp. Every date and time goes through
// Calendar.ISO: a date is counted in days from 0000-01-01 (:calendar's gregorian days, H.
// Hinnant's civil-days algorithm), a time of day or a datetime in microseconds (days *
// 86,400,000,000 + the time's microseconds), so adding, subtracting and comparing are integer
// arithmetic, rounded down as System.convert_time_unit/3 rounds. A value of another calendar
// (the Calendar behaviour's callbacks: valid_date?/3, date_to_string/3,
// naive_datetime_to_iso_days/7 ...) is asked for its iso days and shown by its calendar, as
// Elixir does; calendars of another day rollover refuse to convert, compare or subtract. ~D
// ~T ~N ~U print as Elixir prints them (inspect.cpp for ISO's, Calendar.__inspect__/2 for
// other calendars'). Date.range/2,3 makes an enumerable Date.Range (prelude_enum.cpp). Time
// zones other than Etc/UTC need a time zone database (Calendar.put_time_zone_database/1);
// the default one, as in Elixir without one, answers :utc_only_time_zone_database.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_calendar_source() {
  return R"elixir(
defmodule Calendar.ISO do
  # years -9999 to 9999
  def leap_year?(year) when year in -9999..9999,
    do: rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)

  def days_in_month(year, 2) when year in -9999..9999, do: if(leap_year?(year), do: 29, else: 28)
  def days_in_month(year, month) when year in -9999..9999 and month in [4, 6, 9, 11], do: 30
  def days_in_month(year, month) when year in -9999..9999 and month in 1..12, do: 31

  def months_in_year(year) when year in -9999..9999, do: 12

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day),
    do: year in -9999..9999 and month in 1..12 and day >= 1 and day <= days_in_month(year, month)

  def valid_time?(hour, minute, second, {us, precision})
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us),
      do: hour in 0..23 and minute in 0..59 and second in 0..59 and us in 0..999_999 and precision in 0..6

  def day_rollover_relative_to_midnight_utc, do: {0, 1}

  def day_of_week(year, month, day), do: elem(day_of_week(year, month, day, :default), 0)
  def day_of_week(year, month, day, starting_on),
    do: {iso_days_to_day_of_week(date_to_iso_days(year, month, day), starting_on), 1, 7}

  # 0000-01-01 was a Saturday; an unknown starting_on is a FunctionClauseError in
  # day_of_week_offset/1, as Elixir's
  def iso_days_to_day_of_week(days, starting_on), do: Integer.mod(days + 6 - day_of_week_offset(starting_on), 7) + 1
  defp day_of_week_offset(:default), do: 1
  defp day_of_week_offset(:monday), do: 1
  defp day_of_week_offset(:tuesday), do: 2
  defp day_of_week_offset(:wednesday), do: 3
  defp day_of_week_offset(:thursday), do: 4
  defp day_of_week_offset(:friday), do: 5
  defp day_of_week_offset(:saturday), do: 6
  defp day_of_week_offset(:sunday), do: 7

  def day_of_year(year, month, day), do: date_to_iso_days(year, month, day) - __days__(year, 1, 1) + 1
  def quarter_of_year(_year, month, _day) when month in 1..12, do: div(month - 1, 3) + 1
  def year_of_era(year) when year in 1..9999, do: {year, 1}
  def year_of_era(year) when year in -9999..0, do: {abs(year) + 1, 0}
  def year_of_era(year, _month, _day), do: year_of_era(year)
  def day_of_era(year, month, day) when year in 1..9999, do: {date_to_iso_days(year, month, day) - 365, 1}
  def day_of_era(year, month, day) when year in -9999..0, do: {366 - date_to_iso_days(year, month, day), 0}

  # a day outside its month raises, as Elixir's ensure_day_in_month! does
  def date_to_iso_days(year, month, day) when is_integer(day) do
    if day < 1 or day > days_in_month(year, month),
      do: raise(ArgumentError, "invalid date: " <> date_to_string(year, month, day))
    __days__(year, month, day)
  end
  # days of years -9999 to 9999 only, as Elixir's
  def date_from_iso_days(days) when days in -3_652_059..3_652_424, do: __date__(days)

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

  # a naive datetime (of any calendar: by its iso days) in microseconds from 0000-01-01
  def __us__(%{calendar: Calendar.ISO, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: {us, _}}),
    do: __days__(y, m, d) * 86_400_000_000 + __time_us__(h, mi, s, us)
  def __us__(%{calendar: c, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}) do
    {days, {parts, per_day}} = c.naive_datetime_to_iso_days(y, m, d, h, mi, s, us)
    days * 86_400_000_000 + div(parts * 86_400_000_000, per_day)
  end

  # a time of day (of any calendar: by its day fraction) in microseconds from midnight
  def __day_us__(%{calendar: Calendar.ISO, hour: h, minute: mi, second: s, microsecond: {us, _}}), do: __time_us__(h, mi, s, us)
  def __day_us__(%{calendar: c, hour: h, minute: mi, second: s, microsecond: us}) do
    {parts, per_day} = c.time_to_day_fraction(h, mi, s, us)
    div(parts * 86_400_000_000, per_day)
  end

  def __time_of_us__(us),
    do: {div(us, 3_600_000_000), rem(div(us, 60_000_000), 60), rem(div(us, 1_000_000), 60), rem(us, 1_000_000)}

  # {year, month, day, hour, minute, second, microsecond} of a count of microseconds
  def __from_us__(total, calendar \\ Calendar.ISO)
  def __from_us__(total, Calendar.ISO) do
    {y, m, d} = date_from_iso_days(Integer.floor_div(total, 86_400_000_000))
    {h, mi, s, us} = __time_of_us__(Integer.mod(total, 86_400_000_000))
    {y, m, d, h, mi, s, us}
  end
  def __from_us__(total, calendar) do
    iso_days = {Integer.floor_div(total, 86_400_000_000), {Integer.mod(total, 86_400_000_000), 86_400_000_000}}
    {y, m, d, h, mi, s, {us, _}} = calendar.naive_datetime_from_iso_days(iso_days)
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

  # iso days arithmetic, undocumented in Elixir but public (calendars and time zone libraries
  # use it): a day fraction added in parts of its own, or another, count of parts per day
  def gregorian_seconds_to_iso_days(seconds, microsecond),
    do: {Integer.floor_div(seconds, 86400), {Integer.mod(seconds, 86400) * 1_000_000 + microsecond, 86_400_000_000}}
  def iso_days_to_unit({days, {parts, per_day}}, unit),
    do: System.convert_time_unit(days * 86_400_000_000 + div(parts * 86_400_000_000, per_day), :microsecond, unit)
  def add_day_fraction_to_iso_days({days, {parts, per_day}}, add, per_day), do: iso_days(days, parts + add, per_day)
  def add_day_fraction_to_iso_days({days, {parts, per_day}}, add, add_per_day) do
    gcd = Integer.gcd(per_day, add_per_day)
    iso_days(days, div(parts * add_per_day + add * per_day, gcd), div(per_day * add_per_day, gcd))
  end
  defp iso_days(days, parts, per_day), do: {days + Integer.floor_div(parts, per_day), {Integer.mod(parts, per_day), per_day}}

  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond) do
    days = date_to_iso_days(year, month, day)
    {days, time_to_day_fraction(hour, minute, second, microsecond)}
  end
  def naive_datetime_from_iso_days({days, fraction}) do
    {y, m, d} = date_from_iso_days(days)
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

  def time_to_string(hour, minute, second, microsecond, format \\ :extended) when format in [:basic, :extended] do
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
  def parse_date(string, format \\ :extended) when is_binary(string) and format in [:basic, :extended] do
    {sign, rest} = year_sign(string)
    case read_date(rest, format) do
      {:ok, {y, m, d}, ""} ->
        if valid_date?(sign * y, m, d), do: {:ok, {sign * y, m, d}}, else: {:error, :invalid_date}
      _ -> {:error, :invalid_format}
    end
  end

  def parse_time(string, format \\ :extended) when is_binary(string) and format in [:basic, :extended] do
    rest = with "T" <> rest <- string, do: rest
    with {:ok, {h, mi, s}, rest} <- read_time(rest, format),
         {us, rest} <- read_fraction(rest),
         {_offset, ""} <- read_offset(rest) do
      if valid_time?(h, mi, s, us), do: {:ok, {h, mi, s, us}}, else: {:error, :invalid_time}
    else
      _ -> {:error, :invalid_format}
    end
  end

  def parse_naive_datetime(string, format \\ :extended) when is_binary(string) and format in [:basic, :extended] do
    case parse_datetime(string, format) do
      {:ok, fields, _offset} -> {:ok, fields}
      error -> error
    end
  end

  # {:ok, fields, offset} in UTC: an offset is taken off the time
  def parse_utc_datetime(string, format \\ :extended) when is_binary(string) and format in [:basic, :extended] do
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
    if calendar.valid_date?(year, month, day),
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
    with {:ok, {y, m, d}} <- Calendar.ISO.parse_date(string), do: convert(iso(y, m, d), calendar)
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"
    end
  end

  # today by the runtime's clock (System.os_time/0), which a recorded run replays
  def utc_today(calendar \\ Calendar.ISO)
  def utc_today(Calendar.ISO) do
    {:ok, {y, m, d}, _, _} = Calendar.ISO.from_unix(System.os_time(), :native)
    iso(y, m, d)
  end
  def utc_today(calendar), do: DateTime.to_date(DateTime.utc_now(calendar))

  def from_erl({year, month, day}, calendar \\ Calendar.ISO),
    do: with({:ok, date} <- new(year, month, day), do: convert(date, calendar))
  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end
  def to_erl(date) do
    %{year: y, month: m, day: d} = convert!(date, Calendar.ISO)
    {y, m, d}
  end

  def to_string(%{calendar: c, year: y, month: m, day: d}), do: c.date_to_string(y, m, d)
  def to_iso8601(date, format \\ :extended)
  def to_iso8601(%{calendar: Calendar.ISO, year: y, month: m, day: d}, format) when format in [:extended, :basic],
    do: Calendar.ISO.date_to_string(y, m, d, format)
  def to_iso8601(%{calendar: _} = date, format) when format in [:extended, :basic],
    do: to_iso8601(convert!(date, Calendar.ISO), format)

  def to_gregorian_days(date), do: __days__(date)
  def from_gregorian_days(days, calendar \\ Calendar.ISO)
  def from_gregorian_days(days, Calendar.ISO) when is_integer(days), do: __from_days__(days, Calendar.ISO)
  # Elixir 1.14 gives another calendar the day fraction 0 (Calendar.ISO's own day fraction
  # functions refuse it)
  def from_gregorian_days(days, calendar) when is_integer(days) do
    {y, m, d, _, _, _, _} = calendar.naive_datetime_from_iso_days({days, 0})
    %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}
  end

  def convert(%{calendar: calendar, year: y, month: m, day: d}, calendar),
    do: {:ok, %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}}
  def convert(%{calendar: calendar} = date, target) do
    if Calendar.compatible_calendars?(calendar, target),
      do: {:ok, __from_days__(__days__(date), target)},
      else: {:error, :incompatible_calendars}
  end
  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, date} -> date
      {:error, reason} ->
        raise ArgumentError, "cannot convert #{inspect(date)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  def leap_year?(%{calendar: c, year: y}), do: c.leap_year?(y)
  def days_in_month(%{calendar: c, year: y, month: m}), do: c.days_in_month(y, m)
  def months_in_year(%{calendar: c, year: y}), do: c.months_in_year(y)
  def day_of_week(%{calendar: c, year: y, month: m, day: d}, starting_on \\ :default),
    do: elem(c.day_of_week(y, m, d, starting_on), 0)
  def day_of_year(%{calendar: c, year: y, month: m, day: d}), do: c.day_of_year(y, m, d)
  def quarter_of_year(%{calendar: c, year: y, month: m, day: d}), do: c.quarter_of_year(y, m, d)
  def year_of_era(%{calendar: c, year: y, month: m, day: d}) do
    if function_exported?(c, :year_of_era, 3), do: c.year_of_era(y, m, d), else: c.year_of_era(y)
  end
  def day_of_era(%{calendar: c, year: y, month: m, day: d}), do: c.day_of_era(y, m, d)
  def beginning_of_month(%{calendar: c, year: y, month: m}), do: %{__struct__: Date, year: y, month: m, day: 1, calendar: c}
  def end_of_month(%{calendar: c, year: y, month: m} = date),
    do: %{__struct__: Date, year: y, month: m, day: days_in_month(date), calendar: c}
  # the calendar's week: its first and last day of the week from day_of_week/4
  def beginning_of_week(%{calendar: c, year: y, month: m, day: d} = date, starting_on \\ :default) do
    {day_of_week, first, _last} = c.day_of_week(y, m, d, starting_on)
    add(date, first - day_of_week)
  end
  def end_of_week(%{calendar: c, year: y, month: m, day: d} = date, starting_on \\ :default) do
    {day_of_week, _first, last} = c.day_of_week(y, m, d, starting_on)
    add(date, last - day_of_week)
  end

  def add(%{calendar: c} = date, days), do: __from_days__(__days__(date) + days, c)

  def diff(%{calendar: c1} = date1, %{calendar: c2} = date2) do
    unless Calendar.compatible_calendars?(c1, c2) do
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(date1)} and #{inspect(date2)} because their calendars are not compatible and thus the result would be ambiguous"
    end
    __days__(date1) - __days__(date2)
  end

  # Date.range/2,3: a Date.Range of the days from first to last, step days apart (range/2
  # counts down, step -1, when last comes before first); any date-like first and last
  def range(%{calendar: calendar} = first, %{calendar: calendar} = last) do
    step = if __days__(first) <= __days__(last), do: 1, else: -1
    range(first, last, step)
  end
  def range(%{calendar: _, year: _, month: _, day: _}, %{calendar: _, year: _, month: _, day: _}),
    do: raise(ArgumentError, "both dates must have matching calendars")
  def range(%{calendar: calendar} = first, %{calendar: calendar} = last, step) when is_integer(step) and step != 0 do
    %{__struct__: Date.Range, first: to_date(first), last: to_date(last), step: step,
      first_in_iso_days: __days__(first), last_in_iso_days: __days__(last)}
  end
  def range(%{calendar: _, year: _, month: _, day: _} = first, %{calendar: _, year: _, month: _, day: _} = last, step) do
    raise ArgumentError,
          "both dates must have matching calendar and the step must be a non-zero integer, " <>
            "got: #{inspect(first)}, #{inspect(last)}, #{step}"
  end

  defp iso(y, m, d), do: %{__struct__: Date, year: y, month: m, day: d, calendar: Calendar.ISO}
  defp to_date(%{year: y, month: m, day: d, calendar: c}), do: %{__struct__: Date, year: y, month: m, day: d, calendar: c}

  # a date's iso days at its midnight (undocumented in Elixir but public)
  def to_iso_days(%{calendar: Calendar.ISO, year: y, month: m, day: d}), do: {Calendar.ISO.date_to_iso_days(y, m, d), {0, 86_400_000_000}}
  def to_iso_days(%{calendar: c, year: y, month: m, day: d}), do: c.naive_datetime_to_iso_days(y, m, d, 0, 0, 0, {0, 0})

  # a date's day count from 0000-01-01 (its iso days), and back, in any calendar
  def __days__(%{calendar: Calendar.ISO, year: y, month: m, day: d}), do: Calendar.ISO.date_to_iso_days(y, m, d)
  def __days__(date), do: elem(to_iso_days(date), 0)
  def __from_days__(days, Calendar.ISO) do
    {y, m, d} = Calendar.ISO.date_from_iso_days(days)
    iso(y, m, d)
  end
  def __from_days__(days, calendar) do
    {y, m, d, _, _, _, _} = calendar.naive_datetime_from_iso_days({days, {0, 86_400_000_000}})
    %{__struct__: Date, year: y, month: m, day: d, calendar: calendar}
  end

  # dates of one calendar by their fields, of compatible ones by their iso days
  def compare(%{calendar: calendar, year: y1, month: m1, day: d1}, %{calendar: calendar, year: y2, month: m2, day: d2}),
    do: Calendar.ISO.__compare__({y1, m1, d1}, {y2, m2, d2})
  def compare(%{calendar: c1} = date1, %{calendar: c2} = date2) do
    if Calendar.compatible_calendars?(c1, c2) do
      Calendar.ISO.__compare__(__days__(date1), __days__(date2))
    else
      raise ArgumentError, """
      cannot compare #{inspect(date1)} with #{inspect(date2)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using DateTime) to resolve this ambiguity
      """
    end
  end
end

defmodule Time do
  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)
  def new(hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(hour, minute, second, {microsecond, 6}, calendar)
  def new(hour, minute, second, {us, precision} = microsecond, calendar)
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us) and is_integer(precision) do
    if calendar.valid_time?(hour, minute, second, microsecond),
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
    with {:ok, {h, m, s, us}} <- Calendar.ISO.parse_time(string), do: convert(iso(h, m, s, us), calendar)
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"
    end
  end

  def from_erl({hour, minute, second}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO),
    do: with({:ok, time} <- new(hour, minute, second, microsecond), do: convert(time, calendar))
  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to time, reason: #{inspect(reason)}"
    end
  end
  def to_erl(time) do
    %{hour: h, minute: m, second: s} = convert!(time, Calendar.ISO)
    {h, m, s}
  end

  def utc_now(calendar \\ Calendar.ISO) do
    {:ok, _, {h, m, s}, us} = Calendar.ISO.from_unix(System.os_time(), :native)
    convert!(iso(h, m, s, us), calendar)
  end

  def to_string(%{hour: h, minute: m, second: s, microsecond: us, calendar: c}), do: c.time_to_string(h, m, s, us)
  def to_iso8601(time, format \\ :extended)
  def to_iso8601(%{calendar: Calendar.ISO, hour: h, minute: m, second: s, microsecond: us}, format) when format in [:extended, :basic],
    do: Calendar.ISO.time_to_string(h, m, s, us, format)
  def to_iso8601(%{calendar: _} = time, format) when format in [:extended, :basic],
    do: to_iso8601(convert!(time, Calendar.ISO), format)

  def from_seconds_after_midnight(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    {h, m, s, _} = calendar.time_from_day_fraction({Integer.mod(seconds, 86400), 86400})
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: microsecond, calendar: calendar}
  end
  def to_seconds_after_midnight(%{microsecond: {us, _}} = time),
    do: {div(Calendar.ISO.__day_us__(time), 1_000_000), us}

  # a time of the calendar from microseconds after midnight
  defp from_day_us(us, precision, Calendar.ISO) do
    {h, m, s, us} = Calendar.ISO.__time_of_us__(us)
    iso(h, m, s, {us, precision})
  end
  defp from_day_us(us, precision, calendar) do
    {h, m, s, {us, _}} = calendar.time_from_day_fraction({us, 86_400_000_000})
    %{__struct__: Time, hour: h, minute: m, second: s, microsecond: {us, precision}, calendar: calendar}
  end
  defp iso(h, m, s, us), do: %{__struct__: Time, hour: h, minute: m, second: s, microsecond: us, calendar: Calendar.ISO}

  def convert(%{calendar: calendar, hour: h, minute: m, second: s, microsecond: us}, calendar),
    do: {:ok, %{__struct__: Time, hour: h, minute: m, second: s, microsecond: us, calendar: calendar}}
  def convert(%{microsecond: {_, precision}} = time, calendar),
    do: {:ok, from_day_us(Calendar.ISO.__day_us__(time), precision, calendar)}
  def convert!(time, calendar) do
    case convert(time, calendar) do
      {:ok, time} -> time
      {:error, reason} ->
        raise ArgumentError, "cannot convert #{inspect(time)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  def truncate(%{__struct__: Time, microsecond: microsecond} = time, precision),
    do: %{time | microsecond: Calendar.truncate(microsecond, precision)}

  # the time of day wraps around midnight; the precision stays the time's
  def add(%{microsecond: {_, precision}, calendar: calendar} = time, amount, unit \\ :second) when is_integer(amount) do
    delta = if unit in [:hour, :minute], do: Calendar.ISO.__amount_us__(amount, unit), else: System.convert_time_unit(amount, unit, :microsecond)
    from_day_us(Integer.mod(Calendar.ISO.__day_us__(time) + delta, 86_400_000_000), precision, calendar)
  end

  # the time of day of any time-like value (a NaiveDateTime's date is not looked at)
  def diff(t1, t2, unit \\ :second)
  def diff(t1, t2, :day), do: System.convert_time_unit(Calendar.ISO.__day_us__(t1) - Calendar.ISO.__day_us__(t2), :microsecond, :day)
  def diff(t1, t2, unit), do: Calendar.ISO.__diff__(Calendar.ISO.__day_us__(t1), Calendar.ISO.__day_us__(t2), unit)

  def compare(t1, t2), do: Calendar.ISO.__compare__(Calendar.ISO.__day_us__(t1), Calendar.ISO.__day_us__(t2))
end
)elixir";
}

}  // namespace taskplay::lang
