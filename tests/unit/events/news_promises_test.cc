// Promises, intentions and expressions of support (CAMEO 03 and 05) as real news states
// them, one case per mechanism, with vigil's own dictionaries (data/) and parser, in
// sentences written by us. Each case names an event that must appear ("SRC TGT CODE
// modality", target "-" when none) or, prefixed with '!', one that must not. Cases run
// with --all semantics so modality is visible.
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // A statement whose reported clause has the speaker as its pronoun subject names no
    // other party of its own ("he said he would ..."), yet the clause is read: the
    // promise or plan it reports is the speaker's.
    {"pronoun_speaker_reports_own_intention",
     "The Norwegian foreign minister spoke on Friday. He said he will send aid to Chad.",
     "NORGOV TCD 033 asserted"},
    {"pronoun_speaker_reports_own_plan",
     "The Dutch prime minister spoke on Friday. She said she plans to send inspectors to Mali.",
     "NLDGOV MLI 0355 asserted"},
};

class NewsPromises : public ::testing::TestWithParam<Case> {};

TEST_P(NewsPromises, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsPromises, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
