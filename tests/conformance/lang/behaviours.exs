# Behaviours as Elixir's guide defines them: @callback, @impl, @optional_callbacks, behaviour_info/1
defmodule Parser do
  @doc "Parses a string."
  @callback parse(String.t()) :: {:ok, term} | {:error, atom}
  @doc "Lists all supported file extensions."
  @callback extensions() :: [String.t()]
  @callback describe(term) :: String.t()
  @optional_callbacks describe: 1
  @macrocallback quoted(term) :: Macro.t()

  def parse!(implementation, contents) do
    case implementation.parse(contents) do
      {:ok, data} -> data
      {:error, error} -> raise ArgumentError, "parsing error: #{error}"
    end
  end
end

defmodule JSONParser do
  @behaviour Parser

  @impl Parser
  def parse(str), do: {:ok, "some json " <> str}

  @impl Parser
  def extensions, do: [".json"]
end

defmodule YAMLParser do
  @behaviour Parser

  @impl true
  def parse("bad"), do: {:error, :invalid}
  def parse(str), do: {:ok, "some yaml " <> str}

  @impl true
  def extensions, do: [".yml", ".yaml"]

  @impl true
  def describe(_), do: "YAML"
end

IO.inspect Parser.behaviour_info(:callbacks)
IO.inspect Parser.behaviour_info(:optional_callbacks)
IO.inspect Parser.__info__(:functions)
IO.inspect function_exported?(Parser, :behaviour_info, 1)
IO.inspect function_exported?(JSONParser, :behaviour_info, 1)
for parser <- [JSONParser, YAMLParser] do
  IO.inspect {parser, parser.extensions(), Parser.parse!(parser, "x")}
  if function_exported?(parser, :describe, 1), do: IO.puts(parser.describe(nil))
end
try do
  Parser.parse!(YAMLParser, "bad")
rescue
  e in ArgumentError -> IO.puts Exception.message(e)
end

defmodule Shape do
  @callback area(map) :: number
  @callback perimeter(map) :: number
  @callback name() :: String.t()
  @callback scale(map, number) :: map
  @callback scale(map) :: map
  @optional_callbacks scale: 2, name: 0
  @optional_callbacks scale: 1
end
IO.inspect Shape.behaviour_info(:callbacks)
IO.inspect Shape.behaviour_info(:optional_callbacks)
