// Indexes over the verb dictionary that make pattern matching fast: built once per Coder,
// immutable, shared by all threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::events {

/// For each synset, its phrases by the word a match starts with (text order after the
/// verb; the last word before it, since that side is read outwards).
struct SynsetIndex {
  dict::WordMap<std::vector<const std::vector<std::string>*>> by_first;
  dict::WordMap<std::vector<const std::vector<std::string>*>> by_last;
};

/// The literal words a pattern needs on each side of the verb: a pattern whose words are
/// not all present cannot match and is skipped before the full search.
struct PatternNeeds {
  std::vector<std::string_view> after;
  std::vector<std::string_view> before;
};

class CompiledVerbs {
 public:
  explicit CompiledVerbs(const dict::VerbDictionary& verbs);

  /// nullptr when the synset is unknown.
  const SynsetIndex* synset(std::string_view name) const;
  /// Needs of pattern `p` of block `block`.
  const PatternNeeds& needs(size_t block, size_t p) const { return needs_[block][p]; }

 private:
  dict::WordMap<SynsetIndex> synsets_;
  std::vector<std::vector<PatternNeeds>> needs_;
};

}  // namespace vigil::events
