// Indexes over the verb dictionary that make pattern matching fast: built once per Coder,
// immutable, shared by all threads.
#pragma once

#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::events {

/// A 1024-bit set over a cheap key of a word (first two bytes, last byte, length): a word
/// not in the set is certainly not a key of the map it summarises, so the (much dearer)
/// hash lookup is skipped. False positives only cost that lookup.
class WordFilter {
 public:
  void add(std::string_view w) { bits_.set(key(w)); }
  bool maybe(std::string_view w) const { return bits_.test(key(w)); }
  void clear() { bits_.reset(); }

 private:
  static size_t key(std::string_view w) {
    if (w.empty()) return 0;
    const uint32_t a = static_cast<unsigned char>(w[0]);
    const uint32_t b = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    const uint32_t c = static_cast<unsigned char>(w.back());
    const uint32_t h = (a * 0x9E3779B1u) ^ (b * 0x85EBCA77u) ^ (c * 0xC2B2AE3Du) ^
                       (static_cast<uint32_t>(w.size()) * 0x27D4EB2Fu);
    return (h >> 22) & 1023u;
  }
  std::bitset<1024> bits_;
};

/// For each synset, its phrases by the word a match starts with (text order after the
/// verb; the last word before it, since that side is read outwards).
struct SynsetIndex {
  dict::WordMap<std::vector<const std::vector<std::string>*>> by_first;
  dict::WordMap<std::vector<const std::vector<std::string>*>> by_last;
  WordFilter first_words;   ///< keys of by_first
  WordFilter last_words;    ///< keys of by_last
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
  WordFilter after_words;    ///< keys of by_after_word
  WordFilter before_words;   ///< keys of by_before_word
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
