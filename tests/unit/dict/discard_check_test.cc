// DiscardDictionary::check (with its byte-level rejection) must agree with the plain
// definition of a discard match: on our phrases, and on the Phoenix discards over real
// news words (../shared; skipped when absent).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "vigil/dictionaries.h"

namespace vigil::dict {
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

// The definition, entry by entry: all words equal in order, the last one as a prefix
// unless the entry is whole-word; story entries win, then the first entry in the file.
DiscardDictionary::Verdict reference(const DiscardDictionary& d,
                                     const std::vector<std::string_view>& words, int* matched) {
  int story = -1, sentence = -1;
  for (size_t idx = 0; idx < d.entries.size(); ++idx) {
    const DiscardEntry& e = d.entries[idx];
    if (e.words.empty()) continue;
    for (size_t i = 0; i + e.words.size() <= words.size(); ++i) {
      bool ok = true;
      for (size_t k = 0; k < e.words.size() && ok; ++k) {
        const bool last = k + 1 == e.words.size();
        ok = (last && !e.whole_word) ? words[i + k].substr(0, e.words[k].size()) == e.words[k]
                                     : words[i + k] == e.words[k];
      }
      if (!ok) continue;
      int& slot = e.whole_story ? story : sentence;
      if (slot < 0) slot = static_cast<int>(idx);
      break;
    }
  }
  *matched = story >= 0 ? story : sentence;
  if (story >= 0) return DiscardDictionary::Verdict::kDiscardStory;
  if (sentence >= 0) return DiscardDictionary::Verdict::kDiscardSentence;
  return DiscardDictionary::Verdict::kKeep;
}

void expect_same(const DiscardDictionary& d, const std::vector<std::string>& words) {
  std::vector<std::string_view> views(words.begin(), words.end());
  int want = -2, got = -2;
  EXPECT_EQ(static_cast<int>(reference(d, views, &want)), static_cast<int>(d.check(views, &got)));
  EXPECT_EQ(want, got);
}

TEST(DiscardCheck, AgreesWithTheDefinitionOnOurPhrases) {
  DiscardDictionary d;
  std::vector<Diagnostic> problems;
  parse_discards("FOOTBALL_MATCH\n+HOROSCOPE\nSOCCER\nWORLD_CUP_\nA\nXY\n", "t", d, problems);
  ASSERT_TRUE(problems.empty());
  for (const char* s : {"the football match ended", "a horoscope today", "soccerball fans",
                        "world cup final", "world cupboard", "nothing here", "", "xylophone"})
    expect_same(d, upper_words(s));
}

TEST(DiscardCheck, AgreesWithTheDefinitionOnPhoenixDiscardsOverNews) {
  const std::string shared = VIGIL_SHARED_DIR;
  const std::string discards = shared + "/external/petrarch2/Phoenix.discards.txt";
  const std::string corpus = shared + "/corpora/bbc2225.jsonl";
  if (!std::filesystem::exists(discards) || !std::filesystem::exists(corpus))
    GTEST_SKIP() << "../shared is absent";
  DiscardDictionary d;
  std::vector<Diagnostic> problems;
  read_discard_file(discards, d, problems);
  std::ifstream in(corpus);
  std::string line;
  int docs = 0, discarded = 0;
  while (docs < 300 && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text")) continue;
    ++docs;
    std::vector<std::string> words = upper_words(j["text"].get<std::string>());
    for (size_t start = 0; start < words.size(); start += 25) {
      std::vector<std::string_view> views(
          words.begin() + static_cast<long>(start),
          words.begin() + static_cast<long>(std::min(words.size(), start + 25)));
      int want = -2, got = -2;
      auto expected = reference(d, views, &want);
      ASSERT_EQ(static_cast<int>(expected), static_cast<int>(d.check(views, &got)));
      ASSERT_EQ(want, got);
      discarded += expected != DiscardDictionary::Verdict::kKeep;
    }
  }
  EXPECT_GT(discarded, 0) << "the sample should exercise some discards";
}

}  // namespace
}  // namespace vigil::dict
