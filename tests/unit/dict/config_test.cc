// PETRARCH config reader, dictionary folders and load_dictionaries.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

namespace fs = std::filesystem;
using testing::dump;

class TempDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("vigil_dict_" + std::string(::testing::UnitTest::GetInstance()
                                            ->current_test_info()
                                            ->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& rel, std::string_view text) {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << text;
    return p.string();
  }
  fs::path dir_;
};

TEST(PetrarchOptions, SetByName) {
  PetrarchOptions o;
  EXPECT_TRUE(o.set("new_actor_length", "4"));
  EXPECT_EQ(o.new_actor_length, 4);
  EXPECT_TRUE(o.set("REQUIRE_DYAD", "False"));
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(o.set("require_dyad", "TRUE"));
  EXPECT_TRUE(o.require_dyad);
  EXPECT_TRUE(o.set("comma_bmax", " 3 "));
  EXPECT_EQ(o.comma_bmax, 3);
  EXPECT_FALSE(o.set("comma_max", "eight"));
  EXPECT_EQ(o.comma_max, 8);
  EXPECT_FALSE(o.set("require_dyad", "maybe"));
  EXPECT_FALSE(o.set("write_actor_root", "True"));  // not an option that changes coding
}

TEST_F(TempDir, ReadsConfigWithRelativePaths) {
  std::string ini = write("conf/my.ini", R"(# a config
[Dictionaries]
verbfile_name    = dicts/a.verbs.txt
actorfile_list   = one.actors.txt, dicts/two.actors.txt,
    /abs/three.actors.txt
agentfile_name   = a.agents.txt
discardfile_name = a.discards.txt
#issuefile_name = ignored.txt

[Options]
textfile_list = whatever.xml
new_actor_length = 5
require_dyad = false
comma_emax = 0
code_by_sentence = True
)");
  auto cfg = read_petrarch_config(ini);
  ASSERT_TRUE(cfg.ok()) << cfg.status().to_string();
  const PetrarchConfig& c = cfg.value();
  fs::path base = dir_ / "conf";
  EXPECT_EQ(c.files.verbs, (base / "dicts/a.verbs.txt").string());
  ASSERT_EQ(c.files.actors.size(), 3u);
  EXPECT_EQ(c.files.actors[0], (base / "one.actors.txt").string());
  EXPECT_EQ(c.files.actors[1], (base / "dicts/two.actors.txt").string());
  EXPECT_EQ(c.files.actors[2], "/abs/three.actors.txt");
  EXPECT_EQ(c.files.agents, (base / "a.agents.txt").string());
  EXPECT_EQ(c.files.discards, (base / "a.discards.txt").string());
  EXPECT_EQ(c.files.issues, "");
  EXPECT_EQ(c.options.new_actor_length, 5);
  EXPECT_FALSE(c.options.require_dyad);
  EXPECT_EQ(c.options.comma_emax, 0);
  EXPECT_EQ(c.options.comma_min, 2);  // default kept
}

TEST_F(TempDir, BadConfigListsEveryProblem) {
  std::string ini = write("bad.ini", R"(stray = 1
[Options
[Options]
new_actor_length = many
require_dyad = perhaps
just words
)");
  auto cfg = read_petrarch_config(ini);
  ASSERT_FALSE(cfg.ok());
  const auto& d = cfg.status().details();
  EXPECT_TRUE(testing::has(d, 1, "before any [Section]")) << dump(d);
  EXPECT_TRUE(testing::has(d, 2, "without ']'")) << dump(d);
  EXPECT_TRUE(testing::has(d, 4, "new_actor_length")) << dump(d);
  EXPECT_TRUE(testing::has(d, 5, "true or false")) << dump(d);
  EXPECT_TRUE(testing::has(d, 6, "key = value")) << dump(d);
  EXPECT_TRUE(testing::has(d, 0, "no verbfile_name")) << dump(d);
  EXPECT_EQ(d.size(), 6u) << dump(d);
  EXPECT_FALSE(read_petrarch_config((dir_ / "missing.ini").string()).ok());
}

TEST_F(TempDir, DictionaryFolder) {
  write("v/main.verbs.txt", "--- X [010] ---\nX\n");
  write("a/b.actors.txt", "BEE [BEE]\n");
  write("a.actors.txt", "AYE [AYE]\n");
  write("x.agents.txt", "AGENT [~AGT]\n");
  write("notes.txt", "not a dictionary\n");
  auto files = load_dictionary_dir(dir_.string());
  ASSERT_TRUE(files.ok()) << files.status().to_string();
  EXPECT_EQ(files.value().verbs, (dir_ / "v/main.verbs.txt").string());
  ASSERT_EQ(files.value().actors.size(), 2u);
  EXPECT_EQ(files.value().actors[0], (dir_ / "a.actors.txt").string());  // sorted
  EXPECT_EQ(files.value().discards, "");
  auto dicts = load_dictionaries(files.value());
  ASSERT_TRUE(dicts.ok()) << dicts.status().to_string();
  EXPECT_EQ(dicts.value()->actors.entries.size(), 2u);
  EXPECT_EQ(dicts.value()->agents.entries.size(), 1u);

  write("w/other.verbs.txt", "--- Y [010] ---\nY\n");
  EXPECT_FALSE(load_dictionary_dir(dir_.string()).ok());
  EXPECT_FALSE(load_dictionary_dir((dir_ / "nope").string()).ok());
}

TEST_F(TempDir, LoadListsProblemsFromAllFiles) {
  DictionaryFiles files;
  files.verbs = write("bad.verbs.txt", "--- X [010] ---\nX\n- NO STAR [011]\n");
  files.actors = {write("bad.actors.txt", "+ORPHAN\nOK [OKK]\n"),
                  (dir_ / "missing.actors.txt").string()};
  files.agents = write("bad.agents.txt", "AGENT [AGT]\n");
  auto dicts = load_dictionaries(files);
  ASSERT_FALSE(dicts.ok());
  const auto& d = dicts.status().details();
  ASSERT_EQ(d.size(), 4u) << dump(d);
  EXPECT_EQ(d[0].file, files.verbs);
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[1].file, files.actors[0]);
  EXPECT_EQ(d[2].file, files.actors[1]);
  EXPECT_EQ(d[3].file, files.agents);
  EXPECT_NE(dicts.status().message().find("4 problems"), std::string::npos);
}

TEST_F(TempDir, BadLinesAreSkippedAndListedUnlessStrict) {
  DictionaryFiles files;
  files.verbs = write("bad.verbs.txt", "--- X [010] ---\nX\n- NO STAR [011]\n");
  files.actors = {write("bad.actors.txt", "+ORPHAN\nOK [OKK]\nFINE [FIN]\n")};
  files.agents = write("bad.agents.txt", "AGENT [AGT]\nGOOD [~GOD]\n");
  auto dicts = load_dictionaries(files);
  ASSERT_TRUE(dicts.ok()) << dicts.status().to_string();
  const Dictionaries& d = *dicts.value();
  // The good lines are there ...
  EXPECT_EQ(d.actors.entries.size(), 2u);
  EXPECT_EQ(d.agents.entries.size(), 1u);
  EXPECT_EQ(d.verbs.blocks.size(), 1u);
  // ... and each bad one is listed with file and line.
  ASSERT_EQ(d.skipped_lines.size(), 3u) << dump(d.skipped_lines);
  EXPECT_EQ(d.skipped_lines[0].file, files.verbs);
  EXPECT_EQ(d.skipped_lines[0].line, 3);
  EXPECT_EQ(d.skipped_lines[1].file, files.actors[0]);
  EXPECT_EQ(d.skipped_lines[1].line, 1);
  EXPECT_EQ(d.skipped_lines[2].file, files.agents);
  EXPECT_EQ(d.skipped_lines[2].line, 1);

  LoadOptions strict;
  strict.strict = true;
  auto refused = load_dictionaries(files, strict);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().details().size(), 3u);
  EXPECT_NE(refused.status().message().find("3 problems"), std::string::npos);
}

TEST_F(TempDir, CleanSetHasNoSkippedLines) {
  DictionaryFiles files;
  files.verbs = write("ok.verbs.txt", "--- X [010] ---\nX\n");
  files.actors = {write("ok.actors.txt", "OK [OKK]\n")};
  LoadOptions strict;
  strict.strict = true;
  auto dicts = load_dictionaries(files, strict);
  ASSERT_TRUE(dicts.ok()) << dicts.status().to_string();
  EXPECT_TRUE(dicts.value()->skipped_lines.empty());
}

TEST_F(TempDir, FolderGivenAsDictionaryFileIsAProblemNotAnException) {
  DictionaryFiles files;
  files.verbs = write("ok.verbs.txt", "--- X [010] ---\nX\n");
  fs::create_directories(dir_ / "folder.actors.txt");
  files.actors = {(dir_ / "folder.actors.txt").string()};
  auto dicts = load_dictionaries(files);
  ASSERT_FALSE(dicts.ok());
  ASSERT_EQ(dicts.status().details().size(), 1u);
  EXPECT_NE(dicts.status().details()[0].message.find("is a folder"), std::string::npos);
}

}  // namespace
}  // namespace vigil::dict
