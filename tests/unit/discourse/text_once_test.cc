// One list per fact (issue 9, "text once"): where two stages once kept their own copy of a
// word list or a rule and disagreed, each case here is a sentence of one of the two
// readings, and the stages must now agree.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "vigil/discourse.h"
#include "vigil/nlp.h"

namespace {

namespace vd = vigil::discourse;

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : vigil::nlp::split_sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// Honorifics: the splitter and the speaker reader share one list. "Mme." was in the
// speaker reader's list only, so the splitter cut "Mme. Dupont" in two.
TEST(TextOnce, HonorificsOneList) {
  EXPECT_TRUE(vigil::nlp::is_honorific_abbreviation("mme"));
  EXPECT_TRUE(vigil::nlp::is_honorific_abbreviation("maj"));
  EXPECT_FALSE(vigil::nlp::is_honorific_abbreviation("inc"));
  const auto s = split("Mme. Dupont opened the session. Delegates then voted.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Mme. Dupont opened the session.");
}

const vd::Gazetteer& gazetteer() {
  static const auto g = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
  EXPECT_TRUE(g.ok()) << g.status().to_string();
  return *g.value();
}

// Place prepositions: the place reader and the event pipeline kept two lists, and
// "through" was in the pipeline's only, so "marched through Budapest" located nothing.
TEST(TextOnce, ThroughIntroducesAPlace) {
  const std::string text = "Thousands of students marched through Budapest on Sunday.";
  const auto places = vd::find_places(text, 0, text.size(), gazetteer());
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Budapest");
  EXPECT_EQ(places[0].cue, "through");
  EXPECT_TRUE(vd::is_locative_cue("through"));
  EXPECT_TRUE(vd::is_locative_cue("In"));
  EXPECT_FALSE(vd::is_locative_cue("to"));  // "flew to Paris": a place, not the event's
  EXPECT_FALSE(vd::is_locative_cue(""));
}

}  // namespace
