// Actor coding of noun phrases: the first dictionary actor in a phrase gives the base
// code (resolved for the sentence's date), agents elsewhere in the phrase add roles.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linear.h"
#include "vigil/coder.h"
#include "vigil/dictionaries.h"

namespace vigil::events {

/// Upper-cases ASCII letters in place, as dictionary words are written (and as
/// std::toupper does in the "C" locale the library runs in).
void to_upper_ascii(std::string& s);

/// True when `code` begins with a country ("CHN", "HKGCOP"), not with IGO, NGO, IMG, MNC,
/// UIS, "---" or a quoted new actor: the elements that stand in a country's place.
bool starts_with_country(std::string_view code);

/// True when upper-case words name a collective of many states ("THE INTERNATIONAL
/// COMMUNITY", "WORLD LEADERS", "MORE GOVERNMENTS"): such an actor has no country,
/// whatever the article's.
bool names_many_states(std::string_view upper_words);

/// Pronouns that stand for the last actor named ("he", "she", "they", "it"): the
/// document context resolves them, and the screen counts them as actors.
bool is_actor_pronoun(std::string_view word);

/// The code of a noun phrase's words; "---" when nothing in it is in the dictionaries.
/// `root` receives the actor phrase found (for provenance).
std::string code_phrase(const dict::Dictionaries& dicts, const std::vector<std::string_view>& words,
                        int32_t ordinal_date, const std::string** root = nullptr);

/// Replaces each NE that contains a compound ("the embassies of Arnor and Gondor") by a
/// compound of NEs, each with the shared words, then sets the code of every NE.
void code_noun_phrases(const dict::Dictionaries& dicts, Linear& items, int32_t ordinal_date,
                       const ReferenceResolver* resolver = nullptr);

}  // namespace vigil::events
