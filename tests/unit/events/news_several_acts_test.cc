// Sentences that hold several acts (GUIDE rule 8): each act is coded with its own roles.
// One case per mechanism, with vigil's own dictionaries (data/) and parser, in sentences
// written by us. Each case names an event that must appear ("SRC TGT CODE modality",
// target "-" when none) or, prefixed with '!', one that must not.
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
    // A gerund clause with no subject after "while", "after" ..., set off by the sentence's
    // last comma, is a second act of the sentence's subject, not a remark to drop.
    {"comma_while_gerund_is_the_subjects_act",
     "Norway called for calm in Kenya on Monday, while urging Kenyan protesters to leave the "
     "square.",
     "NOR KENCVL 0252 asserted"},
    {"comma_after_gerund_is_the_subjects_act",
     "Norway condemned the arrests on Monday, after meeting Kenyan officials in Oslo.",
     "NOR KENGOV 040 asserted"},
    // The clause modifies the sentence's last verb phrase even when other phrases stand
    // between them ("called for X to ... and for Y, while urging Z").
    {"while_gerund_after_a_list_of_appeals",
     "Norway called for Kenyan police to respect the law and for an inquiry into the deaths, "
     "while urging Kenyan protesters to leave the square.",
     "NOR KENCVL 0252 asserted"},
    // Each gerund of a coordination after the subordinator is the subject's act.
    {"coordinated_gerunds_share_the_subject",
     "Norway called for Kenyan police to respect the law and for an inquiry into the deaths, "
     "while urging Kenyan protesters to leave the square and praising Kenyan judges.",
     "NOR KENJUD 051 asserted"},
    // Tagger: an -ing word after "while", "after" ... before a name is a gerund with its
    // object, not an adjective ("after accusing Uganda").
    {"gerund_before_a_name_after_a_conjunction",
     "Kenya expelled the Ugandan envoy after accusing Uganda of meddling.",
     "KEN UGA 1123 asserted"},
    // Tagger: a noun-or-verb word after a gerund after a preposition is the gerund's object
    // ("in using force"), not a verb phrase of its own (the tag: tagger_test.cc).
    {"gerund_object_after_a_preposition",
     "Norway called for Kenyan police to show restraint in using force and for an inquiry "
     "into the deaths, while urging Kenyan protesters to leave the square.",
     "NOR KENCVL 0252 asserted"},
};

class NewsSeveralActs : public ::testing::TestWithParam<Case> {};

TEST_P(NewsSeveralActs, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsSeveralActs, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
