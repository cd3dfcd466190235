# OptionParser as a command-line tool uses it (the book's Issues.CLI): switches with types,
# aliases, --no-flag, --name=value, :count and :keep, --, strict mode's invalid options,
# parse_head, parse! and its ParseError, split/1 and to_argv/1.
defmodule Issues.CLI do
  @default_count 4

  def parse_args(argv) do
    OptionParser.parse(argv, switches: [help: :boolean, count: :integer], aliases: [h: :help, c: :count])
    |> elem(1)
    |> args_to_internal_representation()
  end

  def args_to_internal_representation([user, project, count]),
    do: {user, project, String.to_integer(count)}

  def args_to_internal_representation([user, project]), do: {user, project, @default_count}
  def args_to_internal_representation(_), do: :help
end

IO.inspect(Issues.CLI.parse_args(["-h", "anything"]))
IO.inspect(Issues.CLI.parse_args(["--help", "anything"]))
IO.inspect(Issues.CLI.parse_args(["user", "project", "99"]))
IO.inspect(Issues.CLI.parse_args(["user", "project"]))

t = fn argv, opts -> IO.inspect(OptionParser.parse(argv, opts), label: Enum.join(argv, " ")) end
t.(["--verbose", "file"], switches: [verbose: :boolean])
t.(["--no-verbose", "file"], switches: [verbose: :boolean])
t.(["--count", "3", "--count", "4"], switches: [count: :integer])
t.(["--count", "x"], switches: [count: :integer])
t.(["--count"], switches: [count: :integer])
t.(["--ratio", "1.5", "--ratio2", "2"], switches: [ratio: :float, ratio2: :float])
t.(["-v", "-v", "-v"], switches: [verbose: :count], aliases: [v: :verbose])
t.(["-vvv"], switches: [verbose: :count], aliases: [v: :verbose])
t.(["--tag", "a", "--tag", "b"], switches: [tag: :keep])
t.(["--tag", "a", "--tag", "b"], switches: [tag: [:string, :keep]])
t.(["--name=joe", "x", "--age=3"], switches: [name: :string, age: :integer])
t.(["--dry-run", "x"], switches: [dry_run: :boolean])
t.(["--dry_run", "x"], switches: [dry_run: :boolean])
t.(["--unknown", "x"], strict: [name: :string])
t.(["--name"], strict: [name: :string])
t.(["--name", "--other"], strict: [name: :string, other: :boolean])
t.(["a", "--", "--name", "b"], strict: [name: :string])
t.(["-h", "file"], strict: [help: :boolean], aliases: [h: :help])
t.(["--flag=false"], switches: [flag: :boolean])
t.(["--flag", "false"], switches: [flag: :boolean])
t.(["-n", "3", "-n", "-4"], aliases: [n: :num], switches: [num: :integer])
t.(["-", "-1"], switches: [])
t.(["--no-color=x"], switches: [color: :boolean])
IO.inspect(OptionParser.parse!(["--limit", "10", "file"], strict: [limit: :integer]))
IO.inspect(OptionParser.parse_head(["--source", "lib", "test/x.exs", "--verbose"], switches: [source: :string, verbose: :boolean]))
IO.inspect(OptionParser.parse_head!(["--verbose", "x", "--source"], strict: [verbose: :boolean, source: :string]))

for {argv, opts} <- [
      {["--limit", "xyz"], [strict: [limit: :integer]]},
      {["--lmit", "3"], [strict: [limit: :integer]]},
      {["-l", "xyz", "-f", "bar"], [switches: [limit: :integer, foo: :integer], aliases: [l: :limit, f: :foo]]},
      {["--verbose"], [strict: [verbose: :integer]]}
    ] do
  try do
    OptionParser.parse!(argv, opts)
  rescue
    e in OptionParser.ParseError -> IO.puts(Exception.message(e))
  end
end

IO.inspect(OptionParser.split("--foo bar \"baz qux\" 'a b' c\\ d"))
IO.inspect(OptionParser.to_argv(foo_bar: "baz", verbose: true, quiet: false, skip: nil, n: 3))
IO.inspect(OptionParser.to_argv([n: 2], switches: [n: :count]))
IO.inspect(OptionParser.next(["--debug", "rest"], switches: [debug: :boolean]))
