# Helpers from Macro, Module and Exception as their docs show them: how an atom is written
# (classify_atom, inspect_atom), unescaping, safe_concat, exit and stack-entry formatting.
IO.inspect Macro.unescape_string("example\\n")
IO.inspect Macro.unescape_string("a\\tb\\x41")
IO.inspect Module.safe_concat([List, Chars])
IO.inspect Module.safe_concat(List, Chars)
IO.inspect Exception.format_exit({:nodedown, :node@host})
IO.inspect Exception.format_exit(:normal)
IO.inspect Exception.format_exit({:shutdown, 1})
IO.inspect Exception.message(%UndefinedFunctionError{})
IO.inspect Exception.format_mfa(Foo, :b@r, 1)
IO.inspect Exception.format_stacktrace_entry({Foo, :bar, [], [file: 'file.ex', line: 0]})
IO.inspect Macro.classify_atom(:foo)
IO.inspect Macro.classify_atom(:"foo bar")
IO.inspect Macro.classify_atom(:+)
IO.inspect Macro.classify_atom(Foo)
IO.inspect Macro.inspect_atom(:literal, :foo)
IO.inspect Macro.inspect_atom(:key, :"with spaces")
IO.inspect Macro.inspect_atom(:remote_call, :"with spaces")
for a <- [:foo, :foo?, :foo!, :Foo, Foo, Foo.Bar, :"Elixir", :"foo bar", :+, :++, :"=:=", :%, :%{}, :{}, :"<<>>", :.., :"...", :foo@bar, nil, true, :_foo, :ola, :"olá", :"9a", :"->", :&, :"::", :"\\\\", :when, :and, :"", :"a.b", :"Elixir.foo", :@, :"^", :"|>", :"//", :"..//"] do
  IO.puts "#{inspect a} #{Macro.classify_atom(a)} #{Macro.inspect_atom(:literal, a)} #{Macro.inspect_atom(:key, a)} #{Macro.inspect_atom(:remote_call, a)}"
end
for a <- [:do, :end, :fn, :catch, :else, :not, :or, :in, :when, :and, :rescue, :after] do IO.puts "#{inspect a} #{Macro.classify_atom(a)} #{Macro.inspect_atom(:remote_call, a)}" end
