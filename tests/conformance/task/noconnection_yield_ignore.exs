# A :DOWN whose reason is :noconnection (the task's node went away) makes yield, ignore,
# yield_many and shutdown exit the caller with {{:nodedown, node}, {Task, fun, args}}, as
# await does; any other reason is an {:exit, reason} result.
defmodule Fake do
  def task(pid) do
    %Task{ref: make_ref(), pid: pid, owner: self(), mfa: {__MODULE__, :task, 1}}
  end
  def try_it(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    catch
      :exit, {reason, {Task, name, args}} -> IO.inspect({reason, name, length(args)}, label: label)
    end
  end
end

t = Fake.task(self())
send(self(), {:DOWN, t.ref, :process, self(), :noconnection})
Fake.try_it("yield", fn -> Task.yield(t, 0) end)

t = Fake.task(self())
send(self(), {:DOWN, t.ref, :process, {:name, :other@host}, :noconnection})
Fake.try_it("ignore named", fn -> Task.ignore(t) end)

t = Fake.task(self())
send(self(), {:DOWN, t.ref, :process, self(), :boom})
Fake.try_it("yield other reason", fn -> Task.yield(t, 0) end)

t1 = Fake.task(self())
t2 = Fake.task(self())
send(self(), {t1.ref, :one})
send(self(), {:DOWN, t2.ref, :process, self(), :noconnection})
Fake.try_it("yield_many", fn -> Task.yield_many([t1, t2], 0) end)

dead = spawn(fn -> :ok end)
Process.sleep(10)
t = Fake.task(dead)
send(self(), {:DOWN, t.ref, :process, dead, :noconnection})
Fake.try_it("shutdown", fn -> Task.shutdown(t) end)
t = Fake.task(dead)
send(self(), {:DOWN, t.ref, :process, dead, :noconnection})
Fake.try_it("shutdown brutal", fn -> Task.shutdown(t, :brutal_kill) end)
t = Fake.task(dead)
send(self(), {:DOWN, t.ref, :process, dead, :normal})
Fake.try_it("shutdown normal", fn -> Task.shutdown(t) end)
