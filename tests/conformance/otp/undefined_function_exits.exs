{_, ref} = spawn_monitor(fn -> Nope.f() end)
receive do {:DOWN, ^ref, _, _, {r, [f | _]}} -> IO.inspect {r, f} end
{_, ref} = spawn_monitor(Nope, :g, [1])
receive do {:DOWN, ^ref, _, _, {r, [f | _]}} -> IO.inspect {r, f} end
{_, ref} = spawn_monitor(fn -> apply(Nope, :h, []) end)
receive do {:DOWN, ^ref, _, _, {r, [f | _]}} -> IO.inspect {r, f} end
{_, ref} = spawn_monitor(fn -> String.nope() end)
receive do {:DOWN, ^ref, _, _, {r, [f | _]}} -> IO.inspect {r, f} end
t = Task.async(Nope, :x, [])
Process.flag(:trap_exit, true)
receive do {:EXIT, _, {r, [f | _]}} -> IO.inspect {r, f} end
