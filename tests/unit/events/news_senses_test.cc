// Verb and noun senses that real news uses and a first reading gets wrong (issue 10,
// item 5), one case per sense, with vigil's own dictionaries (data/) and parser, in
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
    // "declared the state of war over", "ended the state of war": peace between the
    // parties (057), not war (190).
    {"state_of_war_declared_over_is_peace",
     "Armenia and Azerbaijan declared their state of war over after talks on Monday.",
     "ARM AZE 057 asserted"},
    {"state_of_war_declared_over_is_not_war",
     "Armenia and Azerbaijan declared their state of war over after talks on Monday.",
     "!ARM AZE 190 asserted"},
    {"state_of_war_ended_is_peace",
     "Armenia and Azerbaijan formally ended the state of war on Monday.", "ARM AZE 057 asserted"},
    // Vehicles are blocked where they drive: a blockade (144), not an embargo on cars.
    {"blocking_police_cars_is_a_blockade",
     "Hundreds of demonstrators in Lima blocked police cars on Friday.",
     "PERCVL PERCOP 144 asserted"},
    {"blocking_police_cars_is_no_embargo",
     "Hundreds of demonstrators in Lima blocked police cars on Friday.",
     "!PERCVL PERCOP 163 asserted"},
    // A crowd forcing its way into a building, or storming it, protests violently (145).
    {"protesters_bursting_into_a_building_riot",
     "Protesters burst into the offices of the Peruvian president on Saturday.",
     "PERCVL PERGOV 145 asserted"},
    {"protesters_storming_a_palace_riot", "Protesters stormed the presidential palace in Lima.",
     "PERCVL PERGOV 145 asserted"},
    {"protesters_storming_a_palace_wage_no_war",
     "Protesters stormed the presidential palace in Lima.", "!PERCVL PERGOV 190 asserted"},
    // In a passive clause the words before the verb name what was acted on: a pattern
    // describing the agent there ("protesters stormed") does not apply.
    {"passive_subject_is_not_the_agent_a_pattern_names",
     "Protesters were attacked by Peruvian police in Lima.", "!PERCOP PERCVL 145 asserted"},
    {"passive_subject_attacked_by_police", "Protesters were attacked by Peruvian police in Lima.",
     "PERCOP PERCVL 175 asserted"},
    {"passive_subject_is_acted_on", "The protest camp was raided by Peruvian police on Friday.",
     "PERCOP PERCVL 170 asserted"},
    // An authority approving a decision to act takes it: the sanction (163), not support.
    {"approving_a_plan_to_sanction_is_the_sanction",
     "The Japanese cabinet approved a plan to impose export controls on South Korea.",
     "JPNGOV KOR 163 asserted"},
    {"approving_a_plan_to_sanction_is_no_support",
     "The Japanese cabinet approved a plan to impose export controls on South Korea.",
     "!JPNGOV KOR 051 asserted"},
    {"approving_a_plan_to_expel_peacekeepers",
     "The Kenyan parliament approved a plan to expel the UN peacekeepers.",
     "KENLEG IGOUNOMIL 166 asserted"},
    // Dropping a state from a list of preferred partners is a sanction, as putting it on a
    // blacklist is.
    {"removed_from_whitelist_is_163",
     "Japan removed South Korea from its whitelist of trusted trading partners.",
     "JPN KOR 163 asserted"},
    // Visas required of a state's citizens are a sanction on it (163, GUIDE).
    {"introducing_visas_for_nationals_is_163", "Moldova introduced visas for Romanians on Monday.",
     "MDA ROU 163 asserted"},
    {"imposing_visas_is_163", "Moldova imposed visas on Romanians.", "MDA ROU 163 asserted"},
    // "recalled that ...": remembering aloud is a statement; no envoy is withdrawn.
    {"recalled_that_is_a_statement", "Canada recalled that Russia had expelled its ambassador.",
     "CAN RUS 010 statement"},
    {"recalled_that_withdraws_no_envoy",
     "The UN Secretary-General recalled that his envoy had met the rebels.",
     "!IGOUNO ---GOV 161 asserted"},
    // Allegations traded are accusations (of corruption: 1121), not trade.
    {"traded_allegations_are_accusations",
     "Ecuador and Peru have traded allegations of corruption in recent months.",
     "ECU PER 1121 asserted"},
    {"traded_allegations_are_no_trade",
     "Ecuador and Peru have traded allegations of corruption in recent months.",
     "!ECU PER 061 asserted"},
    // "called the talks constructive": a judgement of the talks, not a call for them.
    {"calling_talks_constructive_is_praise",
     "The Chinese foreign minister called the talks with Japan constructive.",
     "CHNGOV JPN 051 asserted"},
    {"calling_talks_constructive_calls_for_none",
     "The Chinese foreign minister called the talks with Japan constructive.",
     "!CHNGOV JPN 026 asserted"},
    // Relations are harmed, not property destroyed.
    {"damaged_relations_destroy_no_property", "Japan damaged relations with South Korea.",
     "!JPN KOR 1712 asserted"},
    // A crowd of protesters burning or destroying property riots (145).
    {"protesters_setting_fire_riot", "Protesters in Quito set a police car on fire.",
     "ECUCVL ECUCOP 145 asserted"},
    {"rioters_torching_riot", "Rioters in Quito torched the town hall.",
     "ECUCVL ECUGOV 145 asserted"},
    // Things abandoned are left behind: no policy is given up.
    {"abandoning_a_vehicle_yields_nothing",
     "Peruvian police abandoned an armored vehicle to the protesters.",
     "!PERCOP PERCVL 0832 asserted"},
    // A quotation saying what the judged actor should do is an appeal (GUIDE: "should" in
    // advocacy); its judgement word describes what it appeals against.
    {"quoted_should_is_an_appeal",
     "\"Japan should withdraw its unfair measures,\" the South Korean president said.",
     "KOR JPN 020 asserted"},
    {"quoted_should_is_no_second_judgement",
     "\"Japan should withdraw its unfair measures,\" the South Korean president said.",
     "!KOR JPN 111 asserted"},
    {"quoted_judgement_alone_is_criticism",
     "\"The measures by Japan are unfair,\" the South Korean president said.",
     "KOR JPN 111 asserted"},
    // "passed a resolution condemning X and demanding Y": each act the resolution states
    // is its adopter's, read from its own verb.
    {"resolution_condemning_is_criticism",
     "The Pakistani parliament passed a resolution condemning India and demanding that New Delhi "
     "withdraw its troops.",
     "PAKLEG IND 111 asserted"},
    {"resolution_demanding_too_is_a_demand",
     "The Pakistani parliament passed a resolution condemning India and demanding that New Delhi "
     "withdraw its troops.",
     "PAKLEG INDGOV 1056 asserted"},
    // An appeal or sanction that names no party of its own, told after a meeting of the
    // same actor or an act of its kind, is addressed to that act's party.
    {"appeal_after_meeting_is_to_the_one_met",
     "The UN envoy met the Malian junta on Monday and pressed for early elections.",
     "IGOUNO MLIGOV 0241 asserted"},
    {"sanction_after_sanction_is_on_the_same_party",
     "Saudi Arabia expelled the Canadian ambassador while freezing all new trade.",
     "SAU CANGOV 163 asserted"},
    {"humanitarian_visas_are_offered", "Britain introduced humanitarian visas for Ukrainians.",
     "GBR UKR 0333 asserted"},
};

class NewsSenses : public ::testing::TestWithParam<Case> {};

TEST_P(NewsSenses, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsSenses, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
