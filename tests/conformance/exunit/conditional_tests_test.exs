ExUnit.start(seed: 0)

defmodule ConditionalTestsTest do
  use ExUnit.Case

  defmodule Checker do
    # ExUnit.Case's imports reach a module nested in the test module
    def safe_exit(fun), do: catch_exit(fun.())
  end

  if System.otp_release() >= "24" do
    describe "new OTP" do
      test "runs when the release is recent" do
        assert String.to_integer(System.otp_release()) >= 24
      end

      test "catches an exit from a nested module" do
        assert Checker.safe_exit(fn -> exit(:boom) end) == :boom
      end
    end
  end

  if System.otp_release() < "20" do
    test "never defined" do
      flunk("old OTP")
    end
  else
    test "the else branch is defined" do
      assert true
    end
  end

  describe "operators" do
    unless System.version() == "0.0.0" do
      test "inside an unless inside a describe" do
        assert [==: 1] == [{:==, 1}]
      end
    end

    for {op, expected} <- [==: true, <: false, >: false] do
      @op op
      @expected expected
      test "#{op} on equal numbers" do
        assert apply(Kernel, @op, [4, 4]) == @expected
      end
    end

    test "an interpolated atom" do
      n = 8
      assert :"listener_#{n}" == :listener_8
    end

    test "fails on purpose" do
      assert :"a#{1}" == :a2
    end
  end
end
