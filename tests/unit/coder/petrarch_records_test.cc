// PETRARCH2's development unit-test records (../shared, third-party): the exact number
// vigil codes right from their parses, and from their text with vigil's own parser
// (`vigil validate --ignore-parse`). Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string_view>

#include "vigil/nlp.h"
#include "vigil/validation.h"

namespace vigil::events {
namespace {

const std::string kDevelopmentSplit =
    std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/PETR.UnitTest.dev.xml";

size_t count_passed(const std::vector<RecordResult>& results) {
  size_t passed = 0;
  for (const RecordResult& r : results) passed += r.pass ? 1 : 0;
  return passed;
}

TEST(PetrarchRecords, DevelopmentSplitPassRate) {
  const std::string& path = kDevelopmentSplit;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  auto results = run_validation(path);
  ASSERT_TRUE(results.ok()) << results.status().to_string();
  EXPECT_EQ(results.value().size(), 198u);
  // Exact, not a floor: a change that mends or breaks a record updates this number and
  // the list of failures in docs/coder.md (`vigil validate --json` names them).
  EXPECT_EQ(count_passed(results.value()), 191u);
}

// The same records parsed from their <Text> by vigil's own parser (as `vigil validate
// --ignore-parse` does, with the lexicon `vigil` loads): tests the parser's shapes.
TEST(PetrarchRecords, DevelopmentSplitPassRateWithOwnParser) {
  const std::string& path = kDevelopmentSplit;
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  auto lexicon = nlp::Lexicon::load();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().to_string();
  auto parser = std::make_shared<nlp::Parser>(lexicon.value());
  ValidationOptions options;
  options.parser = [parser](std::string_view text) {
    return parser->parse(text, nlp::SentenceSpan{0, text.size()});
  };
  auto results = run_validation(path, options);
  ASSERT_TRUE(results.ok()) << results.status().to_string();
  EXPECT_EQ(results.value().size(), 198u);
  // Exact, as above: `vigil validate --ignore-parse --failures` names the failures.
  EXPECT_EQ(count_passed(results.value()), 180u);
}

}  // namespace
}  // namespace vigil::events
