// Force and custody whose agent the reader supplies from the document (CAMEO 08 releases,
// 17, 18, 19), with vigil's own dictionaries and parser, in sentences written by us. Each
// case names an event that must appear ("SRC TGT CODE modality", target "-" when none) or,
// prefixed with '!', one that must not. Cases run with --all semantics so modality is
// visible.
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // People released with no agent named are released by whoever held them: the police
    // of the place, as for an arrest with no agent (0841).
    {"released_with_no_agent_by_the_police_of_the_place",
     "Police in Lima detained 30 students on Monday. The students were released on Tuesday.",
     "PERCOP PEREDU 0841 asserted"},
    {"freed_with_no_agent_by_the_police_of_the_place",
     "Two Peruvian journalists were freed in Cusco on Sunday.", "PERCOP PERMED 0841 asserted"},
    // Force aimed at an attack told before ("repelled the assault") or answering one (a
    // counterattack) is aimed at the attackers; a new attack ("launched an attack") is not
    // the earlier one.
    {"repelling_the_attack_is_force_on_the_attackers",
     "Chadian rebels attacked an army post near Abeche on Monday. Chadian troops repelled the "
     "assault.",
     "TCDMIL TCDREB 190 asserted"},
    {"a_counterattack_is_force_on_the_attackers",
     "Chadian rebels attacked an army post near Abeche on Monday. Chadian troops launched a "
     "counterattack.",
     "TCDMIL TCDREB 190 asserted"},
    {"a_new_attack_is_not_aimed_at_earlier_attackers",
     "Chadian rebels attacked an army post near Abeche on Monday. Chadian troops later mounted "
     "an assault.",
     "!TCDMIL TCDREB 190 asserted"},
    // Armed units responding to an attack fight back; a president responding to it does not.
    {"troops_responding_to_the_attack_fight_back",
     "Chadian rebels attacked an army post near Abeche on Monday. Chadian forces at the post "
     "responded to the attack.",
     "TCDMIL TCDREB 190 asserted"},
    {"a_president_responding_to_the_attack_does_not_fight",
     "Chadian rebels attacked an army post near Abeche on Monday. The Chadian president "
     "responded to the attack with a speech.",
     "!TCDGOV TCDREB 190 asserted"},
    // Claiming responsibility for an attack says the claimant did it: the attack is coded
    // besides the claim; denying it is no attack.
    {"claiming_an_attack_is_the_attack",
     "Chadian rebels of the Freedom Front claimed responsibility for the attack on an army "
     "post near Abeche.",
     "TCDREB TCDMIL 190 asserted"},
    {"claiming_an_attack_is_also_the_claim",
     "Chadian rebels of the Freedom Front claimed responsibility for the attack on an army "
     "post near Abeche.",
     "TCDREB TCDMIL 015 statement"},
    {"denying_an_attack_is_no_attack",
     "Chadian rebels denied responsibility for the attack on an army post near Abeche.",
     "!TCDREB TCDMIL 190 asserted"},
    // A junta's "ruling council" is its government; a restriction with no agent named is
    // the government's of the place, on its people.
    {"a_ruling_council_is_the_government",
     "Mali's army seized power on Monday. The ruling council announced a nighttime curfew.",
     "MLIGOV MLICVL 1723 asserted"},
    {"emergency_rule_with_no_agent_is_the_governments",
     "Rioting spread in Peru on Monday. Lima was placed under a state of emergency on Tuesday.",
     "PERGOV PERCVL 1724 asserted"},
    // Fighting that "pitted" one party against another: the first fights the second.
    {"clashes_pitting_the_army_against_rebels_are_its_fight",
     "New clashes on Thursday pitted the Chadian army against the rebels of the Freedom Front.",
     "TCDMIL TCDREB 190 asserted"},
    // People counted differently are different groups: acts done to them are different
    // events; the same count is a mention of the same act.
    {"arrests_of_groups_counted_differently_are_two_events",
     "Police in Lima detained 15 students on Monday. Eight other students were also detained "
     "in Lima on Monday.",
     "PERCOP PEREDU 173 asserted@1"},
    {"arrests_of_a_group_counted_alike_are_one_event",
     "Police in Lima detained 15 students on Monday. The 15 students were detained in Lima on "
     "Monday.",
     "!PERCOP PEREDU 173 asserted@1"},
    // Tagger: a noun-or-verb word after a noun and before a preposition, with the clause's
    // past-tense verb ahead, is the subject's head ("forces at the post repelled").
    {"forces_before_a_place_phrase_are_the_subject",
     "Chadian rebels attacked an army post near Abeche on Monday. Chadian government forces at "
     "the post repelled the assault.",
     "TCDGOVMIL TCDREB 190 asserted"},
    // Tagger: after a nationality adjective opening a noun phrase, an adjective-or-participle
    // before a noun is an adjective ("the Chadian armed forces attacked").
    {"armed_forces_after_a_nationality_are_one_actor",
     "The Chadian armed forces attacked the rebels of the Freedom Front.",
     "TCDMIL TCDREB 190 asserted"},
};

class NewsForceCustody : public ::testing::TestWithParam<Case> {};

TEST_P(NewsForceCustody, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsForceCustody, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
