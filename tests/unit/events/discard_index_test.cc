// The coder's fast discard index must give exactly the dictionary's verdicts: checked on
// our test discards and on the Phoenix discards over real news words (../shared; that
// part skips when it is absent).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "discards.h"
#include "vigil/dictionaries.h"

namespace vigil::events {
namespace {

std::vector<std::string> upper_words(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string w;
  while (ss >> w) {
    for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out.push_back(w);
  }
  return out;
}

void expect_same(const dict::DiscardDictionary& d, const std::vector<std::string>& words) {
  DiscardIndex index(d);
  std::vector<std::string_view> views(words.begin(), words.end());
  int slow_entry = -2, fast_entry = -2;
  auto slow = d.check(views, &slow_entry);
  auto fast = index.check(views, &fast_entry);
  EXPECT_EQ(static_cast<int>(slow), static_cast<int>(fast));
  EXPECT_EQ(slow_entry, fast_entry);
}

TEST(DiscardIndex, AgreesWithTheDictionaryOnOurPhrases) {
  dict::DiscardDictionary d;
  std::vector<Diagnostic> problems;
  dict::parse_discards("FOOTBALL_MATCH\n+HOROSCOPE\nSOCCER\nWORLD_CUP_\n", "t", d, problems);
  ASSERT_TRUE(problems.empty());
  for (const char* s : {"the football match ended", "a horoscope today", "soccerball fans",
                        "world cup final", "world cupboard", "nothing here", ""})
    expect_same(d, upper_words(s));
}

TEST(DiscardIndex, AgreesWithTheDictionaryOnPhoenixDiscardsAndNews) {
  const std::string shared = VIGIL_SHARED_DIR;
  const std::string discards = shared + "/external/petrarch2/Phoenix.discards.txt";
  const std::string corpus = shared + "/corpora/bbc2225.jsonl";
  if (!std::filesystem::exists(discards) || !std::filesystem::exists(corpus))
    GTEST_SKIP() << "../shared is absent";
  dict::DiscardDictionary d;
  std::vector<Diagnostic> problems;
  dict::read_discard_file(discards, d, problems);
  DiscardIndex index(d);
  std::ifstream in(corpus);
  std::string line;
  int docs = 0, discarded = 0;
  while (docs < 500 && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text")) continue;
    ++docs;
    std::vector<std::string> words = upper_words(j["text"].get<std::string>());
    // Sentence-sized windows.
    for (size_t start = 0; start < words.size(); start += 25) {
      std::vector<std::string_view> views(words.begin() + static_cast<long>(start),
                                          words.begin() + static_cast<long>(std::min(words.size(), start + 25)));
      int a = -2, b = -2;
      auto slow = d.check(views, &a);
      auto fast = index.check(views, &b);
      ASSERT_EQ(static_cast<int>(slow), static_cast<int>(fast));
      ASSERT_EQ(a, b);
      discarded += slow != dict::DiscardDictionary::Verdict::kKeep;
    }
  }
  EXPECT_GT(discarded, 0) << "the sample should exercise some discards";
}

}  // namespace
}  // namespace vigil::events
