#include "vigil/ontology.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace {

std::shared_ptr<const vigil::Ontology> load_ours() {
  auto r = vigil::Ontology::load(std::string(VIGIL_DATA_DIR) + "/cameo");
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.status().to_string());
  return r.ok() ? r.value() : nullptr;
}

TEST(Ontology, LooksUpCodes) {
  auto o = load_ours();
  ASSERT_NE(o, nullptr);
  EXPECT_TRUE(o->known("111"));
  EXPECT_EQ(o->name("111"), "Criticize or denounce");
  EXPECT_DOUBLE_EQ(*o->goldstein("111"), -2.0);
  EXPECT_EQ(o->quad_class("111"), 3);
  EXPECT_EQ(o->root("0253"), "02");
  EXPECT_EQ(o->quad_class("0253"), 1);
  EXPECT_EQ(o->quad_class("064"), 2);
  EXPECT_EQ(o->quad_class("15"), 4);
  EXPECT_EQ(o->quad_class("2042"), 4);
  EXPECT_EQ(o->name("01"), "Make public statement");
}

TEST(Ontology, UnknownCodes) {
  auto o = load_ours();
  ASSERT_NE(o, nullptr);
  for (const char* c : {"", "1", "1111", "11a", "---", "0000", "21", "1214", "111 "}) {
    EXPECT_FALSE(o->known(c)) << c;
    EXPECT_EQ(o->name(c), "") << c;
    EXPECT_FALSE(o->goldstein(c).has_value()) << c;
    EXPECT_EQ(o->quad_class(c), 0) << c;
  }
  ASSERT_NE(o->parent_known("1734"), nullptr);
  EXPECT_EQ(o->parent_known("1734")->code, "173");
  EXPECT_EQ(o->parent_known("9"), nullptr);
}

TEST(Ontology, PloverDecisions) {
  auto o = load_ours();
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->plover("173").event, "COERCE");
  EXPECT_EQ(o->plover("173").mode, "arrest");
  EXPECT_EQ(o->plover("175").event, "ASSAULT");
  EXPECT_EQ(o->plover("010").event, "");          // statements: no PLOVER type
  EXPECT_EQ(o->plover("0253").event, "REQUEST");  // appeals take the 10x mode
  EXPECT_EQ(o->plover("0253").mode, o->plover("1053").mode);
  EXPECT_EQ(o->plover("026").mode, "meet");
  EXPECT_EQ(o->plover("08").event, "CONCEDE");
  EXPECT_EQ(o->plover("0841").event, "RETREAT");
  EXPECT_EQ(o->plover("141").mode, "demo");
  EXPECT_EQ(o->plover("163").event, "SANCTION");  // PLOVER's definition, not the 2021 table
  EXPECT_EQ(o->plover("161").event, "SANCTION");
  // Every code outside root 01 has a PLOVER event.
  for (const auto& c : o->codes())
    if (c.substr(0, 2) != "01") {
      EXPECT_FALSE(o->plover(c).event.empty()) << c;
    }
}

TEST(Ontology, ActorElements) {
  auto o = load_ours();
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->actor_element_name("COP"), "Police");
  EXPECT_TRUE(o->is_actor_prefix("NGO"));
  EXPECT_FALSE(o->is_actor_prefix("GOV"));
  EXPECT_EQ(o->actor_element_name("XYZ"), "");
}

TEST(Ontology, RefusesBadTablesWithEveryLine) {
  auto dir = std::filesystem::temp_directory_path() / "vigil_onto_bad";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "cameo-events.tsv") << "code\troot\tname\tgoldstein\tquad_class\n"
                                          << "111\t11\tCriticize\t-2.0\t3\n"
                                          << "11x\t11\tBad\t-2.0\t3\n"
                                          << "112\t11\tAccuse\tlots\t3\n"
                                          << "113\t11\tRally\t-2.0\n";
  std::ofstream(dir / "cameo-plover.tsv") << "code\tplover_event\tplover_mode\n"
                                          << "999\tACCUSE\t\n";
  auto r = vigil::Ontology::load(dir.string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().details().size(), 4u) << r.status().to_string();
  std::multiset<int> lines;
  for (const auto& d : r.status().details()) lines.insert(d.line);
  EXPECT_EQ(lines, (std::multiset<int>{2, 3, 4, 5}));
  EXPECT_FALSE(vigil::Ontology::load((dir / "missing").string()).ok());
  std::filesystem::remove_all(dir);
}

// Minimal CSV reader for the reference codebook (quoted fields may hold commas).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') {
      if (quoted && i + 1 < line.size() && line[i + 1] == '"') {
        out.back() += '"';
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

TEST(Ontology, MatchesTheReferenceCodebook) {
  const std::string path = std::string(VIGIL_SHARED_DIR) + "/reference/cameo-codebook.csv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "reference codebook not found at " << path;
  auto o = load_ours();
  ASSERT_NE(o, nullptr);
  std::string line;
  std::getline(in, line);  // header
  size_t rows = 0;
  std::map<std::string, bool> seen;
  while (std::getline(in, line)) {
    auto f = csv_fields(line);
    if (f.size() < 4 || f[0].empty()) continue;  // continuation lines of multi-line notes
    if (f[0].find_first_not_of("0123456789") != std::string::npos) continue;
    ++rows;
    seen[f[0]] = true;
    ASSERT_TRUE(o->known(f[0])) << f[0];
    EXPECT_EQ(o->root(f[0]), f[1]) << f[0];
    EXPECT_NEAR(*o->goldstein(f[0]), std::stod(f[3]), 1e-9) << f[0];
    std::string a = o->name(f[0]), b = f[2];
    for (auto& ch : a) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (auto& ch : b) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_EQ(a, b) << f[0];
  }
  EXPECT_GT(rows, 300u);
  EXPECT_EQ(o->codes().size(), rows);
}

}  // namespace
