#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vigil/nlp.h"

namespace {

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : vigil::nlp::split_sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(Splitter, AbbreviationsDoNotEndSentences) {
  auto s = split("Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5. They talked.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5.");
  EXPECT_EQ(s[1], "They talked.");
}

TEST(Splitter, AbbreviationAtSentenceEnd) {
  auto s = split("He moved to the U.S. The move was quick.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "He moved to the U.S.");
}

TEST(Splitter, InitialsAndDecimals) {
  auto s = split("J. R. R. Tolkien wrote it. Prices rose 3.5 percent to $1,000.50 today.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1], "Prices rose 3.5 percent to $1,000.50 today.");
}

TEST(Splitter, ClosingQuoteBelongsToSentence) {
  auto s = split("\"We will win.\" He left. \xE2\x80\x9CIt is over.\xE2\x80\x9D She agreed.");
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], "\"We will win.\"");
  EXPECT_EQ(s[2], "\xE2\x80\x9CIt is over.\xE2\x80\x9D");
}

TEST(Splitter, ParagraphBreakAndHeadline) {
  auto s = split("Troops enter border town\n\nTroops entered the town on Monday. Residents fled.");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Troops enter border town");
}

TEST(Splitter, ParagraphBreakWithoutPunctuation) {
  auto s = split("First paragraph without a stop\n\nSecond one");
  ASSERT_EQ(s.size(), 2u);
}

TEST(Splitter, LowerCaseAfterPeriodContinues) {
  auto s = split("They met at 10 a.m. and talked about trade, oil etc. until noon.");
  ASSERT_EQ(s.size(), 1u);
}

TEST(Splitter, QuestionAndExclamation) {
  auto s = split("Why now? Nobody knows! But it happened.");
  ASSERT_EQ(s.size(), 3u);
}

TEST(Splitter, HardWrappedTextKeepsSentencesWhole) {
  std::string text =
      "The stopover came as the US leader prepared to attend the Beijing Olympics, an\n"
      "event which will test his vow to keep politics out of the Games and then some\n"
      "more words to make this line long enough to look like wrapped news text.\n";
  auto s = split(text);
  ASSERT_EQ(s.size(), 1u);
}

TEST(Splitter, ListLinesEndSentences) {
  auto s = split("Demands:\n- release of prisoners\n- free elections\n");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1], "- release of prisoners");
}

TEST(Splitter, SpansAreOffsetsIntoText) {
  std::string text = "  One. Two.";
  auto spans = vigil::nlp::split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(spans[0].end, 6u);
  EXPECT_EQ(spans[1].begin, 7u);
  EXPECT_TRUE(vigil::nlp::split_sentences("").empty());
  EXPECT_TRUE(vigil::nlp::split_sentences(" \n\n ").empty());
}

TEST(Dateline, Forms) {
  struct Case {
    std::string text, dateline, place;
  } cases[] = {
      {"OTTAWA \xE2\x80\x93 The government said.", "OTTAWA \xE2\x80\x93", "OTTAWA"},
      {"BEIJING, March 21 (Xinhua) -- China said.", "BEIJING, March 21 (Xinhua) --", "BEIJING"},
      {"CAIRO: Egypt said.", "CAIRO:", "CAIRO"},
      {"WASHINGTON (Reuters) - The U.S. said.", "WASHINGTON (Reuters) -", "WASHINGTON"},
      {"NEW DELHI - India said.", "NEW DELHI -", "NEW DELHI"},
      {"Washington (Reuters) - The U.S. said.", "Washington (Reuters) -", "Washington"},
      {"Headline here\n\nOTTAWA \xE2\x80\x93 The government said.", "OTTAWA \xE2\x80\x93",
       "OTTAWA"},
  };
  for (const auto& c : cases) {
    auto d = vigil::nlp::find_dateline(c.text);
    ASSERT_TRUE(d.found()) << c.text;
    EXPECT_EQ(c.text.substr(d.begin, d.end - d.begin), c.dateline);
    EXPECT_EQ(c.text.substr(d.place_begin, d.place_end - d.place_begin), c.place);
  }
}

TEST(Dateline, NoneInOrdinaryText) {
  EXPECT_FALSE(vigil::nlp::find_dateline("The government said on Monday - as usual.").found());
  EXPECT_FALSE(vigil::nlp::find_dateline("Police arrested 20 people.").found());
  EXPECT_FALSE(vigil::nlp::find_dateline("").found());
}

TEST(Dateline, StaysWithFirstSentence) {
  std::string text = "OTTAWA \xE2\x80\x93 The government acted. It said so.";
  auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "OTTAWA \xE2\x80\x93 The government acted.");
}


// Text without sentence ends cannot make one sentence of megabytes: it is cut into pieces
// of at most kMaxSentenceBytes bytes and kMaxSentenceCommas commas, after a comma.
namespace caps {

TEST(SplitterCaps, CommaSpliceIsCutAfterCommas) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Arnor rebuked Gondor, ";
  size_t cut = 0;
  const auto spans = vigil::nlp::split_sentences(text, &cut);
  EXPECT_EQ(cut, 1u);  // one sentence was cut ...
  ASSERT_GT(spans.size(), 100u);  // ... into many pieces
  size_t previous_end = 0;
  for (const auto& s : spans) {
    EXPECT_LE(s.end - s.begin, vigil::nlp::kMaxSentenceBytes);
    EXPECT_GE(s.begin, previous_end);
    previous_end = s.end;
    const std::string_view piece(text.data() + s.begin, s.end - s.begin);
    size_t commas = 0;
    for (size_t i = 0; i + 1 < piece.size(); ++i) commas += piece[i] == ',' && piece[i + 1] == ' ';
    EXPECT_LE(commas, vigil::nlp::kMaxSentenceCommas);
    EXPECT_EQ(piece.substr(0, 6), "Arnor ");  // every piece starts at a clause
  }
  EXPECT_EQ(spans.back().end, text.size() - 1);  // the final space is trimmed
}

TEST(SplitterCaps, LongRunWithoutCommasIsCutAtSpaces) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Arnor and Gondor ";
  size_t cut = 0;
  const auto spans = vigil::nlp::split_sentences(text, &cut);
  EXPECT_EQ(cut, 1u);
  ASSERT_GT(spans.size(), 1u);
  for (const auto& s : spans) {
    EXPECT_LE(s.end - s.begin, vigil::nlp::kMaxSentenceBytes);
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.end - 1], ' ');
  }
}

TEST(SplitterCaps, NoSpacesAtAllIsCutAtACharacterBoundary) {
  std::string text;
  for (int i = 0; i < 4000; ++i) text += "\xC3\xA9";  // é, two bytes each
  size_t cut = 0;
  const auto spans = vigil::nlp::split_sentences(text, &cut);
  EXPECT_EQ(cut, 1u);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].end % 2, 0u);  // never inside a character
  EXPECT_EQ(spans[1].begin, spans[0].end);
  EXPECT_EQ(spans[1].end, text.size());
}

TEST(SplitterCaps, NormalSentencesAreNotCut) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Arnor rebuked Gondor, and Rohan agreed. ";
  size_t cut = 7;
  const auto spans = vigil::nlp::split_sentences(text, &cut);
  EXPECT_EQ(cut, 0u);
  EXPECT_EQ(spans.size(), 2000u);
}

}  // namespace caps
}  // namespace
