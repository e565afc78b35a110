// Who an actor is across a document (actor resolution), one case per mechanism, with
// vigil's own dictionaries (data/) and parser, in sentences written by us. Each case names
// an event that must appear ("SRC TGT CODE modality", target "-" when none) or, prefixed
// with '!', one that must not. Cases run with --all semantics so modality is visible.
#include <gtest/gtest.h>

#include "news_case.h"

namespace vigil::events {
namespace {

using news::Case;

const Case kCases[] = {
    // An official of no named state who presses a state speaks for another state: the
    // other state the article names ...
    {"official_pressing_a_state_is_of_the_other_state",
     "Ghana and Togo have quarrelled over the border for weeks. Deputy Foreign Minister Kwame "
     "Asante demanded on Monday that Togo free the detained traders.",
     "GHAGOV TGO 1053 asserted"},
    {"official_pressing_a_state_is_not_of_that_state",
     "Ghana and Togo have quarrelled over the border for weeks. Deputy Foreign Minister Kwame "
     "Asante demanded on Monday that Togo free the detained traders.",
     "!TGOGOV TGO 1053 asserted"},
    // ... or the state whose statement reports the act.
    {"official_pressing_a_state_is_of_the_reporting_state",
     "The Ghanaian government said in a statement that Deputy Trade Minister Kwame Asante had "
     "criticised Togo over the new tariffs.",
     "GHAGOV TGO 111 asserted"},
    // A full name unknown to the dictionaries that opens the sentence after one whose
    // subject was a role named without a name is that role's holder ...
    {"name_after_unnamed_role_is_its_holder",
     "The UN envoy to Chad arrived in the capital on Monday. Pieter Vandermolen told reporters "
     "that he hoped for a truce. Vandermolen met the Chadian foreign minister on Tuesday.",
     "IGOUNO TCDGOV 040 asserted"},
    {"full_name_after_unnamed_role_is_its_holder",
     "The UN envoy to Chad arrived in the capital on Monday. Pieter Vandermolen met the Chadian "
     "foreign minister on Tuesday.",
     "IGOUNO TCDGOV 040 asserted"},
    // ... only in the very next sentence.
    {"name_two_sentences_after_unnamed_role_is_not_its_holder",
     "The UN envoy to Chad arrived in the capital on Monday. Chad closed its border. Pieter "
     "Vandermolen met the Chadian foreign minister on Tuesday.",
     "!IGOUNO TCDGOV 040 asserted"},
    // An envoy belongs to the state that sends them, not to the state they are sent to.
    {"envoy_to_a_state_is_of_the_sending_state",
     "Norway's ambassador to the United States criticised Russia on Monday.",
     "NORGOV RUS 111 asserted"},
    {"envoy_to_a_state_is_not_of_the_host",
     "Norway's ambassador to the United States criticised Russia on Monday.",
     "!USAGOV RUS 111 asserted"},
    // The pronoun subject of a passive release or arrest with no agent is the people last
    // held, not the last actor (the police who held them).
    {"pronoun_freed_is_the_people_held",
     "Police in Kenya detained twenty students on Monday. They were freed on Tuesday.",
     "KENCOP KENEDU 0841 asserted"},
    {"pronoun_freed_is_not_the_police",
     "Police in Kenya detained twenty students on Monday. They were freed on Tuesday.",
     "!KENCOP KENCOP 0841 asserted"},
    // "the coalition" describes the organisation named last; "the Coalition" names a body
    // of its own, which an armed group named before is not.
    {"lowercase_organisation_noun_is_the_last_organisation",
     "Boko Haram fighters attacked a village in Nigeria on Sunday. The coalition condemned "
     "Nigeria on Monday.",
     "NGAREBBKH NGA 111 asserted"},
    {"capitalised_organisation_noun_is_a_name",
     "Boko Haram fighters attacked a village in Nigeria on Sunday. The Coalition condemned "
     "Nigeria on Monday.",
     "!NGAREBBKH NGA 111 asserted"},
    // "They" is the plural subject of the sentence before, even one that told no event,
    // not the last actor of an event.
    {"they_is_the_plural_subject_before",
     "Chad accused Sudan of arming the rebels on Monday. Sudanese soldiers gathered near the "
     "border overnight. They also attacked a Chadian army post.",
     "SDNMIL TCDMIL 190 asserted"},
    {"they_is_not_the_last_actor_of_an_event",
     "Chad accused Sudan of arming the rebels on Monday. Sudanese soldiers gathered near the "
     "border overnight. They also attacked a Chadian army post.",
     "!TCD TCDMIL 190 asserted"},
};

class NewsActors : public ::testing::TestWithParam<Case> {};

TEST_P(NewsActors, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsActors, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
