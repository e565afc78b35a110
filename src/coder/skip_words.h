// PETRARCH's skip words: the words it steps over when it reads past a verb. One list
// (issue 9) for the two places that read it: the extra words of a multi-word verb
// (verbs.cc) and the words a pattern's lower phrase may match (patterns.cc). These are
// PETRARCH's list, not pronoun facts (vigil/pronouns.h holds those).
#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string_view>

namespace vigil::events {

// The first kSkipWordsBeforeNumbers words are stepped over everywhere after a verb; the
// number words after them are stepped over only between the words of a multi-word verb,
// so a pattern word after the verb may still match one.
inline constexpr std::array<std::string_view, 28> kSkipWords = {
    // articles, some pronouns and auxiliaries, quantifiers
    "THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT",
    // number words
    "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE", "TWO", "THREE", "FOUR",
    "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
inline constexpr std::size_t kSkipWordsBeforeNumbers = 13;
static_assert(kSkipWords[kSkipWordsBeforeNumbers - 1] == "THAT" &&
                  kSkipWords[kSkipWordsBeforeNumbers] == "HUNDRED",
              "the words stepped over everywhere come before the number words");

/// A word (upper case) PETRARCH steps over between the words of a multi-word verb: any
/// word of kSkipWords, a currency ("DOLLAR", "DUCAT"), or an integer with an optional sign.
inline bool is_skip_word(std::string_view w) {
  if (std::find(kSkipWords.begin(), kSkipWords.end(), w) != kSkipWords.end()) return true;
  if (w == "DOLLAR" || w == "DUCAT") return true;
  if (w.empty()) return false;
  std::size_t start = (w[0] == '-' || w[0] == '+') ? 1 : 0;
  if (start == w.size()) return false;
  return std::all_of(w.begin() + static_cast<long>(start), w.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

/// A word (upper case) no pattern word after the verb matches: PETRARCH steps over it
/// before comparing. The words of kSkipWords before the number words.
inline bool is_unmatchable_after_verb(std::string_view w) {
  const auto end = kSkipWords.begin() + kSkipWordsBeforeNumbers;
  return std::find(kSkipWords.begin(), end, w) != end;
}

}  // namespace vigil::events
