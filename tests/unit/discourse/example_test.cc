// The bundled example: Amnesty International Canada's press release of 1 June 2020 on
// Hong Kong's national security law. Read from examples/ in the repository (or from
// ../shared/examples); the test skips when neither is there.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "vigil/discourse.h"

namespace vd = vigil::discourse;

namespace {

std::string read_example() {
  for (const std::string& path :
       {std::string(VIGIL_TEST_DATA_DIR) + "/../examples/hk-nsl-press-release.txt",
        std::string(VIGIL_SHARED_DIR) + "/examples/hk-nsl-press-release.txt"}) {
    std::ifstream in(path, std::ios::binary);
    if (!in) continue;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  return "";
}

TEST(Example, QuotationsAndSpeakers) {
  std::string text = read_example();
  if (text.empty()) GTEST_SKIP() << "examples/hk-nsl-press-release.txt not found";
  auto quotes = vd::find_quotes(text);
  // Full quotations grouped by paragraph: Neve (twice), Go, Isabelle-Langlois. Neve's
  // second paragraph and Isabelle-Langlois's are split quotes (two Quote objects each).
  std::vector<std::pair<size_t, std::vector<const vd::Quote*>>> passages;
  for (const auto& q : quotes) {
    if (q.partial) continue;
    size_t para = text.rfind("\n\n", q.begin);
    if (passages.empty() || passages.back().first != para) passages.push_back({para, {}});
    passages.back().second.push_back(&q);
  }
  ASSERT_EQ(passages.size(), 4u);
  const char* speakers[] = {"Alex Neve", "Alex Neve", "Avvy Go", "France Isabelle-Langlois"};
  const char* orgs[] = {"Amnesty International Canada’s English branch",
                        "Amnesty International Canada’s English branch",
                        "Chinese and Southeast Asian Legal Clinic",
                        "Amnistie internationale Canada francophone"};
  for (size_t i = 0; i < 4; ++i) {
    for (const auto* q : passages[i].second) {
      EXPECT_EQ(q->speaker, speakers[i]) << i;
      EXPECT_EQ(q->speaker_org, orgs[i]) << i;
    }
  }
  EXPECT_EQ(passages[1].second.size(), 2u);  // “As we prepare ...,” Neve said. “For Canada ...”
  EXPECT_EQ(passages[0].second[0]->speaker_role, "Secretary General");
  EXPECT_EQ(passages[2].second[0]->speaker_role, "Clinic Director");
  EXPECT_EQ(passages[3].second[0]->speaker_role, "Directrice générale");
  EXPECT_EQ(text.substr(passages[0].second[0]->begin, 9), "it is now");
  const vd::Quote* split_first = passages[1].second[0];
  EXPECT_EQ(text.substr(split_first->end - 4, 5), "step,") << "the comma stays outside";

  // The phrases the law targets, and the words "insulting"/"misusing", are partial quotes.
  size_t partial = 0;
  for (const auto& q : quotes)
    if (q.partial) {
      ++partial;
      EXPECT_EQ(q.speaker, "");
    }
  EXPECT_EQ(partial, 3u);
}

TEST(Example, Dates) {
  std::string text = read_example();
  if (text.empty()) GTEST_SKIP() << "examples/hk-nsl-press-release.txt not found";
  std::map<std::string, vd::ResolvedDate> by_text;
  for (const auto& e : vd::find_time_expressions(text, 0, text.size()))
    by_text[text.substr(e.begin, e.end - e.begin)] = vd::resolve(e, "2020-06-01");
  ASSERT_TRUE(by_text.count("Last week"));
  EXPECT_GE(by_text["Last week"].range_begin, "2020-05-25");
  EXPECT_LE(by_text["Last week"].range_end, "2020-05-31");
  ASSERT_TRUE(by_text.count("On Thursday"));
  EXPECT_EQ(by_text["On Thursday"].text, "2020-05-28");
  ASSERT_TRUE(by_text.count("Last year"));
  EXPECT_EQ(by_text["Last year"].text, "2019");
  ASSERT_TRUE(by_text.count("In recent days"));
  EXPECT_EQ(by_text["In recent days"].range_end, "2020-06-01");
  EXPECT_LT(by_text["In recent days"].range_begin, "2020-06-01");
}

TEST(Example, Places) {
  std::string text = read_example();
  if (text.empty()) GTEST_SKIP() << "examples/hk-nsl-press-release.txt not found";
  auto g = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
  ASSERT_TRUE(g.ok()) << g.status().to_string();
  auto places = vd::find_places(text, 0, text.size(), *g.value());
  size_t hong_kong = 0, in_the_city = 0;
  for (const auto& p : places) {
    if (p.name == "Hong Kong") {
      EXPECT_EQ(p.country, "HKG");
      ++hong_kong;
    }
    if (p.anaphoric && text.substr(p.begin, p.end - p.begin) == "the city") {
      EXPECT_EQ(p.country, "HKG");
      ++in_the_city;
    }
  }
  EXPECT_GE(hong_kong, 5u);
  EXPECT_GE(in_the_city, 1u);
  auto d = vd::dateline_place(text, vigil::nlp::find_dateline(text), g.value().get());
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->name, "Ottawa");
  EXPECT_EQ(d->country, "CAN");
}

}  // namespace
