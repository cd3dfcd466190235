# @tag :tmp_dir (ExUnit.Case's "Tmp Dir"): each test gets a fresh directory named after
# its module and test, with a short hash; a string tag adds a subdirectory
dir = Path.join(System.tmp_dir!(), "tmp_dir_test_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
File.cd!(dir)
ExUnit.start(seed: 0)

defmodule TmpDirTest do
  use ExUnit.Case

  @tag :tmp_dir
  test "a fresh directory", %{tmp_dir: tmp_dir} do
    IO.puts Path.relative_to_cwd(tmp_dir)
    assert File.dir?(tmp_dir)
    assert File.ls!(tmp_dir) == []
    File.write!(Path.join(tmp_dir, "x"), "1")
  end

  @tag tmp_dir: "more/deep"
  test "with tmp_dir: a subpath", %{tmp_dir: tmp_dir} do
    IO.puts Path.relative_to_cwd(tmp_dir)
    assert File.dir?(tmp_dir)
  end

  test "no tag, no directory", context do
    IO.inspect Map.has_key?(context, :tmp_dir)
  end

  @tag tmp_dir: false
  test "tmp_dir: false", context do
    IO.inspect context.tmp_dir
  end
end
