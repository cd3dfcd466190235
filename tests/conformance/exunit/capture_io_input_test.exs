# capture_io with input, as ExUnit.CaptureIO's docs write it: IO.gets with a prompt, the
# prompt left out with capture_prompt: false, IO.read by line, to the end and by count,
# IO.stream over the input, :eof once it is used up; with_io and with_log give the result
# beside what was captured.
ExUnit.start(seed: 0)

defmodule Greeter do
  def ask do
    name = IO.gets("What is your name? ") |> String.trim()
    IO.puts("Hello, #{name}!")
    name
  end

  def sum_line do
    IO.gets("")
    |> String.split()
    |> Enum.map(&String.to_integer/1)
    |> Enum.sum()
  end
end

defmodule CaptureIOInputTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  test "the docs' example" do
    assert capture_io("this is input", fn ->
             input = IO.gets("> ")
             IO.write(input)
           end) == "> this is input"
  end

  test "a prompt and an answer" do
    assert capture_io("José\n", fn -> Greeter.ask() end) ==
             "What is your name? Hello, José!\n"
  end

  test "with_io gives the result too" do
    assert {"Ana", "What is your name? Hello, Ana!\n"} = with_io("Ana\n", &Greeter.ask/0)
    assert {10, ""} = with_io("1 2 3 4\n", &Greeter.sum_line/0)
  end

  test "lines until the end" do
    output =
      capture_io([input: "one\ntwo\nthree", capture_prompt: false], fn ->
        IO.inspect(IO.gets("first? "))
        IO.inspect(IO.read(:line))
        IO.inspect(IO.gets("last? "))
        IO.inspect(IO.gets("more? "))
      end)

    assert output == "\"one\\n\"\n\"two\\n\"\n\"three\"\n:eof\n"
  end

  test "read to the end and by count" do
    capture_io("abcdef", fn ->
      send(self(), {:two, IO.read(2)})
      send(self(), {:rest, IO.read(:eof)})
      send(self(), {:after, IO.read(:eof), IO.read(:all)})
    end)

    assert_received {:two, "ab"}
    assert_received {:rest, "cdef"}
    assert_received {:after, :eof, ""}
  end

  test "a stream of lines" do
    lines = capture_io("a\nb\nc\n", fn -> IO.stream(:stdio, :line) |> Enum.map(&String.trim/1) |> IO.inspect() end)
    assert lines == "[\"a\", \"b\", \"c\"]\n"
  end

  test "no input is :eof" do
    assert capture_io(fn -> IO.inspect(IO.gets("? ")) end) == "? :eof\n"
  end

  test "with_log" do
    {result, log} = with_log(fn -> Logger.error("disk full"); :failed end)
    assert result == :failed
    assert log =~ "[error] disk full"
  end

  test "a failing answer" do
    assert capture_io("Bob\n", fn -> Greeter.ask() end) == "Hello, Bob!\n"
  end
end
