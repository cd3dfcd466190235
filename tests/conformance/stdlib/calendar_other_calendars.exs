# Date, Time, NaiveDateTime and DateTime of a calendar other than Calendar.ISO, as Elixir's
# Calendar behaviour allows: a Holocene calendar (ISO's days, years + 10000) and one whose
# days roll over at another moment, so that converting to it is ambiguous
defmodule Holocene do
  @behaviour Calendar

  def date_to_string(year, month, day), do: "#{year}-#{pad(month)}-#{pad(day)}"
  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond),
    do: date_to_string(year, month, day) <> " " <> Calendar.ISO.time_to_string(hour, minute, second, microsecond)
  def datetime_to_string(year, month, day, hour, minute, second, microsecond, _zone, abbr, _utc, _std),
    do: naive_datetime_to_string(year, month, day, hour, minute, second, microsecond) <> " " <> abbr
  defdelegate time_to_string(hour, minute, second, microsecond), to: Calendar.ISO
  def day_rollover_relative_to_midnight_utc, do: {0, 1}

  def naive_datetime_from_iso_days(iso_days) do
    {year, month, day, hour, minute, second, microsecond} = Calendar.ISO.naive_datetime_from_iso_days(iso_days)
    {year + 10000, month, day, hour, minute, second, microsecond}
  end
  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond),
    do: Calendar.ISO.naive_datetime_to_iso_days(year - 10000, month, day, hour, minute, second, microsecond)

  def parse_date(string) do
    [year, month, day] = string |> String.split("-") |> Enum.map(&String.to_integer/1)
    if valid_date?(year, month, day), do: {:ok, {year, month, day}}, else: {:error, :invalid_date}
  end
  def valid_date?(year, month, day), do: :calendar.valid_date(year, month, day)
  defdelegate parse_time(string), to: Calendar.ISO
  defdelegate parse_naive_datetime(string), to: Calendar.ISO
  defdelegate parse_utc_datetime(string), to: Calendar.ISO
  defdelegate time_from_day_fraction(fraction), to: Calendar.ISO
  defdelegate time_to_day_fraction(hour, minute, second, microsecond), to: Calendar.ISO
  def leap_year?(year), do: Calendar.ISO.leap_year?(year - 10000)
  def days_in_month(year, month), do: Calendar.ISO.days_in_month(year - 10000, month)
  def months_in_year(_year), do: 12
  def day_of_week(year, month, day, starting_on), do: Calendar.ISO.day_of_week(year - 10000, month, day, starting_on)
  def day_of_year(year, month, day), do: Calendar.ISO.day_of_year(year - 10000, month, day)
  def quarter_of_year(year, month, day), do: Calendar.ISO.quarter_of_year(year - 10000, month, day)
  def year_of_era(year, _month, _day), do: {year, 1}
  def day_of_era(year, month, day), do: Calendar.ISO.day_of_era(year - 10000, month, day)
  defdelegate valid_time?(hour, minute, second, microsecond), to: Calendar.ISO

  defp pad(n), do: String.pad_leading("#{n}", 2, "0")
end

defmodule Shifted do
  def date_to_string(year, month, day), do: "#{day}/#{month}/#{year}"
  def time_to_string(hour, minute, second, _), do: "#{hour}::#{minute}::#{second}"
  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond),
    do: date_to_string(year, month, day) <> "F" <> time_to_string(hour, minute, second, microsecond)
  def datetime_to_string(year, month, day, hour, minute, second, microsecond, zone, abbr, utc, std),
    do: naive_datetime_to_string(year, month, day, hour, minute, second, microsecond) <> " #{zone} #{abbr} #{utc} #{std}"
  def day_rollover_relative_to_midnight_utc, do: {123_456, 123_457}
end

show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e in ArgumentError -> IO.puts("#{label}: ArgumentError: #{Exception.message(e)}")
    e in FunctionClauseError -> IO.puts("#{label}: FunctionClauseError in #{inspect(e.module)}.#{e.function}/#{e.arity}")
  end
end

# sigils name the calendar after a space
# sigils expand when the file compiles, before Holocene exists: Code.eval_string runs them later
date = Date.new!(12000, 2, 29, Holocene)
show.("sigil", fn -> Code.eval_string("~D[12000-02-29 Holocene]") end)
show.("new", fn -> date end)
show.("to_string", fn -> to_string(date) end)
show.("interpolated", fn -> "on #{date}" end)
show.("in a list", fn -> [date, ~D[2000-01-01]] end)
show.("convert to ISO", fn -> Date.convert!(date, Calendar.ISO) end)
show.("convert from ISO", fn -> Date.convert(~D[2000-02-29], Holocene) end)
show.("from_iso8601", fn -> Date.from_iso8601!("2000-02-29", Holocene) end)
show.("to_iso8601", fn -> Date.to_iso8601(date) end)
show.("to_erl", fn -> Date.to_erl(date) end)
show.("compare across", fn -> Date.compare(date, ~D[2000-02-29]) end)
show.("diff across", fn -> Date.diff(~D[2000-03-10], date) end)
show.("add", fn -> Date.add(date, 1) end)
show.("day_of_week", fn -> Date.day_of_week(date) end)
show.("day_of_year", fn -> Date.day_of_year(date) end)
show.("year_of_era", fn -> Date.year_of_era(date) end)
show.("leap_year?", fn -> Date.leap_year?(date) end)
show.("end_of_month", fn -> Date.end_of_month(Date.new!(12001, 2, 3, Holocene)) end)
show.("beginning_of_week", fn -> Date.beginning_of_week(date) end)
show.("from_gregorian_days", fn -> Date.from_gregorian_days(730_485, Holocene) end)
range = Date.range(Date.new!(12000, 1, 30, Holocene), Date.new!(12000, 2, 2, Holocene))
show.("range", fn -> Enum.to_list(range) end)
show.("member", fn -> Date.new!(12000, 2, 1, Holocene) in range end)
show.("ISO date in range", fn -> ~D[2000-02-01] in range end)
show.("mixed range", fn -> Date.range(~D[2000-01-01], Date.new!(12000, 1, 2, Holocene)) end)

time = Time.new!(12, 34, 56, {789_000, 3}, Holocene)
show.("time", fn -> time end)
show.("~T", fn -> Code.eval_string("~T[12:34:56.789 Holocene]") end)
show.("time convert", fn -> Time.convert!(~T[13:30:15], Holocene) end)
show.("time add", fn -> Time.add(time, 3600) end)
show.("time compare", fn -> Time.compare(time, ~T[12:34:56.789]) end)

ndt = NaiveDateTime.new!(12000, 1, 1, 23, 59, 59, {500_000, 1}, Holocene)
show.("naive", fn -> ndt end)
show.("~N", fn -> Code.eval_string("~N[2000-01-01 23:59:59.5 Holocene]") end)
show.("~N 12000", fn -> Code.eval_string("~N[12000-01-01 23:59:59.5 Holocene]") end)
show.("naive convert", fn -> NaiveDateTime.convert!(~N[2000-01-01 12:34:15.123456], Holocene) end)
show.("naive add", fn -> NaiveDateTime.add(ndt, 1) end)
show.("naive diff", fn -> NaiveDateTime.diff(ndt, ~N[2000-01-01 00:00:00]) end)
show.("naive compare", fn -> NaiveDateTime.compare(ndt, ~N[2000-01-01 23:59:59.5]) end)
show.("naive to_iso8601", fn -> NaiveDateTime.to_iso8601(ndt) end)
show.("naive to_date", fn -> NaiveDateTime.to_date(ndt) end)
show.("naive to_erl", fn -> NaiveDateTime.to_erl(ndt) end)

dt = DateTime.from_naive!(ndt, "Etc/UTC")
show.("datetime", fn -> dt end)
show.("datetime to_string", fn -> to_string(dt) end)
show.("datetime convert", fn -> DateTime.convert!(dt, Calendar.ISO) end)
show.("datetime to_iso8601", fn -> DateTime.to_iso8601(dt) end)
show.("datetime to_unix", fn -> DateTime.to_unix(dt) end)
show.("datetime add", fn -> DateTime.add(dt, 1, :second) end)
show.("from_unix", fn -> DateTime.from_unix!(0, :second, Holocene) end)
show.("~U", fn -> Code.eval_string("~U[2000-01-01T12:34:56Z Holocene]") end)
show.("~U offset", fn -> Code.eval_string("~U[2000-01-01T12:34:56+01:00 Holocene]") end)

# a calendar of another day rollover: no conversion, comparison or difference
shifted = %{~D[2000-01-01] | calendar: Shifted}
show.("shifted", fn -> shifted end)
show.("shifted to_string", fn -> to_string(shifted) end)
show.("shifted time", fn -> %{~T[23:00:07.005] | calendar: Shifted} end)
show.("shifted naive", fn -> %{~N[2000-01-01 23:00:07] | calendar: Shifted} end)
show.("shifted datetime", fn -> %{~U[2000-01-01 23:00:07Z] | calendar: Shifted} end)
show.("shifted convert", fn -> Date.convert(~D[2000-01-01], Shifted) end)
show.("shifted convert!", fn -> Date.convert!(~D[2000-01-01], Shifted) end)
show.("shifted compare", fn -> Date.compare(~D[2000-01-01], shifted) end)
show.("shifted diff", fn -> Date.diff(~D[2000-01-01], shifted) end)
show.("naive convert shifted", fn -> NaiveDateTime.convert(~N[2000-01-01 00:00:00], Shifted) end)
show.("naive convert! shifted", fn -> NaiveDateTime.convert!(~N[2000-01-01 00:00:00], Shifted) end)
show.("datetime convert shifted", fn -> DateTime.convert(~U[2000-01-01 00:00:00Z], Shifted) end)
show.("local_now shifted", fn -> NaiveDateTime.local_now(Shifted) end)
