// Actor dictionary reader and dated codes. Invented actors (Freedonia, Sylvania).
#include <gtest/gtest.h>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

using testing::dump;
using testing::has;
using testing::views;
using testing::words_of;

TEST(Dates, OrdinalsMatchPythonToordinal) {
  EXPECT_EQ(ordinal_from_ymd(1, 1, 1), 1);
  EXPECT_EQ(ordinal_from_ymd(2013, 9, 26), 735137);
  EXPECT_EQ(to_ordinal_date("20130926"), 735137);
  EXPECT_EQ(to_ordinal_date("090120"), 733427);    // YY <= 30: 20YY
  EXPECT_EQ(to_ordinal_date("510724"), 712427);    // YY > 30: 19YY
  EXPECT_EQ(to_ordinal_date("300101"), 741078);
  EXPECT_EQ(to_ordinal_date("310101"), 704918);
  EXPECT_EQ(to_ordinal_date("20120229"), 734562);  // leap day
  EXPECT_EQ(to_ordinal_date("9008223"), to_ordinal_date("900822"));  // 7 chars: YYMMDD
  EXPECT_EQ(to_ordinal_date("201005011"), to_ordinal_date("20100501"));
}

TEST(Dates, InvalidDates) {
  EXPECT_EQ(to_ordinal_date("20100931"), -1);
  EXPECT_EQ(to_ordinal_date("20100229"), -1);
  EXPECT_EQ(to_ordinal_date("19001301"), -1);
  EXPECT_EQ(to_ordinal_date("12345"), -1);
  EXPECT_EQ(to_ordinal_date("2010-01-01"), -1);
  EXPECT_EQ(to_ordinal_date(""), -1);
  EXPECT_EQ(ordinal_from_ymd(2010, 0, 1), -1);
}

constexpr std::string_view kActors = R"(<!-- test actors -->
FREEDONIA_  [FRD]
+FREEDONIAN
+THE_GRAND_DUCHY_OF_FREEDONIA   # comment

RUFUS_FIREFLY  # no code on the root line
+PRESIDENT_FIREFLY
	[FRDELI <330101]
	[FRDGOV 19330101-19351231]
	[FRDGOV >360101]
	[FRDELI]

CHICOLINI [SYLSPY 300101-301231] [FRDCRM >310101][---]
PINKY_
    [SYL > 120608]
    [SYLMIL 950601 - 19990815]
TRENTINO
	[SYLGOV 20100101-20101231]
	[SYLMIL 20100601-20110101]
)";

class ActorsTest : public ::testing::Test {
 protected:
  void SetUp() override { parse_actors(kActors, "test.actors", dict_, problems_); }
  const ActorEntry* lookup(std::string_view phrase) const {
    auto words = words_of(phrase);
    PhraseMatch m = dict_.index.longest_match(views(words), 0);
    if (m.length != words.size() || m.entry < 0) return nullptr;
    return &dict_.entries[static_cast<size_t>(m.entry)];
  }
  ActorDictionary dict_;
  std::vector<Diagnostic> problems_;
};

TEST_F(ActorsTest, RootsSynonymsAndDefaults) {
  ASSERT_TRUE(problems_.empty()) << dump(problems_);
  EXPECT_TRUE(dict_.warnings.empty()) << dump(dict_.warnings);
  ASSERT_EQ(dict_.entries.size(), 5u);
  const ActorEntry& f = dict_.entries[0];
  EXPECT_EQ(f.root, "FREEDONIA");
  EXPECT_EQ(f.line, 2);
  EXPECT_EQ(f.file, "test.actors");
  EXPECT_EQ(f.synonyms, (std::vector<std::string>{"FREEDONIAN", "THE GRAND DUCHY OF FREEDONIA"}));
  EXPECT_EQ(f.synonym_lines, (std::vector<int>{3, 4}));
  EXPECT_EQ(f.code_on(700000), "FRD");
  EXPECT_EQ(lookup("THE GRAND DUCHY OF FREEDONIA"), &f);
  EXPECT_EQ(lookup("FREEDONIAN"), &f);
  EXPECT_EQ(lookup("GRAND DUCHY"), nullptr);
  EXPECT_EQ(dict_.index.size(), 8u);
}

TEST_F(ActorsTest, DatedCodesAreInclusiveAndOrdered) {
  const ActorEntry* r = lookup("PRESIDENT FIREFLY");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->root, "RUFUS FIREFLY");
  ASSERT_EQ(r->codes.size(), 4u);
  EXPECT_EQ(r->codes[0].kind, DatedCode::Kind::kBefore);
  EXPECT_EQ(r->codes[0].last, ordinal_from_ymd(1933, 1, 1));
  EXPECT_EQ(r->codes[1].kind, DatedCode::Kind::kRange);
  EXPECT_EQ(r->codes[2].kind, DatedCode::Kind::kAfter);
  EXPECT_EQ(r->codes[3].kind, DatedCode::Kind::kDefault);
  EXPECT_EQ(r->code_on(ordinal_from_ymd(1920, 5, 5)), "FRDELI");
  EXPECT_EQ(r->code_on(ordinal_from_ymd(1933, 1, 1)), "FRDELI");   // '<' is inclusive, first wins
  EXPECT_EQ(r->code_on(ordinal_from_ymd(1933, 1, 2)), "FRDGOV");
  EXPECT_EQ(r->code_on(ordinal_from_ymd(1935, 12, 31)), "FRDGOV");  // range end inclusive
  EXPECT_EQ(r->code_on(ordinal_from_ymd(1936, 1, 1)), "FRDGOV");   // '>' is inclusive
  EXPECT_EQ(r->code_on(ordinal_from_ymd(2001, 1, 1)), "FRDGOV");
}

TEST_F(ActorsTest, SeveralCodeBlocksOnTheRootLine) {
  const ActorEntry* c = lookup("CHICOLINI");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->codes.size(), 3u);
  EXPECT_EQ(c->code_on(ordinal_from_ymd(2030, 6, 1)), "SYLSPY");  // 30 -> 2030
  EXPECT_EQ(c->code_on(ordinal_from_ymd(1931, 1, 1)), "FRDCRM");  // 31 -> 1931
  EXPECT_EQ(c->code_on(ordinal_from_ymd(1920, 1, 1)), "---");     // the null default
}

TEST_F(ActorsTest, SpacesInsideRestrictionsAndNoDefault) {
  const ActorEntry* p = lookup("PINKY");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->codes.size(), 2u);
  EXPECT_EQ(p->codes[0].kind, DatedCode::Kind::kAfter);
  EXPECT_EQ(p->codes[0].first, ordinal_from_ymd(2012, 6, 8));
  EXPECT_EQ(p->code_on(ordinal_from_ymd(2012, 6, 8)), "SYL");
  EXPECT_EQ(p->code_on(ordinal_from_ymd(1995, 6, 1)), "SYLMIL");   // mixed widths
  EXPECT_EQ(p->code_on(ordinal_from_ymd(1999, 8, 15)), "SYLMIL");
  EXPECT_EQ(p->code_on(ordinal_from_ymd(2005, 1, 1)), "");         // nothing holds
}

TEST_F(ActorsTest, FirstMatchingRestrictionWins) {
  const ActorEntry* t = lookup("TRENTINO");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->code_on(ordinal_from_ymd(2010, 7, 1)), "SYLGOV");
  EXPECT_EQ(t->code_on(ordinal_from_ymd(2011, 1, 1)), "SYLMIL");
}

TEST(ActorsMalformed, EveryProblemIsListed) {
  constexpr std::string_view kText = R"(+ORPHAN_SYNONYM
	[XXX]
GOOD_ONE [GOO]
+SYN [GOO]
	[GOO 20100931-20101001]
	[GOO <2010]
	[GOO >abc]
BAD_BRACKET [GOO
	[]
	[GOO 20101231-20100101]
	[GOO 20120101] trailing
)";
  ActorDictionary d;
  std::vector<Diagnostic> problems;
  parse_actors(kText, "bad.actors", d, problems);
  EXPECT_TRUE(has(problems, 1, "before any actor")) << dump(problems);
  EXPECT_TRUE(has(problems, 2, "before any actor")) << dump(problems);
  EXPECT_TRUE(has(problems, 4, "carries a code")) << dump(problems);
  EXPECT_TRUE(has(problems, 5, "bad date '20100931'")) << dump(problems);
  EXPECT_TRUE(has(problems, 6, "bad date '2010'")) << dump(problems);
  EXPECT_TRUE(has(problems, 7, "bad date 'abc'")) << dump(problems);
  EXPECT_TRUE(has(problems, 8, "'[' without ']'")) << dump(problems);
  EXPECT_TRUE(has(problems, 9, "empty code block")) << dump(problems);
  EXPECT_EQ(problems.size(), 8u) << dump(problems);
  // Oddities PETRARCH tolerates are warnings.
  EXPECT_TRUE(has(d.warnings, 10, "ends before it starts")) << dump(d.warnings);
  EXPECT_TRUE(has(d.warnings, 11, "without '<', '>'")) << dump(d.warnings);
  EXPECT_TRUE(has(d.warnings, 11, "text after the codes ignored")) << dump(d.warnings);
  ASSERT_EQ(d.entries.size(), 2u);
  EXPECT_EQ(d.entries[0].code_on(1), "GOO");
}

}  // namespace
}  // namespace vigil::dict
