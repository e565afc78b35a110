// Reads the real PETRARCH2 dictionaries from ../shared (third-party; read at run time only,
// never copied): they must load with no problems, and a few known entries are checked.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

namespace fs = std::filesystem;
using testing::dump;
using testing::views;
using testing::words_of;

const fs::path kDir = fs::path(VIGIL_SHARED_DIR) / "external" / "petrarch2";

template <typename Dict>
const auto* lookup(const Dict& d, std::string_view phrase) {
  auto words = words_of(phrase);
  int e = d.index.find(views(words));
  return e < 0 ? nullptr : &d.entries[static_cast<size_t>(e)];
}

TEST(SharedFiles, PhoenixConfigLoadsWithoutProblems) {
  fs::path ini = kDir / "PETR_config.ini";
  if (!fs::exists(ini)) GTEST_SKIP() << "no " << ini << " (../shared absent): skipped";
  auto cfg = read_petrarch_config(ini.string());
  ASSERT_TRUE(cfg.ok()) << cfg.status().to_string();
  EXPECT_EQ(cfg.value().files.actors.size(), 3u);
  EXPECT_TRUE(cfg.value().options.require_dyad);
  EXPECT_EQ(cfg.value().options.new_actor_length, 0);
  auto loaded = load_dictionaries(cfg.value().files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const Dictionaries& d = *loaded.value();
  for (const auto& w : d.warnings()) std::cout << "warning: " << w.to_string() << "\n";

  EXPECT_EQ(d.verbs.blocks.size(), 397u);
  EXPECT_EQ(d.verbs.transformations.size(), 8u);
  size_t patterns = 0;
  for (const auto& b : d.verbs.blocks) patterns += b.patterns.size();
  EXPECT_GT(patterns, 4600u);
  const auto* said = d.verbs.find("SAID");
  ASSERT_NE(said, nullptr);
  EXPECT_EQ(said->back().lemma, "SAY");
  ASSERT_NE(d.verbs.find("CORDONED"), nullptr);
  EXPECT_FALSE(d.verbs.synsets.empty());

  const ActorEntry* afg = lookup(d.actors, "AFGHANISTAN");
  ASSERT_NE(afg, nullptr);
  EXPECT_EQ(afg->code_on(ordinal_from_ymd(2010, 1, 1)), "AFG");
  const ActorEntry* shah = lookup(d.actors, "MOHAMMAD ZAHIR SHAH");
  ASSERT_NE(shah, nullptr);
  EXPECT_EQ(shah->code_on(ordinal_from_ymd(1950, 1, 1)), "AFGGOV");
  EXPECT_EQ(shah->code_on(ordinal_from_ymd(1990, 1, 1)), "AFGELI");
  EXPECT_GT(d.actors.entries.size(), 20000u);

  const AgentEntry* cop = lookup(d.agents, "POLICEMAN");
  ASSERT_NE(cop, nullptr);
  EXPECT_EQ(cop->code, "COP");
  const AgentEntry* chambers = lookup(d.agents, "CHAMBERS OF COMMERCE");
  ASSERT_NE(chambers, nullptr);
  EXPECT_EQ(chambers->code, "BUS");

  auto group_a = words_of("IN GROUP A TODAY");
  EXPECT_EQ(d.discards.check(views(group_a)), DiscardDictionary::Verdict::kDiscardSentence);
  auto group_ab = words_of("IN GROUP AB TODAY");
  EXPECT_EQ(d.discards.check(views(group_ab)), DiscardDictionary::Verdict::kKeep);

  const IssueEntry* kinder = lookup(d.issues, "KINDERGARTENS");
  ASSERT_NE(kinder, nullptr);
  EXPECT_EQ(kinder->code, "EARLY_CHILDHOOD_EDUCATION");
  EXPECT_EQ(kinder->category, "EDUCATION");
}

TEST(SharedFiles, ValidationDictionariesLoadWithoutProblems) {
  DictionaryFiles files;
  files.verbs = (kDir / "PETR.Validate.verbs.txt").string();
  files.actors = {(kDir / "PETR.Validate.actors.txt").string()};
  files.agents = (kDir / "PETR.Validate.agents.txt").string();
  files.discards = (kDir / "PETR.Validate.discards.txt").string();
  if (!fs::exists(files.verbs)) GTEST_SKIP() << "no " << files.verbs << " (../shared absent): skipped";
  auto loaded = load_dictionaries(files);
  ASSERT_TRUE(loaded.ok()) << loaded.status().to_string();
  const Dictionaries& d = *loaded.value();
  for (const auto& w : d.warnings()) std::cout << "warning: " << w.to_string() << "\n";

  // The DATE records' actors: first matching restriction wins, limits inclusive.
  const ActorEntry* sam = lookup(d.actors, "SAM GAMGEE");
  ASSERT_NE(sam, nullptr);
  EXPECT_EQ(sam->code_on(ordinal_from_ymd(2008, 1, 19)), "HOBCIV");
  EXPECT_EQ(sam->code_on(ordinal_from_ymd(2010, 1, 10)), "ORCHOB");
  EXPECT_EQ(sam->code_on(ordinal_from_ymd(2010, 1, 6)), "HOBMIL");
  EXPECT_EQ(sam->code_on(ordinal_from_ymd(2012, 12, 25)), "HOBGOV");
  const ActorEntry* gollum = lookup(d.actors, "SMEAGOL");
  ASSERT_NE(gollum, nullptr);
  EXPECT_EQ(gollum->root, "GOLLUM");
  EXPECT_EQ(gollum->code_on(ordinal_from_ymd(1995, 1, 1)), "HOB");
  EXPECT_EQ(gollum->code_on(ordinal_from_ymd(1995, 11, 1)), "HOBGOV");
  EXPECT_EQ(gollum->code_on(ordinal_from_ymd(2001, 1, 1)), "HOBREB");
  const ActorEntry* zim = lookup(d.actors, "ZIMBABWE");
  ASSERT_NE(zim, nullptr);
  EXPECT_EQ(zim->code_on(ordinal_from_ymd(1978, 12, 23)), "RHO");
  EXPECT_EQ(zim->code_on(ordinal_from_ymd(2001, 1, 1)), "ZBW");

  // PETRARCH-1 verb constructs.
  ASSERT_NE(d.verbs.find("ABC"), nullptr);
  EXPECT_EQ(d.verbs.find("ABC")->front().after, (std::vector<std::string>{"DEF", "GHI"}));
  ASSERT_NE(d.verbs.find("RST"), nullptr);
  EXPECT_EQ(d.verbs.find("RST")->front().code.forward, "002");

  const AgentEntry* congress = lookup(d.agents, "CONGRESSMEN");
  ASSERT_NE(congress, nullptr);
  EXPECT_EQ(congress->code, "LEG");
  const AgentEntry* geese = lookup(d.agents, "GOLDEN GEESE");
  ASSERT_NE(geese, nullptr);
  EXPECT_EQ(geese->code, "GGS");
  EXPECT_NE(lookup(d.agents, "MINISTERS OF SILLY WALKS"), nullptr);
  EXPECT_FALSE(d.discards.entries.empty());
}

}  // namespace
}  // namespace vigil::dict
