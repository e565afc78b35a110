// Acts named by nouns whose parties the sentence names ("the government's arrest of the
// editor", "an attack on the headquarters of the militia"), and judgements of an act whose author
// the article told before ("boycotted the vote" after "parliament voted"), with vigil's own
// dictionaries (data/) and parser, in sentences written by us. Each case names an event
// that must appear ("SRC TGT CODE modality") or, prefixed with '!', one that must not.
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
    // "Of" right after a noun of an act done to people names whom it is done to; its
    // author is the possessor before the noun (any noun phrase) or the actor after "by".
    {"of_names_whom_an_arrest_is_done_to",
     "The Egyptian government's arrest of the opposition leader was condemned by France.",
     "EGYGOV EGYOPP 173 asserted"},
    {"named_parties_replace_supplied_roles",
     "The Egyptian government's arrest of the opposition leader was condemned by France.",
     "!EGYCOP EGYCVL 173 asserted"},
    // (The tagger may read "Turkey's killing" as "is killing": still the possessor's act,
    // not the act of the clause's subject.)
    {"possessive_act_read_as_verb", "Iraq condemned Turkey's killing of a Syrian general.",
     "TUR SYR 180 asserted"},
    {"possessive_act_is_not_the_subjects", "Iraq condemned Turkey's killing of a Syrian general.",
     "!IRQ SYR 186 asserted"},
    {"of_with_author_after_by", "France condemned the abduction of two aid workers by al-Shabab.",
     "SOMREBSHB SOMNGO 181 asserted"},
    {"assassination_of", "Israel's assassination of a Hamas commander in Beirut angered Lebanon.",
     "ISR PSEREBHMS 186 asserted"},
    {"killing_of_without_means_is_18",
     "The killing of a Syrian general by Turkey was condemned by Iraq.", "TUR SYR 180 asserted"},
    // The means named with the act ("in an airstrike") is the kind of force.
    {"killing_in_an_airstrike_is_195",
     "The killing of a Syrian general by Turkey in an airstrike was condemned by Iraq.",
     "TUR SYR 195 asserted"},
    // A place or thing "of" an actor, attacked, stands for that actor.
    {"attack_on_a_place_of_an_actor",
     "Turkey's attack on the base of the Kurdish militia killed ten soldiers.",
     "TUR TURREB 190 asserted"},
    // A preposition of time, cause or concession opens an adjunct: its nouns are no party.
    {"adjunct_nouns_are_no_party",
     "Diplomats gathered in Paris during heavy fighting in the north after a truce between Chad "
     "and "
     "Sudan.",
     "!TCD SDN 190 asserted"},
    // A decision is of whoever made it: the subject of the clause that passed, adopted or
    // voted it, told earlier in the article.
    {"boycott_of_the_vote_is_against_the_voters",
     "The Iraqi parliament voted on a bill on Monday. The opposition boycotted the vote.",
     "IRQOPP IRQLEG 143 asserted"},
    {"welcoming_the_resolution_is_of_its_adopter",
     "The UN Security Council adopted a resolution on Friday. Kenya welcomed the resolution.",
     "KEN IGOUNO 051 asserted"},
    {"criticising_sanctions_is_against_their_imposer",
     "The European Union imposed new sanctions on Tuesday. Ostrian officials criticised the "
     "sanctions.",
     "---GOV IGOEUREEC 111 asserted"},
    // "The brutal character of these arrests": the act said of is the one judged.
    {"judged_act_after_of",
     "Kenyan police detained forty students on Monday. Amnesty International condemned the brutal "
     "character of many of these arrests.",
     "NGO KENCOP 111 asserted"},
    // A generic NGO ("rights groups") is of the country the article is about (GUIDE: only
    // transnational NGOs have none).
    {"generic_ngo_takes_the_country",
     "NAIROBI - Rights groups criticised the Kenyan police on Monday.",
     "KENNGO KENCOP 111 asserted"},
};

class NewsNominalActs : public ::testing::TestWithParam<Case> {};

TEST_P(NewsNominalActs, Codes) { news::expect_case(GetParam()); }

INSTANTIATE_TEST_SUITE_P(Cases, NewsNominalActs, ::testing::ValuesIn(kCases), news::case_name);

}  // namespace
}  // namespace vigil::events
