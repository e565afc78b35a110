// Verb phrase coordination: a verb after "and"/"but"/"or" joins the nearest open verb
// phrase of its own form (finite with finite, gerund with gerund, base with base), so a
// finite verb after a gerund or an infinitive belongs to the clause's verb and shares its
// subject. One case per shape, with the whole tree.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "parser_fixture.h"
#include "vigil/nlp.h"

namespace {

class CoordinationTest : public vigil_test::ParserFixture {};

TEST_F(CoordinationTest, FiniteVerbAfterAGerundInAPpJoinsTheClausesVerb) {
  EXPECT_EQ(parse("Lisbon accused Quito of spying and said it was expelling two envoys."),
            "(ROOT (S (NP (NNP Lisbon)) (VP (VP (VBD accused) (NP (NNP Quito)) (PP (IN of) (S "
            "(VP (VBG spying))))) (CC and) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD was) "
            "(VP (VBG expelling) (NP (CD two) (NNS envoys)))))))) (. .)))");
}

TEST_F(CoordinationTest, FiniteVerbAfterAnInfinitiveJoinsTheClausesVerb) {
  EXPECT_EQ(parse("Oslo urged Lima to free the sailors and said talks would resume."),
            "(ROOT (S (NP (NNP Oslo)) (VP (VP (VBD urged) (S (NP (NNP Lima)) (VP (TO to) (VP "
            "(VB free) (NP (DT the) (NNS sailors)))))) (CC and) (VP (VBD said) (SBAR (S (NP (NNS "
            "talks)) (VP (MD would) (VP (VB resume))))))) (. .)))");
}

TEST_F(CoordinationTest, FiniteVerbLeavesAReducedRelativeOnTheObject) {
  EXPECT_EQ(parse("Police arrested a man suspected of smuggling arms and seized ten rifles."),
            "(ROOT (S (NP (NNP Police)) (VP (VP (VBD arrested) (NP (NP (DT a) (NN man)) (VP (VBN "
            "suspected) (PP (IN of) (S (VP (VBG smuggling) (NP (NNS arms)))))))) (CC and) (VP "
            "(VBD seized) (NP (CD ten) (NNS rifles)))) (. .)))");
}

TEST_F(CoordinationTest, AdverbBeforeTheSecondVerbStillCoordinates) {
  EXPECT_EQ(parse("Chile condemned Peru for arresting a reporter and also recalled its envoy."),
            "(ROOT (S (NP (NNP Chile)) (VP (VP (VBD condemned) (NP (NNP Peru)) (PP (IN for) (S "
            "(VP (VBG arresting) (NP (DT a) (NN reporter)))))) (CC and) (VP (ADVP (RB also)) "
            "(VBD recalled) (NP (PRP$ its) (NN envoy)))) (. .)))");
}

TEST_F(CoordinationTest, BaseFormJoinsTheBaseForm) {
  EXPECT_EQ(parse("Lima wants to cut taxes and raise spending."),
            "(ROOT (S (NP (NNP Lima)) (VP (VBZ wants) (S (VP (TO to) (VP (VP (VB cut) (NP (NNS "
            "taxes))) (CC and) (VP (VB raise) (NP (NN spending))))))) (. .)))");
}

TEST_F(CoordinationTest, GerundJoinsTheGerund) {
  EXPECT_EQ(parse("Rebels are accused of kidnapping aid workers and demanding ransoms."),
            "(ROOT (S (NP (NNS Rebels)) (VP (VBP are) (VP (VBN accused) (PP (IN of) (S (VP (VP "
            "(VBG kidnapping) (NP (NN aid) (NNS workers))) (CC and) (VP (VBG demanding) (NP (NNS "
            "ransoms)))))))) (. .)))");
}

TEST_F(CoordinationTest, ReportedClauseKeepsItsOwnCoordination) {
  // "captured" shares "it" and "had", not "the army" and "said".
  EXPECT_EQ(parse("The army said it had killed five rebels and captured two."),
            "(ROOT (S (NP (DT The) (NN army)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VP (VBD "
            "had) (VP (VBN killed) (NP (CD five) (NNS rebels)))) (CC and) (VP (VBD captured) (NP "
            "(CD two))))))) (. .)))");
}

TEST_F(CoordinationTest, PastTenseAfterAReportedModalJoinsTheReportingVerb) {
  EXPECT_EQ(parse("The rebels said they would free the hostages and asked for talks."),
            "(ROOT (S (NP (DT The) (NNS rebels)) (VP (VP (VBD said) (SBAR (S (NP (PRP they)) (VP "
            "(MD would) (VP (VB free) (NP (DT the) (NNS hostages))))))) (CC and) (VP (VBD asked) "
            "(PP (IN for) (NP (NNS talks))))) (. .)))");
  // Without an outer verb the modal's phrase takes it.
  EXPECT_EQ(
      parse("Kenya would host talks and invited Chad."),
      "(ROOT (S (NP (NNP Kenya)) (VP (VP (MD would) (VP (VB host) (NP (NNS talks)))) (CC and) "
      "(VP (VBD invited) (NP (NNP Chad)))) (. .)))");
}

TEST_F(CoordinationTest, RelativeClausePredicateIsFiniteWhateverItsTag) {
  // "collided" is read as a participle, but as the relative clause's predicate it still
  // takes "and caused" rather than passing it to "sued".
  EXPECT_EQ(parse("Rome sued two firms whose ships collided near Malta and caused a spill."),
            "(ROOT (S (NP (NNP Rome)) (VP (VBD sued) (NP (NP (CD two) (NNS firms)) (SBAR (WHNP "
            "(WP$ whose) (NNS ships)) (S (VP (VP (VBN collided) (PP (IN near) (NP (NNP Malta)))) "
            "(CC and) (VP (VBD caused) (NP (DT a) (NN spill)))))))) (. .)))");
}

TEST_F(CoordinationTest, FiniteVerbsOfOneClause) {
  EXPECT_EQ(parse("Kenya met Chad in Lome and signed a deal."),
            "(ROOT (S (NP (NNP Kenya)) (VP (VP (VBD met) (NP (NNP Chad)) (PP (IN in) (NP (NNP "
            "Lome)))) (CC and) (VP (VBD signed) (NP (DT a) (NN deal)))) (. .)))");
}

}  // namespace
