#include <doctest/doctest.h>

#include <string_view>

#include "taskplay/version.hpp"

TEST_CASE("the build knows its version") {
  CHECK(std::string_view(taskplay::version) == "0.1.0");
  CHECK(!std::string_view(taskplay::git_revision).empty());
}
