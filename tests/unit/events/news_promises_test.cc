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
    // Restating a stance takes it again: "reaffirmed its support for X" is support (051),
    // "reaffirmed its readiness to talk" an intent (03x).
    {"reaffirmed_support_is_support", "Japan reaffirmed its support for the Philippines.",
     "JPN PHL 051 asserted"},
    {"reaffirmed_readiness_is_intent",
     "Japan reaffirmed its readiness to resume talks with South Korea.", "JPN KOR 036 asserted"},
    // A stance held firmly, said with a copula: "is steadfast in its support for X".
    {"steadfast_in_support_is_support", "Finland is steadfast in its support for Moldova.",
     "FIN MDA 051 asserted"},
    {"firm_in_opposition_is_no_support", "Finland is firm in its opposition to Moldova.",
     "!FIN MDA 051 asserted"},
    // The party a pattern names after "in ..." is no place: a joint subject supports it,
    // not each other.
    {"joint_subject_supports_the_named_party",
     "Finland and Estonia are resolute in their solidarity with Moldova.", "EST MDA 051 asserted"},
    {"joint_subject_does_not_support_each_other",
     "Finland and Estonia are resolute in their solidarity with Moldova.", "!EST FIN 051 asserted"},
    // Raising aid to a party gives it (07x); said with "will", it is promised (03x). It is
    // no military build-up: "military aid" is no army.
    {"will_increase_military_aid_is_a_promise",
     "Japan will increase military aid to the Philippines.", "JPN PHL 0332 asserted"},
    {"increasing_military_aid_is_no_build_up",
     "Japan will increase military aid to the Philippines.", "!JPN - 154 asserted"},
    {"increased_humanitarian_aid_is_aid", "Japan increased humanitarian aid to Nepal.",
     "JPN NPL 073 asserted"},
    // What an actor seeks to do is its own aim (an intent when cooperative), never an
    // appeal to the party it names.
    {"seeking_to_settle_is_intent", "Japan seeks to resolve its dispute with South Korea.",
     "JPN KOR 037 asserted"},
    {"seeking_to_settle_is_no_appeal", "Japan seeks to resolve its dispute with South Korea.",
     "!JPN KOR 020 asserted"},
    {"seeking_to_punish_is_no_appeal", "Japan is seeking to punish South Korea.",
     "!JPN KOR 020 asserted"},
    // A favourable view of an act is praise of its author; a view of it as unlawful,
    // criticism.
    {"viewing_a_plan_positively_is_praise", "Israel views the Jordanian plan positively.",
     "ISR JOR 051 asserted"},
    {"regarding_a_decision_as_a_step_is_praise",
     "Israel regards the Jordanian decision as an important step.", "ISR JOR 051 asserted"},
    {"regarding_a_move_as_illegal_is_criticism", "Israel regards the Jordanian move as illegal.",
     "ISR JOR 111 asserted"},
    // "X can count on our support", said in a quotation: the speaker's promise of support
    // to X; "can" here assures, "our support" is the speaker's.
    {"count_on_our_support_is_the_speakers_promise",
     "\"Bolivia can count on our support,\" the Peruvian president said.", "PER BOL 030 asserted"},
    {"could_count_on_is_only_possible",
     "\"Bolivia could count on our support,\" the Peruvian president said.",
     "!PER BOL 030 asserted"},
    // What a joint subject agrees that someone will do is the content of the agreement, not
    // a party to it: the parties agree with each other. A party named by the infinitive
    // ("agreed to meet X") stays one.
    {"joint_agreement_that_is_between_the_parties",
     "Chile and Peru agreed that Chilean troops would leave the border area.",
     "PER CHL 030 asserted"},
    {"joint_agreement_that_is_not_with_its_content",
     "Chile and Peru agreed that Chilean troops would leave the border area.",
     "!CHL CHLMIL 030 asserted"},
    {"joint_agreement_to_meet_names_the_party", "Chile and Peru agreed to meet Bolivia.",
     "PER BOL 036 asserted"},
    // A promise naming no one, by the government of the country where people protested,
    // answers the protesters; a foreign government's does not.
    {"government_promise_after_protests_is_to_protesters",
     "Hundreds of teachers protested in Nairobi on Monday. The government later promised a "
     "review of their pay.",
     "KENGOV KENEDU 030 asserted"},
    {"foreign_promise_after_protests_is_not_to_protesters",
     "Hundreds of teachers protested in Nairobi on Monday. The British government promised a "
     "review of its policy.",
     "!GBRGOV GBREDU 030 asserted"},
    // What is announced in a clause is reported speech: "announced that it would send aid"
    // is an intention (03x), not aid sent; "announced new aid" is the aid itself.
    {"announced_that_it_would_is_intent", "Sweden announced that it would send aid to Syria.",
     "SWE SYR 033 asserted"},
    {"announced_that_it_would_is_not_done", "Sweden announced that it would send aid to Syria.",
     "!SWE SYR 070 asserted"},
    {"announced_aid_is_aid", "Sweden announced new aid to Syria.", "SWE SYR 070 asserted"},
    // A commitment to a party, restated, is a pledge to it.
    {"reaffirmed_commitment_is_a_pledge", "Spain reaffirmed its commitment to Morocco.",
     "ESP MAR 030 asserted"},
    // What is signed is a document: a joint subject signs it with each other; a party
    // after "with" is the co-signer.
    {"joint_signers_sign_with_each_other", "Ghana and Togo signed the Lome Declaration.",
     "GHA TGO 057 asserted"},
    {"signed_document_is_no_party", "Ghana and Togo signed the Lome Declaration.",
     "!GHA TGOGOV 057 asserted"},
    {"signed_with_names_the_cosigner", "Ghana and Togo signed an agreement with Benin.",
     "TGO BEN 057 asserted"},
    {"signed_thing_names_no_owner", "Ghana signed a treaty on the protection of Togolese forests.",
     "!GHA TGO 057 asserted"},
};

class NewsPromises : public ::testing::TestWithParam<Case> {};

TEST_P(NewsPromises, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsPromises, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
