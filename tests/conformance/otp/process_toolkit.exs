# The process toolkit of the book's concurrency chapter in one place: spawn/3 with a module
# and arguments, the process dictionary, a monitor's :DOWN for a normal and a crashed
# process, Process.info of a waiting process, Registry via-tuples for a named worker.
defmodule Echo do
  def loop(prefix) do
    receive do
      {:say, from, text} ->
        send(from, {:echo, prefix <> text})
        loop(prefix)
      :stop -> :ok
      :crash -> raise "echo crashed"
    end
  end
end

defmodule Named do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Names, name}}
  def hello(name), do: GenServer.call(via(name), :hello)
  def init(name), do: {:ok, name}
  def handle_call(:hello, _from, name), do: {:reply, "hello from #{name}", name}
end

defmodule Main do
  def run do
    pid = spawn(Echo, :loop, ["> "])
    send(pid, {:say, self(), "hi"})
    receive do
      {:echo, text} -> IO.puts(text)
    end

    Process.put(:count, 1)
    Process.put(:name, "main")
    IO.inspect(Process.get(:count), label: "get")
    IO.inspect(Process.put(:count, 2), label: "put returns old")
    IO.inspect(Process.get(:missing, :default), label: "get default")
    IO.inspect(Enum.sort(Process.get_keys()), label: "keys")
    IO.inspect(Process.delete(:name), label: "delete")
    IO.inspect(Process.get(:name), label: "after delete")

    info = Process.info(pid, [:status, :message_queue_len, :links, :trap_exit])
    IO.inspect(info, label: "info")
    IO.inspect(Process.info(pid, :registered_name), label: "registered_name")
    Process.register(pid, :echo)
    IO.inspect(Process.info(pid, :registered_name), label: "registered_name")

    ref = Process.monitor(pid)
    send(:echo, :stop)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "normal down")
    end
    IO.inspect(Process.alive?(pid), label: "alive?")
    IO.inspect(Process.info(pid), label: "info of the dead")

    {crasher, ref} = spawn_monitor(Echo, :loop, [""])
    send(crasher, :crash)
    receive do
      {:DOWN, ^ref, :process, ^crasher, {error, _stack}} -> IO.inspect(error, label: "crash down")
    end

    ref = Process.monitor(crasher)
    receive do
      {:DOWN, ^ref, :process, ^crasher, reason} -> IO.inspect(reason, label: "monitor of the dead")
    end

    {:ok, _} = Registry.start_link(keys: :unique, name: Names)
    {:ok, w} = Named.start_link("ada")
    IO.puts(Named.hello("ada"))
    IO.inspect(Registry.lookup(Names, "ada") == [{w, nil}], label: "lookup")
    IO.inspect(GenServer.whereis(Named.via("ada")) == w, label: "whereis via")
    IO.inspect(Named.start_link("ada") == {:error, {:already_started, w}}, label: "again")
    IO.inspect(GenServer.whereis(Named.via("bob")), label: "whereis unknown")
  end
end

Main.run()
