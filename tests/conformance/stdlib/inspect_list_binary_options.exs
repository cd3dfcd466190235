# inspect/2's :charlists and :binaries as Inspect.List and Inspect.BitString test them:
# only :as_charlists (:as_strings) or :infer mean text; any other value (:as_list, a typo)
# prints numbers. The deprecated char_lists: still takes :as_char_lists.
IO.puts inspect('abc', charlists: :as_list)
IO.puts inspect('abc', charlists: :as_lists)
IO.puts inspect('abc', charlists: :as_char_lists)
IO.puts inspect([7], charlists: :as_charlists)
IO.puts inspect("abc", binaries: :as_binary)
IO.puts inspect("abc", binaries: :as_binaries)
IO.puts inspect(<<255>>, binaries: :as_string)
IO.puts inspect(<<255, ?a>>, binaries: :as_strings)
