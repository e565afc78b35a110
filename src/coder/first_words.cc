#include "first_words.h"

namespace vigil::events {
namespace {

// 2^21 bits (256 KB): with ~50,000 first words and two bits each, about 0.2% of other
// words pass by chance.
constexpr unsigned kBits = 21;
constexpr uint64_t kMask = (uint64_t{1} << kBits) - 1;

}  // namespace

FirstWords::FirstWords(const dict::Dictionaries& dictionaries)
    : bits_((uint64_t{1} << kBits) / 64, 0) {
  for (const dict::PhraseIndex* index : {&dictionaries.actors.index, &dictionaries.agents.index})
    for (std::string_view word : index->first_words()) add(word);
}

void FirstWords::add(std::string_view word) {
  const uint64_t h = dict::word_hash(word);
  for (uint64_t bit : {h & kMask, (h >> kBits) & kMask}) bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

bool FirstWords::may_start(std::string_view upper_word) const {
  const uint64_t h = dict::word_hash(upper_word);
  for (uint64_t bit : {h & kMask, (h >> kBits) & kMask})
    if ((bits_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return false;
  return true;
}

}  // namespace vigil::events
