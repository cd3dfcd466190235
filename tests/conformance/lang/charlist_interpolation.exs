# Interpolation in single-quoted charlists, as Erlang-flavoured code (and the book's
# :io.format calls) writes it: 'a#{x}b' is the charlist of the text, code points and all.
name = "wörld"
count = 3
IO.inspect 'hello #{name}'
IO.inspect 'count: #{count}, double: #{count * 2}'
IO.inspect 'tab\t#{:atom}\n'
IO.inspect 'nested #{"inner #{count}"}'
:io.format('~s has ~B items~n', ['the list #{inspect([1, 2])}', count])
IO.puts 'printed #{count} times'
IO.inspect is_list('x#{1}')
IO.inspect length('abc#{"de"}')

# charlist heredocs
IO.inspect '''
abc
  def #{1 + 1}
'''
x = '''
  indented
  lines
  '''
IO.inspect x
IO.inspect "a" <> """
  b
  """
