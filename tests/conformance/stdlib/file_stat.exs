# File.stat/1 and File.stat!/1: a %File.Stat{} whose size, type and access a program reads
path = Path.join(System.tmp_dir!(), "taskplay_stat_#{:erlang.phash2(__DIR__)}.txt")
File.write!(path, "12345")
{:ok, info} = File.stat(path)
IO.inspect {info.size, info.type, info.access, info.links}
IO.inspect File.stat!(path).size
IO.inspect File.stat!(System.tmp_dir!()).type
IO.inspect File.stat("/nonexistent")
IO.inspect is_struct(info, File.Stat)
%File.Stat{size: size} = info
IO.inspect size
{{y, _, _}, _} = info.mtime
IO.inspect y > 2000
File.rm!(path)
File.stat!("/nonexistent")
