// PETRARCH's skip words (src/coder/skip_words.h): one list read by the multi-word verbs
// (every word) and the patterns' lower phrase (the words before the number words).
#include "skip_words.h"

#include <gtest/gtest.h>

#include <string_view>

namespace vigil::events {
namespace {

constexpr std::string_view kEverywhere[] = {"THE", "A",   "AN",   "IT",   "HE",  "THEY", "HER",
                                            "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT"};
constexpr std::string_view kNumberWords[] = {
    "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE", "TWO",
    "THREE",   "FOUR",     "FIVE",    "SIX",     "SEVEN",    "EIGHT", "NINE"};

TEST(SkipWords, MultiWordVerbsStepOverEveryWordOfTheList) {
  for (std::string_view w : kEverywhere) EXPECT_TRUE(is_skip_word(w)) << w;
  for (std::string_view w : kNumberWords) EXPECT_TRUE(is_skip_word(w)) << w;
}

TEST(SkipWords, MultiWordVerbsStepOverCurrenciesAndIntegers) {
  EXPECT_TRUE(is_skip_word("DOLLAR"));
  EXPECT_TRUE(is_skip_word("DUCAT"));
  EXPECT_TRUE(is_skip_word("12"));
  EXPECT_TRUE(is_skip_word("-3"));
  EXPECT_TRUE(is_skip_word("+40"));
  EXPECT_FALSE(is_skip_word(""));
  EXPECT_FALSE(is_skip_word("-"));
  EXPECT_FALSE(is_skip_word("1.5"));
  EXPECT_FALSE(is_skip_word("TEN"));
  EXPECT_FALSE(is_skip_word("SHE"));
  EXPECT_FALSE(is_skip_word("the"));
}

TEST(SkipWords, ThePatternsLowerPhraseStepsOverOnlyTheWordsBeforeTheNumbers) {
  for (std::string_view w : kEverywhere) EXPECT_TRUE(is_unmatchable_after_verb(w)) << w;
  for (std::string_view w : kNumberWords) EXPECT_FALSE(is_unmatchable_after_verb(w)) << w;
  EXPECT_FALSE(is_unmatchable_after_verb("DOLLAR"));
  EXPECT_FALSE(is_unmatchable_after_verb("12"));
  EXPECT_FALSE(is_unmatchable_after_verb("SHE"));
}

}  // namespace
}  // namespace vigil::events
