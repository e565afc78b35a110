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
    // Talks named in an adjunct of time or occasion ("following talks with X", "at a
    // meeting with X") are those of the subject of the clause the adjunct belongs to.
    {"talks_in_an_adjunct_after_the_verb",
     "A Peruvian delegation left Santiago on Sunday following talks with Chilean officials.",
     "PERGOV CHLGOV 040 asserted"},
    {"meeting_in_an_adjunct_before_the_subject",
     "During a meeting with the Chilean president, the Peruvian envoy refused to apologise.",
     "PERGOV CHLGOV 040 asserted"},
    {"talks_in_an_adjunct_of_a_named_person",
     "Ambassador Karl Ostrander of Peru arrived in Santiago on Monday. Mr Ostrander said at a "
     "meeting with the Chilean president that the dispute must end.",
     "PERGOV CHLGOV 040 asserted"},
    // ... and replace a verb that took the noun's phrase as its own party ("spoke ... with").
    {"talks_in_an_adjunct_are_no_verbs_party",
     "The Peruvian envoy spoke to reporters after talks with the Chilean president.",
     "PERGOV CHLGOV 040 asserted"},
    // A crowd is where the talks are held, not at the table.
    {"crowd_during_talks_is_no_party",
     "Protesters gathered in Lima during talks with the Chilean president.",
     "!PERCVL CHLGOV 040 asserted"},
    // Talks heading a clause of their own are that clause's subject, not an adjunct.
    {"failed_talks_are_no_adjunct", "Russia attacked Ukraine after talks with Turkey failed.",
     "!RUS TUR 040 asserted"},
    // Talks held in a place named by its description ("in the Estonian capital") are held
    // there, not with its state; the parties named stay the parties.
    {"talks_in_a_described_capital_are_not_with_its_state",
     "EU defence ministers met in the Estonian capital on Sunday.",
     "!IGOEUREECMIL EST 040 asserted"},
    {"parties_met_in_a_described_capital",
     "The Peruvian foreign minister met the Chilean foreign minister in the Bolivian capital on "
     "Sunday.",
     "PERGOV CHLGOV 040 asserted"},
    // A modal opening the first of coordinated verb phrases is the others' too: talks
    // announced with a journey are intended (036), not held; a possible journey's talks
    // are possible too.
    {"announced_talks_after_a_journey_are_intended",
     "The Peruvian envoy will fly to Santiago and meet the Chilean president.",
     "!PERGOV CHLGOV 040 asserted"},
    {"announced_journey_and_talks_are_an_intention",
     "The Peruvian envoy will fly to Santiago and meet the Chilean president.",
     "PERGOV CHLGOV 036 asserted"},
    {"possible_talks_after_a_possible_journey",
     "The Peruvian foreign minister could travel to Santiago and hold talks with the Chilean "
     "government.",
     "PERGOV CHLGOV 040 hypothetical"},
    {"past_journey_and_talks_are_held",
     "The Peruvian foreign minister travelled to Santiago and held talks with the Chilean "
     "government.",
     "PERGOV CHLGOV 040 asserted"},
    // The means of talks named before the party ("by phone with X") does not make the
    // party a thing.
    {"talks_by_phone_with_a_party",
     "The Peruvian president spoke by phone with the Chilean president on Monday.",
     "PERGOV CHLGOV 041 asserted"},
    // "His Chilean counterpart": the official of that state who holds the same office.
    {"counterpart_is_the_other_states_official",
     "The Peruvian foreign minister met his Chilean counterpart on Monday.",
     "PERGOV CHLGOV 040 asserted"},
    // Talks between the leaders of two states, named by their office, are the states'.
    {"talks_between_the_leaders_of_two_states",
     "Talks between the leaders of Peru and Chile ended on Friday.", "PER CHL 040 asserted"},
    // A third party under whose auspices talks are held, or who brokered or mediated them,
    // mediates (045) toward each party.
    // (Only between parties the talks name: a meeting "of" ministers names none.)
    {"no_mediation_without_the_parties_of_the_talks",
     "A meeting of the foreign ministers of Peru and Chile was held in Quito under the "
     "auspices of the Brazilian president.",
     "!BRAGOV PER 045 asserted"},
    {"mediator_under_whose_auspices_talks_are_held",
     "The talks between Peru and Chile were held under the auspices of Brazil.",
     "BRA PER 045 asserted"},
    {"mediator_under_whose_auspices_talks_are_held_other_party",
     "The talks between Peru and Chile were held under the auspices of Brazil.",
     "BRA CHL 045 asserted"},
    {"mediator_who_brokered_talks", "Talks between Peru and Chile, mediated by Norway, ended.",
     "NOR CHL 045 asserted"},
};

class NewsConsultations : public ::testing::TestWithParam<Case> {};

TEST_P(NewsConsultations, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsConsultations, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
