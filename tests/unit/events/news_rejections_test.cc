// Rejections, refusals and defiance (CAMEO 12) as real news words them, one case per
// mechanism, with vigil's own dictionaries (data/) and parser, in sentences written by us.
// Each case names an event that must appear ("SRC TGT CODE modality", target "-" when
// none) or, prefixed with '!', one that must not. Cases run with --all semantics so
// modality is visible.
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // A cooperative act its doer says it will not do is its rejection (12x, CAMEO's
    // counterpart of the act), where a plain negated past is no event.
    {"would_not_free_is_refusing_release", "Peru said it would not free the Chilean sailors.",
     "PER CHLMIL 1243 asserted"},
    {"will_not_withdraw_troops_is_refusing_to_deescalate",
     "Peru will not withdraw its troops from the border with Chile.", "PER CHL 1246 asserted"},
    {"will_never_meet_is_refusing_to_meet", "Peru will never meet the Chilean president.",
     "PER CHLGOV 125 asserted"},
    {"did_not_free_is_no_refusal", "Peru did not free the Chilean sailors.",
     "!PER CHLMIL 1243 asserted"},
    {"did_not_free_stays_negated", "Peru did not free the Chilean sailors.",
     "PER CHLMIL 0841 negated"},
    // "has no plans to", "has no intention to": a negated noun of intention governing the
    // infinitive.
    {"no_plans_to_reopen_is_a_rejection", "Peru has no plans to reopen its embassy in Chile.",
     "PER CHL 120 asserted"},
    {"no_intention_to_withdraw_is_refusing_to_deescalate",
     "Peru has no intention to withdraw its troops from the border with Chile.",
     "PER CHL 1246 asserted"},
    // "declined to" refuses the act it governs; "failed to" does not; a negation above
    // another verb ("will not need to") denies that verb, not the act.
    {"declined_to_receive_is_refusing_to_meet", "Peru declined to receive the Chilean envoy.",
     "PER CHLGOV 125 asserted"},
    {"failed_to_withdraw_is_no_refusal",
     "Peru failed to withdraw its troops from the border with Chile.", "!PER CHL 1246 asserted"},
    {"will_not_need_to_withdraw_is_no_refusal",
     "Peru will not need to withdraw its troops from the border with Chile.",
     "!PER CHL 1246 asserted"},
    // A refusal that names no party answers whoever last pressed the refusing state: an
    // appeal, a demand, criticism or a protest aimed at it.
    {"refusal_answers_the_demand_before_it",
     "Chile demanded that Peru withdraw its troops. Lima said it shall not back down over the "
     "border.",
     "PERGOV CHL 124 asserted"},
    {"refusal_answers_the_critic_before_it",
     "Chile condemned Peru on Monday over the border closure. Lima said it shall not back down "
     "over the border.",
     "PERGOV CHL 124 asserted"},
    {"refusal_answers_the_protesters",
     "Thousands of protesters marched in Lima against the new pension law on Monday. The "
     "Peruvian government said it would not repeal the law.",
     "PERGOV PERCVL 1232 asserted"},
    {"refusal_answers_protests_against_the_government",
     "The protests in Lima continued on Monday. President Castillo refused to resign.",
     "PERGOV PERCVL 1231 asserted"},
    {"protesters_named_without_a_country_are_the_refusers_people",
     "Chile closed its border with Peru last week. The protests in Lima continued on Monday. "
     "President Castillo refused to resign.",
     "PERGOV PERCVL 1231 asserted"},
    {"veto_answers_no_demand", "Bolivia urged Peru to drop the tariffs. Peru vetoed the bill.",
     "!PER BOL 129 asserted"},
    // "X said he would ...": a pronoun that stands for the subject itself is no other
    // party, and the reported clause is read.
    {"pronoun_naming_the_speaker_again_is_no_target",
     "Ecuador's president Lasso spoke on Monday. Lasso said he would free the Chilean sailors.",
     "ECUGOV CHLMIL 0353 asserted"},
    // Declining to give details is declining comment (011), not a rejection of whatever
    // the details are about; nothing is reported by it.
    {"refusing_details_is_declining_comment",
     "Kenyan police refused to give details of the raid on the Ugandan embassy.",
     "KENCOP UGAGOV 011 statement"},
    {"refusing_details_is_no_rejection",
     "Kenyan police refused to give details of the raid on the Ugandan embassy.",
     "!KENCOP UGAGOV 121 asserted"},
    // The sentence's period inside the closing quote ('as a "fabrication."') ends no phrase
    // early, so the judgement is read (111, not a bare 120).
    {"dismissed_as_quoted_judgement_is_criticism",
     "Kenya dismissed the Ugandan report as a \"fabrication.\"", "KEN UGA 111 asserted"},
    {"rejected_as_quoted_judgement_is_criticism",
     "Kenya rejected the Ugandan claims as an \"interference.\"", "KEN UGA 111 asserted"},
    {"rejected_as_quoted_judgement_is_no_bare_rejection",
     "Kenya rejected the Ugandan claims as an \"interference.\"", "!KEN UGA 120 asserted"},
};

class NewsRejections : public ::testing::TestWithParam<Case> {};

TEST_P(NewsRejections, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsRejections, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
