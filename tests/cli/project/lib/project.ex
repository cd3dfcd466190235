defmodule Project do end
