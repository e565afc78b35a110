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

/// A verb block's patterns indexed by one literal word each (their first word after the
/// verb, else before it): only patterns whose key word is in the sentence are tried.
struct BlockIndex {
  dict::WordMap<std::vector<uint32_t>> by_after_word;
  dict::WordMap<std::vector<uint32_t>> by_before_word;
  std::vector<uint32_t> keyless;   ///< patterns without literal words (synsets, markers)
};

class CompiledVerbs {
 public:
  explicit CompiledVerbs(const dict::VerbDictionary& verbs);

  /// nullptr when the synset is unknown.
  const SynsetIndex* synset(std::string_view name) const;
  /// Needs of pattern `p` of block `block`.
  const PatternNeeds& needs(size_t block, size_t p) const { return needs_[block][p]; }
  const BlockIndex& block_index(size_t block) const { return blocks_[block]; }

 private:
  dict::WordMap<SynsetIndex> synsets_;
  std::vector<std::vector<PatternNeeds>> needs_;
  std::vector<BlockIndex> blocks_;
};

}  // namespace vigil::events
