// Prepositions that introduce a place: one table that the place reader (a place's cue),
// the coder (an actor named as the place of an act is no party to it) and the pipeline
// read, so that they agree on which words say where.
//
// All functions are pure and thread-safe.
#pragma once

#include <string_view>

namespace vigil::text {

/// True when `word` (any ASCII case) is a preposition that may come before a place name:
/// "in", "at", "near", "across", "inside", "outside", "throughout", "around", "into",
/// "through" (where something happens) and "from", "to", "within", "over", "on",
/// "toward", "towards" (a place, not where the event is).
bool is_place_preposition(std::string_view word);

/// True for the place prepositions that say where something happens: "in", "at", "near",
/// "across", "inside", "outside", "throughout", "around", "into", "through".
bool is_locative_preposition(std::string_view word);

}  // namespace vigil::text
