// How vigil codes appeals and demands in real news (CAMEO 02 and 10), one case per
// mechanism, with vigil's own dictionaries (data/) and parser, in sentences written by us.
// Each case names an event that must appear ("SRC TGT CODE modality", target "-" when
// none) or, prefixed with '!', one that must not (the harness: news_case.h).
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // "We further call on X": an adverb between a subject pronoun and its verb leaves the
    // verb a verb (the tagger), so the quotation's speaker appeals.
    {"further_after_pronoun_keeps_the_verb",
     "\"We further call on Kenyan authorities to open an inquiry into the shootings,\" said "
     "Lena Holm, a spokesperson for Amnesty International.",
     "NGO KENGOV 020 asserted"},
    // An appeal that people be released goes to whoever holds them: the author of the
    // arrest told before, not the people released.
    {"release_demand_goes_to_the_holder",
     "Kenyan police arrested the opposition leader Jan Odera on Monday. Amnesty International "
     "demanded that Odera be released immediately.",
     "NGO KENCOP 100 asserted"},
    {"release_noun_goes_to_the_holder",
     "Kenyan police arrested the opposition leader Jan Odera on Monday. Amnesty International "
     "called for the release of Odera.",
     "NGO KENCOP 0253 asserted"},
    {"release_demand_not_to_the_released",
     "Kenyan police arrested the opposition leader Jan Odera on Monday. Amnesty International "
     "demanded that Odera be released immediately.",
     "!NGO KENOPP 100 asserted"},
    // "urged X to release them" names its addressee, who stays the target.
    {"release_addressee_named_stays",
     "Kenyan police arrested the opposition leader Jan Odera on Monday. Britain urged Kenya to "
     "release Odera.",
     "GBR KEN 0253 asserted"},
    // "Ostria must ...," said by "State Department spokesman X": the capitalised words
    // before the role name the speaker's organisation, whose appeal it is.
    {"role_after_organisation_names_the_speaker",
     "\"Kenya must respect the right to protest,\" US State Department spokeswoman Mara Linde "
     "said on Monday.",
     "USAGOV KEN 020 asserted"},
    // A request told as the occasion of an act ("at X's request", "at the request of X")
    // is X's appeal to whoever did the act: the clause's subject, ...
    {"request_of_is_appeal_to_the_doer",
     "France sent troops to Mali at the request of the Malian government.",
     "MLIGOV FRA 020 asserted"},
    // ... the object of the verb the clause complements, ...
    {"possessive_request_is_appeal_to_the_one_prompted",
     "The crisis led the Security Council to convene on Sunday at Britain's request.",
     "GBR IGOUNO 020 asserted"},
    // ... or the antecedent of a relative clause.
    {"request_in_relative_clause_is_appeal_to_the_antecedent",
     "The talks were chaired by Norway, which took on the role at Sweden's request.",
     "SWE NOR 020 asserted"},
    // Renewing, repeating or joining an appeal or demand with no topic of its own is making
    // it, to the actor it names.
    {"joined_calls_for_someone_to_act",
     "Kenyan senators joined the calls for President Odera to resign.",
     "KENLEG KENGOV 020 asserted"},
    {"renewed_call_for_something_from_someone",
     "Denmark renewed its call for compensation from Norway.", "DNK NOR 020 asserted"},
    {"repeated_demand_is_a_demand", "Denmark repeated its demand for compensation from Norway.",
     "DNK NOR 100 asserted"},
    {"made_an_appeal_is_an_appeal", "Denmark made an urgent appeal to Norway on Monday.",
     "DNK NOR 020 asserted"},
    // "adopted a resolution calling on X to ...": the -ing form after the object is a
    // participle (the tagger), so the resolution's adopter appeals, and what X is asked to
    // do is not told as done.
    {"resolution_calling_on_is_the_adopters_appeal",
     "The Security Council adopted a resolution calling on Sudan to withdraw its troops.",
     "IGOUNO SDN 0256 asserted"},
    {"resolution_calling_on_is_no_act_of_the_addressee",
     "The Security Council adopted a resolution calling on Sudan to withdraw its troops.",
     "!SDN SDNMIL 0874 asserted"},
    // "There should be ...": an existential obligation names no one who is to act, so it
    // is no appeal (not to whatever "it" last stood for).
    {"existential_should_is_no_appeal",
     "Kenya protested on Monday. \"It is very important that there should be full respect "
     "for a free press,\" the British foreign minister said.",
     "!GBR KEN 020 asserted"},
    {"named_subject_should_is_an_appeal",
     "Kenya protested on Monday. \"Kenya should show full respect for a free press,\" the "
     "British foreign minister said.",
     "GBR KEN 020 asserted"},
    // A call for an inquiry is an appeal, whatever it is into: not a call for the protests
    // the inquiry is about.
    {"call_for_inquiry_is_an_appeal",
     "Amnesty International called for an inquiry into police conduct during the protests in "
     "Nairobi.",
     "NGO KENCOP 020 asserted"},
    {"call_for_inquiry_is_no_call_for_protests",
     "Amnesty International called for an inquiry into police conduct during the protests in "
     "Nairobi.",
     "!NGO KENCOP 140 asserted"},
};

class NewsAppeals : public ::testing::TestWithParam<Case> {};

TEST_P(NewsAppeals, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsAppeals, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
