#include <gtest/gtest.h>

#include <string>

#include "parser_fixture.h"
#include "vigil/nlp.h"

namespace {

class ParserTest : public vigil_test::ParserFixture {};

TEST_F(ParserTest, SimpleClause) {
  EXPECT_EQ(
      parse("Police arrested the protesters."),
      "(ROOT (S (NP (NNP Police)) (VP (VBD arrested) (NP (DT the) (NNS protesters))) (. .)))");
}

TEST_F(ParserTest, PassiveWithBy) {
  EXPECT_EQ(parse("The activist was arrested by police."),
            "(ROOT (S (NP (DT The) (NN activist)) (VP (VBD was) (VP (VBN arrested) (PP (IN by) "
            "(NP (NN police))))) (. .)))");
}

TEST_F(ParserTest, ToInfinitiveAndModal) {
  EXPECT_EQ(parse("Iran will try to build it."),
            "(ROOT (S (NP (NNP Iran)) (VP (MD will) (VP (VB try) (S (VP (TO to) (VP (VB build) "
            "(NP (PRP it))))))) (. .)))");
}

TEST_F(ParserTest, ModalNegationAndAdverbsBeforeTheVerb) {
  // The verb after "won't ever" is a base form heading the inner VP.
  EXPECT_EQ(parse("Lisbon won't ever ban protests."),
            "(ROOT (S (NP (NNP Lisbon)) (VP (MD wo) (RB n't) (ADVP (RB ever)) (VP (VB ban) "
            "(NP (NNS protests)))) (. .)))");
}

TEST_F(ParserTest, CoordinatedSubjectsAndListsInsideSubjects) {
  // Two bare names coordinate flat; a list after "of" stays inside the subject.
  EXPECT_EQ(parse("Chile and Peru signed a deal."),
            "(ROOT (S (NP (NNP Chile) (CC and) (NNP Peru)) (VP (VBD signed) (NP (DT a) "
            "(NN deal))) (. .)))");
  EXPECT_EQ(parse("The envoys of Chile, Peru and Bolivia met."),
            "(ROOT (S (NP (NP (DT The) (NNS envoys)) (PP (IN of) (NP (NP (NNP Chile)) (, ,) "
            "(NP (NNP Peru)) (CC and) (NP (NNP Bolivia))))) (VP (VBD met)) (. .)))");
}

TEST_F(ParserTest, ReducedRelativeAfterAnObject) {
  EXPECT_EQ(parse("Oslo welcomed letters sent by Rome."),
            "(ROOT (S (NP (NNP Oslo)) (VP (VBD welcomed) (NP (NP (NNS letters)) (VP (VBN sent) "
            "(PP (IN by) (NP (NNP Rome)))))) (. .)))");
}

TEST_F(ParserTest, ParticipleBeforeAnObjectIsAnAdjective) {
  EXPECT_EQ(parse("Kenya will abandon improved trade relations."),
            "(ROOT (S (NP (NNP Kenya)) (VP (MD will) (VP (VB abandon) (NP (JJ improved) "
            "(NN trade) (NNS relations)))) (. .)))");
}

TEST_F(ParserTest, ObjectControlAndTimeAfterObject) {
  EXPECT_EQ(parse("Paris wants Berlin to act."),
            "(ROOT (S (NP (NNP Paris)) (VP (VBZ wants) (S (NP (NNP Berlin)) (VP (TO to) "
            "(VP (VB act))))) (. .)))");
  EXPECT_EQ(parse("Paris is about to sign a treaty, two years after talks failed."),
            "(ROOT (S (NP (NNP Paris)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB sign) "
            "(NP (DT a) (NN treaty)) (, ,) (SBAR (NP (CD two) (NNS years)) (IN after) (S (NP "
            "(NNS talks)) (VP (VBD failed))))))))) (. .)))");
}

TEST_F(ParserTest, TimeBetweenSubjectAndVerbIsTheVerbs) {
  EXPECT_EQ(parse("Lima on Monday condemned the raid."),
            "(ROOT (S (NP (NNP Lima)) (PP (IN on) (NP (NNP Monday))) (VP (VBD condemned) (NP (DT "
            "the) (NN raid))) (. .)))");
}

TEST_F(ParserTest, TrailingReportingClauseAfterLongSentence) {
  // Regression: wrapping the clause before ", an official said" once held a reference into
  // the node arena across an allocation (a cycle in the output tree, then a crash).
  std::string text =
      "Lima is said to be about to restore, it seems, complete, full trade ties with Quito "
      "almost five years after Bogota crowds burned down its embassy, a senior Chilean "
      "official said on Monday.";
  auto tree = parser_->parse(text, {0, text.size()});
  ASSERT_FALSE(tree.empty());
  EXPECT_EQ(tree.nodes[0].last_token, static_cast<int32_t>(tree.tokens.size()) - 1);
  const std::string s = tree.to_string();
  EXPECT_NE(s.find("(NP (DT a) (JJ senior) (JJ Chilean) (NN official)) (VP (VBD said)"),
            std::string::npos)
      << s;
}

TEST_F(ParserTest, NounVerbDecisionsInContext) {
  EXPECT_EQ(parse("The ruling party won."),
            "(ROOT (S (NP (DT The) (JJ ruling) (NN party)) (VP (VBD won)) (. .)))");
  EXPECT_EQ(parse("Officials said security remains tight."),
            "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (S (NP (NN security)) (VP "
            "(VBZ remains) (ADJP (JJ tight)))))) (. .)))");
  EXPECT_EQ(parse("Police said the men arrested in the raid were charged."),
            "(ROOT (S (NP (NNP Police)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NNS men)) (VP "
            "(VBN arrested) (PP (IN in) (NP (DT the) (NN raid))))) (VP (VBD were) (VP (VBN "
            "charged)))))) (. .)))");
  EXPECT_EQ(parse("Rome froze the assets of a Lyon-based bank."),
            "(ROOT (S (NP (NNP Rome)) (VP (VBD froze) (NP (NP (DT the) (NNS assets)) (PP (IN of) "
            "(NP (DT a) (JJ Lyon-based) (NN bank))))) (. .)))");
}

TEST_F(ParserTest, TreeInvariants) {
  std::string text = "Alex Neve, Secretary General of Amnesty, said China's law is wrong.";
  auto tree = parser_->parse(text, {0, text.size()});
  ASSERT_FALSE(tree.empty());
  EXPECT_EQ(tree.root, 0);
  EXPECT_EQ(tree.nodes[0].label, "ROOT");
  EXPECT_EQ(tree.nodes[0].first_token, 0);
  EXPECT_EQ(tree.nodes[0].last_token, static_cast<int32_t>(tree.tokens.size()) - 1);
  // Every token appears under exactly one preterminal, in order.
  int32_t expect = 0;
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    const auto& n = tree.nodes[i];
    if (n.token >= 0) {
      EXPECT_EQ(n.token, expect++);
      EXPECT_EQ(n.label, tree.tokens[static_cast<size_t>(n.token)].tag);
      EXPECT_TRUE(n.children.empty());
    } else {
      EXPECT_FALSE(n.children.empty()) << n.label;
    }
    for (int32_t c : n.children)
      EXPECT_EQ(tree.nodes[static_cast<size_t>(c)].parent, static_cast<int32_t>(i));
  }
  EXPECT_EQ(expect, static_cast<int32_t>(tree.tokens.size()));
  // Round trip through the PTB reader.
  auto back = vigil::syntax::read_ptb(tree.to_string());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().to_string(), tree.to_string());
}

TEST_F(ParserTest, EmptyAndPunctuationOnly) {
  EXPECT_TRUE(parser_->parse("", {0, 0}).empty());
  auto t = parser_->parse("...", {0, 3});
  EXPECT_FALSE(t.empty());
}

TEST_F(ParserTest, DatelineIsKeptAsLeadingNp) {
  std::string text = "CAIRO: Egypt closed the border.";
  EXPECT_EQ(parse(text),
            "(ROOT (S (NP (NNP CAIRO)) (: :) (NP (NNP Egypt)) (VP (VBD closed) (NP (DT the) "
            "(NN border))) (. .)))");
}

}  // namespace

namespace {

// Checks the structural contract of a tree: preorder, parents, token coverage.
void expect_well_formed(const vigil::syntax::Tree& tree, std::string_view text) {
  if (tree.tokens.empty()) {
    EXPECT_TRUE(tree.empty()) << text;
    return;
  }
  ASSERT_EQ(tree.root, 0) << text;
  int32_t next_token = 0;
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    const auto& n = tree.nodes[i];
    if (n.token >= 0) {
      EXPECT_EQ(n.token, next_token++) << text;
    } else {
      EXPECT_FALSE(n.children.empty()) << n.label << " in " << text;
    }
    for (int32_t c : n.children) {
      ASSERT_GT(c, static_cast<int32_t>(i)) << text;  // preorder
      EXPECT_EQ(tree.nodes[static_cast<size_t>(c)].parent, static_cast<int32_t>(i)) << text;
    }
  }
  EXPECT_EQ(next_token, static_cast<int32_t>(tree.tokens.size())) << text;
  for (const auto& t : tree.tokens) {
    EXPECT_FALSE(t.tag.empty()) << t.text;
    ASSERT_LE(t.end, text.size());
    EXPECT_LE(t.begin, t.end);
  }
}

TEST_F(ParserTest, OddInputsGiveWellFormedTrees) {
  std::string long_run;
  for (int i = 0; i < 600; ++i) long_run += "of the army ";
  const std::string inputs[] = {
      "\"Unbalanced quote and (bracket",
      ", , , and and the the",
      "\xFF\xFE broken \xC3 bytes",
      "said said said said.",
      "The",
      "-- -- ...",
      "Who?",
      "CAIRO:",
      "U.S.",
      long_run,
  };
  for (const auto& in : inputs) {
    auto tree = parser_->parse(in, {0, in.size()});
    expect_well_formed(tree, in);
  }
  // Reusing one output tree across sentences of different sizes.
  vigil::syntax::Tree reused;
  for (const auto& in : inputs) {
    parser_->parse(in, {0, in.size()}, reused);
    expect_well_formed(reused, in);
    EXPECT_EQ(reused.to_string(), parser_->parse(in, {0, in.size()}).to_string());
  }
}

// The parser hands its tokens and nodes to the output tree in two ways (swapping into a
// reused tree, moving into a new one) and recycles node objects between trees: the result
// must be the same in every field, token spans of phrases included, whichever way is taken.
TEST_F(ParserTest, ReusedTreeEqualsNewTreeInEveryField) {
  const std::string inputs[] = {
      "Police in Gondor arrested 12 protesters on Friday, officials said.",
      "Who?",
      "The minister, who was appointed in May, said the talks, which began in 2019 and "
      "stalled last year, would resume soon because both sides want a deal.",
      "Arnor and Gondor signed a treaty.",
      "",
      "\"We will keep marching,\" she told reporters in Minas Tirith on Tuesday.",
  };
  vigil::syntax::Tree reused;
  for (int round = 0; round < 2; ++round) {
    for (const auto& in : inputs) {
      SCOPED_TRACE(in);
      parser_->parse(in, {0, in.size()}, reused);
      const vigil::syntax::Tree fresh = parser_->parse(in, {0, in.size()});
      ASSERT_EQ(reused.root, fresh.root);
      ASSERT_EQ(reused.tokens.size(), fresh.tokens.size());
      for (size_t i = 0; i < fresh.tokens.size(); ++i) {
        const auto& a = reused.tokens[i];
        const auto& b = fresh.tokens[i];
        EXPECT_EQ(a.text, b.text);
        EXPECT_EQ(a.tag, b.tag);
        EXPECT_EQ(a.lemma, b.lemma);
        EXPECT_EQ(a.begin, b.begin);
        EXPECT_EQ(a.end, b.end);
      }
      ASSERT_EQ(reused.nodes.size(), fresh.nodes.size());
      for (size_t i = 0; i < fresh.nodes.size(); ++i) {
        const auto& a = reused.nodes[i];
        const auto& b = fresh.nodes[i];
        EXPECT_EQ(a.label, b.label);
        EXPECT_EQ(a.parent, b.parent);
        EXPECT_EQ(a.children, b.children);
        EXPECT_EQ(a.token, b.token);
        EXPECT_EQ(a.first_token, b.first_token);
        EXPECT_EQ(a.last_token, b.last_token);
        // A phrase spans its first child's first token to its last child's last token.
        if (!b.children.empty()) {
          EXPECT_EQ(b.first_token,
                    fresh.nodes[static_cast<size_t>(b.children.front())].first_token);
          EXPECT_EQ(b.last_token, fresh.nodes[static_cast<size_t>(b.children.back())].last_token);
        }
      }
    }
  }
}

}  // namespace

namespace {

TEST_F(ParserTest, ParseTaggedMatchesParse) {
  std::string text = "Officials said the talks would resume next week.";
  auto tokens = vigil::nlp::tokenize(text, 0, text.size());
  vigil::nlp::tag(parser_->lexicon(), tokens);
  auto tree = parser_->parse_tagged(tokens);
  EXPECT_EQ(tree.to_string(), parser_->parse(text, {0, text.size()}).to_string());
  EXPECT_TRUE(parser_->parse_tagged({}).empty());
}

}  // namespace
