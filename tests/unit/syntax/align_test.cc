#include <gtest/gtest.h>

#include <string>

#include "vigil/tree.h"

namespace vigil::syntax {
namespace {

Tree tree_of(std::string_view brackets) {
  Result<Tree> r = read_ptb(brackets);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.status().message());
  return r.ok() ? std::move(r).value() : Tree{};
}

std::string span(const Tree& t, size_t i, std::string_view text) {
  const Token& tok = t.tokens[i];
  if (tok.begin == Token::kNoOffset) return "<none>";
  return std::string(text.substr(tok.begin, tok.end - tok.begin));
}

TEST(AlignTokens, PlainSentence) {
  const std::string text = "Freedonia  thanked\nSylvania.";
  Tree t = tree_of("(ROOT (S (NP (NNP Freedonia)) (VP (VBD thanked) (NP (NNP Sylvania))) (. .)))");
  EXPECT_EQ(align_tokens(t, text), 4u);
  EXPECT_EQ(t.tokens[0].begin, 0u);
  EXPECT_EQ(t.tokens[0].end, 9u);
  EXPECT_EQ(t.tokens[1].begin, 11u);
  EXPECT_EQ(span(t, 2, text), "Sylvania");
  EXPECT_EQ(t.tokens[3].begin, 27u);
  EXPECT_EQ(t.tokens[3].end, 28u);
}

TEST(AlignTokens, FromOffset) {
  const std::string text = "First one. Freedonia left.";
  Tree t = tree_of("(S (NNP Freedonia) (VBD left) (. .))");
  EXPECT_EQ(align_tokens(t, text, 11), 3u);
  EXPECT_EQ(t.tokens[0].begin, 11u);
  EXPECT_EQ(span(t, 2, text), ".");
  EXPECT_EQ(align_tokens(t, text, 1000), 0u);
  EXPECT_EQ(t.tokens[0].begin, Token::kNoOffset);
}

TEST(AlignTokens, EscapedBracketsAndQuotes) {
  const std::string text = "The Union (EU) said \"no\" and [sic] {x} \xE2\x80\x9Cyes\xE2\x80\x9D.";
  Tree t = tree_of(
      "(S (DT The) (NNP Union) (-LRB- -LRB-) (NNP EU) (-RRB- -RRB-) (VBD said) (`` ``) (DT no)"
      " ('' '') (CC and) (-LSB- -LSB-) (FW sic) (-RSB- -RSB-) (-LCB- -LCB-) (SYM x) (-RCB- -RCB-)"
      " (`` ``) (UH yes) ('' '') (. .))");
  EXPECT_EQ(align_tokens(t, text), t.tokens.size());
  EXPECT_EQ(span(t, 2, text), "(");
  EXPECT_EQ(span(t, 4, text), ")");
  EXPECT_EQ(span(t, 6, text), "\"");
  EXPECT_EQ(span(t, 8, text), "\"");
  EXPECT_EQ(span(t, 10, text), "[");
  EXPECT_EQ(span(t, 12, text), "]");
  EXPECT_EQ(span(t, 13, text), "{");
  EXPECT_EQ(span(t, 15, text), "}");
  EXPECT_EQ(span(t, 16, text), "\xE2\x80\x9C");
  EXPECT_EQ(span(t, 18, text), "\xE2\x80\x9D");
}

TEST(AlignTokens, ContractionsAndApostrophes) {
  const std::string text = "Sylvania\xE2\x80\x99s envoy didn't come; they can't.";
  Tree t = tree_of(
      "(S (NNP Sylvania) (POS 's) (NN envoy) (VBD did) (RB n't) (VB come) (: ;) (PRP they)"
      " (MD ca) (RB n't) (. .))");
  EXPECT_EQ(align_tokens(t, text), t.tokens.size());
  EXPECT_EQ(span(t, 1, text), "\xE2\x80\x99s");
  EXPECT_EQ(span(t, 3, text), "did");
  EXPECT_EQ(span(t, 4, text), "n't");
  EXPECT_EQ(span(t, 8, text), "ca");
  EXPECT_EQ(span(t, 9, text), "n't");
}

TEST(AlignTokens, DashesEllipsisAndEscapes) {
  const std::string text = "Wait \xE2\x80\x94 then\xE2\x80\xA6 and/or";
  Tree t = tree_of("(S (VB Wait) (: --) (RB then) (: ...) (CC and\\/or))");
  EXPECT_EQ(align_tokens(t, text), 5u);
  EXPECT_EQ(span(t, 1, text), "\xE2\x80\x94");
  EXPECT_EQ(span(t, 3, text), "\xE2\x80\xA6");
  EXPECT_EQ(span(t, 4, text), "and/or");
}

TEST(AlignTokens, MissingWordsDoNotLoseSync) {
  // The parse says "Criminal Police Organization", the text "Criminal Court".
  const std::string text = "The International Criminal Court is about to restore ties with Sylvania.";
  Tree t = tree_of(
      "(S (NP (DT The) (NNP International) (NNP Criminal) (NNP Police) (NNP Organization))"
      " (VP (VBZ is) (IN about) (TO to) (VB restore) (NNS ties) (IN with) (NNP Sylvania)) (. .))");
  EXPECT_EQ(align_tokens(t, text), t.tokens.size() - 2);
  EXPECT_EQ(t.tokens[3].begin, Token::kNoOffset);
  EXPECT_EQ(t.tokens[4].begin, Token::kNoOffset);
  EXPECT_EQ(span(t, 5, text), "is");
  EXPECT_EQ(t.tokens[5].begin, text.find(" is ") + 1);
  EXPECT_EQ(span(t, 11, text), "Sylvania");
}

TEST(AlignTokens, ShortWordIsNotFoundInsideAnotherWord) {
  // "a" is missing from the text; it must not match the "a" inside "Sylvania".
  const std::string text = "Freedonia sent Sylvania aid.";
  Tree t = tree_of("(S (NNP Freedonia) (VBD sent) (DT a) (NNP Sylvania) (NN aid) (. .))");
  EXPECT_EQ(align_tokens(t, text), 5u);
  EXPECT_EQ(t.tokens[2].begin, Token::kNoOffset);
  EXPECT_EQ(span(t, 3, text), "Sylvania");
  EXPECT_EQ(span(t, 4, text), "aid");
}

TEST(AlignTokens, FarAwayWordIsNotMatched) {
  // A word that only occurs far later is left unaligned instead of dragging the cursor.
  const std::string text = "Freedonia left. " + std::string(200, 'x') + " Sylvania";
  Tree t = tree_of("(S (NNP Sylvania) (NNP Freedonia) (VBD left) (. .))");
  EXPECT_EQ(align_tokens(t, text), 3u);
  EXPECT_EQ(t.tokens[0].begin, Token::kNoOffset);
  EXPECT_EQ(t.tokens[1].begin, 0u);
}

TEST(AlignTokens, CaseDifferenceIsTolerated) {
  const std::string text = "GAZA CITY, Friday";
  Tree t = tree_of("(NP (NNP Gaza) (NNP City) (, ,) (NNP Friday))");
  EXPECT_EQ(align_tokens(t, text), 4u);
  EXPECT_EQ(span(t, 1, text), "CITY");
}

TEST(AlignTokens, EmptyTextAndTree) {
  Tree t = tree_of("(S (NN x))");
  EXPECT_EQ(align_tokens(t, ""), 0u);
  Tree empty;
  EXPECT_EQ(align_tokens(empty, "text"), 0u);
}

}  // namespace
}  // namespace vigil::syntax
