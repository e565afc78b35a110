// Golden tests: every tests/golden/nlp/NAME.txt is split, parsed and written as canonical
// JSON lines (one per sentence, sorted keys) and compared with NAME.jsonl beside it.
// VIGIL_UPDATE_GOLDEN=1 rewrites the expected files; review their diff like code
// (tests/support/golden.h).
#include "golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "vigil/nlp.h"

namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string render(vigil::nlp::Parser& parser, const std::string& text) {
  std::string out;
  const vigil::nlp::Dateline d = vigil::nlp::find_dateline(text);
  if (d.found()) {
    nlohmann::json j;
    j["dateline"] = text.substr(d.begin, d.end - d.begin);
    j["place"] = text.substr(d.place_begin, d.place_end - d.place_begin);
    out += j.dump() + "\n";
  }
  for (const auto& s : vigil::nlp::split_sentences(text)) {
    auto tree = parser.parse(text, s);
    nlohmann::json j;
    j["begin"] = s.begin;
    j["end"] = s.end;
    j["sentence"] = text.substr(s.begin, s.end - s.begin);
    j["tree"] = tree.to_string();
    std::string lemmas;
    for (const auto& t : tree.tokens) {
      if (!lemmas.empty()) lemmas += ' ';
      lemmas += t.lemma;
    }
    j["lemmas"] = lemmas;
    out += j.dump() + "\n";
  }
  return out;
}

TEST(NlpGolden, TreesMatchExpectedFiles) {
  auto lex = vigil::nlp::Lexicon::load();
  if (!lex.ok()) GTEST_SKIP() << "WordNet (wordnet-base) not installed";
  vigil::nlp::Parser parser(lex.value());
  const fs::path dir = fs::path(VIGIL_TEST_DATA_DIR) / "golden" / "nlp";
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  ASSERT_GE(inputs.size(), 9u) << "golden inputs missing in " << dir;
  for (const auto& in : inputs) {
    fs::path expected_path = in;
    expected_path.replace_extension(".jsonl");
    vigil::testing::expect_golden(expected_path, render(parser, read_all(in)));
  }
}

}  // namespace
