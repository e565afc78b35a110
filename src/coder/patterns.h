// Matching verb patterns against the words around a verb.
#pragma once

#include <vector>

#include "linear.h"
#include "vigil/dictionaries.h"

namespace vigil::events {

enum class SeqKind : uint8_t { kWord, kNeOpen, kNeClose, kNecOpen, kNecClose };

/// One step of the words before or after a verb; `item` indexes the linear form.
struct SeqItem {
  SeqKind kind;
  size_t item;
};
using Sequence = std::vector<SeqItem>;

struct PatternMatch {
  const dict::Pattern* pattern = nullptr;
  long source = -1;   ///< linear index of the NE/NEC bound by '$' or '%', else -1
  long target = -1;   ///< linear index of the NE/NEC bound by '+' or '%', else -1
};

/// The most specific pattern of `patterns` (those of verb block `block`) that matches: its elements after '*' in order
/// in `lower` and its elements before '*' in order, outwards from the verb, in `upper`
/// (`upper` is nearest-first). Other words may come between elements. Specificity is the
/// number of words and synsets matched, then the number of elements, then file order.
class CompiledVerbs;

PatternMatch best_pattern(const CompiledVerbs& verbs, size_t block, const Linear& items,
                          const std::vector<dict::Pattern>& patterns, const Sequence& upper,
                          const Sequence& lower);

}  // namespace vigil::events
