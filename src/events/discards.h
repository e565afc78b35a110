// A faster twin of dict::DiscardDictionary::check for the coder's hot path.
//
// The dictionary's own check hashes every word once for whole-word phrases and once more
// per distinct stem length for stem entries. Most sentence words start no discard phrase
// at all, so this index first rejects a word on a few of its bytes (bitsets, one probe
// each) and only then does the exact lookups. The verdict and the matched entry are
// the same as the dictionary's, by construction (tests compare them).
#pragma once

#include <bitset>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::events {

class DiscardIndex {
 public:
  DiscardIndex() = default;
  /// Indexes `discards`, which must outlive this index and not change.
  explicit DiscardIndex(const dict::DiscardDictionary& discards);

  /// Same contract as dict::DiscardDictionary::check.
  dict::DiscardDictionary::Verdict check(const std::vector<std::string_view>& upper_words,
                                         int* matched = nullptr) const;

 private:
  static uint32_t key2(std::string_view s) {
    uint32_t a = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
    uint32_t b = s.size() < 2 ? 0 : static_cast<unsigned char>(s[1]);
    return (a << 8) | b;
  }

  // A word's first two bytes, last byte and length, mixed: exact first words are
  // rejected on it.
  static uint32_t word_key(std::string_view s) {
    const uint32_t c = s.empty() ? 0 : static_cast<unsigned char>(s.back());
    uint32_t h = key2(s) * 0x9E3779B1u ^ c * 0xC2B2AE3Du ^
                 static_cast<uint32_t>(s.size()) * 0x27D4EB2Fu;
    return h >> 16;
  }
  // The first three bytes, mixed (s.size() >= 3): stems of 3 bytes or more are rejected on it.
  static uint32_t key3(std::string_view s) {
    uint32_t h = key2(s) * 0x9E3779B1u ^ static_cast<unsigned char>(s[2]) * 0x85EBCA77u;
    return h >> 16;
  }

  const dict::DiscardDictionary* dict_ = nullptr;
  std::bitset<65536> first_words_;   ///< word_key of first words of whole-word-led entries
  std::bitset<65536> stem_three_;    ///< key3 of stems of 3 bytes or more
  std::bitset<65536> stem_two_;      ///< key2 of 2-byte stems
  std::bitset<256> stem_one_;        ///< first byte of 1-byte stems
  std::vector<int> empty_stems_;   ///< stems "" match every word
  std::unordered_map<std::string_view, std::vector<int>> by_first_word_;
  std::unordered_map<std::string_view, std::vector<int>> by_stem_;
  std::vector<size_t> stem_lengths_;   ///< distinct stem lengths, ascending
};

}  // namespace vigil::events
