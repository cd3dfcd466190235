defmodule Ex4 do
  def child(parent) do
    send parent, "hi"
    raise "oops"
  end
end
Process.flag(:trap_exit, true)
spawn_link(Ex4, :child, [self()])
Process.sleep(200)
defmodule Drain do
  def all do
    receive do
      msg -> IO.inspect(msg, label: "got"); all()
    after 0 -> :done
    end
  end
end
Drain.all()
