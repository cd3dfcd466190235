# @derive {Inspect, optional: [...]} leaves out fields while they hold their default (with
# only:/except: too); only:, except: and optional: must name fields of the struct
defmodule Point do
  @derive {Inspect, optional: [:b, :c]}
  defstruct [:c, :d, :a, :b]
end

defmodule Secret do
  @derive {Inspect, optional: [:b, :c], except: [:e]}
  defstruct [:c, :d, :e, :a, b: 0]
end

defmodule Demo do
  def run do
    IO.inspect %Point{a: 1, b: 2, c: 3, d: 4}
    IO.inspect %Point{}
    IO.inspect %Point{c: 5}
    IO.inspect %Secret{a: 1, b: 2, c: 3, d: 4}
    IO.inspect %Secret{}
    IO.inspect %Secret{b: 1}
  end
end

Demo.run()
IO.inspect URI.parse("https://elixir-lang.org")
IO.inspect Version.parse!("1.2.3")
IO.inspect Version.parse!("1.2.3-rc.1+build")

try do
  defmodule BadOnly do
    @derive {Inspect, only: [:c]}
    defstruct [:a, :b]
  end
rescue
  e in ArgumentError -> IO.puts(e.message)
end

try do
  defmodule BadExcept do
    @derive {Inspect, except: [:c, :d]}
    defstruct [:a, :b]
  end
rescue
  e in ArgumentError -> IO.puts(e.message)
end

try do
  defmodule BadOptional do
    @derive {Inspect, optional: [:z]}
    defstruct [:a, :b]
  end
rescue
  e in ArgumentError -> IO.puts(e.message)
end

# Atoms: Elixir.Elixir keeps its prefix; an atom not in NFC is quoted
IO.inspect [Elixir, Elixir.Foo, Elixir.Elixir, Elixir.Elixir.Foo, :olá, :Ólá]
IO.inspect String.to_atom(:unicode.characters_to_nfd_binary("olá"))

# :erlang.fun_info/2 of an external fun: what only a local fun has is :undefined
f = &Enum.count/1
IO.inspect Enum.map([:index, :new_index, :new_uniq, :pid, :uniq, :type], &:erlang.fun_info(f, &1))
IO.inspect :erlang.fun_info(fn -> :ok end, :type)
