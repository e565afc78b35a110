// vigil ingest / query / export as a user runs them, on documents of our own: the same
// events as vigil code, idempotent re-runs, --resume, a SIGKILL in the middle of an
// ingest, bad store files, and exports that load in pandas.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "pg_server.h"

namespace {

namespace fs = std::filesystem;

struct Ran {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs a shell command, capturing standard output and standard error.
Ran run(const std::string& command, const fs::path& dir) {
  const fs::path err = dir / "stderr.txt";
  Ran r;
  FILE* p = popen((command + " 2>" + err.string()).c_str(), "r");
  std::array<char, 65536> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  const int status = pclose(p);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err);
  r.err.assign(std::istreambuf_iterator<char>(in), {});
  return r;
}

const std::string kVigil = VIGIL_BINARY;

// Sentences of our own, in documents with their own ids and dates.
void write_documents(const fs::path& path, int count, int first = 0) {
  static const char* kSentences[] = {
      "Canada condemned China on Monday over the arrests of journalists.",
      "The Japanese foreign minister met his Indian counterpart in Tokyo.",
      "Australia criticised China for its new security law.",
      "Police in Kenya arrested dozens of protesters in Nairobi.",
      "The United States accused Russia of interfering in the elections.",
      "Germany praised France for its leadership.",
      "Rain fell on the coast for most of the week.",
  };
  std::ofstream out(path);
  for (int i = first; i < first + count; ++i) {
    const int month = 5 + i % 3;
    std::string text = std::string(kSentences[i % 7]) + " " + kSentences[(i + 3) % 7];
    out << "{\"id\": \"doc-" << i << "\", \"date\": \"2020-0" << month << "-1" << i % 10
        << "\", \"title\": \"Story " << i << "\", \"source\": \"Our Wire\", \"text\": \"" << text
        << "\"}\n";
  }
}

enum class Engine { kSqlite, kPostgres };

std::string lower_name(std::string s) {
  for (char& c : s)
    c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return s;
}

using vigil::store::testing::PgServer;

class StoreCliBase {
 protected:
  void make(Engine engine) {
    engine_ = engine;
    name_ = lower_name(::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ =
        fs::temp_directory_path() / ("vigil-store-cli-" + std::to_string(getpid()) + "-" + name_);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = make_store("events");
  }
  void clean() {
    fs::remove_all(dir_);
    for (const std::string& d : databases_)
      PgServer::get()->exec("postgres", "DROP DATABASE IF EXISTS " + d);
  }

  // A new, empty store of the test's engine: a file path or a postgresql:// URL.
  std::string make_store(const std::string& name) {
    if (engine_ == Engine::kSqlite) return (dir_ / (name + ".db")).string();
    const std::string database =
        "c" + std::to_string(getpid()) + "_" + name_.substr(0, 30) + "_" + name;
    databases_.push_back(database);
    return PgServer::get()->new_database(database);
  }

  // The first column of the first row of `query` on a store.
  std::string sql(const std::string& store, const std::string& query) {
    if (store.starts_with("postgresql://"))
      return PgServer::get()->exec(store.substr(store.rfind('/') + 1), query);
    sqlite3* h = nullptr;
    sqlite3_open_v2(store.c_str(), &h, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(h, query.c_str(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return out;
  }
  std::string event_ids(const std::string& store) {
    return sql(store, engine_ == Engine::kPostgres
                          ? "SELECT string_agg(id::text, ',' ORDER BY id) FROM events"
                          : "SELECT group_concat(id) FROM (SELECT id FROM events ORDER BY id)");
  }

  Engine engine_ = Engine::kSqlite;
  std::string name_;
  fs::path dir_;
  std::string db_;
  std::vector<std::string> databases_;
};

// Runs on both engines.
class StoreCliTest : public StoreCliBase, public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (GetParam() == Engine::kPostgres && !PgServer::get())
      GTEST_SKIP() << "no PostgreSQL server for the tests: " << PgServer::why();
    make(GetParam());
  }
  void TearDown() override { clean(); }
};

// What only a SQLite file can be (read-only, missing folder...).
class SqliteCliTest : public StoreCliBase, public ::testing::Test {
 protected:
  void SetUp() override { make(Engine::kSqlite); }
  void TearDown() override { clean(); }
};

// A SQLite store on a disk of its own that fills up: a tmpfs of 2 MB mounted for the test
// (as root; skipped with a message where mounting is not allowed).
class FullDiskTest : public SqliteCliTest {
 protected:
  void SetUp() override {
    SqliteCliTest::SetUp();
    disk_ = dir_ / "disk";
    fs::create_directories(disk_);
    if (geteuid() != 0) GTEST_SKIP() << "mounting a small tmpfs for the full-disk test needs root";
    Ran m = run("mount -t tmpfs -o size=2m,mode=0755 vigil-full-disk-test " + disk_.string(), dir_);
    if (m.status != 0) GTEST_SKIP() << "cannot mount a tmpfs here: " << m.err;
    mounted_ = true;
  }
  void TearDown() override {
    if (mounted_) run("umount " + disk_.string(), dir_);
    SqliteCliTest::TearDown();
  }
  fs::path disk_;
  bool mounted_ = false;
};

// The lines of `text`, sorted (events compared whatever order the documents were stored in).
std::vector<std::string> sorted_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::sort(lines.begin(), lines.end());
  return lines;
}

TEST_P(StoreCliTest, StoredEventsAreVigilCodesEvents) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 40);
  Ran code = run(kVigil + " code --quiet " + docs.string(), dir_);
  ASSERT_EQ(code.status, 0) << code.err;
  ASSERT_FALSE(code.out.empty());
  Ran ingest = run(kVigil + " ingest --quiet -j 2 --db " + db_ + " " + docs.string(), dir_);
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  Ran query = run(kVigil + " query --db " + db_ + " --format jsonl", dir_);
  ASSERT_EQ(query.status, 0) << query.err;
  EXPECT_EQ(query.out, code.out);
  Ran exported = run(kVigil + " export --db " + db_ + " --format jsonl", dir_);
  EXPECT_EQ(exported.out, code.out);
}

TEST_P(StoreCliTest, IngestAgainChangesNothingAndResumeSkipsStoredIds) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 30);
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  const std::string events = event_ids(db_);
  Ran again = run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.err.find("0 new, 0 replaced, 30 unchanged; 0 events stored"), std::string::npos)
      << again.err;
  EXPECT_EQ(event_ids(db_), events);

  // Ten more documents: --resume codes only those.
  write_documents(docs, 40);
  Ran resumed = run(kVigil + " ingest --resume --db " + db_ + " " + docs.string(), dir_);
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("40 documents read: 10 new, 0 replaced, 30 unchanged"),
            std::string::npos)
      << resumed.err;
  EXPECT_EQ(sql(db_, "SELECT count(*) FROM documents"), "40");
}

TEST_P(StoreCliTest, ChangedDocumentReplacesItsEvents) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 7);
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  {
    std::ofstream out(dir_ / "new.jsonl");
    out << R"({"id": "doc-0", "date": "2020-05-10", "text": "Germany praised France for its leadership."})"
           "\n";
  }
  Ran r = run(kVigil + " ingest --db " + db_ + " " + (dir_ / "new.jsonl").string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("1 replaced"), std::string::npos) << r.err;
  Ran q = run(kVigil + " query --db " + db_ + " --doc doc-0 --format csv", dir_);
  ASSERT_EQ(q.status, 0) << q.err;
  EXPECT_EQ(std::count(q.out.begin(), q.out.end(), '\n'), 2) << q.out;  // header + 1 event
  EXPECT_NE(q.out.find("DEU"), std::string::npos);
  EXPECT_EQ(q.out.find("CAN"), std::string::npos);
}

// A writer killed with SIGKILL at an arbitrary moment: the file passes integrity_check,
// every stored document has all its events, and --resume ends with exactly the events of
// a clean run.
TEST_P(StoreCliTest, KilledIngestLosesNothingCommittedAndResumes) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 3000);
  const std::string clean_db = make_store("clean");
  ASSERT_EQ(run(kVigil + " ingest --quiet --db " + clean_db + " " + docs.string(), dir_).status, 0);

  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    const int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(kVigil.c_str(), "vigil", "ingest", "--quiet", "--batch", "5", "--db", db_.c_str(),
          docs.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill once some batches are committed, while the rest are being coded and written.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const std::string n = sql(db_, "SELECT count(*) FROM documents");
    if (!n.empty() && std::isdigit(static_cast<unsigned char>(n[0])) && std::stoi(n) >= 200) break;
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest ended before it could be killed";

  if (GetParam() == Engine::kSqlite) {
    EXPECT_EQ(sql(db_, "PRAGMA integrity_check"), "ok");
  }
  const int stored = std::stoi(sql(db_, "SELECT count(*) FROM documents"));
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, 3000);
  EXPECT_EQ(stored % 5, 0) << "documents are committed in whole batches";
  // Every stored document has exactly the events the clean run gave it.
  Ran partial = run(kVigil + " query --db " + db_ + " --format jsonl", dir_);
  ASSERT_EQ(partial.status, 0) << partial.err;
  std::string ids;
  for (int i = 0; i < stored; ++i) ids += (i ? "," : "") + std::string("doc-") + std::to_string(i);
  Ran clean_part = run(kVigil + " query --db " + clean_db + " --format jsonl --doc " + ids, dir_);
  EXPECT_EQ(partial.out, clean_part.out);

  Ran resumed = run(kVigil + " ingest --resume --db " + db_ + " " + docs.string(), dir_);
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  if (GetParam() == Engine::kSqlite) {
    EXPECT_EQ(sql(db_, "PRAGMA integrity_check"), "ok");
  }
  Ran a = run(kVigil + " query --db " + db_ + " --format jsonl", dir_);
  Ran b = run(kVigil + " query --db " + clean_db + " --format jsonl", dir_);
  ASSERT_FALSE(b.out.empty());
  EXPECT_TRUE(a.out == b.out) << "resumed store differs from a clean run";
  EXPECT_EQ(sql(db_, "SELECT count(*) FROM events"), sql(clean_db, "SELECT count(*) FROM events"));
}

TEST_F(SqliteCliTest, BadStoresGetAClearMessageAndStayAsTheyWere) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 3);
  // Another program's database.
  const std::string other = (dir_ / "other.db").string();
  {
    sqlite3* h = nullptr;
    sqlite3_open(other.c_str(), &h);
    sqlite3_exec(h, "CREATE TABLE invoices(n INTEGER); INSERT INTO invoices VALUES (7);", nullptr,
                 nullptr, nullptr);
    sqlite3_close(h);
  }
  for (const char* cmd : {" ingest --db ", " query --db "}) {
    Ran r =
        run(kVigil + cmd + other + " " + (std::string(cmd) == " ingest --db " ? docs.string() : ""),
            dir_);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("not a vigil event store"), std::string::npos) << r.err;
  }
  EXPECT_EQ(sql(other, "SELECT n FROM invoices"), "7");
  EXPECT_EQ(sql(other, "SELECT count(*) FROM sqlite_schema"), "1");

  // A newer schema.
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  const std::string events = sql(db_, "SELECT count(*) FROM events");
  {
    sqlite3* h = nullptr;
    sqlite3_open(db_.c_str(), &h);
    sqlite3_exec(h, "PRAGMA user_version = 7", nullptr, nullptr, nullptr);
    sqlite3_close(h);
  }
  Ran newer = run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_);
  EXPECT_EQ(newer.status, 2);
  EXPECT_NE(newer.err.find("newer than this vigil reads"), std::string::npos) << newer.err;
  EXPECT_EQ(sql(db_, "SELECT count(*) FROM events"), events);

  // A read-only file: no ingest, but queries work.
  const std::string ro = (dir_ / "ro.db").string();
  ASSERT_EQ(run(kVigil + " ingest --db " + ro + " " + docs.string(), dir_).status, 0);
  fs::permissions(ro, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  write_documents(docs, 5);
  Ran refused = run(kVigil + " ingest --db " + ro + " " + docs.string(), dir_);
  EXPECT_EQ(refused.status, 2);
  EXPECT_NE(refused.err.find("read-only"), std::string::npos) << refused.err;
  Ran read = run(kVigil + " query --db " + ro + " --format csv", dir_);
  EXPECT_EQ(read.status, 0) << read.err;
  EXPECT_EQ(sql(ro, "SELECT count(*) FROM documents"), "3");

  // Wrong paths.
  Ran missing = run(kVigil + " query --db " + (dir_ / "nope.db").string(), dir_);
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no such store"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir_ / "nope.db"));
  Ran no_folder =
      run(kVigil + " ingest --db " + (dir_ / "a" / "b.db").string() + " " + docs.string(), dir_);
  EXPECT_EQ(no_folder.status, 2);
  EXPECT_NE(no_folder.err.find("does not exist"), std::string::npos) << no_folder.err;
}

// The disk fills in the middle of an ingest: a message that says so and a non-zero exit;
// the file passes integrity_check; documents were committed in whole batches, each with
// exactly the events, sentences and quotations of a clean run (nothing half-written); once
// there is room again the same command ends with exactly a clean run's events.
TEST_F(FullDiskTest, AFullDiskStopsTheIngestWithAClearMessageAndLosesNothing) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 3000);  // about 8 MB stored: four times the disk
  const std::string clean_db = make_store("clean");
  ASSERT_EQ(run(kVigil + " ingest --quiet --db " + clean_db + " " + docs.string(), dir_).status, 0);

  const std::string store = (disk_ / "events.db").string();
  const std::string command =
      kVigil + " ingest --quiet --batch 5 --db " + store + " " + docs.string();
  Ran full = run(command, dir_);
  EXPECT_EQ(full.status, 1) << full.err;
  EXPECT_NE(full.err.find("vigil ingest: the disk is full"), std::string::npos) << full.err;
  EXPECT_NE(full.err.find(store), std::string::npos) << full.err;
  EXPECT_NE(full.err.find("the batch of 5 documents being stored was rolled back"),
            std::string::npos)
      << full.err;
  EXPECT_NE(full.err.find("run the same command again"), std::string::npos) << full.err;

  EXPECT_EQ(sql(store, "PRAGMA integrity_check"), "ok");
  const int stored = std::stoi(sql(store, "SELECT count(*) FROM documents"));
  EXPECT_GT(stored, 0);
  EXPECT_LT(stored, 3000);
  EXPECT_EQ(stored % 5, 0) << "documents are committed in whole batches";
  EXPECT_NE(full.err.find("the " + std::to_string(stored) + " documents stored before"),
            std::string::npos)
      << full.err;
  // Nothing half-written: the stored documents have exactly what a clean run gave them.
  std::string ids;
  for (int i = 0; i < stored; ++i) ids += (i ? "," : "") + std::string("doc-") + std::to_string(i);
  Ran partial = run(kVigil + " query --db " + store + " --format jsonl", dir_);
  ASSERT_EQ(partial.status, 0) << partial.err;
  Ran clean_part = run(kVigil + " query --db " + clean_db + " --format jsonl --doc " + ids, dir_);
  EXPECT_EQ(partial.out, clean_part.out);
  ASSERT_FALSE(partial.out.empty());
  for (const char* table : {"sentences", "quotations"}) {
    const std::string count = std::string("SELECT count(*) FROM ") + table +
                              " t JOIN documents d ON d.id = t.document WHERE "
                              "CAST(substr(d.doc_id, 5) AS INTEGER) < " +
                              std::to_string(stored);
    EXPECT_EQ(sql(store, count), sql(clean_db, count)) << table;
  }

  // Room again: the same command goes on and ends as a clean run.
  ASSERT_EQ(run("mount -o remount,size=64m " + disk_.string(), dir_).status, 0);
  Ran again = run(command, dir_);
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(sql(store, "PRAGMA integrity_check"), "ok");
  Ran a = run(kVigil + " query --db " + store + " --format jsonl", dir_);
  Ran b = run(kVigil + " query --db " + clean_db + " --format jsonl", dir_);
  EXPECT_TRUE(a.out == b.out) << "the store differs from a clean run";
  EXPECT_EQ(sql(store, "SELECT count(*) FROM documents"), "3000");
}

// Four `vigil ingest` processes write to one store at once (several writers are what a
// PostgreSQL store is for; SQLite takes them one transaction at a time too): each has 150
// documents that every other one has too (same ids, same content; all four start with
// them, so that they meet on the same ids) and 100 of its own. The store starts empty, so
// that they also race to create the schema. Every process succeeds and shows no error, and
// the store ends with exactly the documents, events, sentences, quotations and actors of
// one run over all the documents.
TEST_P(StoreCliTest, ConcurrentWritersEndAsOneSequentialRun) {
  constexpr int kWriters = 4, kShared = 150, kOwn = 100;
  const fs::path all = dir_ / "all.jsonl";
  write_documents(all, kShared + kWriters * kOwn);
  std::vector<fs::path> inputs;
  for (int w = 0; w < kWriters; ++w) {
    inputs.push_back(dir_ / ("writer" + std::to_string(w) + ".jsonl"));
    const fs::path own = dir_ / ("own" + std::to_string(w) + ".jsonl");
    write_documents(inputs.back(), kShared);
    write_documents(own, kOwn, kShared + w * kOwn);
    std::ofstream(inputs.back(), std::ios::app) << std::ifstream(own).rdbuf();
  }
  const std::string sequential = make_store("sequential");
  ASSERT_EQ(run(kVigil + " ingest --quiet --db " + sequential + " " + all.string(), dir_).status,
            0);

  std::vector<pid_t> children;
  for (int w = 0; w < kWriters; ++w) {
    const std::string err = (dir_ / ("writer" + std::to_string(w) + ".err")).string();
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      const int fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      dup2(fd, 2);
      execl(kVigil.c_str(), "vigil", "ingest", "--quiet", "--batch", "3", "--db", db_.c_str(),
            inputs[static_cast<size_t>(w)].c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    children.push_back(child);
  }
  for (int w = 0; w < kWriters; ++w) {
    int status = 0;
    waitpid(children[static_cast<size_t>(w)], &status, 0);
    std::ifstream in(dir_ / ("writer" + std::to_string(w) + ".err"));
    const std::string err((std::istreambuf_iterator<char>(in)), {});
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "writer " << w << ": " << err;
    EXPECT_EQ(err, "") << "writer " << w;
  }

  Ran concurrent_events = run(kVigil + " query --db " + db_ + " --format jsonl", dir_);
  Ran sequential_events = run(kVigil + " query --db " + sequential + " --format jsonl", dir_);
  ASSERT_EQ(concurrent_events.status, 0) << concurrent_events.err;
  ASSERT_FALSE(sequential_events.out.empty());
  EXPECT_TRUE(sorted_lines(concurrent_events.out) == sorted_lines(sequential_events.out))
      << "the concurrent writers' events differ from a sequential run's";
  const bool pg = GetParam() == Engine::kPostgres;
  auto list = [&](const std::string& value, const std::string& from) {
    return pg ? "SELECT string_agg(" + value + ", ',' ORDER BY " + value + ") FROM " + from
              : "SELECT group_concat(v) FROM (SELECT " + value + " AS v FROM " + from +
                    " ORDER BY 1)";
  };
  for (const std::string& query :
       {std::string("SELECT count(*) FROM documents"), std::string("SELECT count(*) FROM events"),
        std::string("SELECT count(*) FROM sentences"),
        std::string("SELECT count(*) FROM quotations"),
        std::string("SELECT count(*) FROM event_records"),
        list("doc_id || ':' || content_hash", "documents"),
        list("code || ':' || coalesce(country, '') || ':' || coalesce(sector, '')", "actors")}) {
    const std::string got = sql(db_, query), expected = sql(sequential, query);
    EXPECT_FALSE(expected.empty()) << query;
    EXPECT_TRUE(got == expected) << query << "\n  concurrent: " << got.substr(0, 200)
                                 << "\n  sequential: " << expected.substr(0, 200);
  }
  EXPECT_EQ(sql(db_, "SELECT count(*) FROM documents"), std::to_string(kShared + kWriters * kOwn));
}

TEST_P(StoreCliTest, QueryOptions) {
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 21);
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  Ran g = run(kVigil + " query --db " + db_ +
                  " --target-country CHN --root 11 --group-by source-country --format csv",
              dir_);
  ASSERT_EQ(g.status, 0) << g.err;
  EXPECT_EQ(g.out.substr(0, g.out.find('\n')),
            "source_country,count,goldstein_sum,goldstein_mean,first_date,last_date");
  EXPECT_NE(g.out.find("\nAUS,"), std::string::npos) << g.out;
  EXPECT_NE(g.out.find("\nCAN,"), std::string::npos) << g.out;
  Ran c = run(kVigil + " query --db " + db_ +
                  " --coalition --target-country CHN --root 11 "
                  "--from 2020-05 --to 2020-07 --format jsonl",
              dir_);
  ASSERT_EQ(c.status, 0) << c.err;
  EXPECT_EQ(std::count(c.out.begin(), c.out.end(), '\n'), 2) << c.out;  // Canada, Australia
  for (const char* bad : {"--root 1x", "--quad 5", "--from May", "--group-by planet",
                          "--format xml", "--limit 0", "--bogus"}) {
    Ran r = run(kVigil + " query --db " + db_ + " " + bad, dir_);
    EXPECT_EQ(r.status, 2) << bad;
    EXPECT_FALSE(r.err.empty()) << bad;
  }
}

TEST_P(StoreCliTest, ExportsLoadInPandasWithDefaults) {
  if (run("/usr/bin/python3 -c 'import pandas'", dir_).status != 0)
    GTEST_SKIP() << "python3-pandas is not installed (scripts/install-deps installs it)";
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 21);
  {
    // Commas, quotes and a tab in fields must survive every layout.
    std::ofstream out(docs, std::ios::app);
    out << R"({"id": "odd,\"id\"", "date": "2020-06-01", "source": "Wire, \"Daily\"\tEdition", "text": "Canada condemned China, \"firmly\", on Monday."})"
           "\n";
  }
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  const std::string events = sql(db_, "SELECT count(*) FROM events");
  const std::string plover = sql(db_, "SELECT count(*) FROM events WHERE plover_event IS NOT NULL");
  for (const char* f : {"phoenix-csv", "icews-tsv", "plover-json", "jsonl"}) {
    Ran r = run(kVigil + " export --db " + db_ + " --format " + f + " > " +
                    (dir_ / (std::string("out.") + f)).string(),
                dir_);
    ASSERT_EQ(r.status, 0) << f << ": " << r.err;
  }
  const std::string script =
      "import pandas as pd, sys\n"
      "d = sys.argv[1]\n"
      "p = pd.read_csv(d + '/out.phoenix-csv')\n"
      "i = pd.read_table(d + '/out.icews-tsv')\n"
      "j = pd.read_json(d + '/out.plover-json')\n"
      "l = pd.read_json(d + '/out.jsonl', lines=True)\n"
      "odd = p[p.SentenceID.str.startswith('odd')]\n"
      "print(len(p), len(i), len(j), len(l), len(p.columns), len(i.columns),\n"
      "      odd.NewsSources.iloc[0], i['Story ID'].iloc[-1], sep='|')\n";
  { std::ofstream(dir_ / "load.py") << script; }
  Ran py = run("/usr/bin/python3 " + (dir_ / "load.py").string() + " " + dir_.string(), dir_);
  ASSERT_EQ(py.status, 0) << py.err;
  EXPECT_EQ(py.out, events + "|" + events + "|" + plover + "|" + events +
                        "|26|20|Wire, \"Daily\"\tEdition|odd,\"id\"\n");
}

// The layouts meant for R load with its defaults: read.csv (phoenix-csv) and read.delim
// (icews-tsv); the JSON layouts with jsonlite's fromJSON and stream_in when that package
// is installed (Debian r-cran-jsonlite).
TEST_P(StoreCliTest, ExportsLoadInRWithDefaults) {
  if (run("Rscript --version", dir_).status != 0)
    GTEST_SKIP() << "R is not installed (Debian r-base-core; scripts/install-deps installs it)";
  const bool jsonlite = run("Rscript -e 'library(jsonlite)'", dir_).status == 0;
  const fs::path docs = dir_ / "docs.jsonl";
  write_documents(docs, 21);
  {
    // Commas, quotes, a tab and an apostrophe in fields must survive every layout.
    std::ofstream out(docs, std::ios::app);
    out << R"({"id": "odd,\"id\"", "date": "2020-06-01", "source": "Wire, \"Daily\"\tEdition", "title": "It's #1", "text": "Canada condemned China, \"firmly\", on Monday."})"
           "\n";
  }
  ASSERT_EQ(run(kVigil + " ingest --db " + db_ + " " + docs.string(), dir_).status, 0);
  const std::string events = sql(db_, "SELECT count(*) FROM events");
  const std::string plover = sql(db_, "SELECT count(*) FROM events WHERE plover_event IS NOT NULL");
  for (const char* f : {"phoenix-csv", "icews-tsv", "plover-json", "jsonl"}) {
    Ran r = run(kVigil + " export --db " + db_ + " --format " + f + " > " +
                    (dir_ / (std::string("out.") + f)).string(),
                dir_);
    ASSERT_EQ(r.status, 0) << f << ": " << r.err;
  }
  std::string script =
      "d <- commandArgs(trailingOnly = TRUE)[1]\n"
      "p <- read.csv(file.path(d, 'out.phoenix-csv'))\n"
      "i <- read.delim(file.path(d, 'out.icews-tsv'))\n"
      "odd <- p[startsWith(p$SentenceID, 'odd'), ]\n"
      "cat(nrow(p), nrow(i), ncol(p), ncol(i), odd$NewsSources[1], i$Story.ID[nrow(i)], "
      "sep = '|')\n";
  if (jsonlite)
    script +=
        "library(jsonlite)\n"
        "j <- fromJSON(file.path(d, 'out.plover-json'))\n"
        "l <- stream_in(file(file.path(d, 'out.jsonl')), verbose = FALSE)\n"
        "cat('', nrow(j), nrow(l), sep = '|')\n";
  script += "cat('\\n')\n";
  { std::ofstream(dir_ / "load.R") << script; }
  Ran r = run("Rscript " + (dir_ / "load.R").string() + " " + dir_.string(), dir_);
  ASSERT_EQ(r.status, 0) << r.err;
  std::string expected = events + "|" + events + "|26|20|Wire, \"Daily\"\tEdition|odd,\"id\"";
  if (jsonlite) expected += "|" + plover + "|" + events;
  EXPECT_EQ(r.out, expected + "\n");
  if (!jsonlite)
    std::printf("note: R's jsonlite is not installed: the JSON layouts were not loaded in R\n");
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreCliTest,
                         ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         [](const ::testing::TestParamInfo<Engine>& param) {
                           return param.param == Engine::kSqlite ? "SQLite" : "PostgreSQL";
                         });

}  // namespace
