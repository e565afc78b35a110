// Golden tests of the coder: one per dictionary construct and config option, on a tiny
// dictionary of fictional states (tests/golden/coder) and parses written by hand.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "vigil/coder.h"
#include "vigil/dictionaries.h"
#include "vigil/tree.h"

namespace vigil::events {
namespace {

std::string read(const std::string& name) {
  std::ifstream in(std::string(VIGIL_TEST_DATA_DIR) + "/golden/coder/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::shared_ptr<const dict::Dictionaries> test_dictionaries() {
  static std::shared_ptr<const dict::Dictionaries> dicts = [] {
    auto d = std::make_shared<dict::Dictionaries>();
    std::vector<Diagnostic> problems;
    dict::parse_verbs(read("test.verbs.txt"), "verbs.txt", d->verbs, problems);
    dict::parse_actors(read("test.actors.txt"), "actors.txt", d->actors, problems);
    dict::parse_agents(read("test.agents.txt"), "agents.txt", d->agents, problems);
    dict::parse_discards(read("test.discards.txt"), "discards.txt", d->discards, problems);
    for (const auto& p : problems) ADD_FAILURE() << p.to_string();
    return std::shared_ptr<const dict::Dictionaries>(d);
  }();
  return dicts;
}

// Codes a hand-written parse and returns "SRC TGT CODE" strings, sorted.
std::vector<std::string> code(const std::string& parse, dict::PetrarchOptions options = {},
                              const std::string& date = "20200101",
                              SentenceOutcome* outcome = nullptr) {
  auto tree = syntax::read_ptb(parse);
  EXPECT_TRUE(tree.ok()) << tree.status().to_string();
  if (!tree.ok()) return {};
  Coder coder(test_dictionaries(), options);
  SentenceCoding result = coder.code(tree.value(), dict::to_ordinal_date(date));
  if (outcome) *outcome = result.outcome;
  std::vector<std::string> out;
  for (const CodedEvent& e : result.events) out.push_back(e.source + " " + e.target + " " + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(Coder, VerbDefaultCodeWithSubjectAndObject) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"NOR SUD 111"});
}

TEST(Coder, SynonymVerbInBlockSharesCode) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBZ denounces) (NP (NNP Sudmark))) (. .)))"),
            V{"NOR SUD 111"});
}

TEST(Coder, UnknownVerbCodesNothing) {
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Norland)) (VP (VBD praised) (NP (NNP Sudmark))) (. .)))").empty());
}

TEST(Coder, PatternWithTargetMarker) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD urged) (NP (NNP Sudmark)) (S (VP (TO to) "
                 "(VP (VB release) (NP (NNS prisoners)))))) (. .)))"),
            V{"NOR SUD 0241"});
}

TEST(Coder, MultiWordVerbWithHeadFirst) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD called) (PRT (RP on)) (NP (NNP Sudmark))) (. .)))"),
            V{"NOR SUD 020"});
}

TEST(Coder, SynsetAndJoinedWordsInPatterns) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Sudmark) (NN police)) (VP (VBD fired) (NP (NNS rockets)) "
                 "(PP (IN at) (NP (NNP Ostria)))) (. .)))"),
            V{"SUDCOP OST 195"});
  // "tear gas" is written TEAR_GAS: the words must be adjacent.
  dict::PetrarchOptions no_dyad;
  no_dyad.require_dyad = false;
  EXPECT_EQ(code("(ROOT (S (NP (NNP Sudmark) (NN police)) (VP (VBD fired) (NP (NN tear) (NN gas)) "
                 "(PP (IN at) (NP (NNP Ostria)))) (. .)))"),
            V{"SUDCOP OST 175"});
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Sudmark) (NN police)) (VP (VBD fired) (NP (NN tear) (JJ cold) "
                   "(NN gas)) (PP (IN at) (NP (NNP Ostria)))) (. .)))")
                  .empty());
}

TEST(Coder, PairedCodeGivesBothDirections) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD met) (NP (NNP Sudmark))) (. .)))"),
            (V{"NOR SUD 036", "SUD NOR 036"}));
}

TEST(Coder, CompoundSubjectGivesOneEventPerActor) {
  EXPECT_EQ(code("(ROOT (S (NP (NP (NNP Norland)) (CC and) (NP (NNP Westland))) (VP (VBD condemned) "
                 "(NP (NNP Sudmark))) (. .)))"),
            (V{"NOR SUD 111", "WES SUD 111"}));
}

TEST(Coder, PassiveVoiceSwapsRoles) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Sudmark)) (VP (VBD was) (VP (VBN condemned) (PP (IN by) "
                 "(NP (NNP Norland))))) (. .)))"),
            V{"NOR SUD 111"});
}

TEST(Coder, DatedActorCodes) {
  const std::string tor = "(ROOT (S (NP (NNP President) (NNP Baran) (NNP Tor)) (VP (VBD condemned) "
                          "(NP (NNP Ostria))) (. .)))";
  EXPECT_EQ(code(tor, {}, "20120305"), V{"NORGOV OST 111"});
  EXPECT_EQ(code(tor, {}, "20200305"), V{"NORELI OST 111"});  // the undated default
  const std::string voss = "(ROOT (S (NP (NNP Helga) (NNP Voss)) (VP (VBD condemned) "
                           "(NP (NNP Ostria))) (. .)))";
  EXPECT_EQ(code(voss, {}, "20190101"), V{"SUDGOV OST 111"});
  EXPECT_EQ(code(voss, {}, "20170101"), V{"SUDOPP OST 111"});
  EXPECT_EQ(code(voss, {}, "180515"), V{"SUDOPP OST 111"});  // six-digit dates too
}

TEST(Coder, AgentsAppendAndPrependCodes) {
  EXPECT_EQ(code("(ROOT (S (NP (DT The) (JJ Norlandic) (NN government)) (VP (VBD condemned) "
                 "(NP (NNP Sudmark))) (. .)))"),
            V{"NORGOV SUD 111"});
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland) (NNS rights) (NNS groups)) (VP (VBD condemned) "
                 "(NP (NNP Sudmark))) (. .)))"),
            V{"NGONOR SUD 111"});
}

TEST(Coder, FormerMakesAnAgentElite) {
  EXPECT_EQ(code("(ROOT (S (NP (JJ Former) (NNP Norland) (NN government) (NNS officials)) "
                 "(VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"NORELI SUD 111"});
}

TEST(Coder, PossessiveNounPhraseIsOneActor) {
  EXPECT_EQ(code("(ROOT (S (NP (NP (NNP Sudmark) (POS 's)) (NN police)) (VP (VBD arrested) "
                 "(NP (NNP Ostria) (NNS protesters))) (. .)))"),
            V{"SUDCOP OSTCVL 173"});
}

TEST(Coder, RequireDyadOption) {
  const std::string parse = "(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (DT the) "
                            "(NN decision))) (. .)))";
  EXPECT_TRUE(code(parse).empty());
  dict::PetrarchOptions options;
  options.require_dyad = false;
  EXPECT_EQ(code(parse, options), V{"NOR --- 111"});
}

TEST(Coder, NewActorLengthOption) {
  const std::string parse = "(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (DT the) "
                            "(NNP Blue) (NNP Party))) (. .)))";
  dict::PetrarchOptions options;
  options.new_actor_length = 3;
  EXPECT_EQ(code(parse, options), V{"NOR \"THE BLUE PARTY\" 111"});
  options.new_actor_length = 2;  // three words are too long to be a new actor
  EXPECT_TRUE(code(parse, options).empty());
}

TEST(Coder, CommaClauseOptions) {
  // "Sudmark, Ostria said, condemned Norland." The internal clause "Ostria said" (2
  // words) is removed by default, leaving Sudmark as the subject.
  const std::string parse =
      "(ROOT (S (NP (NNP Sudmark)) (, ,) (S (NP (NNP Ostria)) (VP (VBD said))) (, ,) "
      "(VP (VBD condemned) (NP (NNP Norland))) (. .)))";
  EXPECT_EQ(code(parse), V{"SUD NOR 111"});
  dict::PetrarchOptions off;
  off.comma_max = 0;  // clause kept: the comma before the verb ends the subject search
  EXPECT_TRUE(code(parse, off).empty());
  dict::PetrarchOptions too_short;
  too_short.comma_min = 3;  // a 2-word clause is below the minimum, so it stays
  EXPECT_TRUE(code(parse, too_short).empty());
}

TEST(Coder, TerminalCommaClauseOption) {
  // "Norland met Sudmark, Ostria said": the terminal clause goes by default (2..8 words).
  const std::string parse =
      "(ROOT (S (S (NP (NNP Norland)) (VP (VBD condemned) (NP (NNP Sudmark)))) (, ,) "
      "(NP (NNP Ostria)) (VP (VBD said) (NP (NNP Westland))) (. .)))";
  EXPECT_EQ(code(parse), V{"NOR SUD 111"});
  dict::PetrarchOptions keep;
  keep.comma_emax = 0;
  EXPECT_EQ(code(parse, keep), V{"NOR SUD 111"});  // SAY has no default code
}

TEST(Coder, DiscardPhrases) {
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  EXPECT_TRUE(code("(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (DT the) (NN football) "
                   "(NN match))) (. .)))",
                   {}, "20200101", &outcome)
                  .empty());
  EXPECT_EQ(outcome, SentenceOutcome::kDiscardSentence);
  code("(ROOT (S (NP (NNP Norland) (POS 's)) (NN horoscope)) (. .))", {}, "20200101", &outcome);
  EXPECT_EQ(outcome, SentenceOutcome::kDiscardStory);
}

TEST(Coder, DatelineParseIsReported) {
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  // "NORLAND -- Sudmark police and the city's protesters clashed": the parser made the
  // whole line one noun phrase holding a compound.
  code("(ROOT (NP (NP (NNP NORLAND)) (: --) (NP (NP (NP (NNP Sudmark) (NN police)) (CC and) "
       "(NP (NP (DT the) (NN city) (POS 's)) (NNS protesters))) (VP (VBD clashed)))))",
       {}, "20200101", &outcome);
  EXPECT_EQ(outcome, SentenceOutcome::kDateline);
}

TEST(Coder, EventsCarryEvidence) {
  auto tree = syntax::read_ptb(
      "(ROOT (S (NP (NNP Sudmark) (NN police)) (VP (VBD fired) (NP (NNS rockets)) (PP (IN at) "
      "(NP (NNP Ostria)))) (. .)))");
  ASSERT_TRUE(tree.ok());
  Coder coder(test_dictionaries(), {});
  SentenceCoding result = coder.code(tree.value(), dict::to_ordinal_date("20200101"));
  ASSERT_EQ(result.events.size(), 1u);
  const CodedEvent& e = result.events.front();
  EXPECT_EQ(e.verb, "FIRED");
  EXPECT_EQ(e.pattern, "- * &ARMS AT +");
  EXPECT_EQ(e.pattern_file, "verbs.txt");
  EXPECT_GT(e.pattern_line, 0);
  EXPECT_EQ(e.source_text, "SUDMARK POLICE");
  EXPECT_EQ(e.target_text, "OSTRIA");
  EXPECT_EQ(e.first_token, 0);
  EXPECT_EQ(e.last_token, 5);
}

TEST(Coder, PlaceAfterInGivesTheCountryOfTheAgentBeforeIt) {
  // A capital is its government on its own; "traders in" the capital are its business.
  EXPECT_EQ(code("(ROOT (S (NP (NNP Ostburg)) (VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"OSTGOV SUD 111"});
  EXPECT_EQ(code("(ROOT (S (NP (NP (NNS traders)) (PP (IN in) (NP (NNP Ostburg)))) "
                 "(VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"OSTBUS SUD 111"});
}

TEST(Coder, CompanyNamesAreBusinessesNotGovernments) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland) (NNP Steel) (NNP Corp)) "
                 "(VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"NORBUS SUD 111"});
  EXPECT_EQ(code("(ROOT (S (NP (NNP Ostburg) (NNP Holdings) (NNP Inc)) "
                 "(VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"---BUS SUD 111"});
}

TEST(Coder, PlaceNameAfterATitleIsASurname) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Mr) (NNP Westland)) (VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{});
  EXPECT_EQ(code("(ROOT (S (NP (NNP Westland)) (VP (VBD condemned) (NP (NNP Sudmark))) (. .)))"),
            V{"WES SUD 111"});
}

TEST(Coder, PartsOfAPlaceAreWhereNotWho) {
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (NP (DT the) (NNS streets)) "
                 "(PP (IN of) (NP (NNP Ostburg))))) (. .)))"),
            V{});
  EXPECT_EQ(code("(ROOT (S (NP (NNP Norland)) (VP (VBD condemned) (NP (NP (DT the) (NNS leaders)) "
                 "(PP (IN of) (NP (NNP Ostburg))))) (. .)))"),
            V{"NOR OSTGOV 111"});
}

// screen() decides, before parsing, whether a sentence can give an event at all.
Screening screen(const std::string& text, bool require_dyad) {
  dict::PetrarchOptions options;
  options.require_dyad = require_dyad;
  Coder coder(test_dictionaries(), options);
  std::vector<syntax::Token> tokens;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ' || c == '.') {
      if (!word.empty()) tokens.push_back({word, "", "", 0, 0});
      word.clear();
    } else {
      word += c;
    }
  }
  return coder.screen(tokens);
}

TEST(Coder, ScreeningSkipsSentencesWithTooFewActorsForAnEvent) {
  auto parse = [](const std::string& text, bool dyad) { return screen(text, dyad) == Screening::kParse; };
  EXPECT_TRUE(parse("Norland condemned Sudmark.", true));
  EXPECT_FALSE(parse("The weather was fine.", true));
  EXPECT_FALSE(parse("Norland grew fast.", true)) << "one actor cannot make a dyad";
  EXPECT_TRUE(parse("Norland grew fast.", false)) << "without a dyad one actor may act";
  EXPECT_TRUE(parse("The police condemned Sudmark.", true)) << "agents count";
  EXPECT_TRUE(parse("He condemned Sudmark.", true)) << "pronouns may resolve";
  EXPECT_TRUE(parse("Norland must act.", true)) << "an appeal's speaker is elsewhere";
  EXPECT_FALSE(parse("", false));
}

TEST(Coder, ScreeningFindsDiscardPhrases) {
  EXPECT_EQ(screen("Norland condemned Sudmark after the football match.", true), Screening::kSkip);
  EXPECT_EQ(screen("Norland read its horoscope.", true), Screening::kDiscardStory);
}

}  // namespace
}  // namespace vigil::events
