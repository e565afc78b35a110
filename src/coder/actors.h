// Actor coding of noun phrases: the first dictionary actor in a phrase gives the base
// code (resolved for the sentence's date), agents elsewhere in the phrase add roles. The
// phrase and word tests the document pipeline shares are public, in vigil/coder.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "linear.h"
#include "vigil/coder.h"
#include "vigil/dictionaries.h"

namespace vigil::events {

/// Replaces each NE that contains a compound ("the embassies of Arnor and Gondor") by a
/// compound of NEs, each with the shared words, then sets the code of every NE.
/// `tree` (optional) gives the words' case where it matters ("us" is no "US").
void code_noun_phrases(const dict::Dictionaries& dicts, Linear& items, int32_t ordinal_date,
                       const ReferenceResolver* resolver = nullptr,
                       const syntax::Tree* tree = nullptr);

}  // namespace vigil::events
