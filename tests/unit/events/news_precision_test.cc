// What real news does not report as an event, or not as the actors it names (issue 10,
// precision): one case per mechanism, with vigil's own dictionaries (data/) and parser, in
// sentences written by us. Each case names an event that must appear ("SRC TGT CODE
// modality", target "-" when none) or, prefixed with '!', one that must not. Cases run
// with --all semantics so modality is visible.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* expected;
};

const Case kCases[] = {
    // A region stands in a country's place in a code but is no state: "the government"
    // after "Western powers" is not the West's.
    {"region_is_no_state_for_the_government",
     "Western powers urged Norland to free the students on Monday. The government arrested "
     "twelve more students on Tuesday.",
     "!WSTGOV ---EDU 173 asserted"},
    // "The South American country" is one state of the region: the one the article is about.
    {"state_of_a_region_is_the_article_state",
     "Protesters blocked roads in Quito on Monday. The South American country expelled the "
     "Peruvian ambassador on Tuesday.",
     "ECU PERGOV 161 asserted"},
    {"state_of_a_region_is_not_the_region",
     "Protesters blocked roads in Quito on Monday. The South American country expelled the "
     "Peruvian ambassador on Tuesday.",
     "!SAM PERGOV 161 asserted"},
    // An event noun governed by a noun of what may happen names no act that took place ...
    {"possibility_of_an_act_is_no_act",
     "Students in Lima discussed the possibility of a sit-in on Monday.",
     "!PERCVL PERGOV 141 asserted"},
    // ... nor do acts named as to come ...
    {"planned_acts_are_no_acts", "Students in Lima met on Monday, with more protests planned.",
     "!PERCVL PERGOV 141 asserted"},
    {"upcoming_acts_are_no_acts", "Police in Lima prepared for upcoming protests on Monday.",
     "!PERCVL PERGOV 141 asserted"},
    // ... nor a bare plural that ends its phrase after a gerund or "during" (a kind of act) ...
    {"object_of_a_gerund_is_a_kind_of_act",
     "Police in Lima are trained in dispersing demonstrations.", "!PERCVL PERGOV 141 asserted"},
    {"bare_plural_after_during_is_a_kind_of_act",
     "The minister in Lima said force is never justified during protests.",
     "!PERCVL PERGOV 141 asserted"},
    {"anchored_plural_after_during_is_an_act",
     "The minister in Lima said force is never justified during protests in the capital.",
     "PERCVL PERGOV 141 asserted"},
    {"bare_plural_object_is_an_act", "Students in Lima joined protests on Monday.",
     "PERCVL PERGOV 141 asserted"},
    // ... nor a bare plural subject of a present "are" saying what such acts are.
    {"generic_statement_is_no_act", "The minister in Lima said peaceful protests are a right.",
     "!PERCVL PERGOV 141 asserted"},
    {"progressive_is_an_act", "Protests are continuing in Lima.", "PERCVL PERGOV 141 asserted"},
};

// vigil's own dictionaries and data, loaded once per modality setting.
const Pipeline& own_pipeline(bool all_modalities) {
  static std::shared_ptr<const Pipeline> pipelines[2];
  std::shared_ptr<const Pipeline>& p = pipelines[all_modalities ? 1 : 0];
  if (!p) {
    PipelineConfig config;
    config.data_dir = VIGIL_DATA_DIR;
    config.include_all_modalities = all_modalities;
    auto created = Pipeline::create(config);
    if (!created.ok()) ADD_FAILURE() << created.status().to_string();
    p = created.value();
  }
  return *p;
}

// The events of one document published on Friday 4 March 2022.
std::vector<EventRecord> code_text(const std::string& text, bool all_modalities = false) {
  Document doc;
  doc.id = "n";
  doc.date = "2022-03-04";
  doc.text = text;
  DocumentCoder coder(own_pipeline(all_modalities));
  return coder.code(doc);
}

class NewsPrecision : public ::testing::TestWithParam<Case> {};

TEST_P(NewsPrecision, Codes) {
  const Case& c = GetParam();
  std::vector<std::string> got;
  std::string want = c.expected;
  for (const EventRecord& e : code_text(c.text, /*all_modalities=*/true))
    got.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                  e.modality);
  const bool absent = !want.empty() && want[0] == '!';
  if (absent) want.erase(0, 1);
  const bool present = std::find(got.begin(), got.end(), want) != got.end();
  EXPECT_EQ(present, !absent) << c.text << "\n  " << (absent ? "must not give: " : "must give: ")
                              << want << "\n  got: " << ::testing::PrintToString(got);
}

// A region's code ("WST") is kept, but it is no ISO 3166 country: the record's country is
// empty (GUIDE: unnamed groups of states have no country).
TEST(NewsRegions, RegionHasNoCountry) {
  bool seen = false;
  for (const EventRecord& e : code_text("Western powers urged Germany to free the students.")) {
    if (e.source.code != "WST") continue;
    seen = true;
    EXPECT_EQ(e.source.country, "");
  }
  EXPECT_TRUE(seen);
}

INSTANTIATE_TEST_SUITE_P(Cases, NewsPrecision, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace vigil::events
