// PETRARCH2's development unit-test records (../shared, third-party): vigil must code at
// least 95% of them right from their parses. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "vigil/validation.h"

namespace vigil::events {
namespace {

TEST(PetrarchRecords, DevelopmentSplitPassRate) {
  const std::string path =
      std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/PETR.UnitTest.dev.xml";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  auto results = run_validation(path);
  ASSERT_TRUE(results.ok()) << results.status().to_string();
  size_t passed = 0;
  for (const RecordResult& r : results.value()) passed += r.pass ? 1 : 0;
  EXPECT_EQ(results.value().size(), 198u);
  // Measured 190 of 198 (see docs/coder.md for the remaining failures); 95% is the floor.
  EXPECT_GE(passed * 100, results.value().size() * 95) << passed << " passed";
}

}  // namespace
}  // namespace vigil::events
