// Verb dictionary reader: synsets, blocks, verb forms, patterns, transformations.
// The dictionary texts here are written for these tests (invented words and codes).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

using testing::dump;
using testing::has;
using Kind = PatternElement::Kind;

constexpr std::string_view kVerbs = R"(<!-- a test verbs file -->
# a whole-line comment
&GADGET
+WIDGET
+SPROCKET_
+BRASS_FITTING
+BERRY
+BOX  # inline comment

&MOODS_
+CALM
+GLUM

&GROUPED
+&GADGET
+THINGAMAJIG
+&MOODS

&TWO_WORDS
+PAIR_

--- TINKER [071] ---
TINKER
FIX
FORGE {FORGED}
MEND [072]
+FIX_UP
ROUGH_+HEW
+TIDY_AWAY {+TIDIES_AWAY +TIDIED_AWAY}
CARRY
SAY
TIE
FREE
MAKE
PRESS
- * &GADGET [073]
- $ * + (WITH {SHINY &GADGET}) [074:075]  # a comment
- % SO_IN_*_OUT_AGAIN ^ [---]
- * [:076]
- IN_ * OFF_ [077]
- * &GADGET_BOX [078]
- * &TWO_WORDS [079]
- * (TO ) [080!]

--- ENDORSE   [051]---  ---
BACK [052]
~ a (a b TINKER) ENDORSE = a b 071
--- QUIBBLE [---] # no closing dashes
QUIBBLE
)";

class VerbsTest : public ::testing::Test {
 protected:
  void SetUp() override { parse_verbs(kVerbs, "test.verbs", dict_, problems_); }

  const VerbForm* form(std::string_view head, size_t i = 0) const {
    const auto* list = dict_.find(head);
    return list != nullptr && i < list->size() ? &(*list)[i] : nullptr;
  }

  bool synset_has(const std::string& name, std::string_view phrase) const {
    auto it = dict_.synsets.find(name);
    if (it == dict_.synsets.end()) return false;
    auto words = testing::words_of(phrase);
    return std::find(it->second.begin(), it->second.end(), words) != it->second.end();
  }

  const Pattern& pattern(size_t i) const { return dict_.blocks[0].patterns.at(i); }

  VerbDictionary dict_;
  std::vector<Diagnostic> problems_;
};

TEST_F(VerbsTest, ReadsWithoutProblems) {
  EXPECT_TRUE(problems_.empty()) << dump(problems_);
  EXPECT_TRUE(dict_.warnings.empty()) << dump(dict_.warnings);
  ASSERT_EQ(dict_.blocks.size(), 3u);
  EXPECT_EQ(dict_.blocks[0].meaning, "TINKER");
  EXPECT_EQ(dict_.blocks[0].code.forward, "071");
  EXPECT_EQ(dict_.blocks[0].line, 22);
  EXPECT_EQ(dict_.blocks[1].meaning, "ENDORSE");
  EXPECT_EQ(dict_.blocks[1].code.forward, "051");
  EXPECT_EQ(dict_.blocks[2].meaning, "QUIBBLE");
  EXPECT_TRUE(dict_.blocks[2].code.is_null());
}

TEST_F(VerbsTest, SynsetPluralsAndNoPluralMarks) {
  EXPECT_TRUE(synset_has("GADGET", "WIDGET"));
  EXPECT_TRUE(synset_has("GADGET", "WIDGETS"));
  EXPECT_TRUE(synset_has("GADGET", "SPROCKET"));
  EXPECT_FALSE(synset_has("GADGET", "SPROCKETS"));   // member ends with '_'
  EXPECT_TRUE(synset_has("GADGET", "BRASS FITTING"));
  EXPECT_TRUE(synset_has("GADGET", "BRASS FITTINGS"));  // plural of the last word
  EXPECT_TRUE(synset_has("GADGET", "BERRIES"));
  EXPECT_TRUE(synset_has("GADGET", "BOXES"));
  EXPECT_TRUE(synset_has("MOODS", "CALM"));
  EXPECT_FALSE(synset_has("MOODS", "CALMS"));        // label ends with '_'
  EXPECT_EQ(dict_.synsets.count("MOODS_"), 0u);      // the '_' is not part of the name
  EXPECT_EQ(dict_.synsets.at("MOODS").size(), 2u);
}

TEST_F(VerbsTest, NestedSynsetsAreExpanded) {
  EXPECT_TRUE(synset_has("GROUPED", "WIDGETS"));
  EXPECT_TRUE(synset_has("GROUPED", "BRASS FITTING"));
  EXPECT_TRUE(synset_has("GROUPED", "THINGAMAJIGS"));
  EXPECT_TRUE(synset_has("GROUPED", "GLUM"));
  EXPECT_FALSE(synset_has("GROUPED", "GLUMS"));
  EXPECT_FALSE(synset_has("GROUPED", "&GADGET"));
}

TEST_F(VerbsTest, GeneratedRegularForms) {
  for (const char* w : {"TINKER", "TINKERS", "TINKERED", "TINKERING"}) {
    const VerbForm* f = form(w);
    ASSERT_NE(f, nullptr) << w;
    EXPECT_EQ(f->lemma, "TINKER");
    EXPECT_EQ(f->block, 0);
    EXPECT_EQ(f->code.forward, "071");
    EXPECT_TRUE(f->before.empty() && f->after.empty());
  }
  for (const char* w : {"CARRIES", "CARRIED", "CARRYING", "SAYS", "SAYED", "TYING", "FREED",
                        "FREEING", "MAKES", "MAKING", "PRESSES", "PRESSED"}) {
    EXPECT_NE(form(w), nullptr) << w;
  }
  EXPECT_EQ(form("MAKEING"), nullptr);
  EXPECT_EQ(form("CARRYS"), nullptr);
}

TEST_F(VerbsTest, IrregularFormsReplaceGeneratedOnes) {
  ASSERT_NE(form("FORGE"), nullptr);
  ASSERT_NE(form("FORGED"), nullptr);
  EXPECT_EQ(form("FORGED")->lemma, "FORGE");
  EXPECT_EQ(form("FORGES"), nullptr);
  EXPECT_EQ(form("FORGING"), nullptr);
}

TEST_F(VerbsTest, VerbLineOwnCode) {
  ASSERT_NE(form("MENDED"), nullptr);
  EXPECT_EQ(form("MENDED")->code.forward, "072");
  EXPECT_EQ(form("MEND")->block, 0);
  ASSERT_NE(form("BACKED"), nullptr);
  EXPECT_EQ(form("BACKED")->block, 1);
  EXPECT_EQ(form("BACKED")->code.forward, "052");
}

TEST_F(VerbsTest, MultiWordVerbsBothHeadPositions) {
  // "+FIX_UP": head first; longer forms come before the plain "FIX".
  const auto* fix = dict_.find("FIX");
  ASSERT_NE(fix, nullptr);
  ASSERT_EQ(fix->size(), 2u);
  EXPECT_EQ((*fix)[0].after, std::vector<std::string>{"UP"});
  EXPECT_TRUE((*fix)[1].after.empty());
  EXPECT_EQ((*fix)[0].lemma, "FIX UP");
  ASSERT_NE(form("FIXING"), nullptr);
  EXPECT_EQ(form("FIXING")->after, std::vector<std::string>{"UP"});
  // "ROUGH_+HEW": head last.
  ASSERT_NE(form("HEWED"), nullptr);
  EXPECT_EQ(form("HEWED")->before, std::vector<std::string>{"ROUGH"});
  EXPECT_TRUE(form("HEWED")->after.empty());
  // "+TIDY_AWAY {...}": only the listed forms.
  ASSERT_NE(form("TIDIED"), nullptr);
  EXPECT_EQ(form("TIDIED")->after, std::vector<std::string>{"AWAY"});
  EXPECT_NE(form("TIDY"), nullptr);
  EXPECT_EQ(form("TIDYING"), nullptr);
}

TEST_F(VerbsTest, PatternWithSynset) {
  const Pattern& p = pattern(0);
  EXPECT_TRUE(p.before.empty());
  ASSERT_EQ(p.after.size(), 1u);
  EXPECT_EQ(p.after[0].kind, Kind::kSynset);
  EXPECT_EQ(p.after[0].text, "GADGET");
  EXPECT_EQ(p.code.forward, "073");
  EXPECT_EQ(p.text, "- * &GADGET");
  EXPECT_EQ(p.line, 36);
  EXPECT_EQ(p.file, "test.verbs");
}

TEST_F(VerbsTest, PatternActorsPhrasesAndPairedCode) {
  const Pattern& p = pattern(1);
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_EQ(p.before[0].kind, Kind::kSource);
  std::vector<Kind> kinds;
  for (const auto& e : p.after) kinds.push_back(e.kind);
  EXPECT_EQ(kinds, (std::vector<Kind>{Kind::kTarget, Kind::kPrepOpen, Kind::kWord,
                                      Kind::kNounOpen, Kind::kWord, Kind::kSynset,
                                      Kind::kNounClose, Kind::kPrepClose}));
  EXPECT_EQ(p.after[2].text, "WITH");
  EXPECT_EQ(p.after[4].text, "SHINY");
  EXPECT_EQ(p.code.forward, "074");
  EXPECT_EQ(p.code.reverse, "075");
  EXPECT_FALSE(p.code.is_null());
}

TEST_F(VerbsTest, PatternJoinsCompoundAndSkip) {
  const Pattern& p = pattern(2);  // "- % SO_IN_*_OUT_AGAIN ^ [---]"
  ASSERT_EQ(p.before.size(), 3u);
  EXPECT_EQ(p.before[0].kind, Kind::kCompound);
  EXPECT_FALSE(p.before[0].joined_to_next);
  EXPECT_EQ(p.before[1].text, "SO");
  EXPECT_TRUE(p.before[1].joined_to_next);
  EXPECT_EQ(p.before[2].text, "IN");
  EXPECT_TRUE(p.before[2].joined_to_next);
  EXPECT_TRUE(p.verb_joined_before);
  EXPECT_TRUE(p.verb_joined_after);
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].text, "OUT");
  EXPECT_TRUE(p.after[0].joined_to_next);
  EXPECT_EQ(p.after[1].text, "AGAIN");
  EXPECT_FALSE(p.after[1].joined_to_next);
  EXPECT_EQ(p.after[2].kind, Kind::kSkipActor);
  EXPECT_TRUE(p.code.is_null());
}

TEST_F(VerbsTest, ReverseOnlyCodeAndOpenUnderscore) {
  EXPECT_EQ(pattern(3).code.forward, "");
  EXPECT_EQ(pattern(3).code.reverse, "076");
  EXPECT_TRUE(pattern(3).code.is_null());
  const Pattern& p = pattern(4);  // "- IN_ * OFF_": '_' before a space joins nothing
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_FALSE(p.before[0].joined_to_next);
  EXPECT_FALSE(p.verb_joined_before);
  ASSERT_EQ(p.after.size(), 1u);
  EXPECT_EQ(p.after[0].text, "OFF");
}

TEST_F(VerbsTest, SynsetNamesInsideJoinedTokens) {
  const Pattern& p = pattern(5);  // &GADGET_BOX: synset GADGET joined to BOX
  ASSERT_EQ(p.after.size(), 2u);
  EXPECT_EQ(p.after[0].kind, Kind::kSynset);
  EXPECT_EQ(p.after[0].text, "GADGET");
  EXPECT_TRUE(p.after[0].joined_to_next);
  EXPECT_EQ(p.after[1].text, "BOX");
  const Pattern& q = pattern(6);  // &TWO_WORDS is a synset name
  ASSERT_EQ(q.after.size(), 1u);
  EXPECT_EQ(q.after[0].text, "TWO_WORDS");
  EXPECT_EQ(pattern(7).code.forward, "080!");  // kept as written
}

TEST_F(VerbsTest, Transformations) {
  ASSERT_EQ(dict_.transformations.size(), 1u);
  const Transformation& t = dict_.transformations[0];
  EXPECT_EQ(t.lhs, (std::vector<std::string>{"a", "(", "a", "b", "TINKER", ")", "ENDORSE"}));
  EXPECT_EQ(t.rhs, (std::vector<std::string>{"a", "b", "071"}));
  EXPECT_EQ(t.line, 47);
}

TEST(VerbsPetrarch1Style, PlusHeadedWordsAndCodesInsideBlocks) {
  constexpr std::string_view kText = R"(--- ZAP [010] ---
ZAP
+ALPHA_BETA_GAMMA
DELTA_EPSILON_+ZETA [002]
&LATE
+ONE
+&EARLY
--- ZIP [020]
ZIP
- * &LATE [021]
&EARLY
+TWO
)";
  VerbDictionary d;
  std::vector<Diagnostic> problems;
  parse_verbs(kText, "p1.verbs", d, problems);
  ASSERT_TRUE(problems.empty()) << dump(problems);
  ASSERT_NE(d.find("ALPHAS"), nullptr);
  EXPECT_EQ(d.find("ALPHAS")->at(0).after, (std::vector<std::string>{"BETA", "GAMMA"}));
  ASSERT_NE(d.find("ZETA"), nullptr);
  EXPECT_EQ(d.find("ZETA")->at(0).before, (std::vector<std::string>{"DELTA", "EPSILON"}));
  EXPECT_EQ(d.find("ZETA")->at(0).code.forward, "002");
  // A synset between blocks, using one defined later.
  const auto& late = d.synsets.at("LATE");
  EXPECT_NE(std::find(late.begin(), late.end(), std::vector<std::string>{"TWOS"}), late.end());
  EXPECT_EQ(d.blocks.at(1).patterns.size(), 1u);
}

TEST(VerbsMalformed, EveryProblemIsListedAndReadingGoesOn) {
  constexpr std::string_view kText = R"(- * ORPHAN [010]
--- GOOD [010] ---
GOOD
- NO STAR HERE [011]
- * NO CODE
- * * TWO [012]
- * BAD [1 2]
BAD_MULTI
+TWO_+HEADS
- * {UNCLOSED [013]
~ a b
- * &NOPE [014]
&OUTER
+&MISSING
- * FINE [015]
VERB {UNCLOSED
)";
  VerbDictionary d;
  std::vector<Diagnostic> problems;
  parse_verbs(kText, "bad.verbs", d, problems);
  EXPECT_TRUE(has(problems, 1, "before any")) << dump(problems);
  EXPECT_TRUE(has(problems, 4, "no '*'")) << dump(problems);
  EXPECT_TRUE(has(problems, 5, "no [CODE]")) << dump(problems);
  EXPECT_TRUE(has(problems, 6, "more than one '*'")) << dump(problems);
  EXPECT_TRUE(has(problems, 7, "contains a space")) << dump(problems);
  EXPECT_TRUE(has(problems, 8, "needs '+'")) << dump(problems);
  EXPECT_TRUE(has(problems, 9, "more than one head")) << dump(problems);
  EXPECT_TRUE(has(problems, 11, "exactly one '='")) << dump(problems);
  EXPECT_TRUE(has(problems, 14, "undefined synset &MISSING")) << dump(problems);
  EXPECT_TRUE(has(problems, 16, "'{' without '}'")) << dump(problems);
  EXPECT_EQ(problems.size(), 10u) << dump(problems);
  for (const auto& p : problems) EXPECT_EQ(p.file, "bad.verbs");
  // Tolerated oddities are warnings, and the good lines were read.
  EXPECT_TRUE(has(d.warnings, 10, "unclosed '{'")) << dump(d.warnings);
  EXPECT_TRUE(has(d.warnings, 12, "undefined synset &NOPE")) << dump(d.warnings);
  ASSERT_EQ(d.blocks.size(), 1u);
  ASSERT_EQ(d.blocks[0].patterns.size(), 1u);
  EXPECT_EQ(d.blocks[0].patterns[0].code.forward, "015");
  EXPECT_NE(d.find("GOOD"), nullptr);
}

TEST(VerbsMalformed, UnreadableFileIsReportedWithItsPath) {
  VerbDictionary d;
  std::vector<Diagnostic> problems;
  read_verb_file("/nonexistent/dir/x.verbs.txt", d, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "/nonexistent/dir/x.verbs.txt");
  EXPECT_NE(problems[0].message.find("/nonexistent/dir/x.verbs.txt"), std::string::npos);
}

}  // namespace
}  // namespace vigil::dict
