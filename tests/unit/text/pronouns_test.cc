// The one personal pronoun table (vigil/pronouns.h) and the word sets the coder, the
// pipeline and the discourse readers derive from it: each set is listed in full, so a
// change to the table that moves a word in or out of any reader's set fails here.
#include "vigil/pronouns.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

namespace {

using namespace vigil::text;

const char* const kWords[] = {
    "i",    "me",        "my",      "mine", "myself", "we",       "us",         "our",
    "ours", "ourselves", "you",     "your", "yours",  "yourself", "yourselves", "he",
    "him",  "his",       "himself", "she",  "her",    "hers",     "herself",    "it",
    "its",  "itself",    "they",    "them", "their",  "theirs",   "themselves"};

std::set<std::string> words_where(bool (*keep)(const Pronoun&)) {
  std::set<std::string> out;
  for (const char* w : kWords) {
    const Pronoun* p = personal_pronoun(w);
    EXPECT_NE(p, nullptr) << w;
    if (p && keep(*p)) out.insert(w);
  }
  return out;
}

TEST(Pronouns, EveryPersonalPronounInAnyCase) {
  for (const char* w : kWords) EXPECT_NE(personal_pronoun(w), nullptr) << w;
  ASSERT_NE(personal_pronoun("HE"), nullptr);
  EXPECT_EQ(personal_pronoun("HE")->word, "he");
  EXPECT_EQ(personal_pronoun("Themselves")->word, "themselves");
  for (const char* w : {"", "one", "this", "who", "which", "hes", "the", "thee", "ye"})
    EXPECT_EQ(personal_pronoun(w), nullptr) << w;
}

TEST(Pronouns, Attributes) {
  EXPECT_EQ(personal_pronoun("her")->forms, kObjectForm | kPossessiveForm);
  EXPECT_EQ(personal_pronoun("it")->forms, kSubjectForm | kObjectForm);
  EXPECT_EQ(personal_pronoun("him")->gender, 'm');
  EXPECT_EQ(personal_pronoun("herself")->gender, 'f');
  EXPECT_EQ(personal_pronoun("its")->gender, 'n');
  EXPECT_EQ(personal_pronoun("they")->gender, 0);
  EXPECT_TRUE(personal_pronoun("they")->plural);
  EXPECT_FALSE(personal_pronoun("she")->plural);
  EXPECT_EQ(personal_pronoun("we")->person, 1);
  EXPECT_EQ(personal_pronoun("yours")->person, 2);
}

// The coder's actor pronouns (is_actor_pronoun, the context's coreference).
TEST(Pronouns, ThirdPersonSubjects) {
  std::set<std::string> s;
  for (const char* w : kWords)
    if (is_third_person_subject(w)) s.insert(w);
  EXPECT_EQ(s, (std::set<std::string>{"he", "she", "it", "they"}));
  EXPECT_TRUE(is_third_person_subject("THEY"));
  EXPECT_FALSE(is_third_person_subject("THEM"));
}

// The discourse stage's speaker pronouns (names.cc is_pronoun): subjects but "you".
TEST(Pronouns, SpeakerPronouns) {
  EXPECT_EQ(words_where([](const Pronoun& p) { return p.is(kSubjectForm) && p.person != 2; }),
            (std::set<std::string>{"i", "we", "he", "she", "it", "they"}));
}

// The speaker reader's gender words (speakers.cc).
TEST(Pronouns, GenderWords) {
  EXPECT_EQ(words_where([](const Pronoun& p) { return p.gender == 'm'; }),
            (std::set<std::string>{"he", "him", "his", "himself"}));
  EXPECT_EQ(words_where([](const Pronoun& p) { return p.gender == 'f'; }),
            (std::set<std::string>{"she", "her", "hers", "herself"}));
}

// The pipeline's statements about a pronoun (pipeline.cc is_statement_about_pronoun).
TEST(Pronouns, StatementTargets) {
  EXPECT_EQ(words_where([](const Pronoun& p) {
              return p.person != 2 && (p.is(kSubjectForm) || (p.person == 3 && p.is(kObjectForm)));
            }),
            (std::set<std::string>{"i", "we", "he", "she", "it", "they", "him", "her", "them"}));
}

}  // namespace
