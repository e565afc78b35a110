// Consultations, meetings and visits (CAMEO 04) as real news names them, one case per
// mechanism, with vigil's own dictionaries (data/) and parser, in sentences written by
// us. Each case names an event that must appear ("SRC TGT CODE modality", target "-"
// when none) or, prefixed with '!', one that must not (news_case.h).
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // The party of talks "with X about Y" is X: the phrase's head ends before "about", so
    // the topic ("the crisis", a thing) does not make the party a thing.
    {"talks_with_a_party_about_a_topic",
     "The Peruvian government held talks with the Chilean government about the border crisis.",
     "PERGOV CHLGOV 040 asserted"},
    {"contact_with_a_party_about_a_topic",
     "Peru's foreign minister is in close contact with the Chilean government about the crisis.",
     "PERGOV CHLGOV 040 asserted"},
};

class NewsConsultations : public ::testing::TestWithParam<Case> {};

TEST_P(NewsConsultations, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsConsultations, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
