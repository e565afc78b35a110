// Accusations (CAMEO 112x) as analysts code them in real news, one case per mechanism, with
// vigil's own dictionaries (data/) and parser, in sentences written by us. Each case names
// an event that must appear ("SRC TGT CODE modality", target "-" when none) or, prefixed
// with '!', one that must not. Cases run with --all semantics so modality is visible.
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
    // A wrong with no CAMEO act of its own (destabilise, topple, rig ...) said of someone
    // is the speaker's accusation of them, whatever the mood of the wrong ("want to").
    {"alleged_wrong_is_the_speakers_accusation",
     "Peruvian President Juan Lopez said opposition leaders wanted to subvert the constitution.",
     "PERGOV PEROPP 112 asserted"},
    {"alleged_crime_is_accused_of_crime",
     "Chilean opposition parties claimed ruling party officials had rigged the count.",
     "CHLOPP CHLPTYGOV 1121 asserted"},
    // ... and a co-agent "with the help of X" is accused with the doer.
    {"alleged_wrong_accuses_the_helper",
     "Peruvian President Juan Lopez said Carlos Ruiz was plotting to undermine the government "
     "with the backing of Bolivia.",
     "PERGOV BOL 112 asserted"},
    // An accuser is not of the state it accuses: a speaker of no known country takes the
    // article's, not the accused's.
    {"accuser_takes_no_country_from_the_accused",
     "President Juan Lopez spoke in Quito and Guayaquil on Monday. Lopez said Carlos Ruiz was "
     "plotting to undermine the government with the backing of Brazilian President Joao Silva.",
     "ECUGOV BRAGOV 112 asserted"},
    // In the passive the doer is the agent after "by".
    {"alleged_wrong_in_the_passive",
     "Peruvian President Juan Lopez said Peruvian farmers were betrayed by the opposition.",
     "PERGOV PEROPP 112 asserted"},
    {"alleged_wrong_in_the_passive_not_of_the_wronged",
     "Peruvian President Juan Lopez said Peruvian farmers were betrayed by the opposition.",
     "!PERGOV PERAGR 112 asserted"},
    // A wrong denied is no accusation.
    {"denied_wrong_is_no_accusation",
     "Chilean opposition leaders said the ruling party did not rig the vote.",
     "!CHLOPP CHLPTY 1121 asserted"},
    // In a quotation the speaker alleges it.
    {"quoted_wrong_is_the_speakers_accusation",
     "\"The Bolivian government is meddling in our affairs,\" the Peruvian foreign ministry "
     "said.",
     "PER BOLGOV 112 asserted"},
    // "said his predecessor, Carlos Ruiz, is ...": an apposition between commas does not
    // end the reported clause's subject (parser).
    {"reported_clause_after_an_apposition",
     "Peruvian President Juan Lopez said his rival, Carlos Ruiz, was plotting to undermine the "
     "government with the backing of Bolivia.",
     "PERGOV BOL 112 asserted"},
    // Accusations traded are accusations both ways, their topic giving the sub-code;
    // insults traded are criticism.
    {"traded_allegations_are_accusations",
     "Chile and Peru traded accusations of espionage this week.", "PER CHL 1125 asserted"},
    {"traded_allegations_are_no_trade", "Chile and Peru traded accusations of espionage this week.",
     "!CHL PER 061 asserted"},
    {"exchanged_insults_are_criticism", "Chile and Peru exchanged insults on Monday.",
     "CHL PER 111 asserted"},
    // A critic's report of a party's support of an armed group is its accusation of that
    // party, whether the group is named by a generic word (072) or by its name (051).
    {"reported_backing_of_rebels_is_accusation",
     "Chilean officials said Peru was backing the rebels.", "CHLGOV PER 112 asserted"},
    {"reported_backing_of_a_named_group_is_accusation",
     "Chilean officials said Peru was backing the M23.", "CHLGOV PER 112 asserted"},
    // The two sides of an armed conflict only allege each other's force: a state's army
    // reporting the rebels' attack accuses them, and the other way round.
    {"army_reporting_rebel_force_accuses", "The Peruvian army said rebels had killed two soldiers.",
     "PERMIL PERREB 1123 asserted"},
    {"rebels_reporting_army_force_accuse",
     "The rebels said Peruvian soldiers had burned their village.", "PERREB PERMIL 1122 asserted"},
    {"own_act_reported_is_still_the_act", "Peruvian police said they had arrested twelve rebels.",
     "PERCOP PERREB 173 asserted"},
    // "was critical of X": a copula with a judgement of someone is criticism.
    {"critical_of_is_criticism", "Chile was highly critical of the Peruvian government.",
     "CHL PERGOV 111 asserted"},
    // "Each side", "both sides", "the two sides" are the two parties the document last told
    // acting on each other; "each side ... the other" acts both ways, as "each other" does.
    {"each_side_blamed_the_other",
     "Chile and Peru clashed on Friday. Each side has blamed the other for starting the "
     "fighting.",
     "PER CHL 112 asserted"},
    {"the_two_sides_accused_each_other",
     "Chile and Peru clashed on Friday. The two sides accused each other of starting the "
     "fighting.",
     "CHL PER 112 asserted"},
};

class NewsAccusations : public ::testing::TestWithParam<Case> {};

TEST_P(NewsAccusations, Codes) { news::expect_case(GetParam()); }

// A wrong in the reporter's own words is alleged by no one: no event of any modality.
TEST(NewsAccusationsNone, UnattributedWrongIsNoEvent) {
  const std::vector<EventRecord> events =
      code_text("The ruling party rigged the vote in Chile.", /*all_modalities=*/true);
  EXPECT_TRUE(events.empty()) << events.size() << " events, the first " << events[0].cameo;
}

INSTANTIATE_TEST_SUITE_P(Cases, NewsAccusations, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
