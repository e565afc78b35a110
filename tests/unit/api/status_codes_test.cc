// vigil::StatusCode at the real failure sites: what a server maps to an HTTP status and
// the Python package to an exception type. One case per kind of failure, each from the
// library function a user calls, never from a Status built by hand.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "vigil/dictionaries.h"
#include "vigil/server.h"
#include "vigil/status.h"
#include "vigil/store.h"
#include "vigil/text.h"
#include "vigil/tree.h"
#include "vigil/vigil.h"

namespace {

namespace fs = std::filesystem;
using vigil::StatusCode;

// A fresh folder under the test's temporary directory, removed at the end.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("vigil-status-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name, const std::string& text) const {
    const std::string p = (path_ / name).string();
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  std::string path(const std::string& name = "") const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

TEST(StatusCode, NamesAreStable) {
  EXPECT_EQ(vigil::to_string(StatusCode::kOk), "ok");
  EXPECT_EQ(vigil::to_string(StatusCode::kInvalidArgument), "invalid_argument");
  EXPECT_EQ(vigil::to_string(StatusCode::kNotFound), "not_found");
  EXPECT_EQ(vigil::to_string(StatusCode::kIoError), "io_error");
  EXPECT_EQ(vigil::to_string(StatusCode::kDataError), "data_error");
  EXPECT_EQ(vigil::to_string(StatusCode::kFailedPrecondition), "failed_precondition");
  EXPECT_EQ(vigil::to_string(StatusCode::kUnavailable), "unavailable");
  EXPECT_EQ(vigil::to_string(StatusCode::kInternal), "internal");
  EXPECT_EQ(vigil::Status().code(), StatusCode::kOk);
  // An error is never ok, whatever code it is given.
  EXPECT_EQ(vigil::Status::error(StatusCode::kOk, "x").code(), StatusCode::kInternal);
}

TEST(StatusCode, MissingTextFileIsNotFound) {
  auto r = vigil::text::read_text_file("/nonexistent/vigil/story.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().to_string();
}

TEST(StatusCode, FolderGivenForAFileIsInvalidArgument) {
  TempDir dir;
  auto r = vigil::text::read_text_file(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << r.status().to_string();
}

TEST(StatusCode, MissingDictionaryFileIsNotFound) {
  vigil::dict::DictionaryFiles files;
  files.verbs = "/nonexistent/vigil/x.verbs.txt";
  auto r = vigil::dict::load_dictionaries(files);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().to_string();
}

TEST(StatusCode, BadDictionaryLineIsDataError) {
  TempDir dir;
  vigil::dict::DictionaryFiles files;
  // An actor line with an unclosed code bracket.
  files.actors = {dir.file("bad.actors.txt", "CANADA_ [CAN\n")};
  vigil::dict::LoadOptions strict;
  strict.strict = true;
  auto r = vigil::dict::load_dictionaries(files, strict);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError) << r.status().to_string();
  ASSERT_FALSE(r.status().details().empty());
  EXPECT_EQ(r.status().details().front().line, 1);
}

TEST(StatusCode, PetrarchConfigMissingOrBad) {
  auto missing = vigil::dict::read_petrarch_config("/nonexistent/PETR_config.ini");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  TempDir dir;
  auto bad = vigil::dict::read_petrarch_config(
      dir.file("PETR_config.ini", "[Options]\nrequire_dyad = perhaps\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kDataError) << bad.status().to_string();
}

TEST(StatusCode, BadParseIsDataError) {
  auto r = vigil::syntax::read_ptb("(S (NP (NNP Canada)) (VP (VBD condemned)", "record 7");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataError);
}

TEST(StatusCode, DocumentLineThatIsNoDocumentIsInvalidArgument) {
  for (const char* line :
       {"{\"id\": \"d1\"}", "not json", "", "{\"id\": \"a\",\n\"text\": \"b\"}"}) {
    auto r = vigil::read_document(line);
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << line;
  }
}

TEST(StatusCode, EngineOpenedOnAMissingConfigIsNotFound) {
  vigil::EngineOptions options;
  options.petrarch_config = "/nonexistent/PETR_config.ini";
  auto r = vigil::Engine::open(options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound) << r.status().to_string();
}

TEST(StatusCode, Store) {
  TempDir dir;
  vigil::store::OpenOptions read_only;
  read_only.read_only = true;
  auto missing = vigil::store::Store::open(dir.path("none.db"), read_only);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);

  auto not_a_store = vigil::store::Store::open(dir.file("notes.db", "these are not SQLite pages"));
  ASSERT_FALSE(not_a_store.ok());
  EXPECT_EQ(not_a_store.status().code(), StatusCode::kDataError)
      << not_a_store.status().to_string();

  auto folder = vigil::store::Store::open(dir.path());
  ASSERT_FALSE(folder.ok());
  EXPECT_EQ(folder.status().code(), StatusCode::kInvalidArgument);

  const std::string db = dir.path("news.db");
  ASSERT_TRUE(vigil::store::Store::open(db).ok());
  auto reader = vigil::store::Store::open(db, read_only);
  ASSERT_TRUE(reader.ok()) << reader.status().to_string();
  auto put = reader.value()->put({}, {});
  ASSERT_FALSE(put.ok());
  EXPECT_EQ(put.status().code(), StatusCode::kFailedPrecondition);

  vigil::store::EventFilter bad_text;
  bad_text.text = "\"unclosed";
  const vigil::Status s =
      reader.value()->for_each_event(bad_text, [](const auto&) { return true; });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << s.to_string();
}

TEST(StatusCode, HttpStatuses) {
  EXPECT_EQ(vigil::server::http_status(StatusCode::kOk), 200);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kNotFound), 404);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kFailedPrecondition), 409);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kUnavailable), 503);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kIoError), 500);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kDataError), 500);
  EXPECT_EQ(vigil::server::http_status(StatusCode::kInternal), 500);
}

}  // namespace
