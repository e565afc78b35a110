// A Bloom filter over the first words of every actor and agent phrase: Coder::screen reads
// every word of every sentence, most of which begin no phrase, and a few bits in a table
// that stays in cache answer "no" without probing the dictionaries' large word tables.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::events {

class FirstWords {
 public:
  explicit FirstWords(const dict::Dictionaries& dictionaries);
  /// False only when no actor or agent phrase begins with `upper_word` (never wrong then).
  bool may_start(std::string_view upper_word) const;

 private:
  void add(std::string_view word);
  std::vector<uint64_t> bits_;
};

}  // namespace vigil::events
