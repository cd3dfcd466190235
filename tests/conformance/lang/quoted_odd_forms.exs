# Forms that are fine quoted: an alias on a call's result (Foo.bar().Baz, an invalid alias
# once compiled), %unquote(mod){} and %:erlang_named{} structs, Kernel.||/2 called by name
defmodule :point_record do
  defstruct x: 0, y: 0
  def x(%:point_record{x: x}), do: x
end

defmodule Defaults do
  def pick(value), do: Kernel.||(value, :default)
  def both(a, b), do: Kernel.&&(a, b)
end

IO.inspect(quote(do: Foo.bar().Baz))
IO.inspect(Macro.to_string(quote(do: Foo.bar().Baz)))
IO.inspect(Macro.expand_once(quote(do: Foo.bar().Baz), __ENV__))
IO.inspect(quote(do: @config.Child))
mod = URI
IO.inspect(quote(do: %unquote(mod){host: "h"}))
p = struct(:point_record, x: 3)
IO.inspect(p)
IO.inspect(:point_record.x(p))
IO.inspect(quote(do: %:point_record{x: 1}))
IO.inspect(Macro.to_string(quote(do: %:point_record{x: 1})))
IO.inspect({Defaults.pick(nil), Defaults.pick(1), Defaults.both(1, 2), Defaults.both(false, 2)})
IO.inspect(quote(do: Kernel.||(1, false)))
Code.eval_string("Foo.bar().Baz")
