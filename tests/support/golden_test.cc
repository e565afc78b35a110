// The golden-file helper itself: equal files pass; a changed line, a missing line and a
// missing file each fail, naming what differs.
#include "golden.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace vigil::testing {
namespace {

namespace fs = std::filesystem;

fs::path write_file(const std::string& name, const std::string& text) {
  fs::path path = fs::temp_directory_path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(GoldenHelper, EqualTextPasses) {
  if (update_golden()) GTEST_SKIP() << "VIGIL_UPDATE_GOLDEN=1 rewrites instead of comparing";
  const fs::path path = write_file("vigil_golden_equal.jsonl", "{\"a\": 1}\n{\"b\": 2}\n");
  expect_golden(path, "{\"a\": 1}\n{\"b\": 2}\n");
  fs::remove(path);
}

TEST(GoldenHelper, ChangedLineFailsAndIsShown) {
  if (update_golden()) GTEST_SKIP() << "VIGIL_UPDATE_GOLDEN=1 rewrites instead of comparing";
  const fs::path path = write_file("vigil_golden_changed.jsonl", "{\"a\": 1}\n{\"b\": 2}\n");
  EXPECT_NONFATAL_FAILURE(expect_golden(path, "{\"a\": 1}\n{\"b\": 3}\n"),
                          "line 2\n- {\"b\": 2}\n+ {\"b\": 3}");
  EXPECT_NONFATAL_FAILURE(expect_golden(path, "{\"a\": 1}\n"), "+ <missing>");
  EXPECT_NONFATAL_FAILURE(expect_golden(path, "{\"a\": 1}\n{\"b\": 2}"), "last newline");
  fs::remove(path);
}

TEST(GoldenHelper, MissingFileFails) {
  if (update_golden()) GTEST_SKIP() << "VIGIL_UPDATE_GOLDEN=1 rewrites instead of comparing";
  EXPECT_NONFATAL_FAILURE(expect_golden(fs::temp_directory_path() / "vigil_no_such.jsonl", "x\n"),
                          "no golden file");
}

}  // namespace
}  // namespace vigil::testing
