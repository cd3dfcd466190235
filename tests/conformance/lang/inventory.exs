# Structs and exceptions of your own, as an application writes them
defmodule Item do
  @enforce_keys [:sku, :name]
  defstruct [:sku, :name, qty: 0, price: 0.0]

  def new(sku, name, opts \\ []), do: struct!(%Item{sku: sku, name: name}, opts)
  def total(%Item{qty: q, price: p}), do: q * p
end

defmodule OutOfStock do
  defexception [:sku, :wanted, :left]

  @impl true
  def message(%{sku: sku, wanted: w, left: l}),
    do: "cannot take #{w} of #{sku}: only #{l} left"
end

defmodule Inventory do
  def new(items), do: Map.new(items, fn %Item{sku: sku} = i -> {sku, i} end)

  def take(inv, sku, n) do
    case Map.fetch(inv, sku) do
      {:ok, %Item{qty: q} = item} when q >= n -> {:ok, %{inv | sku => %Item{item | qty: q - n}}}
      {:ok, %Item{qty: q}} -> raise OutOfStock, sku: sku, wanted: n, left: q
      :error -> raise KeyError, key: sku, term: inv
    end
  end

  def value(inv), do: inv |> Map.values() |> Enum.map(&Item.total/1) |> Enum.sum()
end

defmodule Main do
  def run do
    inv =
      Inventory.new([
        Item.new("A1", "bolt", qty: 100, price: 0.25),
        Item.new("B2", "nut", qty: 40, price: 0.1),
        Item.new("C3", "gear")
      ])

    IO.inspect(inv["A1"])
    IO.inspect(Inventory.value(inv))
    {:ok, inv} = Inventory.take(inv, "A1", 30)
    IO.inspect(inv["A1"].qty)

    try do
      Inventory.take(inv, "B2", 50)
    rescue
      e in OutOfStock -> IO.puts("error: " <> Exception.message(e))
    end

    try do
      Item.new("D4", "spring", colour: :red)
    rescue
      e in KeyError -> IO.puts("bad option: #{inspect(e.key)}")
    end

    IO.inspect(Enum.sort_by(Map.values(inv), & &1.qty) |> Enum.map(& &1.name))
    IO.inspect(inv["C3"], structs: false)
    IO.inspect(Map.from_struct(inv["B2"]))
    Inventory.take(inv, "C3", 1)
  end
end

Main.run()
