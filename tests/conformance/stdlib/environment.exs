# The environment as scripts read it: System.get_env/1,2 and fetch_env with a variable that
# is set by the script itself (put_env, delete_env), :os.getenv, and :os.type/0.
IO.inspect System.get_env("TASKPLAY_CONFORMANCE_UNSET")
IO.inspect System.get_env("TASKPLAY_CONFORMANCE_UNSET", "fallback")
IO.inspect System.fetch_env("TASKPLAY_CONFORMANCE_UNSET")

:ok = System.put_env("TASKPLAY_CONFORMANCE_MODE", "test")
IO.inspect System.get_env("TASKPLAY_CONFORMANCE_MODE")
IO.inspect System.fetch_env!("TASKPLAY_CONFORMANCE_MODE")
IO.inspect Map.get(System.get_env(), "TASKPLAY_CONFORMANCE_MODE")
IO.inspect :os.getenv('TASKPLAY_CONFORMANCE_MODE')
System.put_env(%{"TASKPLAY_CONFORMANCE_A" => "1", "TASKPLAY_CONFORMANCE_B" => "2"})
IO.inspect {System.get_env("TASKPLAY_CONFORMANCE_A"), System.get_env("TASKPLAY_CONFORMANCE_B")}
:ok = System.delete_env("TASKPLAY_CONFORMANCE_MODE")
IO.inspect System.get_env("TASKPLAY_CONFORMANCE_MODE")
IO.inspect :os.getenv('TASKPLAY_CONFORMANCE_MODE', 'none')

port = String.to_integer(System.get_env("TASKPLAY_CONFORMANCE_PORT", "4000"))
IO.puts "listening on #{port}"
IO.inspect is_binary(System.get_env("PATH"))
IO.inspect :os.type()

try do
  System.fetch_env!("TASKPLAY_CONFORMANCE_UNSET")
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  System.put_env("BAD=NAME", "x")
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
