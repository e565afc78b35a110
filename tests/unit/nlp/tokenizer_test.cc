#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vigil/nlp.h"

namespace {

std::vector<std::string> toks(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : vigil::nlp::tokenize(text, 0, text.size())) out.push_back(t.text);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, PossessivesAndContractions) {
  EXPECT_EQ(toks("China's army didn't move."),
            (V{"China", "'s", "army", "did", "n't", "move", "."}));
  EXPECT_EQ(toks("They can't and won't."), (V{"They", "ca", "n't", "and", "wo", "n't", "."}));
  EXPECT_EQ(toks("We're sure they'll go."), (V{"We", "'re", "sure", "they", "'ll", "go", "."}));
  EXPECT_EQ(toks("the countries' leaders"), (V{"the", "countries", "'", "leaders"}));
  EXPECT_EQ(toks("O'Brien spoke"), (V{"O'Brien", "spoke"}));
}

TEST(Tokenizer, CurlyApostropheOffsetsPointAtOriginal) {
  std::string text = "China\xE2\x80\x99s law";
  auto t = vigil::nlp::tokenize(text, 0, text.size());
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].text, "'s");
  EXPECT_EQ(t[1].begin, 5u);
  EXPECT_EQ(t[1].end, 9u);  // 3-byte apostrophe + "s"
}

TEST(Tokenizer, Quotes) {
  std::string text = "He said \"no\" and \xE2\x80\x9Cyes\xE2\x80\x9D.";
  auto t = vigil::nlp::tokenize(text, 0, text.size());
  V expect{"He", "said", "``", "no", "''", "and", "``", "yes", "''", "."};
  ASSERT_EQ(t.size(), expect.size());
  for (size_t i = 0; i < t.size(); ++i) EXPECT_EQ(t[i].text, expect[i]) << i;
  EXPECT_EQ(text.substr(t[6].begin, t[6].end - t[6].begin), "\xE2\x80\x9C");
  EXPECT_EQ(text.substr(t[2].begin, t[2].end - t[2].begin), "\"");
}

TEST(Tokenizer, DoubledApostrophesAreQuotes) {
  EXPECT_EQ(toks("as ''unacceptable'' claims"), (V{"as", "``", "unacceptable", "''", "claims"}));
}

TEST(Tokenizer, NumbersCurrencyPercent) {
  EXPECT_EQ(toks("$1,000.50 and US$5 rose 3.5%"),
            (V{"$", "1,000.50", "and", "US$", "5", "rose", "3.5", "%"}));
}

TEST(Tokenizer, HyphensDashesEllipsisBrackets) {
  EXPECT_EQ(toks("a well-known man -- or not... (maybe)"),
            (V{"a", "well-known", "man", "--", "or", "not", "...", "-LRB-", "maybe", "-RRB-"}));
  std::string text = "peace \xE2\x80\x93 war\xE2\x80\xA6";
  EXPECT_EQ(toks(text), (V{"peace", "--", "war", "..."}));
}

TEST(Tokenizer, DetachedPrefixesAndUnderscoreNames) {
  // A prefix written apart keeps its hyphen; a plain dash after a word does not.
  EXPECT_EQ(toks("an anti- war march, pro- and anti-EU"),
            (V{"an", "anti-", "war", "march", ",", "pro-", "and", "anti-EU"}));
  EXPECT_EQ(toks("they left- then"), (V{"they", "left", "--", "then"}));
  // Underscores joining the words of a name separate them.
  EXPECT_EQ(toks("New_York and snake_case_"), (V{"New", "York", "and", "snake", "case", "_"}));
}

TEST(Tokenizer, UrlsAndEmails) {
  EXPECT_EQ(toks("See https://example.org/a?b=1. Mail info@example.org now."),
            (V{"See", "https://example.org/a?b=1", ".", "Mail", "info@example.org", "now", "."}));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(toks("Mr. Smith of the U.S. Army"), (V{"Mr.", "Smith", "of", "the", "U.S.", "Army"}));
  // At the end of a sentence the abbreviation's period also serves as the final one.
  auto t = vigil::nlp::tokenize("He went to the U.S.", 0, 19);
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[4].text, "U.S.");
  EXPECT_EQ(t[5].text, ".");
}

TEST(Tokenizer, OffsetsCoverTheOriginalBytes) {
  std::string text = "xx Arnor's king, \"Aragorn\", won't yield. yy";
  auto t = vigil::nlp::tokenize(text, 3, text.size() - 3);
  for (const auto& tok : t) {
    ASSERT_LE(tok.begin, tok.end);
    ASSERT_LE(tok.end, text.size() - 3);
    ASSERT_GE(tok.begin, 3u);
  }
  EXPECT_EQ(text.substr(t[0].begin, t[0].end - t[0].begin), "Arnor");
  EXPECT_EQ(t.back().text, ".");
  EXPECT_TRUE(vigil::nlp::tokenize(text, 5, 5).empty());
}

}  // namespace
