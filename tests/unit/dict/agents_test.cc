// Agent dictionary reader: codes before/after, plurals, substitution sets.
#include <gtest/gtest.h>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

using testing::dump;
using testing::has;
using testing::views;
using testing::words_of;

constexpr std::string_view kAgents = R"(<!-- test agents -->
!WORKER! = HAND, HANDS , CREW
!OFFICE! = BUREAU, BUREAUS

LAMPLIGHTER [~LMP]
CHIEF_GLASSBLOWER [~GLSCHF]  # comment
TOWN_CRIER {TOWN_CRIERS_GENERAL} [~CRY]
FLOCK_OF_SHEEP {} [~SHP]
GUILD [GLD~]
WIDE_GUILD [ GLD~ ]
FERRY [~FRY]
BUS [~BUS]
DAY [~DAY]
MILL!WORKER! [~MIL]
POSTAL_!OFFICE!_STAFF {} [~PST]
)";

class AgentsTest : public ::testing::Test {
 protected:
  void SetUp() override { parse_agents(kAgents, "test.agents", dict_, problems_); }
  const AgentEntry* lookup(std::string_view phrase) const {
    auto words = words_of(phrase);
    PhraseMatch m = dict_.index.longest_match(views(words), 0);
    if (m.length != words.size() || m.entry < 0) return nullptr;
    return &dict_.entries[static_cast<size_t>(m.entry)];
  }
  AgentDictionary dict_;
  std::vector<Diagnostic> problems_;
};

TEST_F(AgentsTest, CodesAfterAndBefore) {
  ASSERT_TRUE(problems_.empty()) << dump(problems_);
  EXPECT_TRUE(dict_.warnings.empty()) << dump(dict_.warnings);
  const AgentEntry* a = lookup("LAMPLIGHTER");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->code, "LMP");
  EXPECT_FALSE(a->goes_before);
  EXPECT_EQ(a->line, 5);
  const AgentEntry* g = lookup("GUILD");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->code, "GLD");
  EXPECT_TRUE(g->goes_before);
  ASSERT_NE(lookup("WIDE GUILD"), nullptr);
  EXPECT_TRUE(lookup("WIDE GUILD")->goes_before);
  EXPECT_EQ(lookup("CHIEF GLASSBLOWER")->code, "GLSCHF");
}

TEST_F(AgentsTest, GeneratedAndGivenPlurals) {
  EXPECT_EQ(lookup("LAMPLIGHTERS"), lookup("LAMPLIGHTER"));
  EXPECT_EQ(lookup("CHIEF GLASSBLOWERS")->code, "GLSCHF");
  EXPECT_EQ(lookup("FERRIES")->code, "FRY");   // consonant + Y
  EXPECT_EQ(lookup("BUSES")->code, "BUS");     // S -> ES
  EXPECT_EQ(lookup("DAYS")->code, "DAY");      // vowel + Y -> S
  EXPECT_EQ(lookup("TOWN CRIERS GENERAL")->code, "CRY");  // given in {...}
  EXPECT_EQ(lookup("TOWN CRIERS"), nullptr);               // given replaces generated
  EXPECT_EQ(lookup("TOWN CRIER")->plural, "TOWN CRIERS GENERAL");
  EXPECT_NE(lookup("FLOCK OF SHEEP"), nullptr);
  EXPECT_EQ(lookup("FLOCK OF SHEEPS"), nullptr);            // {} = no plural
  EXPECT_EQ(lookup("FLOCK OF SHEEP")->plural, "");
}

TEST_F(AgentsTest, SubstitutionSetsExpandToOnePhrasePerMember) {
  for (const char* p : {"MILLHAND", "MILLHANDS", "MILLCREW"}) {
    const AgentEntry* e = lookup(p);
    ASSERT_NE(e, nullptr) << p;
    EXPECT_EQ(e->code, "MIL");
    EXPECT_EQ(e->phrase, p);
  }
  EXPECT_EQ(lookup("MILLCREWS"), nullptr);  // no plurals for substituted phrases
  EXPECT_NE(lookup("POSTAL BUREAU STAFF"), nullptr);
  EXPECT_NE(lookup("POSTAL BUREAUS STAFF"), nullptr);
  EXPECT_EQ(lookup("POSTAL BUREAU STAFF")->code, "PST");
}

TEST(AgentsMalformed, EveryProblemIsListed) {
  constexpr std::string_view kText = R"(!BROKEN = A, B
NO_TILDE [GOV]
TWO_TILDES [~GOV~]
!NOSUCH!_THING [~GOV]
OPEN_BRACE {PLURALS [~GOV]
AFTER_CODE [~GOV] extra
GOOD [~GOD]
NO_CODE_HERE
!EMPTY! =
)";
  AgentDictionary d;
  std::vector<Diagnostic> problems;
  parse_agents(kText, "bad.agents", d, problems);
  EXPECT_TRUE(has(problems, 1, "bad substitution set")) << dump(problems);
  EXPECT_TRUE(has(problems, 2, "bad agent code")) << dump(problems);
  EXPECT_TRUE(has(problems, 3, "bad agent code")) << dump(problems);
  EXPECT_TRUE(has(problems, 4, "!NOSUCH! is not defined")) << dump(problems);
  EXPECT_TRUE(has(problems, 5, "'{' without '}'")) << dump(problems);
  EXPECT_TRUE(has(problems, 6, "text after the code")) << dump(problems);
  EXPECT_TRUE(has(problems, 9, "no name or no members")) << dump(problems);
  EXPECT_EQ(problems.size(), 7u) << dump(problems);
  EXPECT_TRUE(has(d.warnings, 8, "no [~CODE]")) << dump(d.warnings);
  ASSERT_EQ(d.entries.size(), 1u);
  EXPECT_EQ(d.entries[0].code, "GOD");
}

// Found by fuzz_dict: a set whose member names the set recursed until the stack overflowed.
// Now a bad line (nesting deeper than 16); sets that multiply past 4096 phrases too.
TEST(AgentsMalformed, SelfReferentialAndExplodingSubstitutionsAreBadLines) {
  std::string text = "!LOOP! = ELDER !LOOP!, YOUNGER\n!LOOP! MINISTER [~GOV]\n";
  for (char c = 'A'; c <= 'M'; ++c)  // 13 sets of two members: 2^13 = 8192 phrases
    text += std::string("!S") + c + "! = X" + c + ", Y" + c + "\n";
  text += "!SA! !SB! !SC! !SD! !SE! !SF! !SG! !SH! !SI! !SJ! !SK! !SL! !SM! [~GOV]\n";
  text += "POLICE [~COP]\n";
  AgentDictionary d;
  std::vector<Diagnostic> problems;
  parse_agents(text, "loop.agents", d, problems);
  EXPECT_TRUE(has(problems, 2, "substitutions nested more than 16 deep")) << dump(problems);
  EXPECT_TRUE(has(problems, 16, "substitutions give more than 4096 phrases")) << dump(problems);
  EXPECT_EQ(problems.size(), 2u) << dump(problems);
  ASSERT_EQ(d.entries.size(), 1u);
  EXPECT_EQ(d.entries[0].code, "COP");
}

}  // namespace
}  // namespace vigil::dict
