// Events named by nouns whose actors a careful reader supplies (GUIDE rule 5): "the
// protests", "arrests of activists", "clashes with police". The nouns and their codes are
// vigil's own table (nominal.cc); the pipeline gives the implied actors their country.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

/// True when `upper_word` names an act someone commits ("ATTACK", "KILLING", "ARREST"):
/// criticism of "the attack by X" is aimed at X.
bool is_act_noun(std::string_view upper_word);

/// The event nouns of `sentence`, at most one per CAMEO root, in table order.
std::vector<NominalEvent> find_nominal_events(std::string_view sentence);

}  // namespace vigil::events
