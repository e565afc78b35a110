// The bundled example (Amnesty International Canada, 1 June 2020) coded end to end with
// vigil's own parser and dictionaries. Two kinds of checks:
//  - facts an analyst expects, asserted one by one;
//  - the whole output in canonical form against tests/golden/example/hk-nsl.expected.jsonl.
//    On a mismatch the test prints the lines that differ; VIGIL_UPDATE_GOLDEN=1 rewrites
//    the file, and that rewrite is reviewed like code (tests/support/golden.h).
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "golden.h"
#include "vigil/pipeline.h"
#include "vigil/text.h"

namespace vigil::events {
namespace {

std::vector<EventRecord> code_example(bool all_modalities) {
  PipelineConfig config;
  config.data_dir = VIGIL_DATA_DIR;
  config.include_all_modalities = all_modalities;
  auto pipeline = Pipeline::create(config);
  EXPECT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  if (!pipeline.ok()) return {};
  std::ifstream in(std::string(VIGIL_TEST_DATA_DIR) + "/../examples/hk-nsl-press-release.jsonl");
  text::JsonlReader reader(in, "hk-nsl-press-release.jsonl");
  Document doc;
  EXPECT_TRUE(reader.next(doc));
  DocumentCoder coder(*pipeline.value());
  return coder.code(doc);
}

// One line per event with the fields an analyst reads, keys sorted.
std::string canonical(const EventRecord& e) {
  nlohmann::json j;
  j["sentence_index"] = e.sentence_index;
  j["source"] = e.source.code;
  j["target"] = e.target ? nlohmann::json(e.target->code) : nlohmann::json(nullptr);
  j["cameo"] = e.cameo;
  j["event_date"] = e.event_date;
  j["modality"] = e.modality;
  j["speaker"] = e.quote_speaker.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.quote_speaker);
  j["location"] = e.location_country.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.location_country);
  j["verb"] = e.verb;
  return j.dump();  // nlohmann's default object type keeps keys sorted
}

TEST(ExampleGolden, AnalystFacts) {
  std::vector<EventRecord> events = code_example(/*all_modalities=*/false);
  ASSERT_FALSE(events.empty());
  bool protest_last_year = false, protest_recently = false, appeal_to_canada = false;
  bool police_repress_protesters = false, police_arrest_protesters = false;
  std::set<std::string> condemning_china;  // who criticised China last week
  for (const EventRecord& e : events) {
    // Nothing from the hypothetical "It would also allow ..." and no unasserted event.
    EXPECT_EQ(e.sentence.rfind("It would also allow", 0), std::string::npos) << e.sentence;
    EXPECT_EQ(e.modality, "asserted");
    const std::string target = e.target ? e.target->code : "";
    if (e.cameo_root == "14" && e.event_date == "2019") protest_last_year = true;
    if (e.cameo_root == "14" && e.event_date >= "2020-05-25") protest_recently = true;
    if (e.cameo_root == "02" && e.source.code == "CANNGO" && target == "CANGOV")
      appeal_to_canada = true;
    // Protesters are civilians (CVL) in the CAMEO agent codes.
    const bool at_protesters = e.target && e.target->sector == "CVL";
    if (e.source.code == "HKGCOP" && e.cameo == "175" && at_protesters &&
        e.location_country == "HKG")
      police_repress_protesters = true;
    if (e.source.code == "HKGCOP" && e.cameo == "173" && at_protesters &&
        e.location_country == "HKG")
      police_arrest_protesters = true;
    if (e.cameo_root == "11" && target == "CHN" && e.event_date >= "2020-05-25" &&
        e.event_date <= "2020-05-31")
      condemning_china.insert(e.source.code.substr(0, 3));
    // Every evidence span lies inside the document and inside its sentence's text.
    EXPECT_LT(e.evidence_begin, e.evidence_end);
  }
  EXPECT_TRUE(protest_last_year) << "protesters took to the streets last year (2019)";
  EXPECT_TRUE(protest_recently) << "thousands have protested in recent days";
  EXPECT_TRUE(appeal_to_canada) << "Amnesty International Canada urges the Canadian government";
  EXPECT_TRUE(police_repress_protesters) << "Hong Kong police used tear gas and batons";
  EXPECT_TRUE(police_arrest_protesters) << "demonstrators faced arrest";
  // "On Thursday" -> 2020-05-28 is checked on the example in tests/unit/discourse: the
  // congress's approval of a law with no target is not written as an event.
  EXPECT_EQ(condemning_china, (std::set<std::string>{"AUS", "CAN", "GBR", "USA"}))
      << "Last week Canada, along with the UK, the US and Australia, condemned the new law";
}

TEST(ExampleGolden, WholeOutput) {
  std::vector<EventRecord> events = code_example(/*all_modalities=*/true);
  std::string got;
  for (const EventRecord& e : events) got += canonical(e) + "\n";
  vigil::testing::expect_golden(
      std::string(VIGIL_TEST_DATA_DIR) + "/golden/example/hk-nsl.expected.jsonl", got);
}

}  // namespace
}  // namespace vigil::events
