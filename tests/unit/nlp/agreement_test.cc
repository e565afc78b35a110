// Measures how far vigil's tagger and chunker agree with the CoreNLP parses shipped with
// PETRARCH2 (read from ../shared at run time; skipped when absent). Prints the numbers;
// asserts floors somewhat below what was measured so regressions fail loudly.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "vigil/nlp.h"
#include "vigil/tree.h"

namespace {

struct Counts {
  size_t gold = 0, aligned = 0, same_tag = 0;
  // Chunk brackets: spans of NP/VP/PP nodes over aligned tokens.
  size_t gold_brackets = 0, ours_brackets = 0, same_brackets = 0;
  std::map<std::string, size_t> confusions;
};

std::string normalize_tag(const std::string& t) {
  if (t.rfind("AUX", 0) == 0) {
    if (t == "AUXP") return "VBP";
    if (t == "AUXZ") return "VBZ";
    if (t == "AUXD") return "VBD";
    if (t == "AUXG") return "VBG";
    if (t == "AUXN") return "VBN";
    return "VB";
  }
  return t;
}

std::string normalize_word(std::string w) {
  if (w == "``" || w == "''" || w == "\"") return "\"";
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

using Bracket = std::tuple<std::string, int, int>;

// NP/VP/PP brackets of `tree` in gold-token coordinates given map[i] (our token -> gold).
void brackets(const vigil::syntax::Tree& tree, const std::vector<int>& map,
              std::vector<Bracket>& out) {
  for (const auto& n : tree.nodes) {
    if (n.token >= 0 || n.last_token < n.first_token) continue;
    std::string l = n.label;
    if (l != "NP" && l != "VP" && l != "PP") continue;
    int a = map.empty() ? n.first_token : map[static_cast<size_t>(n.first_token)];
    int b = map.empty() ? n.last_token : map[static_cast<size_t>(n.last_token)];
    if (a < 0 || b < 0) continue;
    out.emplace_back(l, a, b);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void measure(const std::string& path, vigil::nlp::Parser& parser, Counts& c) {
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(path.c_str())) << path;
  for (auto s : doc.select_nodes("//Sentence")) {
    std::string text = s.node().child_value("Text");
    std::string parse = s.node().child_value("Parse");
    if (text.empty() || parse.empty()) continue;
    auto gold = vigil::syntax::read_ptb(parse);
    if (!gold.ok()) continue;
    const auto& gt = gold.value().tokens;
    c.gold += gt.size();
    // Parse the whole text as one sentence, as the PETRARCH records are one sentence.
    size_t b = text.find_first_not_of(" \n\r\t");
    size_t e = text.find_last_not_of(" \n\r\t");
    if (b == std::string::npos) continue;
    vigil::syntax::Tree ours = parser.parse(text, {b, e + 1});
    const auto& ot = ours.tokens;
    // Greedy alignment with a small look-ahead on both sides.
    std::vector<int> map(ot.size(), -1);
    size_t i = 0, j = 0;
    while (i < ot.size() && j < gt.size()) {
      if (normalize_word(ot[i].text) == normalize_word(gt[j].text)) {
        map[i] = static_cast<int>(j);
        ++c.aligned;
        std::string g = normalize_tag(gt[j].tag);
        if (g == ot[i].tag) {
          ++c.same_tag;
        } else {
          ++c.confusions[g + "->" + ot[i].tag];
        }
        ++i;
        ++j;
        continue;
      }
      bool found = false;
      for (size_t d = 1; d <= 3 && !found; ++d) {
        if (j + d < gt.size() && normalize_word(ot[i].text) == normalize_word(gt[j + d].text)) {
          j += d;
          found = true;
        } else if (i + d < ot.size() &&
                   normalize_word(ot[i + d].text) == normalize_word(gt[j].text)) {
          i += d;
          found = true;
        }
      }
      if (!found) {
        ++i;
        ++j;
      }
    }
    std::vector<Bracket> gb, ob;
    brackets(gold.value(), {}, gb);
    brackets(ours, map, ob);
    c.gold_brackets += gb.size();
    c.ours_brackets += ob.size();
    for (const auto& x : ob)
      if (std::binary_search(gb.begin(), gb.end(), x)) ++c.same_brackets;
  }
}

TEST(NlpAgreement, TagsAndBracketsAgainstPetrarchParses) {
  const std::string dir = std::string(VIGIL_SHARED_DIR) + "/external/petrarch2/";
  const std::string files[] = {dir + "PETR.UnitTest.dev.xml", dir + "GigaWord.sample.PETR.xml"};
  if (std::FILE* f = std::fopen(files[0].c_str(), "r")) {
    std::fclose(f);
  } else {
    GTEST_SKIP() << "../shared/external/petrarch2 not present; agreement not measured";
  }
  auto lexicon = vigil::nlp::Lexicon::load();
  if (!lexicon.ok()) GTEST_SKIP() << "WordNet not installed: " << lexicon.status().to_string();
  vigil::nlp::Parser parser(lexicon.value());
  for (const auto& f : files) {
    Counts c;
    measure(f, parser, c);
    const double tag_acc =
        c.aligned ? 100.0 * static_cast<double>(c.same_tag) / static_cast<double>(c.aligned) : 0;
    const double cover =
        c.gold ? 100.0 * static_cast<double>(c.aligned) / static_cast<double>(c.gold) : 0;
    const double prec = c.ours_brackets ? 100.0 * static_cast<double>(c.same_brackets) /
                                              static_cast<double>(c.ours_brackets)
                                        : 0;
    const double rec = c.gold_brackets ? 100.0 * static_cast<double>(c.same_brackets) /
                                             static_cast<double>(c.gold_brackets)
                                       : 0;
    std::printf(
        "%s\n  tokens %zu, aligned %.1f%%, tag agreement %.2f%%\n"
        "  NP/VP/PP brackets: precision %.1f%%, recall %.1f%%, F1 %.1f%%\n",
        f.c_str(), c.gold, cover, tag_acc, prec, rec,
        prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0);
    std::vector<std::pair<size_t, std::string>> top;
    for (const auto& [k, v] : c.confusions) top.emplace_back(v, k);
    std::sort(top.rbegin(), top.rend());
    std::printf("  top confusions (gold->ours):");
    for (size_t k = 0; k < top.size() && k < 12; ++k)
      std::printf(" %s:%zu", top[k].second.c_str(), top[k].first);
    std::printf("\n");
    EXPECT_GT(cover, 90.0) << f;    // some records' Text and Parse differ
    EXPECT_GT(tag_acc, 90.0) << f;  // measured 96.1% (dev) and 93.2% (GigaWord)
    EXPECT_GT(rec, 60.0) << f;      // measured 78% and 69%
  }
}

}  // namespace
