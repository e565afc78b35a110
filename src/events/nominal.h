// Events named by nouns whose actors a careful reader supplies (GUIDE rule 5): "the
// protests", "arrests of activists", "clashes with police". The nouns and their codes are
// vigil's own table (nominal.cc); the pipeline gives the implied actors their country.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/tree.h"

namespace vigil::events {

/// One event noun found in a sentence, with the roles a reader supplies.
struct NominalEvent {
  std::string code;           ///< CAMEO code of the act the noun names
  std::string source_sector;  ///< implied source's sector ("CVL" for protesters)
  std::string target_sector;  ///< implied target's sector ("GOV" for the government)
  std::string noun;           ///< the noun as written, upper case
  /// "the protests", "their arrest": a definite noun with nothing between it and its
  /// determiner refers back to an act the article has told already.
  bool refers_back = false;
};

/// Determiners that make an act noun point back to an act told before ("the arrests",
/// "their attack"), in lower case.
bool is_definite(std::string_view lower_word);

/// True when `upper_word` names an act someone commits ("ATTACK", "KILLING", "ARREST"):
/// criticism of "the attack by X" is aimed at X.
bool is_act_noun(std::string_view upper_word);

/// The CAMEO roots (two digits each, "1819") of the acts an act noun names, so that "the
/// arrests" can point back to the arrests told before; "" for nouns too broad for that
/// ("violence", "violations") and for words that are no act noun.
std::string_view act_noun_roots(std::string_view upper_word);

/// The code of the act an act noun names when its parties are named ("ATTACK": 190,
/// "KIDNAPPING": 181); "" when the noun alone does not say which act it is.
std::string_view act_noun_code(std::string_view upper_word);

/// The roots of the act a counter-act answers ("COUNTERATTACK", "COUNTER-OFFENSIVE": an
/// attack, an offensive), so that it can point back to that act's author; "" for other
/// words.
std::string_view answered_act_roots(std::string_view upper_word);

/// A decision an actor makes, named by an upper-case word ("RESOLUTION", "SANCTIONS",
/// "THE VOTE"'s "VOTE"), as decisions_made() names it ("sanction"); "" for other words.
std::string decision_noun(std::string_view upper_word);

/// "The council adopted a resolution", "imposed sanctions on", "Parliament voted": the
/// decisions the clause whose verb is `tokens[verb]` makes (its object, or the verb's own
/// noun), each as decision_noun() names it; empty when it makes none. Whoever is that
/// clause's subject is the author a later "welcomed the resolution" is aimed at.
std::vector<std::string> decisions_made(const std::vector<syntax::Token>& tokens, size_t verb);

/// The event nouns of `sentence`, at most one per CAMEO root, in table order.
std::vector<NominalEvent> find_nominal_events(std::string_view sentence);

/// An act between two parties named by a noun whose parties the sentence names: force
/// ("Russia's attack on Ukraine", "an al-Shabab attack on the base", "the attack by the ADF
/// on peacekeepers") or talks ("Hamas's talks with Egyptian officials"); "clashes" or
/// "talks between Thailand and Cambodia" are each side's act on the other.
struct NominalAct {
  std::string code;                ///< CAMEO code of the act
  std::string source, target;      ///< actor codes
  std::string source_text, target_text;
  std::string noun;                ///< upper case
  int32_t first_token = -1, last_token = -1;
};

/// Codes a phrase of the sentence as an actor: its code, or "" when it names none.
using PhraseCoder = std::function<std::string(const std::string& phrase)>;

/// The acts of force and talks the sentence names by nouns with both parties named.
std::vector<NominalAct> find_nominal_acts(const syntax::Tree& tree, const PhraseCoder& code_of);

}  // namespace vigil::events
