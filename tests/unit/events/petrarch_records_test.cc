// PETRARCH2's development unit-test records (../shared, third-party): the exact number
// vigil codes right from their parses. Skips when ../shared is absent.
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
  // Exact, not a floor: a change that mends or breaks a record updates this number and
  // the list of failures in docs/coder.md (`vigil validate --json` names them).
  EXPECT_EQ(passed, 191u);
}

}  // namespace
}  // namespace vigil::events
