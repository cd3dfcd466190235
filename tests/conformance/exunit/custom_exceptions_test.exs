# assert_raise with the learner's own exceptions: defexception with a message/1, a field
# checked on the returned exception, a raise from deep inside the code under test, and
# three ways assert_raise fails on purpose.
ExUnit.start(seed: 0)

defmodule Bank.InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(%{needed: n, available: a}), do: "needed #{n}, only #{a} available"
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance,
    do: raise(Bank.InsufficientFunds, needed: amount, available: balance)

  def withdraw(_balance, amount) when amount < 0, do: raise(ArgumentError, "negative amount")
  def withdraw(balance, amount), do: balance - amount

  def transfer(from, amount), do: {:ok, withdraw(from, amount)}
end

defmodule CustomExceptionsTest do
  use ExUnit.Case, async: true

  test "withdraw within the balance" do
    assert Bank.withdraw(10, 3) == 7
  end

  test "raises the module's exception" do
    error = assert_raise Bank.InsufficientFunds, fn -> Bank.withdraw(10, 30) end
    assert error.needed == 30
    assert Exception.message(error) == "needed 30, only 10 available"
  end

  test "raises with the expected message" do
    assert_raise Bank.InsufficientFunds, "needed 5, only 1 available", fn ->
      Bank.transfer(1, 5)
    end
  end

  test "fails on purpose: another exception" do
    assert_raise Bank.InsufficientFunds, fn -> Bank.withdraw(10, -1) end
  end

  test "fails on purpose: another message" do
    assert_raise Bank.InsufficientFunds, "needed 5, only 2 available", fn ->
      Bank.withdraw(1, 5)
    end
  end

  test "fails on purpose: nothing raised" do
    assert_raise ArgumentError, fn -> Bank.withdraw(5, 5) end
  end

  test "fails on purpose: raised and not rescued" do
    Bank.transfer(0, 1)
  end
end
