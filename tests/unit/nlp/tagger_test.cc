#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "vigil/nlp.h"

namespace {

std::shared_ptr<const vigil::nlp::Lexicon> wordnet() {
  static auto lex = vigil::nlp::Lexicon::load();
  return lex.ok() ? lex.value() : nullptr;
}

// "word/TAG word/TAG ..." for a sentence.
std::string tagged(const vigil::nlp::Lexicon& lex, std::string_view text) {
  auto toks = vigil::nlp::tokenize(text, 0, text.size());
  vigil::nlp::tag(lex, toks);
  std::string out;
  for (const auto& t : toks) {
    if (!out.empty()) out += ' ';
    out += t.text + "/" + t.tag;
  }
  return out;
}

std::vector<std::string> lemmas(const vigil::nlp::Lexicon& lex, std::string_view text) {
  auto toks = vigil::nlp::tokenize(text, 0, text.size());
  vigil::nlp::tag(lex, toks);
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.lemma);
  return out;
}

TEST(Lexicon, ClosedClassWorksWithoutWordNet) {
  auto lex = vigil::nlp::Lexicon::closed_class_only();
  EXPECT_EQ(lex->closed_tag("the"), "DT");
  EXPECT_EQ(lex->closed_tag("would"), "MD");
  EXPECT_EQ(lex->closed_tag("their"), "PRP$");
  EXPECT_EQ(lex->closed_tag("whose"), "WP$");
  EXPECT_EQ(lex->closed_tag("government"), "");
  EXPECT_EQ(tagged(*lex, "They will not go to the meeting ."),
            "They/PRP will/MD not/RB go/VB to/TO the/DT meeting/NN ./.");
}

TEST(Lexicon, LoadsWordNet) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  EXPECT_GT(lex->size(), 80000u);
  EXPECT_TRUE(lex->classes("attack") & vigil::nlp::kNoun);
  EXPECT_TRUE(lex->classes("attack") & vigil::nlp::kVerb);
  EXPECT_EQ(lex->classes("xqzzy"), 0);
  auto bad = vigil::nlp::Lexicon::load("/nonexistent/wordnet");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().details().size(), 7u);  // every missing file is listed
}

TEST(Lemmatizer, IrregularAndRegularForms) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  EXPECT_EQ(lex->lemma("went", "VBD"), "go");
  EXPECT_EQ(lex->lemma("taken", "VBN"), "take");
  EXPECT_EQ(lex->lemma("said", "VBD"), "say");
  EXPECT_EQ(lex->lemma("arrested", "VBN"), "arrest");
  EXPECT_EQ(lex->lemma("stopped", "VBD"), "stop");
  EXPECT_EQ(lex->lemma("hoped", "VBD"), "hope");
  EXPECT_EQ(lex->lemma("making", "VBG"), "make");
  EXPECT_EQ(lex->lemma("tries", "VBZ"), "try");
  EXPECT_EQ(lex->lemma("countries", "NNS"), "country");
  EXPECT_EQ(lex->lemma("children", "NNS"), "child");
  EXPECT_EQ(lex->lemma("Talks", "NNS"), "talk");
  EXPECT_EQ(lex->lemma("better", "JJR"), "good");
  EXPECT_EQ(lex->lemma("is", "VBZ"), "be");
  EXPECT_EQ(lex->lemma("n't", "RB"), "not");
}

TEST(Lexicon, NounsNamingThings) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  EXPECT_TRUE(lex->names_thing("funding"));
  EXPECT_TRUE(lex->names_thing("sovereignty"));
  EXPECT_FALSE(lex->names_thing("police"));   // a group
  EXPECT_FALSE(lex->names_thing("minister"));  // a person
  EXPECT_FALSE(lex->names_thing("capital"));   // also a place
  EXPECT_FALSE(lex->names_thing("xyzzy"));     // unknown
  // Unknown, but built as an abstract noun: a process, not an actor.
  EXPECT_TRUE(lex->names_thing("denuclearisation"));
  EXPECT_TRUE(lex->names_thing("reengagement"));
  EXPECT_FALSE(lex->names_thing("zorblaxian"));  // unknown, no such ending
}

TEST(Lexicon, NounsNamingPeopleOrGroups) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  EXPECT_TRUE(lex->names_person_or_group("spokesman"));
  EXPECT_TRUE(lex->names_person_or_group("council"));
  EXPECT_FALSE(lex->names_person_or_group("bill"));    // a law, a beak: no one
  EXPECT_FALSE(lex->names_person_or_group("attack"));
  EXPECT_FALSE(lex->names_person_or_group("xyzzy"));   // unknown
}

TEST(Tagger, ClosedClassAndIrregularVerbs) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  EXPECT_EQ(tagged(*lex, "He went to Paris and met the president."),
            "He/PRP went/VBD to/TO Paris/NNP and/CC met/VBD the/DT president/NN ./.");
  EXPECT_EQ(tagged(*lex, "The men have taken their children."),
            "The/DT men/NNS have/VBP taken/VBN their/PRP$ children/NNS ./.");
  EXPECT_EQ(tagged(*lex, "She didn't know that he was arrested by police."),
            "She/PRP did/VBD n't/RB know/VB that/IN he/PRP was/VBD arrested/VBN by/IN "
            "police/NN ./.");
  // Four-letter past forms ("used", "owed") are verbs too, so "police" before one is a noun.
  EXPECT_EQ(tagged(*lex, "Riot police used tear gas."),
            "Riot/NNP police/NN used/VBD tear/NN gas/NN ./.");
  EXPECT_EQ(lemmas(*lex, "Troops were sent."),
            (std::vector<std::string>{"troop", "be", "send", "."}));
}

TEST(Tagger, ContextRules) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  // to + base form; determiner + noun; possessive vs "is".
  EXPECT_EQ(tagged(*lex, "They plan to attack the city."),
            "They/PRP plan/VBP to/TO attack/VB the/DT city/NN ./.");
  EXPECT_EQ(tagged(*lex, "The attack killed two soldiers."),
            "The/DT attack/NN killed/VBD two/CD soldiers/NNS ./.");
  EXPECT_EQ(tagged(*lex, "China's army said it's ready."),
            "China/NNP 's/POS army/NN said/VBD it/PRP 's/VBZ ready/JJ ./.");
  EXPECT_EQ(tagged(*lex, "the United States"), "the/DT United/NNP States/NNPS");
  // An adverb between a subject and its verb: "further" is not "further calls".
  EXPECT_EQ(tagged(*lex, "The African Union further calls for calm."),
            "The/DT African/JJ Union/NNP further/RB calls/VBZ for/IN calm/NN ./.");
  // A sentence does not open with a verb in -s.
  EXPECT_EQ(tagged(*lex, "Reports from Chad say rebels fled."),
            "Reports/NNS from/IN Chad/NNP say/VBP rebels/NNS fled/VBD ./.");
  // A plural quantifier wants a plural head: "groups" is no verb here.
  EXPECT_EQ(tagged(*lex, "Several opposition groups in Chad have walked out."),
            "Several/JJ opposition/NN groups/NNS in/IN Chad/NNP have/VBP walked/VBN out/RP ./.");
  // An -s word after a verb's object adjective and noun is the plural object, not a verb.
  EXPECT_EQ(tagged(*lex, "Moscow imposed year-long food bans on Oslo."),
            "Moscow/NNP imposed/VBD year-long/JJ food/NN bans/NNS on/IN Oslo/NNP ./.");
  // A singular name does not take a base-form verb: "group" is a noun after "Islamist".
  EXPECT_EQ(tagged(*lex, "Six men were killed when Islamist group al-Shabab attacked two bases."),
            "Six/CD men/NNS were/VBD killed/VBN when/WRB Islamist/NNP group/NN al-Shabab/NN "
            "attacked/VBD two/CD bases/NNS ./.");
}

// Gerund clauses that hold a second act of a sentence (news_several_acts_test.cc).
TEST(Tagger, GerundClauses) {
  auto lex = wordnet();
  if (!lex) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  // After "while", "after" ... an -ing word before a name is a gerund with its object.
  EXPECT_EQ(tagged(*lex, "Kenya acted after accusing Uganda."),
            "Kenya/NNP acted/VBD after/IN accusing/VBG Uganda/NNP ./.");
  // ... but after a preposition an -ing word before a name may be its adjective.
  EXPECT_EQ(tagged(*lex, "It was criticised by leading Democrats."),
            "It/PRP was/VBD criticised/VBN by/IN leading/JJ Democrats/NNP ./.");
  // A noun-or-verb word after a gerund after a preposition is the gerund's object.
  EXPECT_EQ(tagged(*lex, "Police showed restraint in using force."),
            "Police/NNP showed/VBD restraint/NN in/IN using/VBG force/NN ./.");
}

}  // namespace
