// The prelude's NaiveDateTime, DateTime and Calendar (strftime, truncate, the time zone
// database) as in Elixir 1.14, on Calendar.ISO's microseconds (prelude_calendar.cpp). A
// DateTime is in Etc/UTC unless a time zone database says otherwise: the default one
// (Calendar.get_time_zone_database/0, the :elixir application's :time_zone_database) is
// Calendar.UTCOnlyTimeZoneDatabase, Elixir's, so any other zone is
// {:error, :utc_only_time_zone_database}, as `elixir` without a time zone library says; a
// program's own database answers periods, ambiguous wall clocks and gaps.
// utc_now/0,1 read the runtime's clock (System.os_time/0), which a recorded run replays.

#include "taskplay/lang/prelude.hpp"

namespace taskplay::lang {

std::string_view prelude_datetime_source() {
  return R"elixir(
defmodule NaiveDateTime do
  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)
  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond),
    do: new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)
  def new(year, month, day, hour, minute, second, microsecond, calendar) do
    cond do
      not calendar.valid_date?(year, month, day) -> {:error, :invalid_date}
      not calendar.valid_time?(hour, minute, second, microsecond) -> {:error, :invalid_time}
      true -> {:ok, %{__struct__: NaiveDateTime, year: year, month: month, day: day, hour: hour,
                      minute: minute, second: second, microsecond: microsecond, calendar: calendar}}
    end
  end

  def new(%{__struct__: Date, calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time) do
    {:ok, %{__struct__: NaiveDateTime, year: date.year, month: date.month, day: date.day, hour: time.hour,
            minute: time.minute, second: time.second, microsecond: time.microsecond, calendar: calendar}}
  end

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"
    end
  end

  def new!(%{__struct__: Date, calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time) do
    {:ok, ndt} = new(date, time)
    ndt
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {y, m, d, h, mi, s, us}} <- Calendar.ISO.parse_naive_datetime(string),
         do: convert(iso({y, m, d, h, mi, s, us}), calendar)
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_erl({{year, month, day}, {hour, minute, second}}, microsecond \\ {0, 0}, calendar \\ Calendar.ISO),
    do: with({:ok, ndt} <- new(year, month, day, hour, minute, second, microsecond), do: convert(ndt, calendar))
  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, ndt} -> ndt
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end
  def to_erl(%{calendar: _} = ndt) do
    %{year: y, month: m, day: d, hour: h, minute: mi, second: s} = convert!(ndt, Calendar.ISO)
    {{y, m, d}, {h, mi, s}}
  end

  def utc_now(calendar \\ Calendar.ISO), do: DateTime.to_naive(DateTime.utc_now(calendar))
  # the runtime keeps no local time zone: local time is UTC
  def local_now(calendar \\ Calendar.ISO) do
    case convert(utc_now(), calendar) do
      {:ok, ndt} -> ndt
      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              ~s(cannot get "local now" in target calendar #{inspect(calendar)}, ) <>
                "reason: cannot convert from Calendar.ISO to #{inspect(calendar)}."
    end
  end

  def from_gregorian_seconds(seconds, {us, precision} \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds),
    do: __from_us__(seconds * 1_000_000 + us, precision, calendar)
  def to_gregorian_seconds(%{microsecond: {us, _}} = ndt),
    do: {Integer.floor_div(Calendar.ISO.__us__(ndt), 1_000_000), us}

  def __from_us__(total, precision, calendar) do
    {y, m, d, h, mi, s, us} = Calendar.ISO.__from_us__(total, calendar)
    %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s,
      microsecond: {us, precision}, calendar: calendar}
  end
  defp iso({y, m, d, h, mi, s, us}),
    do: %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: Calendar.ISO}

  def to_date(%{year: y, month: m, day: d, calendar: c, hour: _, minute: _, second: _, microsecond: _}),
    do: %{__struct__: Date, year: y, month: m, day: d, calendar: c}
  def to_time(%{year: _, month: _, day: _, hour: h, minute: mi, second: s, microsecond: us, calendar: c}),
    do: %{__struct__: Time, hour: h, minute: mi, second: s, microsecond: us, calendar: c}
  def to_string(%{calendar: c, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}),
    do: c.naive_datetime_to_string(y, m, d, h, mi, s, us)
  def to_iso8601(ndt, format \\ :extended)
  def to_iso8601(%{calendar: Calendar.ISO, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}, format)
      when format in [:extended, :basic],
      do: Calendar.ISO.date_to_string(y, m, d, format) <> "T" <> Calendar.ISO.time_to_string(h, mi, s, us, format)
  def to_iso8601(%{calendar: _} = ndt, format) when format in [:extended, :basic],
    do: to_iso8601(convert!(ndt, Calendar.ISO), format)

  def convert(%{calendar: calendar, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}, calendar),
    do: {:ok, %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: calendar}}
  def convert(%{calendar: from, microsecond: {_, precision}} = ndt, calendar) do
    if Calendar.compatible_calendars?(from, calendar),
      do: {:ok, __from_us__(Calendar.ISO.__us__(ndt), precision, calendar)},
      else: {:error, :incompatible_calendars}
  end
  def convert!(ndt, calendar) do
    case convert(ndt, calendar) do
      {:ok, ndt} -> ndt
      {:error, :incompatible_calendars} ->
        raise ArgumentError,
              "cannot convert #{inspect(ndt)} to target calendar #{inspect(calendar)}, reason: #{inspect(ndt.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
    end
  end

  def truncate(%{__struct__: NaiveDateTime, microsecond: microsecond} = ndt, precision),
    do: %{ndt | microsecond: Calendar.truncate(microsecond, precision)}
  def truncate(%{calendar: c, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}, precision),
    do: %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s,
          microsecond: Calendar.truncate(us, precision), calendar: c}

  # the precision stays the datetime's (Elixir 1.14)
  def add(%{microsecond: {_, precision}, calendar: calendar} = ndt, amount, unit \\ :second) when is_integer(amount),
    do: __from_us__(Calendar.ISO.__us__(ndt) + Calendar.ISO.__amount_us__(amount, unit), precision, calendar)

  def diff(%{calendar: c1} = a, %{calendar: c2} = b, unit \\ :second) do
    unless Calendar.compatible_calendars?(c1, c2) do
      raise ArgumentError,
            "cannot calculate the difference between #{inspect(a)} and #{inspect(b)} because their calendars are not compatible and thus the result would be ambiguous"
    end
    Calendar.ISO.__diff__(Calendar.ISO.__us__(a), Calendar.ISO.__us__(b), unit)
  end

  def compare(%{calendar: c1} = a, %{calendar: c2} = b) do
    if Calendar.compatible_calendars?(c1, c2) do
      Calendar.ISO.__compare__(Calendar.ISO.__us__(a), Calendar.ISO.__us__(b))
    else
      raise ArgumentError, """
      cannot compare #{inspect(a)} with #{inspect(b)}.

      This comparison would be ambiguous as their calendars have incompatible day rollover moments.
      Specify an exact time of day (using `DateTime`s) to resolve this ambiguity
      """
    end
  end
end

defmodule DateTime do
  def utc_now(calendar \\ Calendar.ISO), do: from_unix!(System.os_time(), :native, calendar)

  def new(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database())
  def new(%{__struct__: Date, calendar: calendar} = date, %{__struct__: Time, calendar: calendar} = time, "Etc/UTC", _db) do
    {:ok, %{__struct__: DateTime, year: date.year, month: date.month, day: date.day, hour: time.hour,
            minute: time.minute, second: time.second, microsecond: time.microsecond, calendar: calendar,
            time_zone: "Etc/UTC", zone_abbr: "UTC", utc_offset: 0, std_offset: 0}}
  end
  def new(date, time, time_zone, time_zone_database) do
    with {:ok, ndt} <- NaiveDateTime.new(date, time), do: from_naive(ndt, time_zone, time_zone_database)
  end

  def new!(date, time, time_zone \\ "Etc/UTC", time_zone_database \\ Calendar.get_time_zone_database()) do
    case new(date, time, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} ->
        raise ArgumentError, "cannot build datetime with #{inspect(date)} and #{inspect(time)}, reason: #{inspect(reason)}"
      other -> raise ArgumentError, "cannot build datetime with #{inspect(date)} and #{inspect(time)}" <> not_unique(other, time_zone)
    end
  end

  # the wall clock in the zone: one period, two ({:ambiguous, ...}: a clock set back) or none
  # ({:gap, ...}: the last instant before and the first after); other calendars through ISO
  def from_naive(ndt, time_zone, time_zone_database \\ Calendar.get_time_zone_database())
  def from_naive(ndt, "Etc/UTC", _db), do: {:ok, with_period(ndt, "Etc/UTC", %{utc_offset: 0, std_offset: 0, zone_abbr: "UTC"})}
  def from_naive(%{calendar: Calendar.ISO} = ndt, time_zone, time_zone_database) do
    case time_zone_database.time_zone_periods_from_wall_datetime(ndt, time_zone) do
      {:ok, period} -> {:ok, with_period(ndt, time_zone, period)}
      {:ambiguous, first, second} -> {:ambiguous, with_period(ndt, time_zone, first), with_period(ndt, time_zone, second)}
      {:gap, {first, until_wall}, {second, from_wall}} ->
        before = NaiveDateTime.add(%{until_wall | microsecond: {999_999, 6}}, -1)
        {:gap, with_period(before, time_zone, first), with_period(from_wall, time_zone, second)}
      {:error, _} = error -> error
    end
  end
  def from_naive(%{calendar: calendar} = ndt, time_zone, time_zone_database) do
    with {:ok, iso} <- NaiveDateTime.convert(ndt, Calendar.ISO) do
      case from_naive(iso, time_zone, time_zone_database) do
        {:ok, datetime} -> convert(datetime, calendar)
        {kind, dt1, dt2} ->
          with {:ok, dt1} <- convert(dt1, calendar), {:ok, dt2} <- convert(dt2, calendar), do: {kind, dt1, dt2}
        error -> error
      end
    end
  end

  defp with_period(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: c}, time_zone, period),
    do: %{__struct__: DateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: c,
          time_zone: time_zone, zone_abbr: period.zone_abbr, utc_offset: period.utc_offset, std_offset: period.std_offset}

  defp not_unique({:ambiguous, dt1, dt2}, time_zone),
    do: " because such instant is ambiguous in time zone #{time_zone} as there is an overlap between #{inspect(dt1)} and #{inspect(dt2)}"
  defp not_unique({:gap, dt1, dt2}, time_zone),
    do: " because such instant does not exist in time zone #{time_zone} as there is a gap between #{inspect(dt1)} and #{inspect(dt2)}"

  def from_naive!(ndt, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case from_naive(ndt, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(ndt)} to datetime, reason: #{inspect(reason)}"
      other -> raise ArgumentError, "cannot convert #{inspect(ndt)} to datetime" <> not_unique(other, time_zone)
    end
  end

  def now(time_zone, time_zone_database \\ Calendar.get_time_zone_database())
  def now("Etc/UTC", _db), do: {:ok, utc_now()}
  def now(time_zone, time_zone_database), do: shift_zone(utc_now(), time_zone, time_zone_database)

  def now!(time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case now(time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} ->
        raise ArgumentError, "cannot get current datetime in #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  def shift_zone(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database())
  def shift_zone(%{time_zone: time_zone} = datetime, time_zone, _db), do: {:ok, datetime}
  def shift_zone(%{microsecond: {_, precision}, calendar: calendar} = datetime, time_zone, time_zone_database),
    do: in_zone(utc_us(datetime), precision, calendar, time_zone, time_zone_database)

  def shift_zone!(datetime, time_zone, time_zone_database \\ Calendar.get_time_zone_database()) do
    case shift_zone(datetime, time_zone, time_zone_database) do
      {:ok, datetime} -> datetime
      {:error, reason} ->
        raise ArgumentError, "cannot shift #{inspect(datetime)} to #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"
    end
  end

  # the instant `us` (UTC microseconds from 0000-01-01) in a time zone, by the database
  defp in_zone(us, precision, calendar, time_zone, time_zone_database) do
    iso_days = {Integer.floor_div(us, 86_400_000_000), {Integer.mod(us, 86_400_000_000), 86_400_000_000}}
    case time_zone_database.time_zone_period_from_utc_iso_days(iso_days, time_zone) do
      {:ok, %{utc_offset: utc, std_offset: std} = period} ->
        {:ok, __from_us__(us + (utc + std) * 1_000_000, precision, calendar, time_zone, period)}
      error -> error
    end
  end

  def __from_us__(total, precision, calendar, time_zone, %{utc_offset: utc, std_offset: std, zone_abbr: abbr}) do
    {y, m, d, h, mi, s, us} = Calendar.ISO.__from_us__(total, calendar)
    %{__struct__: DateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: {us, precision},
      calendar: calendar, time_zone: time_zone, zone_abbr: abbr, utc_offset: utc, std_offset: std}
  end

  defp utc(total, precision, calendar),
    do: __from_us__(total, precision, calendar, "Etc/UTC", %{utc_offset: 0, std_offset: 0, zone_abbr: "UTC"})

  defp utc({y, m, d, h, mi, s, microsecond}, calendar),
    do: %{__struct__: DateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: microsecond,
          calendar: calendar, time_zone: "Etc/UTC", zone_abbr: "UTC", utc_offset: 0, std_offset: 0}

  # microseconds from 0000-01-01 00:00:00 UTC
  defp utc_us(%{utc_offset: utc, std_offset: std} = datetime), do: Calendar.ISO.__us__(datetime) - (utc + std) * 1_000_000

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    case Calendar.ISO.from_unix(integer, unit) do
      {:ok, {y, m, d}, {h, mi, s}, us} -> convert(utc({y, m, d, h, mi, s, us}, Calendar.ISO), calendar)
      error -> error
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case from_unix(integer, unit, calendar) do
      {:ok, datetime} -> datetime
      {:error, :invalid_unix_time} -> raise ArgumentError, "invalid Unix time #{integer}"
    end
  end

  def to_unix(datetime, unit \\ :second),
    do: System.convert_time_unit(utc_us(datetime) - 62_167_219_200_000_000, :microsecond, unit)

  def from_gregorian_seconds(seconds, {us, precision} \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds),
    do: utc(seconds * 1_000_000 + us, precision, calendar)
  def to_gregorian_seconds(%{microsecond: {us, _}} = datetime),
    do: {Integer.floor_div(utc_us(datetime), 1_000_000), us}

  def to_naive(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: c, time_zone: _}),
    do: %{__struct__: NaiveDateTime, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us, calendar: c}
  def to_date(%{time_zone: _} = datetime), do: NaiveDateTime.to_date(datetime)
  def to_time(%{time_zone: _} = datetime), do: NaiveDateTime.to_time(datetime)

  def to_string(%{calendar: c, year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us} = datetime),
    do: c.datetime_to_string(y, m, d, h, mi, s, us, datetime.time_zone, datetime.zone_abbr, datetime.utc_offset, datetime.std_offset)

  def to_iso8601(datetime, format \\ :extended, offset \\ nil)
  def to_iso8601(%{calendar: Calendar.ISO, utc_offset: utc, std_offset: std, time_zone: zone} = datetime, format, nil)
      when format in [:extended, :basic],
      do: iso8601(datetime, format) <> Calendar.ISO.offset_to_string(utc, std, zone, format)
  def to_iso8601(%{calendar: Calendar.ISO = calendar, microsecond: {_, precision}} = datetime, format, offset)
      when format in [:extended, :basic] do
    shifted = __from_us__(utc_us(datetime) + offset * 1_000_000, precision, calendar, nil, %{utc_offset: offset, std_offset: 0, zone_abbr: nil})
    suffix = if offset == 0 and datetime.time_zone == "Etc/UTC", do: "Z", else: Calendar.ISO.offset_to_string(offset, 0, nil, format)
    iso8601(shifted, format) <> suffix
  end
  def to_iso8601(%{calendar: _} = datetime, format, offset) when format in [:extended, :basic],
    do: to_iso8601(convert!(datetime, Calendar.ISO), format, offset)
  defp iso8601(%{year: y, month: m, day: d, hour: h, minute: mi, second: s, microsecond: us}, format),
    do: Calendar.ISO.date_to_string(y, m, d, format) <> "T" <> Calendar.ISO.time_to_string(h, mi, s, us, format)

  def from_iso8601(string, format_or_calendar \\ Calendar.ISO)
  def from_iso8601(string, format) when format in [:basic, :extended], do: from_iso8601(string, Calendar.ISO, format)
  def from_iso8601(string, calendar) when is_atom(calendar), do: from_iso8601(string, calendar, :extended)
  def from_iso8601(string, calendar, format) do
    with {:ok, fields, offset} <- Calendar.ISO.parse_utc_datetime(string, format),
         {:ok, datetime} <- convert(utc(fields, Calendar.ISO), calendar),
         do: {:ok, datetime, offset}
  end

  def compare(a, b), do: Calendar.ISO.__compare__(utc_us(a), utc_us(b))

  def diff(a, b, unit \\ :second), do: Calendar.ISO.__diff__(utc_us(a), utc_us(b), unit)

  # the precision stays the datetime's (Elixir 1.14)
  def add(datetime, amount, unit \\ :second, time_zone_database \\ Calendar.get_time_zone_database()) when is_integer(amount) do
    %{microsecond: {_, precision}, calendar: calendar, time_zone: time_zone} = datetime
    case in_zone(utc_us(datetime) + Calendar.ISO.__amount_us__(amount, unit), precision, calendar, time_zone, time_zone_database) do
      {:ok, result} -> result
      {:error, error} ->
        raise ArgumentError,
              "cannot add #{amount} #{unit} to #{inspect(datetime)} (with time zone database #{inspect(time_zone_database)}), reason: #{inspect(error)}"
    end
  end

  def truncate(%{__struct__: DateTime, microsecond: microsecond} = datetime, precision),
    do: %{datetime | microsecond: Calendar.truncate(microsecond, precision)}
  def truncate(%{} = datetime, precision), do: truncate(from_map(datetime), precision)

  def convert(%{__struct__: DateTime, calendar: calendar} = datetime, calendar), do: {:ok, datetime}
  def convert(%{calendar: calendar} = datetime, calendar), do: {:ok, from_map(datetime)}
  # the same wall clock (and zone) in a calendar of the same day rollover
  def convert(%{calendar: from, microsecond: {_, precision}} = datetime, calendar) do
    if Calendar.compatible_calendars?(from, calendar),
      do: {:ok, __from_us__(Calendar.ISO.__us__(datetime), precision, calendar, datetime.time_zone, datetime)},
      else: {:error, :incompatible_calendars}
  end

  # a DateTime of a map's fields, in Calendar.ISO (as Elixir builds it: the map's calendar is not kept)
  defp from_map(%{} = map),
    do: %{__struct__: DateTime, year: map.year, month: map.month, day: map.day, hour: map.hour, minute: map.minute,
          second: map.second, microsecond: map.microsecond, calendar: Calendar.ISO, time_zone: map.time_zone,
          zone_abbr: map.zone_abbr, utc_offset: map.utc_offset, std_offset: map.std_offset}
  def convert!(datetime, calendar) do
    case convert(datetime, calendar) do
      {:ok, datetime} -> datetime
      {:error, :incompatible_calendars} ->
        raise ArgumentError, "cannot convert #{inspect(datetime)} to target calendar #{inspect(calendar)}, reason: #{inspect(datetime.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
    end
  end
end

defmodule Calendar do
  # the :elixir application's :time_zone_database, as Elixir keeps it
  def get_time_zone_database, do: Application.get_env(:elixir, :time_zone_database, Calendar.UTCOnlyTimeZoneDatabase)
  def put_time_zone_database(database), do: Application.put_env(:elixir, :time_zone_database, database)

  def compatible_calendars?(calendar, calendar), do: true
  def compatible_calendars?(a, b), do: a.day_rollover_relative_to_midnight_utc() == b.day_rollover_relative_to_midnight_utc()

  # Inspect for a date or time of a calendar other than Calendar.ISO (inspect.cpp writes ISO's):
  # its calendar's text and the calendar's name
  def __inspect__(%{__struct__: Date, calendar: c, year: y, month: m, day: d}, _opts),
    do: "~D[" <> c.date_to_string(y, m, d) <> " " <> inspect(c) <> "]"
  def __inspect__(%{__struct__: Time, calendar: c, hour: h, minute: mi, second: s, microsecond: us}, _opts),
    do: "~T[" <> c.time_to_string(h, mi, s, us) <> " " <> inspect(c) <> "]"
  def __inspect__(%{__struct__: NaiveDateTime, calendar: c} = ndt, _opts),
    do: "~N[" <> NaiveDateTime.to_string(ndt) <> " " <> inspect(c) <> "]"
  def __inspect__(%{__struct__: DateTime, calendar: c} = datetime, _opts) do
    text = DateTime.to_string(datetime) <> " " <> inspect(c)
    case datetime do
      %{utc_offset: 0, std_offset: 0, time_zone: "Etc/UTC"} -> "~U[" <> text <> "]"
      _ -> "#DateTime<" <> text <> ">"
    end
  end

  def truncate(microsecond, :microsecond), do: microsecond
  def truncate({us, precision}, :millisecond), do: {div(us, 1000) * 1000, min(precision, 3)}
  def truncate(_, :second), do: {0, 0}

  # strftime/2,3: %[-_0][width]X; the names and preferred formats come from the options
  def strftime(datetime, format, options \\ []) when is_map(datetime) and is_binary(format) do
    defaults = %{
      preferred_date: "%Y-%m-%d",
      preferred_time: "%H:%M:%S",
      preferred_datetime: "%Y-%m-%d %H:%M:%S",
      am_pm_names: fn :am -> "am"; :pm -> "pm" end,
      month_names: &elem({"January", "February", "March", "April", "May", "June", "July", "August",
                          "September", "October", "November", "December"}, &1 - 1),
      day_of_week_names: &elem({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, &1 - 1),
      abbreviated_month_names: &elem({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}, &1 - 1),
      abbreviated_day_of_week_names: &elem({"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, &1 - 1)
    }
    options =
      Enum.reduce(options, defaults, fn {key, value}, acc ->
        if Map.has_key?(acc, key),
          do: %{acc | key => value},
          else: raise(ArgumentError, "unknown option #{inspect(key)} given to Calendar.strftime/3")
      end)
    IO.iodata_to_binary(strftime_parse(format, datetime, options, []))
  end

  defp strftime_parse("", _datetime, _options, _inside), do: []
  defp strftime_parse("%" <> rest, datetime, options, inside) do
    {pad, rest} =
      case rest do
        "-" <> rest -> {"", rest}
        "0" <> rest -> {"0", rest}
        "_" <> rest -> {" ", rest}
        rest -> {nil, rest}
      end
    {width, rest} = strftime_width(rest, nil)
    case rest do
      <<f, rest::binary>> when f in 'aAbBcdfHIjmMpPqSuxXyYzZ%' ->
        pad = pad || if(f in 'aAbBpPZ', do: " ", else: "0")
        width = width || strftime_default_width(f)
        [strftime_format(f, datetime, options, inside, width, pad) | strftime_parse(rest, datetime, options, inside)]
      _ ->
        {next, _} = String.next_grapheme(rest) || {"", ""}
        raise ArgumentError, "invalid strftime format: %#{next}"
    end
  end
  defp strftime_parse(<<c, rest::binary>>, datetime, options, inside), do: [c | strftime_parse(rest, datetime, options, inside)]

  defp strftime_width(<<d, rest::binary>>, width) when d in ?0..?9, do: strftime_width(rest, (width || 0) * 10 + d - ?0)
  defp strftime_width(rest, width), do: {width, rest}

  defp strftime_default_width(f) when f in 'dHImMSy', do: 2
  defp strftime_default_width(?j), do: 3
  defp strftime_default_width(f) when f in 'Yz', do: 4
  defp strftime_default_width(_), do: 0

  defp strftime_format(?%, _dt, _o, _in, width, pad), do: strftime_pad("%", width, pad)
  defp strftime_format(?a, dt, o, _in, width, pad), do: strftime_pad(o.abbreviated_day_of_week_names.(Date.day_of_week(dt)), width, pad)
  defp strftime_format(?A, dt, o, _in, width, pad), do: strftime_pad(o.day_of_week_names.(Date.day_of_week(dt)), width, pad)
  defp strftime_format(?b, dt, o, _in, width, pad), do: strftime_pad(o.abbreviated_month_names.(dt.month), width, pad)
  defp strftime_format(?B, dt, o, _in, width, pad), do: strftime_pad(o.month_names.(dt.month), width, pad)
  defp strftime_format(?d, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.day), width, pad)
  defp strftime_format(?f, dt, _o, _in, _width, _pad) do
    {us, precision} = dt.microsecond
    binary_part(String.pad_leading(Integer.to_string(us), 6, "0"), 0, max(precision, 1))
  end
  defp strftime_format(?H, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.hour), width, pad)
  defp strftime_format(?I, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(rem(dt.hour + 23, 12) + 1), width, pad)
  defp strftime_format(?j, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(Date.day_of_year(dt)), width, pad)
  defp strftime_format(?m, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.month), width, pad)
  defp strftime_format(?M, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.minute), width, pad)
  defp strftime_format(?p, dt, o, _in, width, pad), do: strftime_pad(String.upcase(strftime_am_pm(dt, o)), width, pad)
  defp strftime_format(?P, dt, o, _in, width, pad), do: strftime_pad(String.downcase(strftime_am_pm(dt, o)), width, pad)
  defp strftime_format(?q, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(Date.quarter_of_year(dt)), width, pad)
  defp strftime_format(?S, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.second), width, pad)
  defp strftime_format(?u, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(Date.day_of_week(dt)), width, pad)
  defp strftime_format(?y, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(rem(dt.year, 100)), width, pad)
  defp strftime_format(?Y, dt, _o, _in, width, pad), do: strftime_pad(Integer.to_string(dt.year), width, pad)
  defp strftime_format(?z, %{utc_offset: utc, std_offset: std}, _o, _in, width, pad) do
    total = utc + std
    number = Integer.to_string(div(abs(total), 3600) * 100 + rem(div(abs(total), 60), 60))
    if(total >= 0, do: "+", else: "-") <> strftime_pad(number, width, pad)
  end
  defp strftime_format(?z, _dt, _o, _in, _width, _pad), do: ""
  defp strftime_format(?Z, dt, _o, _in, width, pad), do: strftime_pad(Map.get(dt, :zone_abbr, ""), width, pad)
  defp strftime_format(f, dt, o, inside, width, pad) when f in 'cxX' do
    {key, name} =
      case f do
        ?c -> {:preferred_datetime, "preferred_datetime"}
        ?x -> {:preferred_date, "preferred_date"}
        ?X -> {:preferred_time, "preferred_time"}
      end
    if key in inside, do: raise(ArgumentError, "tried to format #{name} within another #{name} format")
    parts = strftime_parse(Map.fetch!(o, key), dt, o, [key | inside])
    # padded by its parts, as Elixir counts them
    List.duplicate(pad, max(width - length(parts), 0)) ++ parts
  end

  defp strftime_am_pm(%{hour: hour}, o), do: o.am_pm_names.(if hour > 11, do: :pm, else: :am)

  defp strftime_pad(string, width, pad) do
    missing = width - byte_size(string)
    if missing > 0, do: String.duplicate(pad, missing) <> string, else: string
  end
end
)elixir";
}

}  // namespace taskplay::lang
