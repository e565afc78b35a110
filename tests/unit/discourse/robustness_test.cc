// Outside text is arbitrary: the discourse readers must return valid spans for any bytes,
// including text without punctuation, unbalanced marks and cut UTF-8 sequences.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "vigil/discourse.h"

namespace vd = vigil::discourse;

namespace {

void check_all(const std::string& text, const vd::Gazetteer* g) {
  for (const auto& q : vd::find_quotes(text)) {
    ASSERT_LE(q.begin, q.end);
    ASSERT_LE(q.end, text.size());
    ASSERT_LE(q.speaker_begin, q.speaker_end);
    ASSERT_LE(q.speaker_end, text.size());
  }
  for (const auto& e : vd::find_time_expressions(text, 0, text.size())) {
    ASSERT_LT(e.begin, e.end);
    ASSERT_LE(e.end, text.size());
    auto r = vd::resolve(e, "2020-06-01");
    ASSERT_EQ(r.begin, e.begin);
  }
  if (g) {
    for (const auto& p : vd::find_places(text, text.size() / 2, text.size(), *g)) {
      ASSERT_LT(p.begin, p.end);
      ASSERT_LE(p.end, text.size());
      ASSERT_GE(p.begin, text.size() / 2);
    }
    {
      const vigil::nlp::Dateline d = vigil::nlp::find_dateline(text);
      ASSERT_LE(d.end, text.size());
      (void)vd::dateline_place(text, d, g);
    }
  }
}

TEST(Robustness, RandomBytes) {
  auto g = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
  ASSERT_TRUE(g.ok());
  std::mt19937 rng(42);
  // Bytes weighted toward the ones the readers react to.
  const std::string alphabet =
      "aB .,:;\"'\n-()“”‘’«»–—SaidNeve Hong Kong Thursday May 2019 the city \xC3\xA9\xE2\x80";
  for (int round = 0; round < 300; ++round) {
    std::string text;
    size_t len = rng() % 400;
    for (size_t i = 0; i < len; ++i) text += alphabet[rng() % alphabet.size()];
    check_all(text, g.value().get());
  }
}

TEST(Robustness, LongTextWithoutPunctuation) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "\"a ";  // 3,000 unbalanced straight quotes
  check_all(text, nullptr);
  std::string words;
  for (int i = 0; i < 3000; ++i) words += "said Neve “yes ";
  auto quotes = vd::find_quotes(words);
  EXPECT_GT(quotes.size(), 1000u);  // every mark opens a quote closed by the next
}

TEST(Robustness, BadPublicationDate) {
  auto found = vd::find_time_expressions("It happened last week.", 0, 22);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(vd::resolve(found[0], "June 2020").text, "");
  EXPECT_EQ(vd::resolve(found[0], "2020-02-30").text, "");
  auto d = vd::sentence_date("Nothing dated here.", 0, 19, "2020-06-01");
  EXPECT_EQ(d.text, "2020-06-01");
  EXPECT_EQ(d.begin, d.end);
}

TEST(Robustness, GazetteerRefusesBadRows) {
  auto bad = vd::Gazetteer::load(std::string(VIGIL_TEST_DATA_DIR) + "/no-such-folder");
  EXPECT_FALSE(bad.ok());
  auto g = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
  ASSERT_TRUE(g.ok());
  EXPECT_GT(g.value()->size(), 249u + 500u);
  ASSERT_NE(g.value()->country("HKG"), nullptr);
  EXPECT_EQ(g.value()->country("HKG")->name, "Hong Kong");
  EXPECT_EQ(g.value()->lookup("hong kong")->country, "HKG");
  EXPECT_EQ(g.value()->lookup("Georgia")->country, "GEO");
  EXPECT_EQ(g.value()->lookup("Ga.")->kind, "region");
}

}  // namespace
