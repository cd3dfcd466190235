# The "Macros and Code Evaluation" chapter: macros get their arguments as quoted code and
# return code, compiled where they are called.
defmodule My do
  defmacro macro(param) do
    IO.inspect(param)
  end
end

defmodule Test do
  require My

  # these values represent themselves
  My.macro(:atom)
  My.macro(1)
  My.macro(1.0)
  My.macro([1, 2, 3])
  My.macro("binaries")
  My.macro({1, 2})
  My.macro(do: 1)

  # and these are represented by tuples
  My.macro({1, 2, 3, 4, 5})

  My.macro do
    1
  end

  My.macro(do: (a = 1; a + a))

  My.macro do
    1 + 2
  else
    3 + 4
  end

  My.macro(IO.puts(1))
  My.macro(fn x -> x end)
end

defmodule MyIf do
  defmacro if(condition, clauses) do
    do_clause = Keyword.get(clauses, :do, nil)
    else_clause = Keyword.get(clauses, :else, nil)

    quote do
      case unquote(condition) do
        val when val in [false, nil] -> unquote(else_clause)
        _ -> unquote(do_clause)
      end
    end
  end

  defmacro unless(condition, clauses) do
    do_clause = Keyword.get(clauses, :do, nil)
    else_clause = Keyword.get(clauses, :else, nil)

    quote do
      if(unquote(condition), do: unquote(else_clause), else: unquote(do_clause))
    end
  end
end

defmodule Test2 do
  require MyIf

  def run do
    MyIf.if 1 == 2 do
      IO.puts("1 == 2")
    else
      IO.puts("1 != 2")
    end

    MyIf.unless 1 == 2 do
      IO.puts("unless: 1 != 2")
    end
  end
end

Test2.run()

defmodule Times do
  defmacro times_n(n) do
    name = :"times_#{n}"

    quote do
      def unquote(name)(x), do: x * unquote(n)
    end
  end
end

defmodule Test3 do
  require Times
  Times.times_n(3)
  Times.times_n(4)
end

IO.puts(Test3.times_3(4))
IO.puts(Test3.times_4(5))
