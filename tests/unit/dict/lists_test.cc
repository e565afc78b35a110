// Discards, issues and the phrase index.
#include <gtest/gtest.h>

#include "phrase_trie.h"  // src/dict (private): WordIds
#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

using testing::dump;
using testing::has;
using testing::views;
using testing::words_of;
using Verdict = DiscardDictionary::Verdict;

TEST(PhraseIndex, LongestMatchWins) {
  PhraseIndex idx;
  idx.add({"RED"}, 0);
  idx.add({"RED", "CROSS"}, 1);
  idx.add({"RED", "CROSS", "SOCIETY", "OF", "ELBONIA"}, 2);
  EXPECT_EQ(idx.size(), 3u);
  auto w = words_of("THE RED CROSS SOCIETY OF RURITANIA");
  PhraseMatch m = idx.longest_match(views(w), 1);
  EXPECT_EQ(m.length, 2u);
  EXPECT_EQ(m.entry, 1);
  m = idx.longest_match(views(w), 0);
  EXPECT_EQ(m.length, 0u);
  EXPECT_EQ(m.entry, -1);
  m = idx.longest_match(views(w), 99);  // past the end
  EXPECT_EQ(m.length, 0u);
  auto full = words_of("RED CROSS SOCIETY OF ELBONIA");
  EXPECT_EQ(idx.longest_match(views(full), 0).length, 5u);
  EXPECT_EQ(idx.find(views(full)), 2);
  auto part = words_of("RED CROSS SOCIETY");
  EXPECT_EQ(idx.find(views(part)), -1);  // a prefix, not a phrase
}

TEST(PhraseIndex, CopiesAreIndependent) {
  PhraseIndex idx;
  idx.add(words_of("HONG KONG"), 1);
  PhraseIndex copy = idx;
  copy.add(words_of("HONG KONG POLICE"), 2);
  EXPECT_EQ(idx.size(), 1u);
  EXPECT_EQ(copy.size(), 2u);
  EXPECT_EQ(idx.find(views(words_of("HONG KONG POLICE"))), -1);
  EXPECT_EQ(copy.find(views(words_of("HONG KONG POLICE"))), 2);
  PhraseIndex moved = std::move(copy);
  EXPECT_EQ(moved.find(views(words_of("HONG KONG"))), 1);
}

TEST(WordIds, FindsEveryWordItHoldsAndNoOther) {
  // Enough words to grow the table several times; words sharing their first 8 bytes and
  // differing only in length or tail, and one-letter words.
  WordIds ids;
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) {
    words.push_back("W" + std::to_string(i));
    words.push_back("GOVERNMENT" + std::to_string(i));
    words.push_back("GOVERNME" + std::string(static_cast<size_t>(i % 7), 'X'));
  }
  words.push_back("A");
  std::vector<int32_t> given;
  for (const std::string& w : words) given.push_back(ids.insert(w));
  for (size_t k = 0; k < words.size(); ++k) EXPECT_EQ(ids.find(words[k]), given[k]) << words[k];
  EXPECT_EQ(ids.insert("W17"), ids.find("W17")) << "inserting again gives the same id";
  EXPECT_EQ(ids.find("GOVERNMENT"), -1);
  EXPECT_EQ(ids.find("GOVERNME" + std::string(8, 'X')), -1);
  EXPECT_EQ(ids.find("W5000"), -1);
  EXPECT_EQ(ids.find(""), -1);
  EXPECT_EQ(ids.find("B"), -1);
}

TEST(PhraseIndex, LaterDefinitionReplacesEarlier) {
  PhraseIndex idx;
  idx.add({"BLUE"}, 3);
  idx.add({"BLUE"}, 7);
  idx.add({}, 9);  // ignored
  EXPECT_EQ(idx.size(), 1u);
  auto w = words_of("BLUE");
  EXPECT_EQ(idx.longest_match(views(w), 0).entry, 7);
}

constexpr std::string_view kDiscards = R"(# test discards
CROQUET MALLET
+GRAND_REGATTA   # story
+ yacht club
PUDDING_
TIDDLYWINK
)";

TEST(Discards, StorySentenceAndWholeWord) {
  DiscardDictionary d;
  std::vector<Diagnostic> problems;
  parse_discards(kDiscards, "test.discards", d, problems);
  ASSERT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.entries.size(), 5u);
  EXPECT_FALSE(d.entries[0].whole_story);
  EXPECT_FALSE(d.entries[0].whole_word);
  EXPECT_TRUE(d.entries[1].whole_story);
  EXPECT_EQ(d.entries[2].words, (std::vector<std::string>{"YACHT", "CLUB"}));
  EXPECT_TRUE(d.entries[2].whole_story);
  EXPECT_TRUE(d.entries[3].whole_word);
  EXPECT_EQ(d.entries[3].line, 5);

  int hit = -2;
  auto check = [&](std::string_view s) {
    auto w = words_of(s);
    return d.check(views(w), &hit);
  };
  EXPECT_EQ(check("HE SWUNG THE CROQUET MALLETS"), Verdict::kDiscardSentence);  // stem match
  EXPECT_EQ(hit, 0);
  EXPECT_EQ(check("THE CROQUET BALL"), Verdict::kKeep);
  EXPECT_EQ(hit, -1);
  EXPECT_EQ(check("AT THE GRAND REGATTAS TODAY"), Verdict::kDiscardStory);
  EXPECT_EQ(hit, 1);
  EXPECT_EQ(check("PUDDING WAS SERVED"), Verdict::kDiscardSentence);
  EXPECT_EQ(check("PUDDINGS WERE SERVED"), Verdict::kKeep);  // trailing '_': whole word
  EXPECT_EQ(check("TIDDLYWINKS CHAMPION"), Verdict::kDiscardSentence);
  // Story discards win over sentence discards.
  EXPECT_EQ(check("PUDDING AT THE YACHT CLUB"), Verdict::kDiscardStory);
  EXPECT_EQ(hit, 2);
  EXPECT_EQ(d.check(views(words_of("")), nullptr), Verdict::kKeep);
}

TEST(Discards, EmptyLineIsAProblem) {
  DiscardDictionary d;
  std::vector<Diagnostic> problems;
  parse_discards("GOOD\n+\n+ _\n", "bad.discards", d, problems);
  EXPECT_TRUE(has(problems, 2, "empty discard")) << dump(problems);
  EXPECT_TRUE(has(problems, 3, "empty discard")) << dump(problems);
  EXPECT_EQ(problems.size(), 2u);
  EXPECT_EQ(d.entries.size(), 1u);
}

constexpr std::string_view kIssues = R"(<ISSUE CATEGORY="GARDENS" TYPE="ALL">
n:hedge [HEDGES]
topiary v:trim [HEDGES]
pre+n:lawn [LAWNS]
~~garden of eden
~hedge fund
</ISSUE>
outside[NONE]
)";

TEST(Issues, ExpansionsCategoriesAndIgnores) {
  IssueDictionary d;
  std::vector<Diagnostic> problems;
  parse_issues(kIssues, "test.issues", d, problems);
  ASSERT_TRUE(problems.empty()) << dump(problems);
  ASSERT_EQ(d.entries.size(), 6u);
  auto code_of = [&](std::string_view phrase) -> std::string {
    auto w = words_of(phrase);
    int e = d.index.find(views(w));
    return e < 0 ? "<none>" : d.entries[static_cast<size_t>(e)].code;
  };
  EXPECT_EQ(code_of("HEDGE"), "HEDGES");
  EXPECT_EQ(code_of("HEDGES"), "HEDGES");
  for (const char* p : {"TOPIARY TRIM", "TOPIARY TRIMS", "TOPIARY TRIMED", "TOPIARY TRIMING"}) {
    EXPECT_EQ(code_of(p), "HEDGES") << p;
  }
  for (const char* p : {"PRE LAWN", "PRE LAWNS", "PRE-LAWN", "PRE-LAWNS"}) {
    EXPECT_EQ(code_of(p), "LAWNS") << p;
  }
  EXPECT_EQ(d.entries[0].category, "GARDENS");
  EXPECT_EQ(d.entries[0].words, (std::vector<std::string>{"HEDGE"}));
  EXPECT_TRUE(d.entries[3].ignore);
  EXPECT_TRUE(d.entries[3].ignore_story);
  EXPECT_TRUE(d.entries[4].ignore);
  EXPECT_FALSE(d.entries[4].ignore_story);
  EXPECT_EQ(d.entries[4].words, (std::vector<std::string>{"HEDGE", "FUND"}));
  EXPECT_EQ(d.entries[5].category, "");
  EXPECT_EQ(d.entries[5].code, "NONE");
}

TEST(Issues, ProblemsAndWarnings) {
  IssueDictionary d;
  std::vector<Diagnostic> problems;
  parse_issues("<ISSUE TYPE=\"ALL\">\nfoo [ ]\nbar\nbaz [B] [B]\n[C]\n", "bad.issues", d, problems);
  EXPECT_TRUE(has(problems, 1, "without CATEGORY")) << dump(problems);
  EXPECT_TRUE(has(problems, 2, "bad issue code")) << dump(problems);
  EXPECT_TRUE(has(problems, 5, "empty issue phrase")) << dump(problems);
  EXPECT_EQ(problems.size(), 3u) << dump(problems);
  EXPECT_TRUE(has(d.warnings, 3, "no [CODE]")) << dump(d.warnings);
  EXPECT_TRUE(has(d.warnings, 4, "text after the issue code")) << dump(d.warnings);
  EXPECT_EQ(d.entries.size(), 1u);
}

// Found by fuzz_dict: each '+' doubles a phrase's forms, and 38 of them ran out of memory.
// A phrase of more than 4096 forms is a bad line (skipped, named); the others load.
TEST(Issues, PlusExpansionIsCapped) {
  IssueDictionary d;
  std::vector<Diagnostic> problems;
  parse_issues("A+B+C [ONE]\nELECTI" + std::string(38, '+') + "ON [TWO]\nRIGHTS [THREE]\n",
               "big.issues", d, problems);
  EXPECT_TRUE(has(problems, 2, "issue phrase expands to more than 4096 forms")) << dump(problems);
  EXPECT_EQ(problems.size(), 1u) << dump(problems);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].code, "ONE");
  EXPECT_EQ(d.entries[1].code, "THREE");
  // 12 '+' (4096 forms) is still a phrase.
  IssueDictionary d12;
  problems.clear();
  parse_issues("A" + std::string(12, '+') + "B [ONE]\n", "ok.issues", d12, problems);
  EXPECT_TRUE(problems.empty()) << dump(problems);
  EXPECT_EQ(d12.entries.size(), 1u);
}

}  // namespace
}  // namespace vigil::dict
