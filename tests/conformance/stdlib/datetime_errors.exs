# Errors and corners: basic formats, long fractions, strftime's errors and widths, System.convert_time_unit
IO.inspect(DateTime.from_iso8601("2015-01-23T23:50:07.123Z", :extended))
IO.inspect(DateTime.from_iso8601("20150123T235007.123Z", :basic))
IO.inspect(DateTime.from_iso8601("20150123T235007.123+0100", Calendar.ISO, :basic))
IO.inspect(DateTime.from_iso8601("2015-01-23T23:50:07.123Z", :basic))
IO.inspect(NaiveDateTime.from_iso8601("2015-01-23 23:50:07.123456789"))
IO.inspect(NaiveDateTime.from_iso8601("2015-01-23 23:50:07."))
IO.inspect(NaiveDateTime.from_iso8601("+2015-01-23 23:50:07"))
try do
  NaiveDateTime.from_iso8601!("2015-01-23P23:50:07")
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  DateTime.from_unix!(-377_705_116_801)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  DateTime.to_unix(~U[2000-01-01 00:00:00Z], :day)
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  DateTime.shift_zone!(~U[2000-01-01 00:00:00Z], "Asia/Tokyo")
rescue
  e in ArgumentError -> IO.puts(e.message)
end
try do
  Calendar.strftime(~D[2000-01-01], "%c")
rescue
  e -> IO.inspect(e)
end
try do
  Calendar.strftime(~N[2000-01-01 10:00:00], "%Q")
rescue
  e -> IO.inspect(e)
end
try do
  Calendar.strftime(~N[2000-01-01 10:00:00], "%c", preferred_datetime: "%c")
rescue
  e -> IO.inspect(e)
end
try do
  Calendar.strftime(~N[2000-01-01 10:00:00], "%c", foo: 1)
rescue
  e -> IO.inspect(e)
end
IO.puts(Calendar.strftime(~N[2000-01-01 10:00:00], "%20c|%-20c|%3x|"))
IO.puts(Calendar.strftime(~N[2000-01-01 10:00:00], "%10A|%-10A|%_5d|%5p|%010B"))
IO.inspect(System.convert_time_unit(1500, :millisecond, :second))
IO.inspect(System.convert_time_unit(-1500, :millisecond, :second))
IO.inspect(System.convert_time_unit(3, :second, 1024))
IO.inspect(Time.add(~T[10:00:00], 1, :hour))
try do
  Time.add(~T[10:00:00], 1, :day)
rescue
  e -> IO.inspect(e)
end
try do
  Time.diff(~T[10:00:00], ~T[09:00:00], :day)
rescue
  e -> IO.inspect(e)
end
IO.inspect(Date.add(~N[2000-01-01 10:00:00], 1))
IO.inspect(Date.beginning_of_week(~N[2000-01-01 10:00:00]))
IO.inspect(Date.to_string(~U[2000-01-01 10:00:00Z]))
IO.inspect(Date.day_of_week(~U[2000-01-01 10:00:00Z]))
IO.inspect(NaiveDateTime.to_string(~U[2000-01-01 10:00:00Z]))
IO.inspect(NaiveDateTime.add(~U[2000-01-01 10:00:00Z], 1))
IO.inspect(Time.to_string(~U[2000-01-01 10:00:00Z]))
IO.inspect(NaiveDateTime.compare(~U[2000-01-01 10:00:00Z], ~N[2000-01-01 10:00:00]))
