# Dates and times in the ISO calendar: ~D ~T ~N, arithmetic, comparison, printing
d = ~D[2024-01-15]
IO.inspect d
IO.puts d
IO.inspect Date.add(d, 20)
IO.inspect Date.diff(~D[2024-03-01], d)
IO.inspect Date.day_of_week(d)
IO.inspect Date.new(2023, 2, 29)
IO.inspect ~T[12:30:00.500]
IO.inspect Time.add(~T[23:59:59], 2)
IO.inspect NaiveDateTime.add(~N[2024-01-01 00:00:00], 90)
IO.inspect {Date.leap_year?(d), Date.end_of_month(~D[2024-02-10]), Date.compare(d, ~D[2023-01-01])}
IO.puts "today is #{d}"
