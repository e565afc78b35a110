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

#include "news_case.h"
#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

using news::Case;
using news::code_text;

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

class NewsPrecision : public ::testing::TestWithParam<Case> {};

TEST_P(NewsPrecision, Codes) { news::expect_case(GetParam()); }

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

INSTANTIATE_TEST_SUITE_P(Cases, NewsPrecision, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
