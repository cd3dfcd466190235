# A minimal Mix project, so that `mix test` (real Elixir) and `taskplay test` can be run on
# the same folder (tests/cli/test_command.sh).
defmodule Project.MixProject do
  use Mix.Project

  def project do
    [app: :mixp, version: "0.1.0", elixir: "~> 1.14", deps: []]
  end
end
